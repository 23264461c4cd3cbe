import { BOILERPLATE as B } from '../data/boilerplate-thresholds.js';
import { CHROME_LINE_SOURCE, CHROME_PHRASE_CLUES, CHROME_PHRASE_SOURCE, COMMENT_HEADER_SOURCE, ITEM_META_SOURCE, LEGAL_CLUE_SOURCE, LEGAL_SOURCE } from '../data/chrome-phrases.js';
import { createClueTest } from './clue-test.js';
import { DATE_CLUE_SOURCE, DATE_SOURCE, DATELINE_WORDS_SOURCE } from '../data/date-patterns.js';
import type { Line } from '../parse/split-lines.js';
import { stripEdges } from '../model/char-scan.js';
import { factsOfLine, lowerKey, tallyOf, titleCaseOf, type LineFacts } from './line-facts.js';
import { countNumberTokens, countSentences, countWords, endsSentence, endsWithPeriod } from './line-shape.js';
import { leadingCapsRun, titleCaseRatio } from './line-case.js';
import { guessStopLanguageBy, stopwordDensityBy } from './stop-language.js';
import { keepLine } from './line-memo.js';

/** The class of a line, after jusText: prose, a short sentence, a short fragment, or chrome. */
export type LineClass = 'good' | 'near' | 'short' | 'chrome';

/** What {@link classifyLines} says about one non-blank line. */
export interface LineVerdict {
  /** The line. */
  readonly line: Line;
  /** Its class. */
  readonly cls: LineClass;
  /** Its word count ({@link countWords}). */
  readonly words: number;
  /** What it adds to a region's score: positive for prose, negative for chrome. */
  readonly score: number;
}

const CHROME_LINE = new RegExp(`^(?:${CHROME_LINE_SOURCE}|${COMMENT_HEADER_SOURCE})$`, 'iu');
const CHROME_PHRASE = new RegExp(`(?:^|[^\\p{L}])(?:${CHROME_PHRASE_SOURCE})`, 'iu');
/** Whether a line may hold a chrome phrase: most lines hold none of the phrases' literal pieces (`CHROME_PHRASE_CLUES`). */
const MAY_HOLD_CHROME_PHRASE = createClueTest(CHROME_PHRASE_CLUES);
const CHROME_PHRASE_OPENS = new RegExp(`^[^\\p{L}\\p{N}]*(?:${CHROME_PHRASE_SOURCE})`, 'iu');
const LEGAL_MARK = /©|all rights reserved/iu;
const ITEM_META = new RegExp(ITEM_META_SOURCE, 'iu');
const DATE = new RegExp(DATE_SOURCE, 'iu');
const DATE_CLUE = new RegExp(DATE_CLUE_SOURCE, 'u');
const DATE_FILLER = new RegExp(`\\b${DATELINE_WORDS_SOURCE}\\b|[\\d\\p{P}\\p{S}]+`, 'giu');

/** A line that is only a date (and a weekday, a time, "Updated"): list-item or header metadata. */
function isDateOnly(text: string): boolean {
  const m = text.length <= 80 && DATE_CLUE.test(text) ? DATE.exec(text) : null;
  if (!m) return false;
  return (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).replace(DATE_FILLER, ' ').trim() === '';
}

const LEGAL = new RegExp(LEGAL_SOURCE, 'i');
/** Whether a line may hold a legal mark (`LEGAL_CLUE_SOURCE`, exact under `/i`): most lines hold none. */
const MAY_BE_LEGAL = new RegExp(LEGAL_CLUE_SOURCE, 'i');

/**
 * True when a line is made of page-chrome vocabulary: a menu item or button ("Subscribe", "Sign In",
 * "Advertisement"), or a short line with a call to act ("Follow us on Twitter", "All rights reserved").
 *
 * @param text - One line.
 * @param words - Its word count, when known. Default: `countWords(text)`.
 * @returns Whether the line is page chrome.
 * @example
 * ```ts
 * isChromeLine('Sign up for our newsletter'); // true
 * isChromeLine('The newsletter was sent to 300 readers.'); // false
 * ```
 */
export function isChromeLine(text: string, words = countWords(text)): boolean {
  const known = chromeCache.get(text);
  if (known !== undefined) return known;
  return keepLine(chromeCache, text, testChrome(text, words));
}

const chromeCache = new Map<string, boolean>();

/**
 * {@link isChromeLine} of a line's trimmed text, kept in its facts record (no lookup in the chrome table).
 *
 * @param f - A line's facts.
 * @returns `isChromeLine(f.trimmed, f.words)`.
 * @example
 * ```ts
 * isChromeFact(factsOfLine('Subscribe')); // true
 * ```
 */
export function isChromeFact(f: LineFacts): boolean {
  return (f.chrome ??= testChrome(f.trimmed, f.words, () => titleCaseOf(f)));
}

function testChrome(text: string, words: number, titleCase: () => number | null = () => titleCaseRatio(text)): boolean {
  // Longer lines are never chrome (and hold letters, so are never bare of them): skip the scans.
  if (words > 14) return false;
  // A line that starts and ends with an ASCII letter or digit has no edge to strip: `bare` and the trimmed
  // line are the line itself, tested once.
  const plain = isAsciiAlnum(text.charCodeAt(0)) && isAsciiAlnum(text.charCodeAt(text.length - 1));
  const bare = plain ? text : stripEdges(text);
  if (bare === '') return false;
  // (When nothing was stripped, the line has no white space at its ends either: the trimmed line is `bare`.)
  if (words <= 8 && (CHROME_LINE.test(bare) || (bare !== text && CHROME_LINE.test(text.trim())))) return true;
  if (!MAY_HOLD_CHROME_PHRASE(text) || !CHROME_PHRASE.test(text)) return false;
  // A sentence of prose (8 words or more, in sentence case, ending a sentence) that only mentions a chrome
  // phrase ("... the related news the council published.") is not chrome; as chrome it opens with the
  // phrase ("Sign up for our newsletter to ...") or carries a legal mark ("© 2024 ... All rights reserved.").
  const prose = words >= 8 && endsSentence(text.trim()) && (titleCase() ?? 1) < 0.5;
  return !prose || CHROME_PHRASE_OPENS.test(text) || LEGAL_MARK.test(text);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A row of a data table: at least three tokens, half of them numbers ("1 Kyle Busch 5040 5 1 17 27"). */
function isTableRow(text: string): boolean {
  const { tokens, numbers } = countNumberTokens(text);
  return tokens >= 3 && numbers >= 3 && numbers * 2 >= tokens;
}

/**
 * Classifies every non-blank line of a whole-page text as prose or page chrome, from what plain text
 * shows (there is no markup and no link density): length, sentence punctuation, stopword density in the
 * page's language (when it has a stop list; otherwise the feature is left out), Title Case, and chrome
 * vocabulary. After jusText (Pomikálek 2011) and boilerpipe's shallow text features (Kohlschütter et al. 2010).
 *
 * @param lines - The lines of the text.
 * @param text - The whole text (to guess the stop list). Default: the lines joined.
 * @returns One verdict per non-blank line, in order.
 * @example
 * ```ts
 * classifyLines(splitLines('Home\nSports\nThe council voted on Monday to close the bridge for repairs, officials said.'))
 *   .map((v) => v.cls); // ['chrome', 'short', 'good']
 * ```
 */
export function classifyLines(lines: readonly Line[], text = lines.map((l) => l.text).join('\n')): LineVerdict[] {
  const recurring = new Map<string, number>();
  // Each non-blank line's facts, by line position, for the second pass; and the longest key: lower-casing
  // never shortens a string, so a line longer than every key is none of them (no key to build for it).
  // Both arrays are made at their final length (this runs after each edit of the page; grown by pushing,
  // they would be copied some ten times each).
  const facts = new Array<LineFacts | undefined>(lines.length);
  let longest = 0;
  let nonBlank = 0;
  for (let p = 0; p < lines.length; p++) {
    const line = lines[p]!;
    if (line.blank) continue;
    nonBlank++;
    const f = factsOfLine(line.text);
    facts[p] = f;
    if (line.text.length > 40) continue;
    const k = lowerKey(f);
    longest = Math.max(longest, k.length);
    recurring.set(k, (recurring.get(k) ?? 0) + 1);
  }
  // The stop-list guess reads the tallies kept in the facts (a line's tally is its trimmed line's).
  const lang = guessStopLanguageBy(text, lines, (_line, p) => tallyOf(facts[p]!));
  const slot = variantSlot(lang);
  const out = new Array<LineVerdict>(nonBlank);
  let n = 0;
  for (let p = 0; p < lines.length; p++) {
    const line = lines[p]!;
    if (line.blank) continue;
    const f = facts[p]!;
    const { trimmed: t, words } = f;
    const recurs = words <= 4 && t.length <= longest && (recurring.get(lowerKey(f)) ?? 0) >= B.recurringLabel;
    // The line's verdicts by the (few) page-dependent inputs, as a small number: no key strings to build.
    const k = slot * 2 + (recurs ? 1 : 0);
    if (f.verdictKey === k) out[n++] = { line, cls: f.verdictCls!, words, score: f.verdictScore };
    else {
      const { cls, score } = judge(f, lang, recurs);
      if (f.verdictKey < 0) {
        f.verdictKey = k;
        f.verdictCls = cls;
        f.verdictScore = score;
      }
      out[n++] = { line, cls, words, score };
    }
  }
  // Context (after jusText's smoothing): a good line with no prose on either side is a teaser in a list
  // (headline, dek, date) more often than an article paragraph; it weighs less.
  // In place: a good line's score stays positive when it is weighed down, so the lines after it see the
  // same signs as before.
  for (let k = 0; k < out.length; k++) {
    const v = out[k]!;
    if (v.cls !== 'good') continue;
    // Bounded reads: `out[-1]` or `out[out.length]` is a read out of bounds, which deoptimises the compiled
    // function at the first page whose first or last line is good (V8 recompiles it to allow for such reads).
    const prev = k > 0 ? out[k - 1] : undefined;
    const next = k + 1 < out.length ? out[k + 1] : undefined;
    const lonely = (!prev || prev.score < 0) && (!next || next.score < 0);
    if (lonely) out[k] = { ...v, score: v.score * B.isolatedWeight };
  }
  return out;
}

/** Slot of each stop list in a line's verdicts (`null`, no list, has its own). */
const slots = new Map<string | null, number>([[null, 0]]);
function variantSlot(lang: string | null): number {
  let k = slots.get(lang);
  if (k === undefined) slots.set(lang, (k = slots.size));
  return k;
}

/** Whether a Title Case ratio ({@link titleCaseRatio}) makes a headline: at least `B.titleCase`. */
function isTitleCased(tc: number | null): boolean {
  return tc !== null && tc >= B.titleCase;
}

/** The class and score of one line, without context. */
function judge(f: LineFacts, lang: string | null, recurs: boolean): { cls: LineClass; score: number } {
  const { trimmed: t, words } = f;
  let cls: LineClass;
  let score: number;
  if (recurs || isChromeFact(f) || (MAY_BE_LEGAL.test(t) && LEGAL.test(t)) || ITEM_META.test(t) || isDateOnly(t)) {
    cls = 'chrome';
    score = B.chromePenalty - words;
  } else {
    // Features are computed as the branches need them (same verdicts, fewer scans).
    const ends = endsSentence(t);
    // Only a line of `goodWords` words or more or a sentence of two or more may be prose (the three branches that
    // read `prose` and `headline` ask for one of them): the others, most of a page's short lines (menus, labels),
    // are not tallied for stopwords nor scanned for Title Case here (`headline` true rules out those branches).
    const may = words >= B.goodWords || (ends && words >= 2);
    const sd = may ? stopwordDensityBy(lang, () => tallyOf(f)) : 0;
    const prose = sd === null || sd >= B.minStopDensity;
    // A line closing with a period is no headline whatever its case, so its Title Case ratio is not asked for:
    // the long paragraphs, most of a page's text, are never scanned for it.
    const headline = !may || (!endsWithPeriod(t) && isTitleCased(titleCaseOf(f)));
    if (words > B.teaserCapsRun + 2 && leadingCapsRun(t) >= B.teaserCapsRun) {
      cls = 'short';
      score = -words * B.teaserWeight;
    } else if (words >= B.goodWords && (ends || countSentences(t) >= 2) && prose && !headline) {
      cls = 'good';
      score = words;
    } else if (words >= B.goodWords && (prose || ends) && !headline) {
      cls = 'near';
      score = words * B.longFragmentWeight;
    } else if (ends && words >= 2 && prose && !headline) {
      cls = 'near';
      score = Math.max(1, words * B.shortSentenceWeight);
    } else if (isTableRow(t)) {
      cls = 'near';
      score = B.tableRowScore;
    } else {
      cls = 'short';
      const tc = words >= 3 ? titleCaseOf(f) : null;
      const fragment = words >= 3 && tc !== null && tc < B.titleCase && !/^\p{Ll}/u.test(t) ? B.fragmentPenalty : B.shortPenalty;
      score = fragment - (words > B.shortWords ? words * 0.2 : 0);
    }
  }
  return { cls, score };
}
