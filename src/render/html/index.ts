// `--format html`: one self-contained page for the person who checks the
// extraction, showing each document's text with every fact marked on it.
// It streams like the other formats: each document is written whole as soon
// as it is read (a long one window by window), and only what the page's end
// needs is kept: each document's name and counts.

import type { DocumentFacts, FactKind, InputError } from '../../facts.js';
import type { DocumentInput, Renderer, RenderOptions } from '../index.js';
import type { DocumentParts, WindowText } from '../parts.js';
import { documentClosing, documentOpening, documentText, newDocument, summaryOf, type DocumentView } from './document.js';
import { pageEnd, pageStart, type ContentsEntry } from './page.js';

export function createHtmlRenderer(options: Pick<RenderOptions, 'kinds'>): Renderer {
  const { kinds } = options;
  const entries: ContentsEntry[] = [];
  const anchors = new Map<string, string>();
  const totals: Partial<Record<FactKind, number>> = {};

  const begin = (source: string): DocumentView => {
    const view = newDocument(entries.length + 1, source);
    if (!anchors.has(source)) anchors.set(source, view.numbering.doc);
    return view;
  };
  const finish = (view: DocumentView) => {
    entries.push({ anchor: view.numbering.doc, source: view.source, counts: view.counts });
    for (const kind of kinds) totals[kind] = (totals[kind] ?? 0) + (view.counts[kind] ?? 0);
  };

  return {
    start: pageStart,
    document(facts: DocumentFacts, input?: DocumentInput) {
      const view = begin(facts.source);
      const text = documentText(view, kinds, facts, { text: input?.text ?? '', offset: 0 });
      finish(view);
      return documentOpening(view, summaryOf(view, kinds)) + text + documentClosing(view);
    },
    // A long text: its windows' text as they come, every kind's facts marked at once on the first kind's turn.
    parts(source: string): DocumentParts {
      const view = begin(source);
      let first: FactKind | undefined;
      return {
        open: () => documentOpening(view, ''),
        kind(kind: FactKind, facts: DocumentFacts, window?: WindowText) {
          first ??= kind;
          if (kind !== first || !window) return '';
          return documentText(view, kinds, facts, window);
        },
        closeKind: () => '',
        close() {
          finish(view);
          return documentClosing(view, summaryOf(view, kinds, true));
        },
      };
    },
    end: (errors: readonly InputError[]) => pageEnd({ kinds, entries, totals, errors, anchors }),
  };
}
