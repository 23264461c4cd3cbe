import { STRONG_SENTENCE_STARTERS } from '../data/repair-words.js';
import type { Edit } from '../model/edit.js';
import type { Finding } from '../model/finding.js';
import { isLetterAt } from '../model/characters.js';

/**
 * A lost word boundary that a repair restores with less confidence than this needs corroboration: other lost
 * boundaries in the same document. Sentence seams (`fight.And`, 0.9) and well-known fused forms (`upto`)
 * stand on their own.
 */
export const CORROBORATED_CONFIDENCE = 0.9;
/** ... at least this many other lost boundaries in the document (found by any repair rule) ... */
export const CORROBORATING_BOUNDARIES = 2;
/** ... in a text of at least this many characters: a shorter one is too short to tell, and is trusted. */
export const MIN_TEXT_TO_CORROBORATE = 2_000;

/**
 * A finding that restores a lost word boundary: a space inserted by a repair rule.
 *
 * @param f - A finding.
 * @returns Whether it inserts a space.
 * @example
 * ```ts
 * isBoundary({ start: 5, end: 5, replacement: ' ', rule: 'word-join', reason: '', confidence: 0.85 }); // true
 * ```
 */
export function isBoundary(f: Finding): boolean {
  return f.start === f.end && f.replacement === ' ';
}

/**
 * How many lost word boundaries a rule's applied edits restored (the edits of {@link isBoundary} findings):
 * what the runner adds up for {@link corroborateBoundaries}.
 *
 * @param edits - The edits one rule's findings became.
 * @returns How many insert a space.
 * @example
 * ```ts
 * restored += boundaryEdits(resolved.edits);
 * ```
 */
export function boundaryEdits(edits: readonly Edit[]): number {
  let n = 0;
  for (const e of edits) if (e.start === e.end && e.after === ' ') n++;
  return n;
}

/**
 * Splits a repair rule's findings into those to apply and the lost boundaries left alone because nothing
 * else in the document corroborates them. Damage of this kind is systematic: the scraper or the template
 * that dropped one space (markup stripped between two elements) drops others on the same page. A long
 * document with one or two doubtful boundaries and no other lost one is far more likely to hold rare words
 * (`assailed`, `overdo`, `hairlike`, `renin`) or names written as one (`HawaiiNewsNow`) than lost spaces: on
 * the 96 real pages of `npm run bench:repair`, every such boundary the repairs restored was one the page's
 * gold text writes as one word. So a boundary under {@link CORROBORATED_CONFIDENCE}, inside a form spelled
 * the way words and names are ({@link spelledLikeAWord}), is applied only when the document shows
 * {@link CORROBORATING_BOUNDARIES} other lost boundaries: restored earlier in the run, or found by the same
 * rule in the same pass. The same evidence per document that `apostrophe` weighs before restoring
 * apostrophes, weighed for spaces.
 *
 * @param findings - One repair rule's findings on the text.
 * @param restored - Lost boundaries restored earlier in this run of the document (by any repair rule).
 * @param text - The text the rule was given.
 * @returns `kept` (to apply) and `isolated` (copies, their reason saying why they were left alone).
 * @example
 * ```ts
 * const { kept, isolated } = corroborateBoundaries(findings, 0, text);
 * ```
 */
export function corroborateBoundaries(findings: readonly Finding[], restored: number, text: string): { kept: readonly Finding[]; isolated: readonly Finding[] } {
  if (text.length < MIN_TEXT_TO_CORROBORATE) return { kept: findings, isolated: [] };
  let boundaries = 0;
  for (const f of findings) if (isBoundary(f)) boundaries++;
  // The others, for any one of these boundaries: all the rest found in this pass, and those restored before.
  if (restored + boundaries - 1 >= CORROBORATING_BOUNDARIES) return { kept: findings, isolated: [] };
  const kept: Finding[] = [];
  const isolated: Finding[] = [];
  for (const f of findings) {
    if (isBoundary(f) && f.confidence < CORROBORATED_CONFIDENCE && spelledLikeAWord(text, f.start)) {
      isolated.push({ ...f, reason: `${f.reason}; left alone: no other lost word boundary in this long text corroborates it (a rare word is likelier)` });
    } else {
      kept.push(f);
    }
  }
  return { kept, isolated };
}

/**
 * True when the run of letters around `at` is spelled the way a word or a name may be: all in lower case
 * (`assailed`, `formedin`), or starting with a capital (`Realme`, `BlackMagic`, `ServiceNow`). Spelled
 * like no word, so that a boundary in it needs no corroboration: a form that starts in lower case and has
 * a capital later (`articleLarry`, `theNASA`; the repairs protect the few words that are, `iPhone`, `eBay`),
 * and a form whose part from `at` is a sentence starter no brand or name ends with (`LegionThe`,
 * `nationHowever`: a caption or credit fused to the paragraph after it).
 *
 * @param text - The text.
 * @param at - An offset inside or at the edge of a run of letters.
 * @returns Whether the run could be one word as written.
 * @example
 * ```ts
 * spelledLikeAWord('they assailed him', 7); // true
 * spelledLikeAWord('this articleLarry said', 12); // false
 * spelledLikeAWord('the LegionThe unit', 10); // false
 * ```
 */
export function spelledLikeAWord(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && isLetterAt(text, start - 1)) start--;
  let end = at;
  while (end < text.length && isLetterAt(text, end)) end++;
  const form = text.slice(start, end);
  if (LOWER_INITIAL.test(form) && UPPER.test(form)) return false;
  let next = at + 1; // the capitalised part that starts at `at`: its capital, then lower-case letters
  while (next < end && LOWER_INITIAL.test(text[next]!)) next++;
  return !(UPPER.test(text[at] ?? '') && STRONG_STARTERS.has(text.slice(at, next)));
}

const STRONG_STARTERS = new Set(STRONG_SENTENCE_STARTERS);

const LOWER_INITIAL = /^\p{Ll}/u;
const UPPER = /\p{Lu}/u;
