// Patterns anchored at the end ("…by the $") are tried from every position
// of the text they test; testing only the last few words keeps every
// sentence linear however long it is.

/** The `size` characters before `at`. */
export function tail(text: string, at: number, size = 80): string {
  return text.slice(Math.max(0, at - size), at);
}
