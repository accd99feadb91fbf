// The report's stylesheet, inline so the file stands alone. The text keeps
// its line breaks (pre-wrap); notes float into a right margin as Tufte's
// side notes do, and drop into the text on a narrow screen; colours come
// from a few variables set for light and dark, and print keeps them. The
// report's end (totals, errors, contents) is written last but shown first.

export const STYLE = `
:root {
  color-scheme: light dark;
  --bg: #fdfdfc; --ink: #1f2328; --muted: #5f6670; --rule: #d6d9dd; --panel: #f3f4f6;
  --quote: #b0252c; --vote: #08705d; --vote-bg: rgba(8, 112, 93, .06); --error: #b0252c;
  --tip-bg: #1f2328; --tip-ink: #fdfdfc;
  --ent-s: 82%; --ent-l: 88%; --ent-label-l: 32%; --ent-line-l: 42%;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16181b; --ink: #e3e5e8; --muted: #9aa1a9; --rule: #353a40; --panel: #1f2226;
    --quote: #ff8f87; --vote: #5fd0b6; --vote-bg: rgba(95, 208, 182, .07); --error: #ff8f87;
    --tip-bg: #e3e5e8; --tip-ink: #16181b;
    --ent-s: 40%; --ent-l: 29%; --ent-label-l: 78%; --ent-line-l: 68%;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; display: flex; flex-direction: column; }
body > * { width: 100%; max-width: 72rem; margin-inline: auto; padding-inline: 1.5rem; }
a { color: inherit; }
h1 { font-size: 1.35rem; margin: 1.2rem 0 .3rem; }
h2 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
.report { order: -4; }
.totals { order: -3; margin: 0 auto .6rem; color: var(--muted); }
.errors { order: -2; }
.contents { order: -1; }
.legend { margin: 0 0 .6rem; font-size: .9rem; color: var(--muted); line-height: 2; }
.legend > span { display: inline-block; margin-right: .9rem; }
.errors > div { border-left: 4px solid var(--error); background: var(--panel); padding: .4rem 1rem; margin-bottom: 1rem; }
.errors h2 { color: var(--error); margin-top: .3rem; }
.errors code, .contents .source, .doc > h2 { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.contents summary { font-weight: 600; cursor: pointer; }
.contents ol { margin: .3rem 0 1rem; padding-left: 2rem; }
.contents .counts { color: var(--muted); font-size: .85em; margin-left: .5rem; }

.doc { display: flex; flex-direction: column; border-top: 1px solid var(--rule); padding-bottom: 1.5rem; }
.doc > h2 { order: -2; }
.summary { order: -1; margin: 0 0 1rem; font-size: .9rem; color: var(--muted); }
.chip { display: inline-block; margin: 0 .3rem .2rem 0; padding: 0 .45rem; border-radius: .8rem; color: var(--ink); background: hsl(var(--h) var(--ent-s) var(--ent-l)); font-size: .8rem; }
.chips { margin-left: .6rem; }
.text { width: 60%; font: 1.05rem/1.75 Georgia, "Iowan Old Style", "Noto Serif", "DejaVu Serif", serif; }
.text > p { margin: 0 0 1em; white-space: pre-wrap; overflow-wrap: break-word; }
.text > p.empty { color: var(--muted); font-style: italic; }

mark.ent { position: relative; color: inherit; background: hsl(var(--h) var(--ent-s) var(--ent-l)); border-radius: .3em; padding: .08em .18em; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.ent.last::after { content: attr(data-type); display: inline-block; margin-left: .35em; font: 700 .55rem/1 system-ui, sans-serif; letter-spacing: .05em; text-transform: uppercase; vertical-align: .2em; color: hsl(var(--h) 65% var(--ent-label-l)); }
mark.ent:focus { outline: 2px solid hsl(var(--h) 70% var(--ent-line-l)); outline-offset: 1px; }
mark.ent.same { outline: 2px solid hsl(var(--h) 70% var(--ent-line-l)); }
mark.ent[data-tip]:is(:hover, :focus)::before { content: attr(data-tip); position: absolute; left: 0; bottom: calc(100% + 6px); z-index: 20; width: max-content; max-width: 22rem; padding: .35rem .55rem; border-radius: .35rem; background: var(--tip-bg); color: var(--tip-ink); font: 400 .8rem/1.4 system-ui, sans-serif; white-space: pre-wrap; pointer-events: none; box-shadow: 0 2px 8px rgba(0, 0, 0, .25); }

.q { text-decoration: underline 2px var(--quote); text-underline-offset: .25em; text-decoration-skip-ink: none; }
.q.inner { text-underline-offset: .5em; }
.q.k-indirect { text-decoration-style: dotted; }
.q.k-mixed { text-decoration-style: dashed; }
.q.first::before { content: attr(data-n); display: inline-block; margin-right: .2em; padding-left: .2em; border-left: 2px solid var(--quote); font: 700 .6rem/1.2 system-ui, sans-serif; vertical-align: .45em; color: var(--quote); }
.q.last::after { content: ""; display: inline-block; width: 0; height: 1.05em; margin-left: .1em; border-right: 2px solid var(--quote); vertical-align: -.2em; }
.spk { border: 1.5px solid var(--quote); border-radius: .3em; padding: 0 .1em; }
.spk.last::after { content: attr(data-of); display: inline-block; margin-left: .15em; font: 700 .55rem/1 system-ui, sans-serif; vertical-align: -.1em; color: var(--quote); }
.cue { color: var(--quote); font-weight: 700; }
.vote { border: 1.5px solid var(--vote); background: var(--vote-bg); border-radius: .35em; padding: .12em .15em; }
.vote.also { border-style: dashed; }
.vote.first::before { content: attr(data-n); display: inline-block; margin-right: .3em; padding: .15em .3em; border-radius: .3em; font: 700 .6rem/1 system-ui, sans-serif; vertical-align: .2em; color: var(--bg); background: var(--vote); }

.note { float: right; clear: right; width: 60%; margin: .15rem -64% .5rem 0; padding: .35rem .55rem; border-left: 3px solid var(--quote); border-radius: .3rem; background: var(--panel); color: var(--ink); font: 400 .78rem/1.45 system-ui, sans-serif; white-space: normal; text-indent: 0; overflow-wrap: anywhere; }
.note > span { display: block; }
.note.vn { border-left-color: var(--vote); }
.note .tag { font-weight: 700; text-decoration: none; color: var(--quote); }
.note.vn .tag { color: var(--vote); }
.note .kind, .note .stype, .note .members, .note .subject, .note .also-line, .note .date { color: var(--muted); }
.note .speaker { font-weight: 700; }
.note .speaker.none { font-weight: 400; font-style: italic; color: var(--muted); }
.note .cue-text { font-weight: 700; color: var(--quote); }
.note .rule { color: var(--muted); font: .7rem/1.4 ui-monospace, Menlo, Consolas, monospace; }
.note .tally { display: flex; flex-wrap: wrap; gap: .2rem .8rem; margin: .15rem 0; }
.note .tally .count { font-size: 1.2rem; }
.note .outcome { font-weight: 700; }
.o-adopted { color: var(--vote); }
.o-rejected, .o-vetoed { color: var(--quote); }

@media screen and (max-width: 50rem) {
  .text { width: auto; }
  .note { float: none; display: block; width: auto; margin: .3rem 0 .6rem; }
}
@media print {
  @page { margin: 1.5cm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 10pt; }
  body > * { max-width: none; padding-inline: 0; }
  .text { font-size: 10.5pt; }
  .note { break-inside: avoid; font-size: 7.5pt; }
  .doc + .doc { break-before: page; }
  mark.ent::before { display: none; }
  a { text-decoration: none; }
}
`;
