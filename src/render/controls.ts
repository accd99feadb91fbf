// Text from an input shown on a terminal. A control character written raw
// is obeyed, not shown: an escape sequence inside an article could move the
// cursor, recolour the screen or retitle the window. Such characters are
// written as `\x1b`, `\x07`, … instead, as GNU ls escapes them in names.

/** C0 (but tab, line feed and carriage return, which the table folds into spaces), DEL and C1. */
const IN_TEXT = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
/** Every C0 character, DEL and C1: for text kept on one line, such as a path. */
const ON_ONE_LINE = /[\x00-\x1f\x7f-\x9f]/g;

const escaped = (char: string) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** The text with its control characters escaped; line breaks and tabs are left to the layout. */
export function escapeControls(text: string): string {
  return text.replace(IN_TEXT, escaped);
}

/** The text with every control character escaped, line breaks and tabs too. */
export function escapeLineControls(text: string): string {
  return text.replace(ON_ONE_LINE, escaped);
}
