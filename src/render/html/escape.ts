// The one way text from the input (the article, names, roles, rules, file
// names, error messages) enters the HTML report: as text, in element content
// or in a quoted attribute value, never as markup.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Markup characters, control characters other than tab and line breaks, and
 * lone surrogates. Control characters are made visible (U+2400 pictures for
 * C0 and DEL) so that a checker sees something was there; a lone surrogate
 * cannot be written as UTF-8 and becomes U+FFFD.
 */
const UNSAFE = /[&<>"']|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function replacement(char: string): string {
  const named = ENTITIES[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** `value` as HTML text, safe in element content and in a double- or single-quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(UNSAFE, replacement);
}

export type AttributeValue = string | number | boolean | null | undefined;

/**
 * Attributes for a tag, each value escaped: ` name="value"` in the order
 * given; a `true` value is written bare, `false`, null and undefined not at
 * all. Names are the renderer's own, never the input's.
 */
export function attributes(values: Record<string, AttributeValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === false) continue;
    // A line break as a reference keeps each paragraph of the report on one line of the file.
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value)).replace(/\r?\n|\r/g, '&#10;')}"`;
  }
  return out;
}

/** A class attribute's value from the names that apply. */
export function classes(...names: Array<string | false | null | undefined>): string {
  return names.filter((name) => name).join(' ');
}
