// Reporting-verb forms that are ambiguous as plain words in news.

/**
 * Written forms that are also everyday nouns or adjectives in news ("the
 * report", "insurance claims", "a noted author", "an estimated 300", "a
 * diplomatic spat"), or verbs whose everyday sense is not speech ("talks
 * resumed"). They are reporting verbs only where the sentence shows them used
 * as such: after a subject, next to a quotation, or before "that" or a colon.
 * Forms that are not cues at all ("put", "held", "went") are simply absent
 * from the lexicon: see `PHRASE_ONLY_LEMMAS`.
 */
export const AMBIGUOUS_FORMS: ReadonlySet<string> = new Set([
  // Nouns: "the report", "insurance claims", "a welcome change"
  'report', 'reports', 'reporting', 'state', 'states', 'claim', 'claims', 'comment',
  'comments', 'note', 'notes', 'remark', 'remarks', 'mention', 'post', 'posts', 'answer',
  'answers', 'reply', 'replies', 'charge', 'charges', 'counter', 'question', 'questions',
  'protest', 'protests', 'object', 'objects', 'attack', 'attacks', 'promise', 'promises',
  'pledge', 'pledges', 'vow', 'vows', 'request', 'requests', 'demand', 'demands', 'appeal',
  'appeals', 'order', 'orders', 'command', 'commands', 'forecast', 'forecasts', 'estimate',
  'estimates', 'guess', 'suspect', 'suspects', 'fear', 'fears', 'hope', 'hopes', 'doubt',
  'doubts', 'worry', 'worries', 'wonder', 'wonders', 'muse', 'reason', 'reasons',
  'thought', 'feeling', 'thinking', 'warning', 'briefing', 'brief', 'briefs', 'detail',
  'details', 'outline', 'outlines', 'stress', 'highlight', 'highlights', 'echo', 'echoes',
  'signal', 'signals', 'alert', 'alerts', 'caution', 'counsel', 'hint', 'hints', 'flag',
  'flags', 'challenge', 'challenges', 'blame', 'fault', 'faults', 'censure', 'contest',
  'contests', 'dispute', 'disputes', 'praise', 'boast', 'boasts', 'thanks', 'compliment',
  'compliments', 'cheer', 'cheers', 'salute', 'trumpet', 'welcome', 'hail', 'rave',
  'raves', 'quote', 'quotes', 'text', 'texts', 'message', 'messages', 'email', 'emails',
  'tweet', 'tweets', 'blog', 'guarantee', 'guarantees', 'lecture', 'lectures', 'relay',
  'relays', 'probe', 'probes', 'quiz', 'query', 'queries', 'retort', 'retorts',
  'riposte', 'ripostes', 'rebuke', 'rebukes', 'reprimand', 'reprimands', 'press',
  'pressing', 'rule', 'rules', 'ruling', 'volunteer', 'volunteers', 'venture',
  'ventures', 'spit', 'spat', 'resume', 'resumes', 'resumed', 'resuming',
  // Sounds and moods that are nouns first: "a sigh of relief", "a shout"
  'joke', 'jokes', 'jest', 'quip', 'quips', 'laugh', 'laughs', 'cry', 'cries', 'shout',
  'shouts', 'sigh', 'sighs', 'gasp', 'sob', 'whisper', 'whispers', 'murmur', 'wail',
  'scream', 'screams', 'yell', 'roar', 'thunder', 'bark', 'snap', 'hiss', 'growl', 'snarl',
  'rage', 'rant', 'rants', 'vent', 'moan', 'groan', 'gripe', 'gripes', 'grouse', 'whine',
  'taunt', 'taunts', 'jeer', 'jeers', 'sneer', 'sneers', 'scoff', 'mock', 'chat', 'chats',
  'jab', 'jabs', 'gibe', 'gibes', 'banter', 'nag', 'coo', 'purr', 'sniff', 'snort',
  'huff', 'croak', 'chirp', 'rasp', 'drawl', 'stutter', 'stammer', 'crow', 'crows',
  'tease', 'marvel', 'marvels', 'savage', 'rail', 'rails', 'slam', 'slams', 'blast',
  'blasts', 'exhort', 'beg', 'swear',
  // Adjectives: "a noted author", "an estimated 300", "the alleged victim"
  'noted', 'estimated', 'alleged', 'suspected', 'expected', 'supposed', 'suppose',
  'detailed', 'informed', 'certified', 'sworn', 'written', 'spoken', 'acclaimed',
  'calculated', 'charged', 'reflected', 'reflects', 'reflect', 'reflecting', 'promising',
  'threatening', 'demanding', 'appealing', 'encouraging', 'reassuring', 'welcoming',
  'revealing', 'telling', 'reasoning', 'crying', 'raving',
]);
