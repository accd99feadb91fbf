// Numbers as news writes vote counts: digits ("143", "1,051"), words
// ("thirteen", "twenty-three", "one hundred and forty-three") and the words
// for zero a count can take ("none against", "no abstentions").

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const ZEROS = new Set(['none', 'no', 'nil']);

const UNIT_WORDS = Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|');
const TEN_WORDS = Object.keys(TENS).join('|');
const BELOW_HUNDRED = `(?:(?:${TEN_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS})`;
const BELOW_THOUSAND = `(?:(?:${UNIT_WORDS}|a) hundred(?:(?: and)? ${BELOW_HUNDRED})?|${BELOW_HUNDRED})`;

/**
 * A count in digits or words, as a regular expression source without groups.
 * Word forms go up to "nine hundred and ninety-nine"; digits take thousands
 * separators. Match it case-insensitively.
 */
export const NUMBER_SOURCE = `(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+|${BELOW_THOUSAND}|none|nil)`;

/** The value of a count written in digits or words, or null when it is not one. */
export function parseNumber(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  if (text === '') return null;
  if (/^\d{1,3}(?:,\d{3})+$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d+$/.test(text)) return Number(text);
  if (ZEROS.has(text)) return 0;
  return parseWords(text);
}

function parseWords(text: string): number | null {
  const words = text.replace(/-/g, ' ').split(/\s+/).filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, word] of words.entries()) {
    if (word in UNITS) {
      if (current % 10 !== 0 && current < 100) return null; // "five three"
      current += UNITS[word];
    } else if (word in TENS) {
      if (current % 100 !== 0) return null; // "twenty thirty"
      current += TENS[word];
    } else if (word === 'hundred') {
      if (current >= 100) return null;
      current = (current === 0 ? 1 : current) * 100;
    } else if (word === 'a' && words[i + 1] === 'hundred') {
      continue;
    } else if (word === 'thousand') {
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
    } else {
      return null;
    }
    seen = true;
  }
  return seen ? total + current : null;
}
