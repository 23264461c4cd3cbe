/**
 * Thresholds of the text-mode boilerplate classifier (`detect/classify-lines.ts`). Paragraph classes and
 * their context smoothing follow jusText (Pomikálek 2011: short / near-good / good by length and stopword
 * density); the main-region search follows BTE (Finn, Kushmerick, Smyth, "Fact or fiction: Content
 * classification for digital libraries", 2001: the span that maximises text inside minus chrome inside).
 * Lengths are in words (see `countWords`: Han/Kana count one word per two characters). The values were
 * chosen from the distributions of these features over whole-page news texts (gold vs. chrome lines) and
 * checked on the aggregate of `npm run bench:articles`; none was set for one page.
 */
export const BOILERPLATE = {
  /** A line of at least this many words that reads as sentences is a body paragraph ("good"). */
  goodWords: 12,
  /** A line under this many words is "short": a heading, a menu item, a label. */
  shortWords: 12,
  /** Below this stopword density a long line is not prose (when the language has a stop list). */
  minStopDensity: 0.12,
  /** A line whose capitalisable words are at least this share Title Case reads as a headline. */
  titleCase: 0.75,
  /** Score of a short line without sentence punctuation (a menu item, a headline), in words. */
  shortPenalty: -2.5,
  /** Score of a short fragment in sentence case of 3+ words ("Eat 60-90 minutes before your workout"): list items. */
  fragmentPenalty: -1,
  /** Score of a row of a data table (half its tokens numbers): neutral-positive, tables sit inside articles. */
  tableRowScore: 0.5,
  /** A line opening with this many capitalised words in a row is a headline glued to its teaser ("Police Arrest Two After Fire A man ..."). */
  teaserCapsRun: 6,
  /** Penalty per word of such a teaser line. */
  teaserWeight: 0.3,
  /** A short line (1-4 words) printed this many times in the page is a label (a section name under each teaser). */
  recurringLabel: 3,
  /** Weight of a good line with no prose on either side (a teaser's dek between its headline and its date). */
  isolatedWeight: 0.25,
  /** Extra penalty of a line made of chrome vocabulary ("Subscribe", "Follow us on Twitter"). */
  chromePenalty: -6,
  /** Weight of a short sentence (under `goodWords`) per word: it neither makes nor breaks a region. */
  shortSentenceWeight: 0.5,
  /** Weight per word of a long line without sentence punctuation and with enough stopwords. */
  longFragmentWeight: 0.3,
  /** The main region must hold at least this many words of good lines, else nothing is removed. */
  minRegionWords: 25,
  /** Another region is kept too when its score reaches this share of the main region's. */
  secondaryShare: 0.5,
} as const;
