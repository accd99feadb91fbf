// Amounts. Money ("$5 million", "500 euros"), percentages ("13%",
// "2.5 per cent") and quantities with a unit ("600 km", "3,000 tonnes").

import type { EntityType } from '../facts.js';

export interface AmountMention {
  start: number;
  end: number;
  text: string;
  type: Extract<EntityType, 'money' | 'percent' | 'quantity'>;
}

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const WORD_NUMBER = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a hundred)`;
const SCALE = String.raw`(?:\s?(?:million|billion|trillion|thousand|bn|mn|m|k)\b)?`;
const CURRENCY_SIGN = String.raw`(?:US\$|A\$|C\$|HK\$|NZ\$|S\$|R\$|\$|€|£|¥|₹|₽)`;
const CURRENCY_WORD = String.raw`(?:dollars?|euros?|pounds?(?: sterling)?|yen|yuan|renminbi|rupees?|roubles?|rubles?|francs?|marks?|pesos?|won|lira|lire|shekels?|rand|dinars?|riyals?|hryvnias?|zlotys?|crowns?|kronor|kroner|USD|EUR|GBP|JPY|CHF|CNY|RUB|INR)`;
const UNIT = String.raw`(?:km|kilometres?|kilometers?|miles?|metres?|meters?|feet|foot|ft|cm|mm|inches|inch|kg|kilograms?|grams?|tonnes?|tons?|lbs?|litres?|liters?|gallons?|barrels?|bpd|hectares?|acres?|square (?:km|kilometres|kilometers|miles|metres|meters|feet)|sq km|degrees(?: Celsius| Fahrenheit)?|°C|°F|mph|km/h|knots|MW|GW|kW|megawatts?|gigawatts?|kilowatts?|ounces?|oz|calories|bytes|GB|TB|MB)`;

const PATTERNS: Array<{ re: RegExp; type: AmountMention['type'] }> = [
  { re: new RegExp(String.raw`(?<![\p{L}\p{N}])${CURRENCY_SIGN}\s?${NUMBER}${SCALE}`, 'gu'), type: 'money' },
  { re: new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?:${CURRENCY_WORD}\s)?${NUMBER}${SCALE}\s?${CURRENCY_WORD}(?![\p{L}])`, 'gu'), type: 'money' },
  { re: new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?:${NUMBER}|${WORD_NUMBER})\s?(?:%|percent\b|per cent\b|pct\b|percentage points?\b)`, 'giu'), type: 'percent' },
  { re: new RegExp(String.raw`(?<![\p{L}\p{N}.,])${NUMBER}${SCALE}\s?-?${UNIT}(?![\p{L}])`, 'gu'), type: 'quantity' },
];

/** Whether any of taken[start, end) is set (a loop: a subarray per match is garbage on a text of amounts). */
function takenIn(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

export function findAmounts(text: string): AmountMention[] {
  const out: AmountMention[] = [];
  const taken = new Uint8Array(text.length);
  for (const { re, type } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (takenIn(taken, start, end)) continue;
      taken.fill(1, start, end);
      out.push({ start, end, text: m[0], type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
