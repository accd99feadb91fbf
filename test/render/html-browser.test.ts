// The seed article's HTML report, opened in a real headless Chromium: what a
// person checking the extraction sees. Every quotation is marked with its
// speaker, the block quotation too; the vote's box and tally; one colour for
// all mentions of an entity, and its details on hover and focus; and text
// from the input that looks like markup stays text. The report and a
// screenshot are left in a temporary folder (printed) for a person to look.
//
// The browser is the system's Chromium (/usr/bin/chromium, or CHROMIUM_PATH),
// driven by playwright-core; without one the test is skipped (.ci/run
// installs it).

import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentFacts, Quote } from '../../src/facts.js';
import { extractFiles } from '../../src/index.js';
import type { Output } from '../../src/io/output.js';
import { createRenderer } from '../../src/render/index.js';
import { run } from '../../src/run.js';
import { ROOT } from '../cli/run-extract.js';

const SEED = join(ROOT, 'seeds', '000_fe466d9e0e413ba9.txt');
const KINDS = ['quotes', 'entities', 'votes'] as const;
const INJECTED =
  'Harbour warden Tobias Wren said "<script>window.injected = true</script> is no plan at all." ' +
  '<img src=x onerror="window.injected = true"> The port board voted 4-3 on Monday.\n';

const BROWSER = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
if (!BROWSER) console.warn('html-browser.test.ts skipped: no Chromium at /usr/bin/chromium or $CHROMIUM_PATH (apt-get install chromium)');

/** The report of the seed and of a text holding markup, written by the run as the command writes it. */
async function writeReport(dir: string): Promise<string> {
  const injected = join(dir, 'markup.txt');
  writeFileSync(injected, INJECTED);
  let html = '';
  const output: Output = { closed: false, failure: null, write: async (text) => void (html += text), close: async () => undefined };
  const renderer = createRenderer('html', { kinds: KINDS, allKinds: true, width: 100, colorLevel: 0 });
  const input = { extensions: ['txt'], maxBytes: 1e9, stdinName: '-', stdin: Readable.from([]) };
  await run({ kinds: KINDS, inputs: [SEED, injected], input }, renderer, output);
  const path = join(dir, 'seed-report.html');
  writeFileSync(path, html);
  return path;
}

const expectedText = (quote: Quote) => (quote.parts ?? [quote]).map((part) => part.text).join('');

describe.skipIf(!BROWSER)('the seed article’s report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let seed: DocumentFacts;
  let dir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'extract-html-report-'));
    const report = await writeReport(dir);
    seed = (await extractFiles([SEED])).documents[0];
    browser = await chromium.launch({ executablePath: BROWSER });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // A script blocked by the page's policy, or one that fails, shows up here.
    page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
    page.on('pageerror', (error) => void problems.push(error.message));
    await page.goto(pathToFileURL(report).href);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) console.info(`html report and screenshot: ${dir}`);
  });

  it('marks every quotation of the seed on its text, with its speaker’s name beside it', async () => {
    expect(seed.quotes!.length).toBeGreaterThan(5);
    for (const [i, quote] of seed.quotes!.entries()) {
      const anchor = `d1-q${i + 1}`;
      const shown = await page.evaluate((anchor) => {
        const pieces = [...document.querySelectorAll<HTMLElement>(`[data-quote="${anchor}"]`)];
        const note = document.getElementById(`${anchor}-note`);
        const speaker = note?.querySelector<HTMLAnchorElement>('.speaker');
        return {
          text: pieces.map((piece) => piece.textContent).join(''),
          underlined: pieces.every((piece) => getComputedStyle(piece).textDecorationLine.includes('underline')),
          visible: pieces.every((piece) => piece.getBoundingClientRect().width > 0),
          speaker: speaker?.textContent ?? null,
          target: speaker?.hash ? document.getElementById(speaker.hash.slice(1)) !== null : null,
        };
      }, anchor);
      expect(shown.text, anchor).toBe(expectedText(quote));
      expect(shown.underlined && shown.visible, anchor).toBe(true);
      expect(shown.speaker, anchor).toBe(quote.speaker?.name ?? 'no speaker found');
      if (quote.speaker?.entity) expect(shown.target, anchor).toBe(true);
    }
  });

  it('marks Barbara Woodward’s block quotation, and where she is named', async () => {
    const n = seed.quotes!.findIndex((quote) => quote.kind === 'block' && quote.speaker?.name === 'Barbara Woodward') + 1;
    expect(n).toBeGreaterThan(0);
    const shown = await page.evaluate((anchor) => {
      const quote = document.getElementById(anchor)!;
      return {
        kind: quote.classList.contains('k-block'),
        text: quote.textContent,
        note: document.getElementById(`${anchor}-note`)!.textContent,
        named: document.getElementById(`${anchor}-speaker`)?.textContent,
      };
    }, `d1-q${n}`);
    expect(shown.kind).toBe(true);
    expect(shown.text).toMatch(/^This veto is not a sign of concern/);
    expect(shown.note).toContain('block');
    expect(shown.note).toContain('Barbara Woodward');
    expect(shown.named).toBe('Barbara Woodward');
  });

  it('boxes the veto and shows its tally beside it: 13 for, 1 against, 1 abstaining, vetoed', async () => {
    const n = seed.votes!.findIndex((vote) => vote.counts.for === 13) + 1;
    expect(n).toBeGreaterThan(0);
    const shown = await page.evaluate((anchor) => {
      const box = document.getElementById(anchor)!;
      const note = document.getElementById(`${anchor}-note`)!;
      const count = (side: string) => note.querySelector(`[data-side="${side}"] .count`)?.textContent;
      return {
        border: getComputedStyle(box).borderTopStyle,
        tally: [count('for'), count('against'), count('abstain')],
        outcome: note.querySelector('.outcome')?.textContent,
        beside: note.getBoundingClientRect().left > box.getBoundingClientRect().left,
      };
    }, `d1-v${n}`);
    expect(shown.border).toBe('solid');
    expect(shown.tally).toEqual(['13', '1', '1']);
    expect(shown.outcome).toBe('vetoed');
    expect(shown.beside).toBe(true);
  });

  it('gives every mention of an entity one colour, another entity of another type another', async () => {
    const entities = [...seed.entities!].sort((a, b) => b.mentions.length - a.mentions.length);
    const [most] = entities;
    const other = entities.find((entity) => entity.type !== most.type)!;
    expect(most.mentions.length).toBeGreaterThan(2);
    const colours = await page.evaluate(
      (ids) => ids.map((id) => [...document.querySelectorAll(`[data-entity="${id}"]`)].map((mention) => getComputedStyle(mention).backgroundColor)),
      [`d1-${most.id}`, `d1-${other.id}`],
    );
    expect(colours[0]).toHaveLength(most.mentions.length);
    expect(new Set(colours[0]).size).toBe(1);
    expect(colours[0][0]).not.toBe('rgba(0, 0, 0, 0)');
    expect(colours[1][0]).not.toBe(colours[0][0]);
  });

  it('shows an entity’s name, aliases and role on focus and on hover, and outlines its other mentions', async () => {
    const un = seed.entities!.find((entity) => entity.aliases.length > 0)!;
    const person = seed.entities!.find((entity) => entity.role !== undefined)!;
    const tip = (id: string) => page.evaluate((id) => getComputedStyle(document.getElementById(id)!, '::before').content, id);
    await page.focus(`#d1-${un.id}`);
    expect(await tip(`d1-${un.id}`)).toContain(un.name);
    expect(await tip(`d1-${un.id}`)).toContain(un.aliases[0]);
    const outlined = await page.evaluate((id) => [...document.querySelectorAll(`[data-entity="${id}"]`)].every((m) => m.classList.contains('same')), `d1-${un.id}`);
    expect(outlined).toBe(true);
    await page.hover(`#d1-${person.id}`);
    expect(await tip(`d1-${person.id}`)).toContain(person.role);
  });

  it('shows markup in the input as text: no element, no script run', async () => {
    const shown = await page.evaluate(() => ({
      scripts: document.scripts.length,
      images: document.images.length,
      injected: (window as unknown as { injected?: boolean }).injected,
      text: document.getElementById('d2')!.textContent,
      contents: document.querySelectorAll('nav.contents li').length,
    }));
    expect(shown).toMatchObject({ scripts: 1, images: 0, injected: undefined, contents: 2 });
    expect(shown.text).toContain('<script>window.injected = true</script>');
    expect(shown.text).toContain('<img src=x onerror="window.injected = true">');
    expect(problems).toEqual([]);
  });

  it('leaves a screenshot for a person to look at', async () => {
    const path = join(dir, 'seed-report.png');
    await page.screenshot({ path, fullPage: true });
    expect(statSync(path).size).toBeGreaterThan(10_000);
  });
});
