import { wordRank } from '../vocabulary/english-lexicon.js';
import { isLetterCode, isSpace } from '../../model/characters.js';

// The words around a candidate of the `apostrophe` rule (restore-apostrophe.ts): the word before and after
// it, whether it starts a sentence, and whether a neighbour is a function word.

/**
 * True for a lower-case word among the 150 most frequent in English (`and`, `of`, `are`): what cannot
 * head the noun phrase a possessive precedes.
 *
 * @param word - A word.
 * @returns Whether it is function-like.
 * @example
 * ```ts
 * isFunctionLike('and'); // true
 * isFunctionLike('forces'); // false
 * ```
 */
export function isFunctionLike(word: string): boolean {
  if (!/^[a-z]/.test(word)) return false;
  const r = wordRank(word);
  return r !== undefined && r < 150;
}

/**
 * The word before `at` when only white space stands between (at least one character of it), looking back
 * at most {@link PREVIOUS_WORD_REACH} code units: what `/(\p{L}+)\s+$/u` finds in that window, read
 * backwards from `at` instead of tried from every offset of the window (the regex's cost on every
 * candidate `s` word of a page).
 *
 * @param text - The text.
 * @param at - Where the candidate token starts.
 * @returns The word, or '' when none stands there.
 * @example
 * ```ts
 * previousWord('the Kyivs forces', 4); // 'the'
 * ```
 */
export function previousWord(text: string, at: number): string {
  const lo = Math.max(0, at - PREVIOUS_WORD_REACH);
  let k = at - 1;
  while (k >= lo && isSpace(text.charCodeAt(k))) k--;
  const end = k + 1;
  if (end === at) return '';
  while (k >= lo) {
    const c = text.charCodeAt(k);
    if (c >= 0xdc00 && c <= 0xdfff && k - 1 >= lo) { // a letter outside the BMP is a surrogate pair
      const h = text.charCodeAt(k - 1);
      if (h >= 0xd800 && h <= 0xdbff && isLetterCode((h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000)) {
        k -= 2;
        continue;
      }
      break;
    }
    if ((c >= 0xd800 && c <= 0xdfff) || !isLetterCode(c)) break;
    k--;
  }
  return text.slice(k + 1, end);
}

/** How far back {@link previousWord} looks (code units). */
const PREVIOUS_WORD_REACH = 30;

/**
 * True when `at` starts a sentence: the text's start, a line's start, or after `.`, `!`, `?` or `:`
 * (quotes and brackets between are passed over).
 *
 * @param text - The text.
 * @param at - An offset.
 * @returns Whether a sentence starts there.
 * @example
 * ```ts
 * atSentenceStart('Done. Ill go', 6); // true
 * ```
 */
export function atSentenceStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /["“‘'(\[]/.test(text[k]!)) k--;
  if (k < 0 || text[k] === '\n') return true;
  while (k >= 0 && text[k] === ' ') k--;
  while (k >= 0 && /["”’')\]]/.test(text[k]!)) k--;
  return k < 0 || /[.!?:\n]/.test(text[k]!);
}

/**
 * The next word after `at` when only spaces stand between; '' at punctuation or a line end.
 *
 * @param text - The text.
 * @param at - Where the candidate token ends.
 * @returns The word, or ''.
 * @example
 * ```ts
 * nextWord('Kyivs forces', 5); // 'forces'
 * ```
 */
export function nextWord(text: string, at: number): string {
  let k = at;
  while (k < text.length && text[k] === ' ') k++;
  if (k === at) return '';
  const m = /^[\p{L}]+/u.exec(text.slice(k, k + 40));
  return m ? m[0] : '';
}
