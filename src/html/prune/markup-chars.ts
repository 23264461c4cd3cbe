// The character classes of the tokenizer linkedom parses with (htmlparser2 10), as the markup scan of
// `pruneMarkup` reads them: ASCII only, by code unit. A letter (what may follow `<` to open a tag) is
// `isAsciiLetter`, the repairs' own test.
import { isAsciiLetter } from '../../model/characters.js';

/**
 * Whether a code unit is white space to the tokenizer (space, tab, line feed, form feed, carriage return).
 *
 * @param c - A code unit.
 * @returns True for those five.
 * @example
 * ```ts
 * isWhitespace(0x0a); // true
 * isWhitespace(0xa0); // false (a no-break space is text)
 * ```
 */
export function isWhitespace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

/**
 * Whether a code unit ends a tag's name (`/`, `>` or white space).
 *
 * @param c - A code unit.
 * @returns True when the name ends before it.
 * @example
 * ```ts
 * isEndOfTagSection(0x3e); // true ('>')
 * ```
 */
export function isEndOfTagSection(c: number): boolean {
  return c === 47 || c === 62 || isWhitespace(c);
}

/**
 * Whether a code unit is an ASCII letter or digit.
 *
 * @param c - A code unit.
 * @returns True for `A-Z`, `a-z` and `0-9`.
 * @example
 * ```ts
 * isAlnum(0x37); // true ('7')
 * ```
 */
export function isAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

/**
 * After a `<`: whether the next code unit starts markup (a letter, `/`, `!` or `?`); anything else leaves
 * the `<` as text.
 *
 * @param c - The code unit after a `<`.
 * @returns True when the `<` opens markup.
 * @example
 * ```ts
 * startsMarkup(0x2f); // true ('/')
 * startsMarkup(0x20); // false ('< 5' is text)
 * ```
 */
export function startsMarkup(c: number): boolean {
  return isAsciiLetter(c) || c === 47 || c === 33 || c === 63;
}
