// The page around the documents: the head (stylesheet, and a content
// security policy that lets nothing load and no script run but the report's
// own), a legend of the marks, and the end: totals, errors and, for several
// documents, a contents list. The end is known only once every document is
// written, so it comes last in the file and the stylesheet shows it first.

import { createHash } from 'node:crypto';
import type { FactKind, InputError } from '../../facts.js';
import { typeHue } from './colours.js';
import { countsLine } from './document.js';
import { escapeHtml } from './escape.js';
import { STYLE } from './style.js';

/** Hovering or focusing a mention outlines every mention of the same entity. */
const SCRIPT = `
for (const [type, on] of [['mouseover', true], ['mouseout', false], ['focusin', true], ['focusout', false]]) {
  document.addEventListener(type, (event) => {
    const mark = event.target instanceof Element ? event.target.closest('[data-entity]') : null;
    if (!mark) return;
    for (const same of document.querySelectorAll('[data-entity="' + CSS.escape(mark.dataset.entity) + '"]')) same.classList.toggle('same', on);
  });
}
`;

/** Only the script above may run, and nothing may be fetched: text that got past escaping still could not act. */
const POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const LEGEND = [
  `<span><mark class="ent last" data-type="person" style="--h:${typeHue('person')}">entity</mark> by type; hover or focus one for its name, aliases and role</span>`,
  '<span><span class="q k-direct first last" data-n="Q1">quotation</span></span>',
  '<span><span class="spk last" data-of="Q1">speaker</span> and <span class="cue">cue</span></span>',
  '<span><span class="vote first last" data-n="V1">vote</span> and <span class="vote also">the same vote reported again</span></span>',
].join('');

export function pageStart(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="extract">
<title>extract: facts marked on the text</title>
<style>${STYLE}</style>
</head>
<body>
<header class="report">
<h1>Facts marked on the text</h1>
<p class="legend">${LEGEND}</p>
</header>
<main>
`;
}

/** One line of the contents list. */
export interface ContentsEntry {
  anchor: string;
  source: string;
  counts: Partial<Record<FactKind, number>>;
}

/** The contents list is open when it is short enough to scroll past. */
const OPEN_CONTENTS_UP_TO = 100;

function contentsList(entries: readonly ContentsEntry[], kinds: readonly FactKind[]): string {
  const items = entries.map(
    (entry) =>
      `<li><a class="source" href="#${escapeHtml(entry.anchor)}">${escapeHtml(entry.source)}</a><span class="counts">${escapeHtml(countsLine(kinds, entry.counts))}</span></li>\n`,
  );
  const open = entries.length <= OPEN_CONTENTS_UP_TO ? ' open' : '';
  return `<nav class="contents" aria-label="Contents"><details${open}><summary>Contents: ${entries.length} documents</summary>\n<ol>\n${items.join('')}</ol></details></nav>\n`;
}

/** Each error, linked to its document where it has one (text read with loss). */
function errorList(errors: readonly InputError[], anchors: ReadonlyMap<string, string>): string {
  const items = errors.map((error) => {
    const anchor = anchors.get(error.source);
    const source = `<code>${escapeHtml(error.source)}</code>`;
    return `<li>${anchor ? `<a href="#${escapeHtml(anchor)}">${source}</a>` : source}: ${escapeHtml(error.message)} (${escapeHtml(error.code)})</li>\n`;
  });
  return `<section class="errors" aria-labelledby="errors-h"><div><h2 id="errors-h">Errors (${errors.length})</h2>\n<ul>\n${items.join('')}</ul></div></section>\n`;
}

export interface PageEnd {
  kinds: readonly FactKind[];
  entries: readonly ContentsEntry[];
  totals: Partial<Record<FactKind, number>>;
  errors: readonly InputError[];
  /** A document's anchor by its source, to link an error to it. */
  anchors: ReadonlyMap<string, string>;
}

export function pageEnd({ kinds, entries, totals, errors, anchors }: PageEnd): string {
  const documents = `${entries.length} document${entries.length === 1 ? '' : 's'}`;
  let out = `</main>\n<p class="totals">${escapeHtml(`${documents} · ${countsLine(kinds, totals)}`)}</p>\n`;
  if (errors.length > 0) out += errorList(errors, anchors);
  if (entries.length > 1) out += contentsList(entries, kinds);
  return `${out}<script>${SCRIPT}</script>\n</body>\n</html>\n`;
}
