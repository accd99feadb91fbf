// Nouns for the vehicle of a quotation: "said in a statement", "wrote in a
// letter", "the communique said". A speech noun can itself act as the
// source ("the statement said"), or tell where the speaker said something.
// Lowercase singular forms; plurals are generated.

export const SPEECH_NOUN_SINGULARS: readonly string[] = [
  // Statements and announcements
  'statement', 'joint statement', 'written statement', 'declaration', 'joint declaration',
  'announcement', 'proclamation', 'communique', 'communiqué', 'press release',
  'news release', 'release', 'bulletin', 'notice', 'circular', 'advisory', 'readout',
  'manifesto', 'decree', 'edict', 'resolution',
  // Spoken occasions
  'interview', 'press conference', 'news conference', 'briefing', 'press briefing',
  'speech', 'address', 'keynote', 'remark', 'comment', 'testimony', 'hearing',
  'sermon', 'lecture', 'eulogy', 'toast', 'podcast', 'broadcast', 'radio interview',
  'television interview', 'tv interview', 'video', 'video message', 'livestream',
  'town hall', 'rally', 'debate', 'conversation', 'phone call', 'call',
  // Writing and online posts
  'tweet', 'post', 'blog post', 'social media post', 'message', 'text message', 'email',
  'e-mail', 'letter', 'open letter', 'memo', 'memorandum', 'note', 'op-ed', 'column',
  'editorial', 'essay', 'article', 'book', 'memoir', 'diary', 'newsletter', 'thread',
  'caption', 'petition', 'appeal', 'plea', 'warning', 'dispatch', 'cable',
  // Reports and findings
  'report', 'study', 'survey', 'analysis', 'research note', 'white paper', 'paper',
  'review', 'assessment', 'audit', 'investigation', 'inquiry',
  // Legal and official documents
  'ruling', 'judgment', 'judgement', 'opinion', 'dissent', 'verdict', 'filing',
  'court filing', 'brief', 'affidavit', 'deposition', 'complaint', 'lawsuit',
  'indictment', 'submission', 'transcript', 'minutes', 'order',
];

/** Plurals that do not follow the -s rule. */
export const SPEECH_NOUN_IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  'study': 'studies',
  'analysis': 'analyses',
  'inquiry': 'inquiries',
  'diary': 'diaries',
  'memorandum': 'memoranda',
  'address': 'addresses',
  'speech': 'speeches',
  'dispatch': 'dispatches',
  'minutes': 'minutes',
  'testimony': 'testimonies',
  'eulogy': 'eulogies',
  'rally': 'rallies',
  'plea': 'pleas',
};
