// A pronoun that names a voter ("He was among the Representatives who voted
// against …") stands for the person the article is about up to that point:
// the surname mentioned most often (in the text just before), given in its
// first full form.

const TITLE = /^(?:US|U\.S\.|UK|United|States|Representative|Rep|Senator|Sen|President|Vice|Prime|Minister|Justice|Judge|Governor|Gov|Mayor|Speaker|Secretary|Ambassador|Chairman|Chairwoman|Democrat|Republican|Former|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|General|Attorney|Chief|Leader)\.?$/;
const STOP = /^(?:The|A|An|In|On|At|By|For|From|With|After|Before|When|While|This|That|His|Her|Their|Its|He|She|They|It|But|And|Early|Late|Last|Yesterday|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|House|Senate|Congress|Court|Committee|Council|Party|University|Act|Street|Capitol|Hill|Sun|Times|News|Post)$/;

const CAPITALISED_RUN = /\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+/g;

/** How far back a pronoun's person is looked for: an article's worth, so long inputs stay linear. */
const LOOKBACK = 8000;

export function resolvePronoun(text: string, pronoun: string, before: number): string | null {
  if (!/^(?:he|she)$/i.test(pronoun)) return pronoun;
  const prefix = text.slice(Math.max(0, before - LOOKBACK), before);
  const fullForms = new Map<string, string>();
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(prefix); m; m = CAPITALISED_RUN.exec(prefix)) {
    const words = m[0].split(/\s+/).filter((w) => !TITLE.test(w));
    if (words.length < 2 || words.some((w) => STOP.test(w) || !/^[A-Z][a-z]/.test(w))) continue;
    const surname = words[words.length - 1].replace(/['’]s$/, '');
    if (!fullForms.has(surname)) fullForms.set(surname, `${words[0]} ${surname}`);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const surname of fullForms.keys()) {
    const count = prefix.split(new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)).length - 1;
    if (count > bestCount) {
      best = surname;
      bestCount = count;
    }
  }
  return best && bestCount >= 2 ? fullForms.get(best)! : null;
}
