import type { RuleStats } from '../model/document.js';
import type { Edit } from '../model/edit.js';
import type { Finding } from '../model/finding.js';

/**
 * Per-rule counts of a ledger: how many edits each rule made, and how much text they took out and put in.
 *
 * @param edits - A ledger.
 * @param skipped - Findings under the threshold. Default: none.
 * @returns Stats keyed by rule id.
 * @example
 * ```ts
 * countStats(doc.edits)['comment-section']?.removedChars;
 * ```
 */
export function countStats(edits: readonly Edit[], skipped: readonly Finding[] = []): Record<string, RuleStats> {
  const stats: Record<string, { edits: number; removedChars: number; insertedChars: number; skipped: number }> = {};
  const entry = (rule: string) => (stats[rule] ??= { edits: 0, removedChars: 0, insertedChars: 0, skipped: 0 });
  for (const e of edits) {
    const s = entry(e.rule);
    s.edits++;
    s.removedChars += e.before.length;
    s.insertedChars += e.after.length;
  }
  for (const f of skipped) entry(f.rule).skipped++;
  return stats;
}
