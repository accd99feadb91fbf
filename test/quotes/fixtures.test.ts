// Quotation fixtures: each folder of test/fixtures/quotes holds an input.txt
// and an expected.json written by hand from reading the input. Every
// expected quote must be extracted with exactly its text, kind, speaker and
// (where given) cue, role and members; no other quote may be extracted, except
// reported speech (indirect/mixed) outside the `indirect-*` fixtures.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Located, Quote } from '../../src/facts.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { readingOf } from '../../src/reading/index.js';
import { createDocument } from '../../src/text/document.js';

interface ExpectedQuote {
  text: string;
  kind: Quote['kind'];
  speaker: string | null;
  cue?: string | null;
  role?: string;
  members?: string[];
  /** The quoted pieces of a quotation its attribution interrupts. */
  parts?: string[];
  /** Neither required nor an extra when found. */
  optional?: boolean;
}

interface Expected {
  quotes: ExpectedQuote[];
  not_quotes?: string[];
}

interface Fixture {
  name: string;
  input: string;
  expected: Expected;
}

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/quotes/', import.meta.url));
const KINDS = new Set(['direct', 'partial', 'block', 'indirect', 'mixed']);

function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      input: readFileSync(join(FIXTURES_DIR, name, 'input.txt'), 'utf8'),
      expected: JSON.parse(readFileSync(join(FIXTURES_DIR, name, 'expected.json'), 'utf8')),
    }));
}

const show = (s: string) => JSON.stringify(s.length > 70 ? `${s.slice(0, 67)}...` : s);
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

function spanProblems(input: string, what: string, located: Located | null | undefined): string[] {
  if (!located) return [];
  const { text, span } = located;
  return text === input.slice(span.start, span.end)
    ? []
    : [`${what} ${show(text)} does not match its span ${span.start}-${span.end}`];
}

function fieldProblems(want: ExpectedQuote, got: Quote): string[] {
  const problems: string[] = [];
  const label = `quote ${show(want.text)}`;
  if (got.kind !== want.kind) problems.push(`${label}: kind ${got.kind}, expected ${want.kind}`);
  const speaker = got.speaker?.name ?? null;
  if (speaker !== want.speaker) {
    problems.push(`${label}: speaker ${JSON.stringify(speaker)}, expected ${JSON.stringify(want.speaker)}`);
  }
  if (want.cue !== undefined) {
    const cue = got.cue?.text ?? null;
    if (cue !== want.cue) {
      problems.push(`${label}: cue ${JSON.stringify(cue)}, expected ${JSON.stringify(want.cue)}`);
    }
  }
  if (want.role !== undefined && got.speaker?.role !== want.role) {
    problems.push(`${label}: role ${JSON.stringify(got.speaker?.role)}, expected ${JSON.stringify(want.role)}`);
  }
  if (want.parts !== undefined && JSON.stringify(got.parts?.map((p) => p.text)) !== JSON.stringify(want.parts)) {
    problems.push(`${label}: parts ${JSON.stringify(got.parts?.map((p) => p.text))}, expected ${JSON.stringify(want.parts)}`);
  }
  if (want.members !== undefined && !sameSet(got.speaker?.members ?? [], want.members)) {
    problems.push(
      `${label}: members ${JSON.stringify(got.speaker?.members)}, expected ${JSON.stringify(want.members)}`,
    );
  }
  return problems;
}

/** Everything wrong with what the extractor found in one fixture; empty when it is right. */
function checkFixture({ name, input, expected }: Fixture): string[] {
  const quotes = extractQuotes(readingOf(createDocument(name, input)));
  const problems = quotes.flatMap((quote) => [
    ...spanProblems(input, 'quote', quote),
    ...spanProblems(input, 'cue', quote.cue),
    ...spanProblems(input, 'speaker mention', quote.speaker?.mention),
    ...(quote.parts ?? []).flatMap((part) => spanProblems(input, 'part', part)),
  ]);

  const used = new Set<Quote>();
  const wanted = [...expected.quotes].sort((a, b) => Number(!!a.optional) - Number(!!b.optional));
  for (const want of wanted) {
    const got = quotes.find((quote) => !used.has(quote) && quote.text === want.text);
    if (got) {
      used.add(got);
      if (!want.optional) problems.push(...fieldProblems(want, got));
    } else if (!want.optional) {
      problems.push(`missing ${want.kind} quote ${show(want.text)}`);
    }
  }

  const notQuotes = new Set(expected.not_quotes ?? []);
  const reportedSpeechIsChecked = name.startsWith('indirect-');
  for (const quote of quotes) {
    if (used.has(quote)) continue;
    if (notQuotes.has(quote.text)) {
      problems.push(`${show(quote.text)} is not a quotation but was extracted as ${quote.kind}`);
    } else if (reportedSpeechIsChecked || (quote.kind !== 'indirect' && quote.kind !== 'mixed')) {
      problems.push(`unexpected ${quote.kind} quote ${show(quote.text)}`);
    }
  }
  return problems;
}

const fixtures = loadFixtures();

describe('quotation fixtures are well-formed', () => {
  it('has a folder per attribution form', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, { input, expected }) => {
    expect(Array.isArray(expected.quotes)).toBe(true);
    for (const want of expected.quotes) {
      expect(input, 'quote text must be a substring of input.txt').toContain(want.text);
      expect(KINDS.has(want.kind), `kind ${want.kind}`).toBe(true);
      expect(want.speaker === null || typeof want.speaker === 'string').toBe(true);
    }
    for (const text of expected.not_quotes ?? []) expect(input).toContain(text);
  });
});

describe('extractQuotes on the quotation fixtures', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (name, fixture) => {
    const problems = checkFixture(fixture);
    expect(problems, `${name}:\n  ${problems.join('\n  ')}\n`).toEqual([]);
  });
});
