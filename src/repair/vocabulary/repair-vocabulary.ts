import { memoize, type RuleContext } from '../../model/rule.js';
import { documentVocabulary, vocabularyAfterInsertions, type DocumentVocabulary } from './document-vocabulary.js';
import type { EditSpan } from '../../ledger/apply-edits.js';

/**
 * The text last counted by {@link carryVocabulary}, and its vocabulary. One slot per process (per worker
 * thread): the repair rules of a run ask for the vocabulary of a text that the rule before them changed by
 * a few insertions, so the last text is the one to derive from. A cache only: what it answers is what a
 * fresh count gives.
 */
let last: { readonly text: string; readonly vocab: DocumentVocabulary } | null = null;

/**
 * The edits the rule runner applied last, with the text they were applied to and the text they made
 * ({@link noteEdits}): when a rule asks for the vocabulary of that text and the last count was of the text
 * before, the count is carried over those edits.
 */
let applied: readonly [before: string, after: string, edits: readonly EditSpan[]] | null = null;

/**
 * Tells {@link carryVocabulary} which edits turned `before` into `after` (the rule runner calls it each time
 * it applies a rule's edits): where they inserted characters is where the words changed. A hint only: any
 * text that is not `after` of the last edits noted over the last text counted, or edits that are not such
 * insertions, is counted afresh.
 *
 * @param before - The text the edits apply to.
 * @param after - `applyEdits(before, edits)`.
 * @param edits - The edits, in order.
 * @example
 * ```ts
 * noteEdits('LegionIn', 'Legion In', [{ start: 6, end: 6, after: ' ' }]);
 * ```
 */
export function noteEdits(before: string, after: string, edits: readonly EditSpan[]): void {
  applied = [before, after, edits];
}

/** A text with more inserted characters than this (or a larger share of its length) is counted afresh. */
const MAX_INSERTIONS = 2_000;
const MAX_INSERTED_SHARE = 0.05;

/**
 * The {@link documentVocabulary} of `text`, derived from the last text this function counted when `text`
 * is what the last edits the rule runner noted ({@link noteEdits}) made of that text, and they inserted
 * non-letter characters only (the spaces of `sentence-seam`, `case-seam` and `word-join`, the apostrophes of
 * `apostrophe`): only the words an insertion falls inside change, so the few forms they touch are recounted
 * instead of the whole text ({@link vocabularyAfterInsertions}, in its exact mode). Any other text is counted
 * afresh. Either way the answer is what `documentVocabulary(text)` gives (the same counts and language
 * verdict; the map may list its forms in another order).
 *
 * In a repair run the vocabulary was counted once per rule that changed the text (up to four times per
 * round, two or three rounds): most of those counts become a few map updates. The offsets come from the
 * edits, not from comparing the two texts (about 1 % of `clean()` on damaged text, stop 18): a text
 * two rules' edits away from the last one counted (a rule in between that does not ask for the vocabulary,
 * `sentence-seam` in a later pass) is counted afresh.
 *
 * @param text - Any text.
 * @returns The vocabulary of `text`.
 * @example
 * ```ts
 * carryVocabulary('the LegionIn the field');
 * noteEdits('the LegionIn the field', 'the Legion In the field', [{ start: 10, end: 10, after: ' ' }]);
 * carryVocabulary('the Legion In the field').counts.get('In'); // 1, derived from the first count
 * ```
 */
export function carryVocabulary(text: string): DocumentVocabulary {
  const before = last;
  let vocab: DocumentVocabulary | null = null;
  if (before !== null && applied?.[1] === text && applied[0] === before.text) {
    const positions = insertionsOf(before.text, text, applied[2]);
    if (positions !== null) vocab = vocabularyAfterInsertions(before.vocab, before.text, positions, text, true);
  }
  vocab ??= documentVocabulary(text);
  last = { text, vocab };
  return vocab;
}

/**
 * Where `edits` inserted characters that are no letters (ASCII non-letters and `’`) to make `after` from
 * `before`: their offsets in `before`, ascending, or `null` when one of them is no such insertion, or when
 * they inserted more than {@link MAX_INSERTIONS} characters (or more than {@link MAX_INSERTED_SHARE} of the
 * text's length), which is counted afresh.
 *
 * @param before - A text.
 * @param after - `applyEdits(before, edits)`.
 * @param edits - The edits, in order (the rule runner's: no two insert at one offset).
 * @returns The offsets in `before` where characters were inserted, or `null`.
 * @example
 * ```ts
 * insertionsOf('LegionIn dont', 'Legion In don’t', [{ start: 6, end: 6, after: ' ' }, { start: 12, end: 12, after: '’' }]); // [6, 12]
 * ```
 */
export function insertionsOf(before: string, after: string, edits: readonly EditSpan[]): number[] | null {
  const extra = after.length - before.length;
  if (extra <= 0 || extra > MAX_INSERTIONS || extra > before.length * MAX_INSERTED_SHARE) return null;
  return edits.every((e) => e.start === e.end && INSERTABLE.test(e.after)) ? edits.map((e) => e.start) : null;
}

/** The characters a repair inserts between letters: ASCII characters other than letters, and `’` (a whole string of them). */
const INSERTABLE = /^[\0-@[-`{-\x7f’]*$/;

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
