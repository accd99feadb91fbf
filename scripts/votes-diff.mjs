#!/usr/bin/env node
// Lists, article by article, where `extract votes` and a gold folder of
// votes disagree: gold votes not found, votes reported that the gold does not
// have (or that touch a `not_votes` passage), and fields of matched votes
// that differ. For reading errors, not for scoring (the scorer does that).
//
//   node scripts/votes-diff.mjs <gold-folder>   (with articles/ and gold/ inside)
//   node scripts/votes-diff.mjs <gold-folder> --all   (also articles without a difference)

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [folder, flag] = process.argv.slice(2);
if (!folder || !existsSync(join(folder, 'articles')) || !existsSync(join(folder, 'gold'))) {
  console.error('usage: node scripts/votes-diff.mjs <folder with articles/ and gold/> [--all]');
  process.exit(2);
}
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'extract.js');
const out = JSON.parse(execFileSync(process.execPath, [bin, 'votes', join(folder, 'articles'), '--format', 'json'], { maxBuffer: 1 << 28 }).toString());
const byName = new Map(out.documents.map((d) => [basename(d.source), d.votes ?? []]));

const SIDES = ['for', 'against', 'abstain'];
const short = (s, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');
const counts = (c) => SIDES.map((s) => c[s] ?? '?').join('/');
let differences = 0;

for (const file of readdirSync(join(folder, 'gold')).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(folder, 'gold', file), 'utf8'));
  const text = readFileSync(join(folder, 'articles', gold.file), 'utf8').replace(/^\uFEFF/, '');
  const find = (s) => {
    const at = text.indexOf(s);
    return at < 0 ? null : { start: at, end: at + s.length };
  };
  const touches = (a, b) => a && b && a.start < b.end && b.start < a.end;
  const preds = byName.get(gold.file) ?? [];
  const used = new Set();
  const lines = [];
  for (const g of gold.votes) {
    const ev = find(g.evidence);
    const i = preds.findIndex((p, k) => !used.has(k) && touches(ev, p.span));
    const want = `${counts(g)} ${g.outcome}${g.percent_for != null ? ` ${g.percent_for}%/${g.percent_against}%` : ''}`;
    if (i < 0) {
      if (!g.optional) lines.push(`  MISSED   ${want}  «${short(g.evidence)}»`);
      continue;
    }
    used.add(i);
    const p = preds[i];
    const got = `${counts(p.counts)} ${p.outcome}${p.percent.for != null ? ` ${p.percent.for}%/${p.percent.against}%` : ''}`;
    const names = SIDES.filter((s) => JSON.stringify((g[`${s}_names`] ?? []).slice().sort()) !== JSON.stringify(p.voters[s].slice().sort()));
    if (got !== want || names.length) lines.push(`  FIELDS   want ${want} got ${got}${names.length ? ` voters(${names.join(',')}): ${JSON.stringify(p.voters)}` : ''}  «${short(p.text)}»`);
  }
  preds.forEach((p, k) => {
    if (used.has(k)) return;
    const distractor = (gold.not_votes ?? []).some((s) => touches(find(s), p.span));
    lines.push(`  ${distractor ? 'NOT-VOTE' : 'EXTRA   '} ${counts(p.counts)} ${p.outcome} [${p.rule}]  «${short(p.text)}»`);
  });
  differences += lines.length;
  if (lines.length || flag === '--all') console.log(`${gold.file}\n${lines.join('\n')}`);
}
console.log(`${differences} difference(s)`);
