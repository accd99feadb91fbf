// Every number a rule compares against, in one table with the reason for
// its value. Values were chosen on the development data: changing one moves
// the scorer's figures, so measure before and after.

export const THRESHOLDS = {
  /** A paragraph that is one quotation of at most this many words, without final punctuation, is a heading ("“Nobody Listens”"), not speech. */
  headingMaxWords: 8,
  /** Quoted words covering at least this share of their reported clause stand for the clause (one quotation, not a mixed one and its part). */
  partialStandsForClause: 0.3,
  /** A quoted fragment of at most this many words inside a mixed quotation is reported only as part of it. */
  fragmentMaxWords: 3,
  /** A reported clause needs this many words: shorter ones are objects ("said so", "told him that"). */
  reportedClauseMinWords: 4,
  /** A quotation of more than this many words is never a title, a nickname or a scare quote. */
  titleMaxWords: 6,
  /** A quotation of at least this many words is a whole sentence of speech (direct), whatever its first letter. */
  directMinWords: 12,
  /** Pieces of one quotation (“A,” she said. “B.”) stand at most this many characters apart: room for an attribution, not for a sentence of the writer's. */
  pieceGap: 120,
  /** A paragraph of at least this many words can be a block quotation; fewer is a caption or a line of a list. */
  blockMinWords: 8,
  /** A signature line ("Name, Role") under a block quotation is at most this long. */
  signatureMaxChars: 120,
  /** A role in apposition is at most this many tokens; longer is a clause of its own. */
  roleMaxTokens: 12,
  /** A sentence is at most this many characters (longer runs with no sentence end are cut at a space): news sentences are far shorter, and every rule that reads a sentence then reads bounded text. */
  sentenceMaxChars: 2000,
  /** compromise reads a paragraph in pieces of at most this many characters: its cost grows faster than a long run of text (news paragraphs are far shorter). */
  compromiseMaxChars: 4000,
  /** How many earlier mentions a pronoun's or description's antecedent is looked for in: a few pages of text, and linear time on any input. */
  antecedentReach: 400,
  /** A name CoNLL-2003's training text tags once weighs this much as a gazetteer entry … */
  gazetteerBaseWeight: 0.55,
  /** … and each further time it is tagged adds this much (up to 1): a name seen often is a safer bet. */
  gazetteerWeightPerSighting: 0.1,
  /** A gazetteer entry at least this heavy types its name by itself, before titles and head words. */
  gazetteerWeight: 0.65,
  /** A gazetteer entry at least this heavy may make a name of a single common word ("March", "Police") and outweighs a dateline or a shorter organisation name. */
  strongGazetteerWeight: 0.85,
  /** Between a known name's two readings (a team or its city), the neighbours must favour the second by this log-odds margin to overturn the first. */
  contextOverturnsGazetteer: -1.5,
  /** A sentence may continue a vote (its counts, its voters) this many sentences after it; farther, it reports another. */
  voteContinuationSentences: 3,
  /** A vote whose sentences name no body looks this many sentences back for one. */
  voteBodyLookBack: 2,
  /**
   * The learned tagger's score above its next best tag (weights ×100) for it
   * to overrule the rules' word statistics or add a name of its own: on
   * CoNLL-2003's development file, 0 gives PER+ORG+LOC F1 0.895, 500 gives
   * 0.899, 1500 gives 0.895.
   */
  taggerMargin: 500,
  /** The sentences after a vote, before the next, that may still name its voters ("Justice Ito wrote the dissent …"). */
  voteVotersLookAhead: 6,
  /** A "sentence" longer than this is a list or unsegmented text, not a report of a vote. */
  voteSentenceMaxChars: 2000,
} as const;
