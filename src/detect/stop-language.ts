import { STOP_SETS } from '../data/stopwords.js';
import type { Line } from '../parse/split-lines.js';
import { createWordTable } from './word-table.js';
import { keepLine } from './line-memo.js';
import { WORD_BIT, runEnd, runStart, widthAt } from '../model/char-scan.js';

/**
 * Which language's stop words a text is written with, and how dense they are in a line: jusText's
 * stopword feature (Jan Pomikálek, "Removing Boilerplate and Duplicate Content from Web Corpora", 2011),
 * over the short stop lists of `src/data/stopwords.ts`. Prose is dense in stop words; menus, headline lists
 * and credits are not.
 */

/**
 * Guesses which stop list fits a text, from the share of stopwords among the words of its lines of 8 words
 * or more (menus would dilute it).
 *
 * A list fits when its words make at least 12% of the words counted and no other list has more hits; a text
 * with fewer than 20 such words gets `null`. The last answer is remembered, so every rule may ask again
 * about the same text for free.
 *
 * @param text - The whole text.
 * @param lines - Its lines (`splitLines(text)`), when known: their strings are read instead of slicing the
 *   text again, which is faster when the same lines were tallied before (the tallies are cached by line).
 *   Lines of another text are ignored.
 * @returns An ISO 639-1 code of `STOPWORDS`, or `null` when no list fits (then stopwords are not used).
 * @example
 * ```ts
 * const line = 'The mayor said on Monday that the city would open two new schools in the spring.';
 * guessStopLanguage(`${line}\n${line}\n${line}`); // 'en'
 * guessStopLanguage('Home\nNews\nSport'); // null (no line of 8 words)
 * ```
 */
export function guessStopLanguage(text: string, lines?: readonly Line[]): string | null {
  return guessStopLanguageBy(text, lines, (line) => tallyLine(line.text));
}

/**
 * {@link guessStopLanguage} with the tallies of the lines given by the caller (who may have them at hand:
 * the line classifier keeps each line's tally in its facts record), so no tally is looked up by line text.
 *
 * @param text - The whole text.
 * @param lines - Its lines, when known (as for {@link guessStopLanguage}).
 * @param tallyOf - The tally of a non-blank line of `lines`, given with its position in `lines` ({@link tallyWords}
 *   of the line lower-cased).
 * @returns What `guessStopLanguage(text, lines)` returns.
 * @example
 * ```ts
 * guessStopLanguageBy(text, lines, (line) => tallyWords(line.text.toLowerCase()));
 * ```
 */
export function guessStopLanguageBy(text: string, lines: readonly Line[] | undefined, tallyOf: (line: Line, position: number) => LineTally): string | null {
  if (text === lastGuess.text) return lastGuess.lang;
  // The guess reads lines ended by `\n`; without `\r` in the text they are the split lines.
  const own = lines !== undefined && lines.length > 0 && lines[lines.length - 1]!.end === text.length && !text.includes('\r');
  const lang = own ? guessFromLines(lines, tallyOf) : guess(text);
  lastGuess = { text, lang };
  return lang;
}

let lastGuess: { text: string; lang: string | null } = { text: '', lang: null };

/** The stop lists in `STOP_SETS` order, and each stopword's list indexes, ascending (for counting hits in an array). */
const LANGS = [...STOP_SETS.keys()];
/** A zero per stop list: copied to start a line's hits. */
const NO_HITS: readonly number[] = LANGS.map(() => 0);
const STOP_LANG_INDEXES = new Map<string, number[]>();
LANGS.forEach((lang, k) => {
  for (const w of STOP_SETS.get(lang)!) STOP_LANG_INDEXES.set(w, [...(STOP_LANG_INDEXES.get(w) ?? []), k]);
});

/**
 * What the stop lists say about one line: its word count, the words not starting with an ASCII digit, and
 * the hits of each stop list among those (`null` when there are none). The language guess and
 * {@link stopwordDensity} both read it, so each line is lower-cased and scanned once.
 */
export interface LineTally {
  /** The line's words (`[\p{L}\p{N}]+` runs). */
  readonly words: number;
  /** Its words that do not start with an ASCII digit. */
  readonly plain: number;
  /**
   * Hits of each stop list (indexed as `STOP_SETS` is ordered) among the words, or `null` when there are none.
   * A plain array of small integers: the line facts keep a tally for every line met, and a typed array (with its
   * buffer) is about twice the memory.
   */
  readonly hits: readonly number[] | null;
}

/** The list indexes of each stopword, looked up in place in the lower-cased line (no word strings built). */
const STOP_TABLE = createWordTable(STOP_LANG_INDEXES);

/**
 * Tallies of recent lines, by line text: a rule's edit changes one or two lines, so the rules after it
 * re-guess from the cached tallies of the others.
 */
const lineTallies = new Map<string, LineTally>();

function tallyLine(line: string): LineTally {
  const known = lineTallies.get(line);
  if (known !== undefined) return known;
  return keepLine(lineTallies, line, tallyWords(line.toLowerCase()));
}

/**
 * The tally of a lower-cased line: the matches of `[\p{L}\p{N}]+`, scanned with the character table. No
 * stopword starts with an ASCII digit, so the hits among all words are the hits among the `plain` ones.
 * Trimming does not change it (white space is never part of a word, and a trimmed character is never a cased
 * letter, so lower-casing the ends gives the same letters), so the tally of a trimmed line is the line's.
 *
 * @param text - One line, lower-cased.
 * @returns Its tally.
 * @example
 * ```ts
 * tallyWords('the 3 mayors said'); // { words: 4, plain: 3, hits: [...] } ("the" in several lists)
 * ```
 */
export function tallyWords(text: string): LineTally {
  const n = text.length;
  let words = 0;
  let plain = 0;
  let hits: number[] | null = null;
  let i = 0;
  for (let start = runStart(text, 0, WORD_BIT); start < n; start = runStart(text, i, WORD_BIT)) {
    i = runEnd(text, start + widthAt(text, start), WORD_BIT);
    words++;
    const c = text.charCodeAt(start);
    if (c >= 48 && c <= 57) continue;
    plain++;
    const langs = STOP_TABLE.get(text, start, i);
    if (langs) {
      hits ??= NO_HITS.slice();
      for (const k of langs) hits[k]!++;
    }
  }
  return { words, plain, hits };
}

/** Adds a line's tally to the guess's sums (a line of fewer than 8 words is left out); its word count, or 0. */
function addTally(tally: LineTally, hits: Int32Array): number {
  if (tally.words < 8) return 0;
  if (tally.hits) for (let k = 0; k < hits.length; k++) hits[k]! += tally.hits[k]!;
  return tally.words;
}

function guess(text: string): string | null {
  // Sums per-line tallies over lines of 30+ code units with 8+ words, until 3000 words (the line that
  // crosses 3000 counts whole).
  let words = 0;
  const hits = new Int32Array(LANGS.length);
  let start = 0;
  while (start <= text.length && words < 3000) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start >= 30) {
      words += addTally(tallyLine(text.slice(start, end)), hits);
    }
    start = end + 1;
  }
  return bestList(words, hits);
}

/** The stop list with most hits, when it has 12% of the words counted (at least 20). */
function bestList(words: number, hits: Int32Array): string | null {
  if (words < 20) return null;
  let best: string | null = null;
  let bestHits = 0;
  for (let k = 0; k < LANGS.length; k++) {
    const h = hits[k]!;
    if (h > bestHits) {
      bestHits = h;
      best = LANGS[k]!;
    }
  }
  return bestHits / words >= 0.12 ? best : null;
}

/**
 * {@link guess} over the lines of a text with no `\r` (the same lines, as strings already made). A blank line
 * adds nothing (no words), so its tally is not asked for.
 */
function guessFromLines(lines: readonly Line[], tallyOf: (line: Line, position: number) => LineTally): string | null {
  let words = 0;
  const hits = new Int32Array(LANGS.length);
  for (let p = 0; p < lines.length && words < 3000; p++) {
    const line = lines[p]!;
    if (line.text.length < 30 || line.blank) continue;
    words += addTally(tallyOf(line, p), hits);
  }
  return bestList(words, hits);
}

/**
 * Share of a line's words (numbers left out) that are stopwords of `lang`.
 *
 * Prose is dense with stopwords; menus, headlines and link lists are not (jusText's stopword density:
 * Pomikálek, "Removing Boilerplate and Duplicate Content from Web Corpora", 2011).
 *
 * @param text - One line.
 * @param lang - An ISO 639-1 code with a stop list (as {@link guessStopLanguage} returns), or `null`.
 * @returns A ratio from 0 to 1, or `null` when `lang` is `null` or has no stop list, or the line has no words.
 * @example
 * ```ts
 * stopwordDensity('The mayor said that the city would open', 'en'); // 0.625
 * stopwordDensity('Home News Sport Weather', 'en'); // 0
 * stopwordDensity('Home News Sport Weather', null); // null
 * ```
 */
export function stopwordDensity(text: string, lang: string | null): number | null {
  return stopwordDensityBy(lang, () => tallyLine(text));
}

/**
 * {@link stopwordDensity} of a line whose tally the caller has at hand (asked for only when `lang` has a
 * stop list).
 *
 * @param lang - An ISO 639-1 code, or `null`.
 * @param tallyOf - Gives the line's tally ({@link tallyWords} of the line lower-cased).
 * @returns What `stopwordDensity(line, lang)` returns.
 * @example
 * ```ts
 * stopwordDensityBy('en', () => tallyWords('home news sport')); // 0
 * ```
 */
export function stopwordDensityBy(lang: string | null, tallyOf: () => LineTally): number | null {
  // The list's index in `LANGS` (and in a tally's `hits`).
  const k = lang ? LANGS.indexOf(lang) : -1;
  if (k < 0) return null;
  // Words starting with an ASCII digit are left out; the line's tally is shared with the language guess.
  const tally = tallyOf();
  if (tally.plain === 0) return null;
  return (tally.hits ? tally.hits[k]! : 0) / tally.plain;
}
