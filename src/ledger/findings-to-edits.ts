import { RuleContractError } from '../errors.js';
import type { Edit } from '../model/edit.js';
import type { Finding } from '../model/finding.js';
import { byPosition, inOrder } from './by-position.js';

/** What {@link findingsToEdits} returns. */
export interface ResolvedFindings {
  /** Edits for the findings at or above the threshold, sorted, non-overlapping, referring to `text`. */
  readonly edits: Edit[];
  /** Findings under the threshold: reported, not applied. */
  readonly skipped: Finding[];
}

/**
 * The one place where findings become edits. Findings under `minConfidence` are set aside; overlapping
 * removals are joined into one; when a replacement overlaps another finding, the more confident wins.
 *
 * @param text - The text the findings refer to.
 * @param findings - What one rule found, in any order.
 * @param minConfidence - Findings below this are skipped. Default: `0.5`.
 * @returns The edits (referring to `text`) and the skipped findings.
 * @throws {@link RuleContractError} when a finding's span is not a valid range of `text`.
 * @example
 * ```ts
 * findingsToEdits('ab  cd', [{ start: 2, end: 4, replacement: ' ', rule: 'space-runs', reason: 'r', confidence: 1 }]);
 * // { edits: [{ start: 2, end: 4, before: '  ', after: ' ', ... }], skipped: [] }
 * ```
 */
export function findingsToEdits(text: string, findings: readonly Finding[], minConfidence = 0.5): ResolvedFindings {
  const skipped: Finding[] = [];
  const kept: Finding[] = [];
  for (const f of findings) {
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end > text.length || f.start > f.end) {
      throw new RuleContractError(f.rule, `finding span [${f.start}, ${f.end}) is not a range of a text of length ${text.length}`);
    }
    if (!(f.confidence >= minConfidence)) skipped.push(f);
    else kept.push(f);
  }
  if (!inOrder(kept)) kept.sort(byPosition); // rules report in text order nearly always
  const resolved: Finding[] = [];
  for (const f of kept) {
    const prev = resolved[resolved.length - 1];
    const overlaps = prev !== undefined && (f.start < prev.end || (f.start === prev.start && f.start === f.end && prev.start === prev.end));
    if (!prev || !overlaps) {
      resolved.push(f);
    } else if (!prev.replacement && !f.replacement) {
      resolved[resolved.length - 1] = { ...prev, end: Math.max(prev.end, f.end), confidence: Math.max(prev.confidence, f.confidence) };
    } else if (f.confidence > prev.confidence) {
      resolved[resolved.length - 1] = f;
    }
  }
  const edits: Edit[] = [];
  for (const f of resolved) {
    const before = text.slice(f.start, f.end);
    const after = f.replacement ?? '';
    if (before === after) continue;
    edits.push({ start: f.start, end: f.end, before, after, rule: f.rule, reason: f.reason, confidence: f.confidence });
  }
  return { edits, skipped };
}
