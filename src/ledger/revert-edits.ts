import { InvalidLedgerError } from '../errors.js';
import type { EditSpan } from './apply-edits.js';

/**
 * Rebuilds the source from the clean text and its ledger: the inverse of {@link applyEdits}. Every edit
 * says where it stands in the source (`start`, `end`) and what stands in the output (`after`), so the
 * output offset of each edit is known and its `before` can be put back. This is what lets a consumer of
 * `clean`'s JSONL output (which carries `text` and `edits` but no `source`) show or audit the source.
 *
 * @param text - The clean text (`doc.text`).
 * @param edits - Its ledger (`doc.edits`); every edit must carry `before`.
 * @returns The source, such that `applyEdits(source, edits) === text`.
 * @throws {@link InvalidLedgerError} when the ledger does not fit the text (an `after` that is not found
 *   where the edit says, unsorted or overlapping edits, or an edit without `before`).
 * @example
 * ```ts
 * const doc = clean(raw);
 * revertEdits(doc.text, doc.edits) === raw; // true
 * ```
 */
export function revertEdits(text: string, edits: readonly EditSpan[]): string {
  let out = '';
  let t = 0; // offset in text
  let s = 0; // offset in the source being rebuilt
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    if (e.before === undefined) throw new InvalidLedgerError(`edit ${i} has no \`before\`; the source cannot be rebuilt`);
    if (e.start < s || e.end < e.start || e.end - e.start !== e.before.length) {
      throw new InvalidLedgerError(`edit ${i} at [${e.start}, ${e.end}) is unsorted, overlapping or its \`before\` has the wrong length`);
    }
    const kept = e.start - s;
    if (t + kept + e.after.length > text.length || text.slice(t + kept, t + kept + e.after.length) !== e.after) {
      throw new InvalidLedgerError(`edit ${i}: its \`after\` is not in the text where the ledger puts it`);
    }
    out += text.slice(t, t + kept) + e.before;
    t += kept + e.after.length;
    s = e.end;
  }
  return out + text.slice(t);
}
