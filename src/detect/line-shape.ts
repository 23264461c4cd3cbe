import { createLineMemo, keepLine, rememberLine } from './line-memo.js';
import { CJK_BIT, WORD_BIT, charBits } from '../model/char-scan.js';
import { isSpace } from '../model/characters.js';

/**
 * Shallow text features of one line, the text-mode stand-ins for what HTML extractors read from markup
 * (after boilerpipe's "shallow text features": Kohlschütter, Fankhauser, Nejdl, "Boilerplate Detection
 * using Shallow Text Features", WSDM 2010). Pure helpers shared by the detectors.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_G = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const SENTENCE_INSIDE = /[.!?。！？][\s"'”’»)\]]*(?=\s+["'“‘«(]?\p{Lu})|[。！？]/gu;
/**
 * Counts the words of a line. A run of Han or Kana characters counts as one word per two characters,
 * so Japanese and Chinese lines weigh about as much as a space-separated line of the same content.
 *
 * @param text - One line.
 * @returns The word count.
 * @example
 * ```ts
 * countWords('Nadal keeps Spain alive'); // 4
 * ```
 */
export function countWords(text: string): number {
  const recent = runWordCounts.map.get(text);
  if (recent !== undefined) return recent;
  let n = wordCounts.get(text);
  if (n === undefined) {
    // One scan: plain counting, unless a Han or Kana character turns up.
    n = keepLine(wordCounts, text, countPlainWords(text));
  }
  return rememberLine(runWordCounts, text, n);
}

/**
 * {@link countWords} without its tables: for a caller that keeps the count itself (the line facts record),
 * so the line is not entered in two tables.
 *
 * @param text - One line.
 * @returns `countWords(text)`.
 * @example
 * ```ts
 * countWordsOnce('Nadal keeps Spain alive'); // 4
 * ```
 */
export function countWordsOnce(text: string): number {
  return countPlainWords(text);
}

/** Word counts of recent lines: every rule asks again about the same lines. */
const wordCounts = new Map<string, number>();
/** The word counts of this run's lines, in front of `wordCounts` (each line is asked about some ten times). */
const runWordCounts = createLineMemo<number>();
/**
 * Counts runs of letters and digits, scanning code units (ASCII without a regex); a text with a Han or Kana
 * character (`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`, astral ones too) is counted by
 * `countCjkWords` instead.
 */
function countPlainWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let w: boolean;
    if (c < 128) w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if (c < 0xd800 || c > 0xdfff) {
      const bits = charBits(c);
      if ((bits & CJK_BIT) !== 0) return countCjkWords(text);
      w = (bits & WORD_BIT) !== 0;
    } else {
      // A surrogate continues the current run; an astral Han character still makes the line CJK.
      if (c <= 0xdbff && (charBits(text.codePointAt(i)!) & CJK_BIT) !== 0) return countCjkWords(text);
      w = inWord;
    }
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

function countCjkWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (CJK.test(w)) {
      const cjk = (w.match(CJK_G) ?? []).length;
      n += Math.max(1, Math.round(cjk / 2)) + (w.length - cjk > 0 ? 1 : 0);
    } else n++;
  }
  return n;
}

/**
 * True when at least half of the line's non-space characters are Han or Kana (Japanese, Chinese): such a
 * line has no spaces between words, so length and word-count thresholds written for space-separated text
 * do not apply to it.
 *
 * @param text - One line.
 * @returns Whether the line is mostly Han or Kana.
 * @example
 * ```ts
 * isCjk('東京で地震があった'); // true
 * isCjk('Tokyo 東京'); // false (fewer than half)
 * ```
 */
export function isCjk(text: string): boolean {
  const cjk = (text.match(CJK_G) ?? []).length;
  return cjk > 0 && cjk * 2 >= text.replace(/\s/g, '').length;
}

/**
 * True when the line ends like a sentence: `.`, `!`, `?`, `…` or CJK `。！？`, maybe followed by closing
 * quotes or brackets; trailing white space is ignored.
 *
 * @param text - One line.
 * @returns Whether the line ends with sentence-final punctuation.
 * @example
 * ```ts
 * endsSentence('He said it was over.”'); // true
 * endsSentence('Read more'); // false
 * ```
 */
export function endsSentence(text: string): boolean {
  // What `/[.!?。！？…][\s"'”’»)\]」』]*$/u.test(text.trimEnd())` says, scanned back from the end: past the white space and the
  // closing quotes and brackets, the first other character must end a sentence. (No earlier one can: the
  // regex needs every character after its sentence end to be white space or a closer.) The regex would
  // try every position of the line.
  let i = text.length - 1;
  while (i >= 0 && isCloserOrSpace(text.charCodeAt(i))) i--;
  return i >= 0 && isSentenceEnd(text.charCodeAt(i));
}

/**
 * Counts the tokens of a line (the pieces of `text.split(/\s+/)`) and those that are numbers (all of
 * `[\d.,:%+-]`, as in "5040", "17.5%", "3:2"), in one scan without building the pieces: a table row is
 * mostly numbers, a headline is not.
 *
 * @param text - One line.
 * @returns The token count and the number count.
 * @example
 * ```ts
 * countNumberTokens('1 Kyle Busch 5040 5 1'); // { tokens: 6, numbers: 4 }
 * ```
 */
export function countNumberTokens(text: string): { tokens: number; numbers: number } {
  let tokens = 1;
  let numbers = 0;
  let numeric = true; // the current piece, so far, is made of number characters
  let empty = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c >= 0 && !isSpace(c)) {
      empty = false;
      if (numeric && !((c >= 48 && c <= 57) || c === 46 || c === 44 || c === 58 || c === 37 || c === 43 || c === 45)) numeric = false;
      continue;
    }
    // The end of a piece (maybe an empty one, at either end of the text).
    if (!empty && numeric) numbers++;
    if (c < 0) break;
    while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) i++;
    tokens++;
    numeric = true;
    empty = true;
  }
  return { tokens, numbers };
}

/** `[.!?。！？…]`: a character that ends a sentence. */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x2026;
}

/** `[\s"'”’»)\]」』]`: white space, or a quote or bracket that may close a sentence. */
function isCloserOrSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 34 || c === 39 || c === 41 || c === 93;
  return c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x300d || c === 0x300f || isSpace(c);
}

/**
 * Counts the sentence ends of a line: a `.`, `!` or `?` (maybe before closing quotes) followed by white space
 * and a capital letter (or an opening quote and a capital), every CJK `。！？`, plus one when the line ends
 * like a sentence ({@link endsSentence}). A period before a lower-case word ("U.S. officials", "4 p.m. on")
 * does not count.
 *
 * @param text - One line.
 * @returns The number of sentence ends found.
 * @example
 * ```ts
 * countSentences('He won. She lost! Why?'); // 3
 * countSentences('Read more'); // 0
 * ```
 */
export function countSentences(text: string): number {
  return (text.match(SENTENCE_INSIDE) ?? []).length + (endsSentence(text) ? 1 : 0);
}

/**
 * True when a line closes with a period (`.` or `。`), maybe followed by closing quotes or brackets: what
 * `/[.。]['"”’)]*$/u.test(text)` says, read back from the end instead of trying the regex at every position.
 * A headline does not close with a period.
 *
 * @param text - One line, trimmed.
 * @returns Whether it closes with a period.
 * @example
 * ```ts
 * endsWithPeriod('He said it was over.”'); // true
 * endsWithPeriod('Nadal Keeps Spain Alive'); // false
 * ```
 */
export function endsWithPeriod(text: string): boolean {
  let i = text.length - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c !== 39 && c !== 34 && c !== 0x201d && c !== 0x2019 && c !== 41) break;
  }
  const c = text.charCodeAt(i);
  return c === 46 || c === 0x3002;
}
