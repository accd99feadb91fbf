// Units sent to be read and not yet written, at most a fixed number at a
// time: reading runs ahead of writing by that much and no more, so memory
// stays flat however many documents, or windows of one document, there are.

import type { FactKind } from '../facts.js';
import type { TextWindow } from '../text/windows.js';
import type { UnitReader } from './readers.js';
import type { WorkResult } from './unit.js';

/** A window sent to be read: its facts to come, and what the run reports of it. */
export interface SentWindow {
  result: Promise<WorkResult>;
  /** The document line the window starts on. */
  line: number;
  /** Its size in UTF-8 bytes. */
  bytes: number;
  /** Its text and where it starts in the document, for formats that show the text (HTML). */
  text: string;
  offset: number;
}

export class InFlight {
  /** Windows sent and not yet taken. */
  ahead = 0;

  constructor(
    readonly reader: UnitReader,
    readonly kinds: readonly FactKind[],
    readonly limit: number,
  ) {}

  get full(): boolean {
    return this.ahead >= this.limit;
  }
}

/** One document's windows, sent lazily: each is decoded and sent only when there is room or it is needed. */
export class DocumentWindows {
  /** The document is one window (read and written whole). */
  readonly whole: boolean;
  private readonly upcoming: TextWindow[] = [];
  private readonly sent: Array<SentWindow | null> = [];
  private allSent = false;

  constructor(
    private readonly flight: InFlight,
    private readonly source: string,
    private readonly windows: Iterator<TextWindow>,
  ) {
    // Looking two windows ahead tells a whole document from a long one.
    for (let k = 0; k < 2; k++) {
      const next = windows.next();
      if (!next.done) this.upcoming.push(next.value);
    }
    this.whole = this.upcoming.length === 1;
  }

  get done(): boolean {
    return this.allSent;
  }

  /** Sends the next window; false when there is none. */
  send(): boolean {
    const window = this.upcoming.shift() ?? this.windows.next().value;
    if (!window) {
      this.allSent = true;
      return false;
    }
    const unit = { source: this.source, text: window.text, origin: window.origin, kinds: this.flight.kinds };
    this.sent.push({
      result: this.flight.reader.read(unit),
      line: window.origin.line,
      bytes: Buffer.byteLength(window.text),
      text: window.text,
      offset: window.origin.offset,
    });
    this.flight.ahead++;
    return true;
  }

  /** Window `k`, sending it (and those after it, while there is room) if need be; null past the last. Taken once. */
  take(k: number): SentWindow | null {
    while (!this.allSent && (this.sent.length <= k || !this.flight.full)) if (!this.send()) break;
    const window = this.sent[k];
    if (!window) return null;
    this.sent[k] = null;
    this.flight.ahead--;
    return window;
  }
}
