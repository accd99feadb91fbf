// A small reader of the HTML report, for tests that run without a browser:
// it checks that every element is closed in order and gathers, for each
// element, its attributes and its text (references decoded). It reads the
// renderer's own markup only, where attribute values never hold `<` or `>`.

const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link']);
/** Elements whose content is not markup. */
const RAW = new Set(['script', 'style']);

export interface Element {
  tag: string;
  attributes: Record<string, string>;
  /** The text inside, markup removed, references decoded. */
  text: string;
  /** The names of the open elements around it, outermost first. */
  ancestors: string[];
}

const REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#10': '\n' };

export function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#10);/g, (_, name: string) => REFERENCES[name]);
}

function attributesOf(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of source.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) out[match[1]] = decode(match[2] ?? '');
  return out;
}

/** Every element of `html`, in document order; throws if an element is closed out of order or left open. */
export function readHtml(html: string): Element[] {
  const elements: Element[] = [];
  const open: Array<{ element: Element; start: number }> = [];
  let text = '';
  const TAG = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>|<!DOCTYPE html>/g;
  let last = 0;
  for (let match; (match = TAG.exec(html)); ) {
    text += decode(html.slice(last, match.index));
    last = TAG.lastIndex;
    if (match[0].startsWith('<!')) continue;
    const [, closing, name, rest] = match;
    const tag = name.toLowerCase();
    if (closing) {
      const top = open.pop();
      if (!top || top.element.tag !== tag) throw new Error(`</${tag}> closes <${top?.element.tag ?? 'nothing'}> at ${match.index}`);
      top.element.text = text.slice(top.start);
      continue;
    }
    const element: Element = { tag, attributes: attributesOf(rest), text: '', ancestors: open.map((entry) => entry.element.tag) };
    elements.push(element);
    if (VOID.has(tag)) continue;
    if (RAW.has(tag)) {
      const end = html.indexOf(`</${tag}>`, last);
      if (end < 0) throw new Error(`<${tag}> is never closed`);
      element.text = html.slice(last, end);
      TAG.lastIndex = last = end + tag.length + 3;
      continue;
    }
    open.push({ element, start: text.length });
  }
  if (open.length > 0) throw new Error(`left open: ${open.map((entry) => entry.element.tag).join(' > ')}`);
  return elements;
}

/** The text of every element carrying `attribute="value"`, joined in document order (the pieces of one mark). */
export function markedText(elements: readonly Element[], attribute: string, value: string): string {
  return elements
    .filter((element) => element.attributes[attribute] === value)
    .map((element) => element.text)
    .join('');
}
