// The reporting verbs of news writing, as lemmas. Inflected forms (says,
// said, saying, criticised, …) are generated in `inflect.ts`; only what a
// rule cannot produce is written here. All entries are lowercase.
//
// Grouped by how a writer uses them; the groups are for reading, the
// lexicon itself does not distinguish them.

/** Neutral verbs of saying, stating and publishing. */
const NEUTRAL = [
  'say', 'tell', 'add', 'state', 'explain', 'note', 'remark', 'comment', 'mention',
  'observe', 'announce', 'declare', 'report', 'reveal', 'disclose', 'divulge', 'write',
  'tweet', 'post', 'blog', 'text', 'email', 'message', 'speak', 'describe', 'recount',
  'narrate', 'recall', 'reminisce', 'remember', 'continue', 'resume', 'conclude',
  'summarize', 'specify', 'detail', 'outline', 'clarify', 'elaborate', 'expound',
  'indicate', 'signal', 'inform', 'notify', 'brief', 'reply', 'respond', 'answer',
  'react', 'read', 'quote', 'cite', 'relay', 'convey', 'communicate', 'publish',
  'broadcast', 'testify', 'depose', 'attest', 'certify', 'confirm', 'verify', 'record',
  'intone', 'recite', 'volunteer', 'venture', 'offer', 'interject', 'interrupt',
] as const;

/** Asserting, maintaining, admitting and denying. */
const ASSERTING = [
  'assert', 'claim', 'contend', 'maintain', 'insist', 'argue', 'allege', 'aver',
  'affirm', 'reaffirm', 'reassert', 'assure', 'reassure', 'proclaim', 'pronounce',
  'profess', 'avow', 'swear', 'acknowledge', 'admit', 'concede', 'confess', 'recognize',
  'reiterate', 'repeat', 'restate', 'stress', 'emphasize', 'underline', 'underscore',
  'highlight', 'deny', 'refute', 'rebut', 'dispute', 'contest', 'contradict',
  'counter', 'retort', 'riposte', 'rejoin', 'correct', 'reason', 'posit', 'opine',
  'submit', 'stipulate', 'hold', 'rule', 'find', 'judge', 'assess', 'determine',
  'establish', 'agree', 'concur', 'disagree', 'echo',
] as const;

/** Beliefs, expectations and forecasts, the bulk of reported (indirect) speech. */
const COGNITION = [
  'think', 'believe', 'feel', 'reckon', 'figure', 'guess', 'suppose', 'suspect',
  'surmise', 'speculate', 'hypothesize', 'theorize', 'estimate', 'calculate', 'predict',
  'forecast', 'foresee', 'foretell', 'prophesy', 'project', 'expect', 'anticipate',
  'fear', 'worry', 'fret', 'hope', 'doubt', 'wonder', 'muse', 'ponder', 'reflect',
  'ruminate', 'imagine', 'understand', 'know', 'realize', 'consider',
] as const;

/** Warning, advising, suggesting, hinting. */
const ADVISING = [
  'warn', 'caution', 'alert', 'advise', 'counsel', 'recommend', 'suggest', 'propose',
  'hint', 'imply', 'insinuate', 'intimate', 'flag', 'remind', 'point',
  'urge', 'encourage', 'exhort', 'implore', 'beseech', 'entreat', 'plead', 'beg',
  'appeal', 'pray', 'press', 'lobby', 'invite', 'challenge',
] as const;

/** Promising and threatening. */
const COMMITTING = [
  'promise', 'pledge', 'vow', 'guarantee', 'commit', 'threaten', 'undertake', 'resolve',
] as const;

/** Asking and demanding. */
const ASKING = [
  'ask', 'inquire', 'query', 'question', 'quiz', 'probe', 'demand', 'request',
  'order', 'command', 'instruct', 'direct', 'require', 'call',
] as const;

/** Criticising, complaining and accusing. */
const CRITICISING = [
  'criticize', 'slam', 'blast', 'lambaste', 'denounce', 'condemn', 'decry', 'deplore',
  'lament', 'bemoan', 'bewail', 'attack', 'assail', 'berate', 'rebuke', 'reprimand',
  'scold', 'chide', 'castigate', 'chastise', 'excoriate', 'censure', 'rail', 'fume',
  'rage', 'seethe', 'vent', 'rant', 'scoff', 'mock', 'sneer', 'jeer', 'taunt', 'ridicule',
  'deride', 'disparage', 'belittle', 'dismiss', 'reject', 'protest', 'object',
  'complain', 'grumble', 'gripe', 'grouse', 'whine', 'moan', 'groan', 'accuse', 'charge',
  'blame', 'regret', 'apologize', 'bristle', 'harangue', 'admonish', 'upbraid',
  'skewer', 'pillory', 'savage', 'fault',
] as const;

/** Praising, welcoming and boasting. */
const PRAISING = [
  'praise', 'hail', 'welcome', 'applaud', 'laud', 'commend', 'salute', 'celebrate',
  'cheer', 'congratulate', 'thank', 'compliment', 'extol', 'tout', 'trumpet', 'boast',
  'brag', 'crow', 'gloat', 'exult', 'gush', 'enthuse', 'rave', 'acclaim', 'endorse',
  'champion', 'defend', 'justify',
] as const;

/** Manner of speaking: the "unusual cues" of features and colour pieces. */
const MANNER = [
  'quip', 'joke', 'jest', 'tease', 'laugh', 'chuckle', 'giggle', 'smile', 'grin',
  'sigh', 'shrug', 'gasp', 'sob', 'cry', 'weep', 'wail', 'shout', 'yell', 'scream',
  'shriek', 'exclaim', 'holler', 'bellow', 'roar', 'thunder', 'bark', 'growl', 'snarl',
  'snap', 'hiss', 'spit', 'mutter', 'murmur', 'whisper', 'mumble', 'stammer', 'stutter',
  'drawl', 'rasp', 'croak', 'chirp', 'coo', 'purr', 'sniff', 'snort', 'huff', 'blurt',
  'marvel', 'preach', 'lecture', 'pontificate', 'declaim', 'wax', 'nag', 'needle',
  'jab', 'gibe', 'kid', 'banter', 'chat', 'confide', 'wisecrack',
] as const;

/** Every single-word lemma, deduplicated, in the order above. */
export const VERB_LEMMAS: readonly string[] = [
  ...new Set<string>([
    ...NEUTRAL, ...ASSERTING, ...COGNITION, ...ADVISING, ...COMMITTING, ...ASKING,
    ...CRITICISING, ...PRAISING, ...MANNER,
  ]),
];

/**
 * Lemmas whose single-word forms are not cues in news, because their ordinary
 * sense dominates ("the court held a hearing", "she found the keys", "the
 * party called Smith", "point" the noun, "he read the book"). They are kept
 * out of the single-word lexicon; some reach it through `PHRASAL_VERBS`
 * ("called for", "pointed out", "held forth").
 */
export const PHRASE_ONLY_LEMMAS: ReadonlySet<string> = new Set([
  'hold', 'find', 'call', 'point', 'judge', 'determine', 'establish', 'know',
  'understand', 'imagine', 'consider', 'record', 'direct', 'require', 'resolve',
  'undertake', 'commit', 'wax', 'kid', 'read', 'smile', 'grin', 'shrug',
  'figure', 'publish', 'broadcast', 'offer', 'correct', 'celebrate', 'champion',
  'defend', 'remember', 'realize', 'invite', 'lobby', 'pray', 'project', 'needle',
]);

/**
 * Forms a rule cannot make. `past` covers the simple past and, unless
 * `participle` is given, the past participle; `third` and `ing` default to
 * the regular rules.
 */
export interface IrregularVerb {
  past: readonly string[];
  participle?: readonly string[];
  third?: readonly string[];
  ing?: readonly string[];
}

export const IRREGULAR_VERBS: Readonly<Record<string, IrregularVerb>> = {
  say: { past: ['said'] },
  tell: { past: ['told'] },
  write: { past: ['wrote'], participle: ['written'] },
  speak: { past: ['spoke'], participle: ['spoken'] },
  think: { past: ['thought'] },
  hold: { past: ['held'] },
  find: { past: ['found'] },
  swear: { past: ['swore'], participle: ['sworn'] },
  forecast: { past: ['forecast', 'forecasted'] },
  foresee: { past: ['foresaw'], participle: ['foreseen'] },
  foretell: { past: ['foretold'] },
  read: { past: ['read'] },
  spit: { past: ['spat', 'spit'] },
  weep: { past: ['wept'] },
  feel: { past: ['felt'] },
  know: { past: ['knew'], participle: ['known'] },
  understand: { past: ['understood'] },
  undertake: { past: ['undertook'], participle: ['undertaken'] },
  broadcast: { past: ['broadcast', 'broadcasted'] },
  beseech: { past: ['besought', 'beseeched'] },
  // Verbs used only inside phrasal cues ("put it", "went on", "hit back").
  put: { past: ['put'] },
  go: { past: ['went'], participle: ['gone'], third: ['goes'] },
  hit: { past: ['hit'] },
  shoot: { past: ['shot'] },
  spell: { past: ['spelled', 'spelt'] },
  make: { past: ['made'] },
  plead: { past: ['pleaded', 'pled'] },
};

/**
 * Lemmas that double their final consonant although a one-syllable rule would
 * not say so (stress on the last syllable: admitted, rebutted, referred).
 */
export const DOUBLE_FINAL_CONSONANT: ReadonlySet<string> = new Set([
  'admit', 'commit', 'submit', 'omit', 'emit', 'permit', 'acquit', 'regret', 'rebut',
  'abet', 'allot', 'equip', 'upset', 'outwit', 'refer', 'confer', 'infer', 'defer',
  'prefer', 'transfer', 'deter', 'aver', 'concur', 'recur', 'occur', 'incur', 'compel',
  'propel', 'rebel', 'control', 'patrol', 'excel', 'dispel', 'repel', 'extol',
]);

/**
 * Lemmas ending in an unstressed vowel + l: British English doubles the l
 * (signalled, counselling), American English does not. Both are generated.
 */
export const BRITISH_DOUBLE_L: ReadonlySet<string> = new Set([
  'signal', 'counsel', 'label', 'cancel', 'model', 'travel', 'quarrel', 'marvel',
  'grovel', 'snivel', 'level', 'channel', 'fuel',
]);

/**
 * Spelling variants beyond -ize/-ise and -yze/-yse (which are generated):
 * [variant lemma, canonical lemma]. Every form of the variant maps to the
 * canonical lemma.
 */
export const VARIANT_LEMMAS: readonly (readonly [string, string])[] = [
  ['lambast', 'lambaste'],
  ['enquire', 'inquire'],
  ['e-mail', 'email'],
  ['jibe', 'gibe'],
];

/**
 * Phrasal verbs that are cues only as a whole: [verb lemma, rest of phrase,
 * forms]. Without `forms` every inflection of the verb is used ("pointed
 * out", "points out", "pointing out"); with it, only the listed forms, for
 * phrases whose other forms are everyday English ("what is going on",
 * "put it on the table").
 */
export type PhrasalVerb = readonly [verb: string, rest: string, forms?: readonly string[]];

export const PHRASAL_VERBS: readonly PhrasalVerb[] = [
  ['point', 'out'],
  ['go', 'on', ['went']],
  ['go', 'on to say'],
  ['sum', 'up'],
  ['put', 'it', ['put', 'puts']],
  ['spell', 'out'],
  ['hit', 'back'],
  ['hit', 'out'],
  ['fire', 'back'],
  ['shoot', 'back'],
  ['write', 'back'],
  ['lash', 'out'],
  ['chime', 'in'],
  ['weigh', 'in'],
  ['pipe', 'up'],
  ['speak', 'out'],
  ['speak', 'up'],
  ['call', 'for'],
  ['call', 'out'],
  ['cry', 'out'],
  ['blurt', 'out'],
  ['play', 'down'],
  ['shrug', 'off'],
  ['brush', 'aside'],
  ['sound', 'off'],
  ['wax', 'lyrical'],
  ['hold', 'forth'],
  ['make', 'clear'],
  ['make', 'the case'],
];

/** Cues that are not a verb at all, or whose words do not inflect. */
export const FIXED_CUES: readonly string[] = [
  'according to',
  'as quoted by',
  'in the words of',
  'quoted as saying',
  'was quoted as saying',
  'were quoted as saying',
  'is quoted as saying',
  'cited as saying',
  'was cited as saying',
  'was heard saying',
  'was heard to say',
  'as told to',
];

/**
 * Verb forms that, followed by a setting, make a standard attribution phrase
 * ("said in a statement"). The cue of such a phrase is the verb alone; the
 * phrase tells that a speaker is near and what the quotation came from.
 */
export const SETTING_VERBS: readonly string[] = [
  'said', 'says', 'saying', 'added', 'adds', 'wrote', 'writes', 'stated', 'states',
  'announced', 'declared', 'warned', 'explained', 'noted', 'denounced',
];

/** Settings completing `SETTING_VERBS`: "said in a statement", "told reporters". */
export const SETTINGS: readonly string[] = [
  'in a statement', 'in a joint statement', 'in a written statement', 'in an interview',
  'in a tweet', 'in a post', 'in a letter', 'in an open letter', 'in a press release',
  'in a news release', 'in a report', 'in an email', 'in a speech', 'in a video',
  'in a memo', 'in a communique', 'in a communiqué', 'in a blog post', 'in a filing',
  'in a court filing', 'in remarks', 'in his remarks', 'in her remarks',
  'at a press conference', 'at a news conference', 'at a briefing', 'at a press briefing',
  'on twitter', 'on x', 'on facebook', 'on instagram', 'on threads', 'on bluesky',
  'on social media',
];

/** What "told …" is most often followed by in news. */
export const TOLD_AUDIENCES: readonly string[] = [
  'reporters', 'journalists', 'the press', 'a news conference', 'a press conference',
  'a briefing', 'lawmakers', 'legislators', 'parliament', 'the court', 'the jury',
  'the committee', 'the audience', 'the crowd', 'supporters', 'the bbc', 'reuters',
  'the associated press', 'afp', 'cnn', 'the guardian', 'the new york times',
];
