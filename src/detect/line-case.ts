import { CASED_REST_BIT, CASED_START_BIT, charBits, runEnd } from '../model/char-scan.js';
import { isSpace } from '../model/characters.js';

/**
 * How a line is capitalised: the share of its words in Title Case, and the run of capitalised words it opens
 * with. A headline, a menu and a teaser glued to its headline are told from prose partly by their case.
 */

/** Function words a Title Case headline writes in lower case ("of", "the"), in English and the languages of the stop lists. */
const SMALL_WORDS = new Set(('a an the and or but nor of to in on at for by with from as vs via into onto over per is are ' +
  'de da do das dos e em o os a la le les el los del und der die das von zu im').split(' '));
/** Length of the longest small word. */
const MAX_SMALL = Math.max(...[...SMALL_WORDS].map((w) => w.length));
/** The small words (all ASCII, at most `MAX_SMALL` letters) as numbers: their code units in base 128. */
const SMALL_KEYS = new Set([...SMALL_WORDS].map((w) => asciiKey(w, 0, w.length)));

/** The code units of an ASCII span in base 128, capitals lower-cased; -1 when a code unit is not ASCII. */
function asciiKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    key = key * 128 + c;
  }
  return key;
}

/**
 * `SMALL_WORDS.has(text.slice(start, end).toLowerCase())` for a span of at most `MAX_SMALL` code units, without
 * building the word when it is ASCII (lower-casing a non-ASCII character gives an ASCII letter only for the
 * Kelvin sign, `k`, which no small word holds; such spans take the slow way anyway).
 */
function isSmallWord(text: string, start: number, end: number): boolean {
  const key = asciiKey(text, start, end);
  return key >= 0 ? SMALL_KEYS.has(key) : SMALL_WORDS.has(text.slice(start, end).toLowerCase());
}

/**
 * Share of the line's capitalisable words that start with a capital, not counting short function words
 * written in lower case ("of", "the"): about 1 for a Title Case headline, about 0.1-0.3 for English prose.
 *
 * @param text - One line.
 * @returns A ratio from 0 to 1, or `null` when the line has no cased words (CJK, digits).
 * @example
 * ```ts
 * titleCaseRatio('Nadal Keeps Spain Alive in the Davis Cup'); // 1 ("in", "the" are not counted)
 * titleCaseRatio('Nadal kept Spain alive on Friday.'); // 0.6
 * titleCaseRatio('2024'); // null
 * ```
 */
export function titleCaseRatio(text: string): number | null {
  let cased = 0;
  let upper = 0;
  // The matches of `[\p{Lu}\p{Ll}][\p{L}\p{N}'’.-]*`, scanned one code unit at a time: ASCII by comparisons,
  // the rest with the character tables (a surrogate pair as its code point, as `runStart`/`runEnd` read it).
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let width = 1;
    if (c < 128) {
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
        i++;
        continue;
      }
    } else if (c < 0xd800 || c > 0xdfff) {
      if ((charBits(c) & CASED_START_BIT) === 0) {
        i++;
        continue;
      }
    } else {
      const cp = text.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      if ((charBits(cp) & CASED_START_BIT) === 0) {
        i += width;
        continue;
      }
    }
    const start = i;
    i = casedRestEnd(text, i + width);
    const isUpper = c < 128 ? c <= 90 : text[start]! !== text[start]!.toLowerCase();
    // Lower-casing never shortens a string (checked over every code point), so a word longer than the
    // longest small word is none.
    if (!isUpper && i - start <= MAX_SMALL && isSmallWord(text, start, i)) continue;
    cased++;
    if (isUpper) upper++;
  }
  return cased === 0 ? null : upper / cased;
}

/** End of the run of `[\p{L}\p{N}'’.-]` from `i`: `runEnd(text, i, CASED_REST_BIT)`, with ASCII compared in place. */
function casedRestEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 45) i++;
      else return i;
    } else if (c < 0xd800 || c > 0xdfff) {
      if ((charBits(c) & CASED_REST_BIT) === 0) return i;
      i++;
    } else return runEnd(text, i, CASED_REST_BIT);
  }
  return i;
}

const CAPS_WORD = /^[\p{Lu}\d][\p{L}\d'’.&-]*[:,]?$/u;

/**
 * `CAPS_WORD.test(text.slice(start, end))`: a word of ASCII is read in place (prose stops at a word in lower
 * case, most often at its first letter); a word with any other code unit goes to the regex.
 */
function isCapsWord(text: string, start: number, end: number): boolean {
  if (start === end) return false;
  const first = text.charCodeAt(start);
  if (first < 128 && !((first >= 65 && first <= 90) || (first >= 48 && first <= 57))) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return CAPS_WORD.test(text.slice(start, end));
    // `[\p{L}\d'’.&-]` in ASCII; the last code unit may be `:` or `,` instead.
    const inWord = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 38 || c === 45;
    if (!inWord && !(i === end - 1 && i > start && (c === 58 || c === 44))) return false;
  }
  return true;
}

/**
 * How many words at the start of a line are capitalised (or numbers) in a row, up to 16: a Title Case
 * headline glued to a teaser. A word is a piece of `text.split(/\s+/)` that matches
 * `/^[\p{Lu}\d][\p{L}\d'’.&-]*[:,]?$/u`; words of ASCII are read in place, without the regex.
 *
 * @param text - One line, trimmed.
 * @returns The length of the leading run of capitalised words (0 to 16).
 * @example
 * ```ts
 * leadingCapsRun('Nadal Keeps Spain Alive the council said'); // 4
 * leadingCapsRun('The council said'); // 1
 * ```
 */
export function leadingCapsRun(text: string): number {
  // The first 16 pieces of `text.split(/\s+/)`, cut one at a time while they pass (prose stops at its second word).
  let n = 0;
  let start = 0;
  for (let k = 0; k < 16; k++) {
    let end = start;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (!isCapsWord(text, start, end)) break;
    n++;
    if (end >= text.length) break;
    start = end;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  }
  return n;
}
