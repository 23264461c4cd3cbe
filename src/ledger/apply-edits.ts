import { InvalidLedgerError } from '../errors.js';
import type { Edit } from '../model/edit.js';

/** The part of an edit that says where and what: enough to apply it. */
export type EditSpan = Pick<Edit, 'start' | 'end' | 'after'> & Partial<Pick<Edit, 'before'>>;

/**
 * Rebuilds the output from a source and its ledger: the pure function behind principle 1
 * ("the clean text must be derivable from the source and the edits").
 *
 * Edits must be sorted by `start` (then `end`), must not overlap, and no two insertions may stand at
 * the same offset; when an edit carries `before`, it must equal `source.slice(start, end)`.
 *
 * @param source - The text the edits refer to.
 * @param edits - The ledger, as in `CleanDocument.edits`.
 * @returns The edited text.
 * @throws {@link InvalidLedgerError} when the ledger does not fit the source.
 * @example
 * ```ts
 * const doc = clean(raw);
 * applyEdits(doc.source, doc.edits) === doc.text; // true
 * ```
 */
export function applyEdits(source: string, edits: readonly EditSpan[]): string {
  checkEdits(source, edits);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += source.slice(at, edit.start) + edit.after;
    at = edit.end;
  }
  return out + source.slice(at);
}

/**
 * Throws {@link InvalidLedgerError} unless `edits` is a valid ledger for `source`
 * (see {@link applyEdits} for the rules).
 *
 * @param source - The text the edits refer to.
 * @param edits - The ledger to check.
 * @example
 * ```ts
 * checkEdits('abc', [{ start: 1, end: 2, after: 'X' }]); // ok
 * ```
 */
export function checkEdits(source: string, edits: readonly EditSpan[]): void {
  let prevEnd = 0;
  let prevInsertAt = -1;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > source.length || e.start > e.end) {
      throw new InvalidLedgerError(`edit ${i} has span [${e.start}, ${e.end}) outside a source of length ${source.length}`);
    }
    if (e.start < prevEnd) throw new InvalidLedgerError(`edit ${i} at ${e.start} overlaps or precedes the edit before it (ends ${prevEnd})`);
    if (e.start === e.end) {
      if (e.start === prevInsertAt) throw new InvalidLedgerError(`edits ${i - 1} and ${i} both insert at ${e.start}`);
      prevInsertAt = e.start;
    }
    if (e.before !== undefined && e.before !== source.slice(e.start, e.end)) {
      throw new InvalidLedgerError(`edit ${i}: \`before\` does not match the source at [${e.start}, ${e.end})`);
    }
    prevEnd = e.end;
  }
}
