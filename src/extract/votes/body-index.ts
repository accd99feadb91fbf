// The voting bodies of one document, found once per sentence and indexed:
// the rules ask for a sentence's bodies, and for the fullest name the
// document gives a body named by its head alone, many times per document.
// Each answer is computed once; none scans the document again.

import { findBodies, sameBody } from './bodies.js';
import { NUMBER_SOURCE } from '../../text/number-words.js';
import type { BodyMention, Unit } from './types.js';

/** A body's name used as a modifier ("Senate candidate", "House seat") names something else. */
const MODIFIER_USE = /^\s+(?:candidates?|races?|seats?|majority|minority|leaders?|elections?|primary|primaries|nominees?|campaigns?|runs?|bids?|hearings?|trials?|floor|districts?|members?|staff|rules?|building|speaker|Speaker|chairman|Chairman)\b/;

/** "send it back to the Assembly", "refer the amendment to the Rules Committee". */
const DESTINATION = /\b(?:to|into|before|towards)\s+(?:the\s+|a\s+)?(?:[\w.'’-]+\s+){0,3}$/i;

const LEADING_NUMBER = new RegExp(`^(?:${NUMBER_SOURCE})\\s+`, 'i');

/** "the 11 Justices" → "Justices": a body's name without article and count. */
export function cleanBody(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, '').replace(LEADING_NUMBER, '').replace(/\s+/g, ' ').trim();
}

/** A proper name ("Congress") is only widened to names that contain it as written. */
function contains(longer: string, bare: string): boolean {
  return /^[A-Z]/.test(bare) ? longer.includes(bare) : longer.toLowerCase().includes(bare.toLowerCase());
}

export class BodyIndex {
  private readonly perUnit: (BodyMention[] | undefined)[];
  /** Names of two words or more, not used as modifiers, by head, in text order. */
  private fullNames?: Map<string, BodyMention[]>;
  private firstCourt?: BodyMention | null;
  private readonly fullerCache = new Map<string, BodyMention | null>();

  constructor(private readonly units: readonly Unit[]) {
    this.perUnit = new Array(units.length);
  }

  /** The bodies named in a sentence. */
  of(unit: Unit): BodyMention[] {
    return (this.perUnit[unit.index] ??= findBodies(unit));
  }

  /** The bodies of a sentence that may have voted: not one a measure is sent to ("return the bill to the committee"). */
  voters(unit: Unit): BodyMention[] {
    return this.of(unit).filter((b) => !DESTINATION.test(unit.text.slice(Math.max(0, b.start - unit.start - 40), b.start - unit.start)));
  }

  /**
   * The document's fullest name for a body named by its head alone ("the
   * Assembly" → "Valdoran National Assembly", "all seven judges" →
   * "Constitutional Court of Valdora"), as the mention that gives it.
   */
  fuller(body: BodyMention, unit: Unit): BodyMention | null {
    const possessed = /['’]s\s+$/.test(unit.text.slice(Math.max(0, body.start - unit.start - 4), body.start - unit.start));
    const bare = cleanBody(body.text).toLowerCase() === body.head && !possessed;
    const judges = body.head === 'justices' || body.head === 'judges';
    if (!bare && !judges) return null;
    const key = `${judges ? '' : body.head}\u0000${body.text}`;
    let found = this.fullerCache.get(key);
    if (found === undefined) {
      found = judges ? this.court() : this.longerName(body);
      this.fullerCache.set(key, found);
    }
    return found;
  }

  private court(): BodyMention | null {
    if (this.firstCourt === undefined) {
      this.firstCourt = null;
      for (const list of this.names().values()) {
        const court = list.find((b) => /court/.test(b.head));
        if (court && (!this.firstCourt || court.start < this.firstCourt.start)) this.firstCourt = court;
      }
    }
    return this.firstCourt;
  }

  /** The first name in the text of the same body that is longer and contains the bare one. */
  private longerName(body: BodyMention): BodyMention | null {
    const bare = cleanBody(body.text);
    let best: BodyMention | null = null;
    for (const [head, list] of this.names()) {
      if (!sameBody(head, body.head)) continue;
      const found = list.find((b) => b.text.length > body.text.length && contains(b.text, bare));
      if (found && (!best || found.start < best.start)) best = found;
    }
    return best;
  }

  private names(): Map<string, BodyMention[]> {
    if (!this.fullNames) {
      this.fullNames = new Map();
      for (const unit of this.units) {
        for (const b of this.of(unit)) {
          if (b.text.split(/\s+/).length < 2 || MODIFIER_USE.test(unit.text.slice(b.end - unit.start))) continue;
          const list = this.fullNames.get(b.head) ?? [];
          list.push(b);
          this.fullNames.set(b.head, list);
        }
      }
    }
    return this.fullNames;
  }
}
