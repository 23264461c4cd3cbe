import { isKnownWordForm, mayBeInflected } from '../vocabulary/is-known-word.js';
import { englishLexicon, lexiconSize } from '../vocabulary/english-lexicon.js';
import type { PartSieve } from './part-sieve.js';
import { detachString } from '../../model/detach-string.js';
import { FUSED, NOISE, PART_RANK, SHORT, STRIPPED, isFunctionWord } from './join-words.js';

// What the word lists alone say of a part of a lower-case token, whatever the document: its cost in the
// Zipf model, a refusal, or that only the document can admit it. The segmentation (`cheapest-reading`) asks
// this of every part first, and `segment` of the last parts before its search.

/**
 * The cost of a word of frequency rank `rank` in the Zipf model: `ln((rank + 1) · ln N)`, N the lexicon's size.
 *
 * @param rank - A lexicon rank (0 the most frequent).
 * @returns Its cost in natural-log units.
 * @example
 * ```ts
 * rankCost(0) < rankCost(1_000); // true
 * ```
 */
export function rankCost(rank: number): number {
  return Math.log((rank + 1) * Math.log(lexiconSize()));
}

/** The cost rank of a stripped contraction the lexicon does not list: a frequent word. */
const STRIPPED_RANK = 1_000;

/**
 * What the word lists alone say of a part (a lower-case a-z word): its cost, `undefined` when they refuse
 * it, or `null` when no list holds it (then the part cost of `cheapestReading` asks the document and the inflection rules).
 * Depends on the word alone; {@link listedCell} (the cells the segmentation reads) and {@link lastParts} both
 * read it, so they never disagree.
 *
 * @param word - A lower-case a-z word.
 * @returns Its cost, `undefined` (refused) or `null` (in no list).
 * @example
 * ```ts
 * listedPartCost('the'); // rankCost(rank of `the`)
 * listedPartCost('com'); // undefined: markup debris
 * listedPartCost('zorbfest'); // null
 * ```
 */
export function listedPartCost(word: string): number | undefined | null {
  if (NOISE.has(word) || FUSED.has(word)) return undefined; // `upto` is no part
  const lex = englishLexicon(); // `word` is lower-case a-z: no case folding needed
  if (STRIPPED.has(word)) return rankCost(lex.get(word) ?? STRIPPED_RANK);
  if (word.length <= 2) return SHORT.has(word) ? rankCost(lex.get(word) ?? PART_RANK) : undefined;
  const r = lex.get(word);
  if (r !== undefined) return word.length === 3 && r >= PART_RANK && !isFunctionWord(word) ? undefined : rankCost(r);
  return word.length === 3 ? undefined : null;
}

/** Codes of a {@link listedCell} below zero (a cost is zero or more; NaN: not judged yet). */
export const REFUSED = -1;
/** Admitted only when the document attests it (the part cost of `cheapestReading`); refused otherwise. */
export const ATTESTED_ONLY = -2;
/** Admitted when the document attests it; otherwise an inflected form's cost. */
export const ATTESTED_OR_KNOWN = -3;

/**
 * One cell of a token's memo (`TokenEntry` in `token-memo`): the cost the lists give `token.slice(i, j)`, {@link REFUSED}, or, when no
 * list holds it (four letters or more), {@link ATTESTED_OR_KNOWN} for an inflected form of a lexicon word
 * and {@link ATTESTED_ONLY} otherwise. The sieve spares the string for most parts: one the lexicon bits
 * rule out is in no list.
 *
 * @param token - A lower-case a-z token.
 * @param i - Where the part starts.
 * @param j - Where it ends (exclusive).
 * @param sieve - The token's {@link PartSieve}.
 * @returns A cost (zero or more) or one of the codes below zero.
 * @example
 * ```ts
 * listedCell('formedin', 6, 8, partSieve('formedin')); // the cost of `in`
 * listedCell('formedin', 5, 6, partSieve('formedin')); // REFUSED: `d` is no part
 * ```
 */
export function listedCell(token: string, i: number, j: number, sieve: PartSieve): number {
  const n = j - i;
  let listed: number | undefined | null;
  if (n <= 2 || sieve.mayBeListed(i, j)) listed = listedPartCost(token.slice(i, j));
  else listed = n === 3 ? undefined : null;
  if (listed !== null) return listed === undefined ? REFUSED : listed;
  return n >= 6 && mayBeInflected(token, j) && isKnownWordForm(token.slice(i, j), true) ? ATTESTED_OR_KNOWN : ATTESTED_ONLY;
}

/**
 * What the last parts of a lower-case a-z token are, whatever the document: `true` when the part cost of `cheapestReading`
 * admits one of them from the lexicon alone, else the starts of those only the document can admit (a
 * form of four letters or more that no list holds, admitted when the document attests it), descending.
 * Depends on the token alone, so kept process-wide (bounded): rare forms recur from document to document.
 *
 * @param token - A lower-case a-z token.
 * @returns `true`, or the starts of the last parts only a document can admit.
 * @example
 * ```ts
 * lastParts('formedin'); // true: `in` is listed
 * ```
 */
export function lastParts(token: string): true | readonly number[] {
  let v = lastPartMemo.get(token);
  if (v === undefined) {
    const starts: number[] = [];
    v = starts;
    for (let i = token.length - 1; i >= 1 && v !== true; i--) {
      const word = token.slice(i);
      const listed = listedPartCost(word);
      if (listed !== null) {
        if (listed !== undefined) v = true;
      } else if (word.length >= 6 && isKnownWordForm(word, true)) {
        v = true;
      } else {
        starts.push(i); // four letters or more: only the document can admit it
      }
    }
    if (lastPartMemo.size >= LAST_PART_MEMO_LIMIT) lastPartMemo.clear();
    lastPartMemo.set(detachString(token), v);
  }
  return v;
}

const lastPartMemo = new Map<string, true | readonly number[]>();
const LAST_PART_MEMO_LIMIT = 20_000;
