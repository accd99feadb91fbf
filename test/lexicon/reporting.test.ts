import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_PHRASES,
  MULTIWORD_CUES,
  REPORTING_VERB_FORMS,
  REPORTING_VERB_LEMMAS,
  SPEECH_NOUNS,
  attributionPhraseAt,
  isAmbiguousReportingForm,
  isReportingVerb,
  isSpeechNoun,
  multiwordCueAt,
  multiwordCueLemma,
  reportingVerbLemma,
} from '../../src/lexicon/reporting/index.js';
import {
  doublesFinalConsonant,
  inflections,
  presentParticiple,
  regularPast,
  thirdPerson,
} from '../../src/lexicon/reporting/inflect.js';
import { AMBIGUOUS_FORMS } from '../../src/lexicon/reporting/ambiguous.data.js';

describe('regular inflection', () => {
  it.each([
    // lemma, third person, past, -ing
    ['say', 'says', undefined, 'saying'],
    ['add', 'adds', 'added', 'adding'],
    ['note', 'notes', 'noted', 'noting'],
    ['argue', 'argues', 'argued', 'arguing'],
    ['agree', 'agrees', 'agreed', 'agreeing'],
    ['reply', 'replies', 'replied', 'replying'],
    ['testify', 'testifies', 'testified', 'testifying'],
    ['convey', 'conveys', 'conveyed', 'conveying'],
    ['stress', 'stresses', 'stressed', 'stressing'],
    ['preach', 'preaches', 'preached', 'preaching'],
    ['gush', 'gushes', 'gushed', 'gushing'],
    ['echo', 'echoes', 'echoed', 'echoing'],
    ['quip', 'quips', 'quipped', 'quipping'],
    ['slam', 'slams', 'slammed', 'slamming'],
    ['shrug', 'shrugs', 'shrugged', 'shrugging'],
    ['quiz', 'quizzes', 'quizzed', 'quizzing'],
    ['admit', 'admits', 'admitted', 'admitting'],
    ['rebut', 'rebuts', 'rebutted', 'rebutting'],
    ['concur', 'concurs', 'concurred', 'concurring'],
    ['vow', 'vows', 'vowed', 'vowing'],
    ['sigh', 'sighs', 'sighed', 'sighing'],
    ['boast', 'boasts', 'boasted', 'boasting'],
    ['offer', 'offers', 'offered', 'offering'],
    ['counter', 'counters', 'countered', 'countering'],
    ['murmur', 'murmurs', 'murmured', 'murmuring'],
    ['coo', 'coos', 'cooed', 'cooing'],
    ['lambaste', 'lambastes', 'lambasted', 'lambasting'],
    ['guarantee', 'guarantees', 'guaranteed', 'guaranteeing'],
    ['prophesy', 'prophesies', 'prophesied', 'prophesying'],
  ])('%s → %s, %s, %s', (lemma, third, past, ing) => {
    expect(thirdPerson(lemma)).toBe(third);
    if (past !== undefined) expect(regularPast(lemma)).toEqual([past]);
    expect(presentParticiple(lemma)).toEqual([ing]);
  });

  it('doubles the final consonant only for one-syllable CVC words and listed stress-final verbs', () => {
    expect(doublesFinalConsonant('blog')).toBe(true);
    expect(doublesFinalConsonant('quip')).toBe(true); // the u of "qu" is not a vowel
    expect(doublesFinalConsonant('admit')).toBe(true);
    expect(doublesFinalConsonant('vow')).toBe(false);
    expect(doublesFinalConsonant('wax')).toBe(false);
    expect(doublesFinalConsonant('plead')).toBe(false);
    expect(doublesFinalConsonant('visit')).toBe(false); // stress on the first syllable
    expect(doublesFinalConsonant('answer')).toBe(false);
  });

  it('gives both spellings of British -ll- doubling', () => {
    expect(regularPast('signal')).toEqual(['signaled', 'signalled']);
    expect(presentParticiple('counsel')).toEqual(['counseling', 'counselling']);
  });

  it('lists irregular forms instead of regular ones', () => {
    expect(inflections('say')).toEqual(['say', 'says', 'said', 'saying']);
    expect(inflections('write')).toEqual(['write', 'writes', 'wrote', 'written', 'writing']);
    expect(inflections('speak')).toContain('spoken');
    expect(inflections('forecast')).toEqual(
      expect.arrayContaining(['forecast', 'forecasts', 'forecasted', 'forecasting']),
    );
    expect(inflections('tell')).not.toContain('telled');
  });
});

describe('isReportingVerb and reportingVerbLemma', () => {
  it.each([
    // word, lemma
    ['said', 'say'],
    ['says', 'say'],
    ['saying', 'say'],
    ['say', 'say'],
    ['told', 'tell'],
    ['tells', 'tell'],
    ['wrote', 'write'],
    ['written', 'write'],
    ['spoke', 'speak'],
    ['thought', 'think'],
    ['swore', 'swear'],
    ['foresaw', 'foresee'],
    ['wept', 'weep'],
    ['reacted', 'react'],
    ['lambasted', 'lambaste'],
    ['lambasts', 'lambaste'],
    ['commented', 'comment'],
    ['explained', 'explain'],
    ['underlines', 'underline'],
    ['claims', 'claim'],
    ['denounced', 'denounce'],
    ['justified', 'justify'],
    ['estimating', 'estimate'],
    ['added', 'add'],
    ['noted', 'note'],
    ['warned', 'warn'],
    ['insisted', 'insist'],
    ['argued', 'argue'],
    ['tweeted', 'tweet'],
    ['posted', 'post'],
    ['acknowledged', 'acknowledge'],
    ['alleged', 'allege'],
    ['countered', 'counter'],
    ['conceded', 'concede'],
    ['retorted', 'retort'],
    ['quipped', 'quip'],
    ['sighed', 'sigh'],
    ['vowed', 'vow'],
    ['testified', 'testify'],
    ['thundered', 'thunder'],
    ['mused', 'muse'],
    ['boasted', 'boast'],
    ['blasted', 'blast'],
    ['slammed', 'slam'],
    ['hailed', 'hail'],
    ['wondered', 'wonder'],
    ['reiterated', 'reiterate'],
    ['clarified', 'clarify'],
    ['elaborated', 'elaborate'],
    ['continued', 'continue'],
    ['blogged', 'blog'],
    ['pled', 'plead'],
    ['pleaded', 'plead'],
    ['averred', 'aver'],
    ['enquired', 'inquire'],
    ['inquired', 'inquire'],
    ['e-mailed', 'email'],
  ])('%s is a form of %s', (word, lemma) => {
    expect(isReportingVerb(word)).toBe(true);
    expect(reportingVerbLemma(word)).toBe(lemma);
  });

  it.each([
    ['criticized', 'criticize'],
    ['criticised', 'criticize'],
    ['criticises', 'criticize'],
    ['emphasised', 'emphasize'],
    ['emphasizing', 'emphasize'],
    ['apologised', 'apologize'],
    ['summarising', 'summarize'],
    ['signalled', 'signal'],
    ['signaled', 'signal'],
    ['counselling', 'counsel'],
    ['marvelled', 'marvel'],
  ])('accepts British and American spellings: %s', (word, lemma) => {
    expect(reportingVerbLemma(word)).toBe(lemma);
  });

  it('ignores case and surrounding spaces', () => {
    expect(isReportingVerb('SAID')).toBe(true);
    expect(isReportingVerb(' Lambasted ')).toBe(true);
    expect(reportingVerbLemma('Told')).toBe('tell');
  });

  it.each([
    'the', 'minister', 'statement', 'government', 'Russia', 'veto', 'quickly', 'and',
    'sayed', 'telled', 'writed', 'criticiseing', 'quiped', 'admited', '',
    // phrase-only verbs: their single words are everyday English
    'put', 'held', 'hold', 'went', 'go', 'found', 'called', 'point', 'pointed', 'read',
    'smiled', 'offered', 'figured', 'related', 'knew',
  ])('rejects %j', (word) => {
    expect(isReportingVerb(word)).toBe(false);
    expect(reportingVerbLemma(word)).toBeUndefined();
  });

  it('is broad: hundreds of lemmas and over a thousand forms', () => {
    expect(REPORTING_VERB_LEMMAS.length).toBeGreaterThanOrEqual(250);
    expect(REPORTING_VERB_FORMS.size).toBeGreaterThan(1000);
    for (const form of REPORTING_VERB_FORMS) expect(form).toBe(form.toLowerCase());
  });
});

describe('ambiguous forms', () => {
  it.each(['claims', 'report', 'noted', 'estimated', 'alleged', 'states', 'welcome', 'sigh'])(
    '%s is a reporting verb that needs verb context',
    (word) => {
      expect(isReportingVerb(word)).toBe(true);
      expect(isAmbiguousReportingForm(word)).toBe(true);
    },
  );

  it('lists only forms the lexicon knows, so a misspelt entry cannot hide', () => {
    const unknown = [...AMBIGUOUS_FORMS].filter((form) => !REPORTING_VERB_FORMS.has(form));
    expect(unknown).toEqual([]);
  });

  it.each(['said', 'told', 'lambasted', 'reacted', 'explained', 'stated', 'added', 'quipped'])(
    '%s is an unambiguous cue',
    (word) => {
      expect(isAmbiguousReportingForm(word)).toBe(false);
    },
  );
});

describe('multi-word cues', () => {
  it.each([
    ['pointed out', 'point out'],
    ['points out', 'point out'],
    ['went on', 'go on'],
    ['went on to say', 'go on to say'],
    ['summed up', 'sum up'],
    ['put it', 'put it'],
    ['according to', 'according to'],
    ['hit back', 'hit back'],
    ['shot back', 'shoot back'],
    ['spelt out', 'spell out'],
    ['Pointed   Out', 'point out'],
  ])('%j is a cue of %j', (cue, lemma) => {
    expect(multiwordCueLemma(cue)).toBe(lemma);
  });

  it('leaves out forms that are everyday phrases', () => {
    for (const phrase of ['going on', 'goes on', 'putting it', 'set out', 'call it']) {
      expect(MULTIWORD_CUES).not.toContain(phrase);
    }
  });

  it('is lowercase and sorted longest first', () => {
    for (const cue of MULTIWORD_CUES) expect(cue).toBe(cue.toLowerCase());
    for (let i = 1; i < MULTIWORD_CUES.length; i++) {
      expect(MULTIWORD_CUES[i - 1].length).toBeGreaterThanOrEqual(MULTIWORD_CUES[i].length);
    }
  });

  it('finds a cue at an offset, as written, across a line break', () => {
    const text = 'The rise, as he Pointed\nout, was small, according to the bank.';
    expect(multiwordCueAt(text, text.indexOf('Pointed'))).toBe('Pointed\nout');
    expect(multiwordCueAt(text, text.indexOf('according'))).toBe('according to');
    expect(multiwordCueAt(text, text.indexOf('was'))).toBeUndefined();
    // Not inside a longer word.
    expect(multiwordCueAt('disappointed out', 'disappointed out'.indexOf('pointed'))).toBeUndefined();
    expect(multiwordCueAt('he went onward', 3)).toBeUndefined();
  });

  it('takes the longest cue', () => {
    expect(multiwordCueAt('she went on to say that', 4)).toBe('went on to say');
  });
});

describe('attribution phrases', () => {
  it('covers statements, interviews and audiences', () => {
    for (const phrase of [
      'said in a statement',
      'said in a joint statement',
      'told reporters',
      'wrote on x',
      'told a news conference',
    ]) {
      expect(ATTRIBUTION_PHRASES).toContain(phrase);
    }
    expect(attributionPhraseAt('The ministry said in a statement.', 13)).toBe('said in a statement');
    expect(attributionPhraseAt('He told Reporters on Monday', 3)).toBe('told Reporters');
  });
});

describe('speech nouns', () => {
  it.each([
    'statement', 'statements', 'interview', 'press conference', 'Press  Conference', 'tweet',
    'post', 'letter', 'report', 'communique', 'communiqué', 'joint statement', 'memoranda',
    'speeches', 'studies',
  ])('%j is a speech noun', (noun) => {
    expect(isSpeechNoun(noun)).toBe(true);
  });

  it.each(['minister', 'veto', 'sanctions', 'said', 'conference'])('%j is not', (word) => {
    expect(isSpeechNoun(word)).toBe(false);
  });

  it('is lowercase', () => {
    for (const noun of SPEECH_NOUNS) expect(noun).toBe(noun.toLowerCase());
  });
});
