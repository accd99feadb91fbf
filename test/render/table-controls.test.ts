// The table is written to a terminal: control characters from the input are
// shown escaped, never sent for the terminal to obey.

import { describe, expect, it } from 'vitest';
import type { DocumentFacts, FactKind } from '../../src/facts.js';
import { escapeControls, escapeLineControls } from '../../src/render/controls.js';
import { createRenderer } from '../../src/render/index.js';
import { sampleFacts } from './facts.js';

function render(facts: DocumentFacts, kinds: FactKind[] = ['quotes'], colorLevel: 0 | 1 = 0): string {
  const renderer = createRenderer('table', { kinds, allKinds: kinds.length > 1, width: 120, colorLevel, explain: true });
  return renderer.document(facts);
}

/** Any C0 character but line feed, DEL or C1: what must never reach the terminal from the input. */
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

describe('escapeControls', () => {
  it('writes C0, DEL and C1 characters as \\xNN, leaving tab and line breaks to the layout', () => {
    expect(escapeControls('a\x1b[31mb\x07c\x00d\x7fe\x9bf\x85')).toBe('a\\x1b[31mb\\x07c\\x00d\\x7fe\\x9bf\\x85');
    expect(escapeControls('one\ttwo\r\nthree\x0b\x0c')).toBe('one\ttwo\r\nthree\\x0b\\x0c');
    expect(escapeControls('Zoë “said” 😀')).toBe('Zoë “said” 😀');
  });

  it('escapes tab and line breaks too where the text stays on one line', () => {
    expect(escapeLineControls('a\tb\nc\x1bd')).toBe('a\\x09b\\x0ac\\x1bd');
  });
});

describe('the table', () => {
  it('shows escape sequences, OSC titles and bells from a quote as text', () => {
    const facts = sampleFacts();
    facts.quotes[0] = { ...facts.quotes[0], text: 'We will \x1b]0;owned\x07win \x1b[2J\x1b[31mtoday\x9b1m' };
    const out = render(facts);
    expect(out).toContain('We will \\x1b]0;owned\\x07win \\x1b[2J\\x1b[31mtoday\\x9b1m');
    expect(out).not.toMatch(RAW_CONTROL);
  });

  it('escapes names, roles, notes and the path heading', () => {
    const facts = sampleFacts('news/\x1b[2Jodd\tname.txt');
    facts.quotes[0] = { ...facts.quotes[0], speaker: { ...facts.quotes[0].speaker!, name: 'Jane\x1bSmith', role: 'leader\x07' } };
    facts.entities[0] = { ...facts.entities[0], name: 'Jane\x1bSmith', aliases: ['J\x1b.'] };
    const out = render(facts, ['quotes', 'entities', 'votes']);
    expect(out.split('\n')[0]).toBe('news/\\x1b[2Jodd\\x09name.txt');
    expect(out).toContain('Jane\\x1bSmith');
    expect(out).toContain('leader\\x07');
    expect(out).not.toMatch(RAW_CONTROL);
  });

  it('keeps its own colours when colour is on: only the input is escaped', () => {
    const facts = sampleFacts();
    facts.quotes[0] = { ...facts.quotes[0], text: 'red \x1b[31malert' };
    const out = render(facts, ['quotes'], 1);
    expect(out).toContain('\\x1b[31malert');
    expect(out).toMatch(/\x1b\[1m/);
  });
});

describe('the other formats', () => {
  it('keep the text as it is in the input (JSON escapes it its own way)', () => {
    const facts = sampleFacts();
    facts.quotes[0] = { ...facts.quotes[0], text: 'a\x1bb' };
    const renderer = createRenderer('json', { kinds: ['quotes'], allKinds: false, width: 100, colorLevel: 0 });
    const json = renderer.start() + renderer.document(facts) + renderer.end([]);
    expect(json).toContain('a\\u001bb');
    expect(JSON.parse(json).documents[0].quotes[0].text).toBe('a\x1bb');
  });
});
