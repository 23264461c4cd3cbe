/**
 * Scanning text by character class without a regex per character: each BMP code point's classes are
 * computed once per process (with the Unicode regexes) and kept as bits, and words are found as runs of
 * code points with a class bit (`runStart` then `runEnd`), as a `[...]+` regex would find them.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Character classes of the scanners, as bits: `[\p{L}\p{N}]`, and the first (`[\p{Lu}\p{Ll}]`) and following (`[\p{L}\p{N}'’.-]`) characters of a cased word. */
export const WORD_BIT = 1;
export const CASED_START_BIT = 2;
export const CASED_REST_BIT = 4;
/** `\p{L}`: a letter. */
export const LETTER_BIT = 8;
const KNOWN_BIT = 128;
const LETTER_CHAR = /\p{L}/u;
/** `[\s\p{P}\p{S}]`: white space, punctuation or a symbol (what is stripped from a line's edges). */
export const EDGE_BIT = 16;
const EDGE_CHAR = /[\s\p{P}\p{S}]/u;
/** `[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`: written without spaces between words. */
export const CJK_BIT = 32;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CASED_START_CHAR = /[\p{Lu}\p{Ll}]/u;
const CASED_REST_CHAR = /[\p{L}\p{N}'’.-]/u;

/**
 * Lower-casing the character keeps the words of a text as they are: it gives as many code units, all of
 * them word characters (`[\p{L}\p{N}]`) when it is one and none when it is not. Every character but a few
 * (`İ` gives `i` and a combining dot) has it; a text made of such characters has the same word runs, of the
 * same lengths, once lower-cased (the one rule of lower-casing that looks at context, the final sigma, picks
 * between two letters).
 */
export const LOWER_KEEPS_WORDS_BIT = 64;

function lowerKeepsWords(ch: string): boolean {
  const lower = ch.toLowerCase();
  if (lower.length !== ch.length) return false;
  const word = WORD_CHAR.test(ch);
  for (const x of lower) if (WORD_CHAR.test(x) !== word) return false;
  return true;
}

function classBits(ch: string): number {
  return KNOWN_BIT | (lowerKeepsWords(ch) ? LOWER_KEEPS_WORDS_BIT : 0) | (WORD_CHAR.test(ch) ? WORD_BIT : 0) | (CASED_START_CHAR.test(ch) ? CASED_START_BIT : 0) | (CASED_REST_CHAR.test(ch) ? CASED_REST_BIT : 0) | (LETTER_CHAR.test(ch) ? LETTER_BIT : 0) | (EDGE_CHAR.test(ch) ? EDGE_BIT : 0) | (CJK_CHAR.test(ch) ? CJK_BIT : 0);
}

/**
 * The class bits of each BMP code point, filled as characters are met, so the scanners test each character
 * with the regexes once per process instead of running a regex per character or per line.
 */
const BMP_BITS = new Uint8Array(0x10000);

/** The class bits of a code point (astral ones are tested each time: they are rare). */
export function charBits(cp: number): number {
  if (cp >= 0x10000) return classBits(String.fromCodePoint(cp));
  const k = BMP_BITS[cp]!;
  if (k !== 0) return k;
  return (BMP_BITS[cp] = classBits(String.fromCharCode(cp)));
}

/** End (exclusive) of the run of code points from `i` that have `bit` (what a `[...]*` regex match would take). */
export function runEnd(text: string, i: number, bit: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
      if ((charBits(c) & bit) === 0) break;
      i++;
    } else {
      const cp = text.codePointAt(i)!;
      if ((charBits(cp) & bit) === 0) break;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return i;
}

/**
 * Offset of the first character at or after `i` whose code point has `bit` (`text.length` when none):
 * where the next run starts. With `runEnd`, the scan every word counter in this file uses.
 */
export function runStart(text: string, i: number, bit: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
      if ((charBits(c) & bit) !== 0) return i;
      i++;
    } else {
      const cp = text.codePointAt(i)!;
      if ((charBits(cp) & bit) !== 0) return i;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return n;
}

/** UTF-16 length of the code point at `i`. */
export function widthAt(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/**
 * The text without the white space, punctuation and symbols at its ends: what
 * `text.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')` gives, by one scan from each end.
 *
 * @param text - One line.
 * @returns The line with its edges stripped (the same string when there is nothing to strip).
 * @example
 * ```ts
 * stripEdges('  « Related posts: »'); // 'Related posts'
 * ```
 */
export function stripEdges(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    if ((charBits(cp) & EDGE_BIT) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  let j = n;
  while (j > i) {
    const c = text.charCodeAt(j - 1);
    const pair = c >= 0xdc00 && c <= 0xdfff && j - 2 >= i && text.charCodeAt(j - 2) >= 0xd800 && text.charCodeAt(j - 2) <= 0xdbff;
    const cp = pair ? text.codePointAt(j - 2)! : c;
    if ((charBits(cp) & EDGE_BIT) === 0) break;
    j -= pair ? 2 : 1;
  }
  return i === 0 && j === n ? text : text.slice(i, j);
}

/**
 * True when lower-casing `text` keeps its words as they are (every character has {@link LOWER_KEEPS_WORDS_BIT}):
 * then `countWords(text.toLowerCase())` is `countWords(text)`, with no string to build.
 *
 * @param text - Any text.
 * @returns Whether the lower-cased text has the same word runs.
 * @example
 * ```ts
 * lowerKeepsWordRuns('Nadal Keeps Spain Alive'); // true
 * lowerKeepsWordRuns('İstanbul'); // false ('i̇stanbul' has a combining dot inside)
 * ```
 */
export function lowerKeepsWordRuns(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    if (c < 0xd800 || c > 0xdfff) {
      if ((charBits(c) & LOWER_KEEPS_WORDS_BIT) === 0) return false;
    } else {
      const cp = text.codePointAt(i)!;
      if ((charBits(cp) & LOWER_KEEPS_WORDS_BIT) === 0) return false;
      if (cp > 0xffff) i++;
    }
  }
  return true;
}
