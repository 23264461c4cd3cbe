import { memoize, type RuleContext } from '../../model/rule.js';
import { documentVocabulary, vocabularyAfterInsertions, type DocumentVocabulary } from './document-vocabulary.js';

/**
 * The text last counted by {@link carryVocabulary}, and its vocabulary. One slot per process (per worker
 * thread): the repair rules of a run ask for the vocabulary of a text that the rule before them changed by
 * a few insertions, so the last text is the one to derive from. A cache only: what it answers is what a
 * fresh count gives.
 */
let last: { readonly text: string; readonly vocab: DocumentVocabulary } | null = null;

/** A text with more inserted characters than this (or a larger share of its length) is counted afresh. */
const MAX_INSERTIONS = 2_000;
const MAX_INSERTED_SHARE = 0.05;

/**
 * The {@link documentVocabulary} of `text`, derived from the last text this function counted when `text`
 * is that text with some non-letter characters inserted (the spaces of `sentence-seam`, `case-seam` and
 * `word-join`, the apostrophes of `apostrophe`): only the words an insertion falls inside change, so the
 * few forms they touch are recounted instead of the whole text ({@link vocabularyAfterInsertions}, in its
 * exact mode). Any other text is counted afresh. Either way the answer is what `documentVocabulary(text)`
 * gives (the same counts and language verdict; the map may list its forms in another order).
 *
 * In a repair run the vocabulary was counted once per rule that changed the text (up to four times per
 * round, two or three rounds): most of those counts become a comparison of two strings and a few map
 * updates.
 *
 * @param text - Any text.
 * @returns The vocabulary of `text`.
 * @example
 * ```ts
 * carryVocabulary('the LegionIn the field');
 * carryVocabulary('the Legion In the field').counts.get('In'); // 1, derived from the first count
 * ```
 */
export function carryVocabulary(text: string): DocumentVocabulary {
  const before = last;
  let vocab: DocumentVocabulary | null = null;
  if (before !== null && before.text !== text) {
    const positions = insertionsBetween(before.text, text);
    if (positions !== null) vocab = vocabularyAfterInsertions(before.vocab, before.text, positions, text, true);
  }
  vocab ??= documentVocabulary(text);
  last = { text, vocab };
  return vocab;
}

/**
 * Where `after` is `before` with characters inserted that are no letters (ASCII non-letters and `’`):
 * the distinct offsets in `before`, ascending, or `null` when `after` is not such a text. Matched
 * greedily from the start: when an inserted character equals the one after it (a space before a space)
 * the offset found may be one later than the rule's, which spells the same text and so the same words.
 * Stretches with no insertion are compared a block at a time (two slices and one string comparison, which
 * the engine does as a memory comparison; the block doubling while the blocks are equal) and only a block
 * of {@link BLOCK} that differs character by character: the greedy match takes every equal character, so an
 * equal block is what it would have taken anyway.
 *
 * @param before - A text.
 * @param after - Another text.
 * @returns The offsets in `before` where characters were inserted, or `null`.
 * @example
 * ```ts
 * insertionsBetween('LegionIn dont', 'Legion In don’t'); // [6, 12]
 * ```
 */
export function insertionsBetween(before: string, after: string): number[] | null {
  const extra = after.length - before.length;
  if (extra <= 0 || extra > MAX_INSERTIONS || extra > before.length * MAX_INSERTED_SHARE) return null;
  const positions: number[] = [];
  let inserted = 0;
  let i = 0;
  let j = 0;
  const n = before.length;
  let checked = 0; // before this offset in `before`, go character by character (the block there differed)
  let block = BLOCK; // doubled after each equal block, back to BLOCK after one that differs
  while (i < n) {
    if (i >= checked) {
      if (i + block <= n && before.slice(i, i + block) === after.slice(j, j + block)) {
        i += block;
        j += block;
        if (block < MAX_BLOCK) block *= 2;
        continue;
      }
      if (block > BLOCK) {
        block = BLOCK;
        continue;
      }
      checked = i + BLOCK;
    }
    const c = after.charCodeAt(j);
    if (before.charCodeAt(i) === c) {
      i++;
      j++;
      continue;
    }
    if (inserted === extra || !isInsertable(c)) return null;
    inserted++;
    if (positions.length === 0 || positions[positions.length - 1] !== i) positions.push(i);
    j++;
  }
  for (; j < after.length; j++) {
    if (!isInsertable(after.charCodeAt(j))) return null;
    if (positions.length === 0 || positions[positions.length - 1] !== n) positions.push(n);
  }
  return positions;
}

/**
 * Characters {@link insertionsBetween} compares at once where nothing was inserted, at first and after a
 * block that differed; doubled after each equal block up to {@link MAX_BLOCK}, so that the long stretches
 * between a text's few insertions take a few comparisons each, not one per 64 characters.
 */
const BLOCK = 64;
const MAX_BLOCK = 4096;

/** True for the characters a repair inserts between letters: ASCII characters other than letters, and `’`. */
function isInsertable(c: number): boolean {
  return (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) || c === 0x2019;
}

/**
 * The {@link documentVocabulary} of a rule context's text, counted once per text and shared by the
 * repair rules of a run (through the context's memo); a text the rule before changed by insertions only
 * has its vocabulary carried over from the last count ({@link carryVocabulary}).
 *
 * @param context - The rule context.
 * @returns The vocabulary of `context.text`.
 * @example
 * ```ts
 * const vocab = repairVocabulary(ctx);
 * ```
 */
export function repairVocabulary(context: RuleContext): DocumentVocabulary {
  return memoize(context, 'repair-vocabulary', () => carryVocabulary(context.text));
}
