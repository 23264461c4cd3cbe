import { LETTER_BIT, charBits } from './char-scan.js';

/**
 * What kind of character a code unit or code point is, without a regex per character: the predicates the
 * detectors and the repairs share (white space as `\s` has it, letters as `\p{L}` has them, ASCII letters,
 * and the letter before or at an offset, surrogate pairs read as one).
 */

/**
 * True when the code point is a letter (`\p{L}`): ASCII by comparison, the rest by the class bits of
 * {@link charBits} (one table per process for every character class the scanners use).
 *
 * @param cp - A code point.
 * @returns Whether it is in `\p{L}`.
 * @example
 * ```ts
 * isLetterCode(0x4b); // true: 'K'
 * isLetterCode(0x2d); // false: '-'
 * ```
 */
export function isLetterCode(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return (charBits(cp) & LETTER_BIT) !== 0;
}

/**
 * The length in code units of the letter (`\p{L}`, a surrogate pair for one outside the BMP) that ends right
 * before `at`, or 0 when none does (or `at` is 0).
 *
 * @param text - Any text.
 * @param at - An offset in it.
 * @returns 0, 1 or 2.
 * @example
 * ```ts
 * letterBefore('a𝒜b', 3); // 2
 * letterBefore('a-b', 2); // 0
 * ```
 */
export function letterBefore(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  const pair = c >= 0xdc00 && c <= 0xdfff && text.codePointAt(at - 2)! > 0xffff;
  return isLetterCode(pair ? text.codePointAt(at - 2)! : c) ? (pair ? 2 : 1) : 0;
}

/**
 * The length in code units of the letter (`\p{L}`) that starts at `at`, or 0 when none does (or `at` is past
 * the end).
 *
 * @param text - Any text.
 * @param at - An offset in it.
 * @returns 0, 1 or 2.
 * @example
 * ```ts
 * letterAt('a𝒜b', 1); // 2
 * letterAt('a-b', 1); // 0
 * ```
 */
export function letterAt(text: string, at: number): number {
  const cp = text.codePointAt(at);
  return cp !== undefined && isLetterCode(cp) ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * True when the UTF-16 code unit at `k` is a letter (`\p{L}`), as `/\p{L}/u.test(text[k])` says: false off
 * either end, and false on either half of a surrogate pair (see {@link letterAt} to read a code point).
 *
 * @param text - The text.
 * @param k - An offset (may be -1 or `text.length`).
 * @returns Whether the code unit there is a letter.
 * @example
 * ```ts
 * isLetterAt('a-b', 1); // false
 * isLetterAt('a-b', 2); // true
 * ```
 */
export function isLetterAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === c && isLetterCode(c); // NaN off either end
}

/**
 * True for a-z and A-Z (false for `NaN`, off either end of a string): the letters the repairs split between.
 *
 * @param c - A UTF-16 code unit.
 * @returns Whether it is an ASCII letter.
 * @example
 * ```ts
 * isAsciiLetter('K'.charCodeAt(0)); // true
 * ```
 */
export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Whether a code unit is white space or a line break: what `\s` matches and `trim` removes.
 *
 * @param c - A UTF-16 code unit.
 * @returns Whether it is white space.
 * @example
 * ```ts
 * isSpace(0xa0); // true (no-break space)
 * ```
 */
export function isSpace(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : isUnicodeSpace(c);
}

/** The non-ASCII white space of `\s` (and of `trim`): no-break, Ogham, the en quad to hair spaces, line and paragraph separators, and the rest. */
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * True for an apostrophe (`'` or `’`) at `k` between two letters, each read as a code unit ({@link isLetterAt}):
 * `don't`, `Kyiv’s`; not a quote's mark (`'Yes,'`).
 *
 * @param text - The text.
 * @param k - An offset.
 * @returns Whether an apostrophe stands there inside a word.
 * @example
 * ```ts
 * isInnerApostrophe("don't", 3); // true
 * isInnerApostrophe("'Yes'", 0); // false
 * ```
 */
export function isInnerApostrophe(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return (c === 39 || c === 0x2019) && isLetterAt(text, k - 1) && isLetterAt(text, k + 1);
}
