import { applyEdits } from '../ledger/apply-edits.js';
import { composeEdits } from '../ledger/compose-edits.js';
import { countStats } from '../ledger/count-stats.js';
import { findingsToEdits } from '../ledger/findings-to-edits.js';
import type { CleanDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { splitParagraphs } from '../parse/split-lines.js';

/**
 * Applies findings to a document that was already cleaned, the way a rule's findings are applied inside
 * the pipeline: they become edits in one place ({@link findingsToEdits}), are folded into the document's
 * ledger ({@link composeEdits}) so they keep pointing into its `source`, and `text`, `paragraphs`,
 * `skipped` and `stats` follow. For steps that need more than one document (cross-document dedup) or a
 * resource given later (a variants dictionary).
 *
 * @param doc - A document from `clean`, `cleanHtml` or an earlier step.
 * @param findings - Spans of `doc.text`.
 * @param minConfidence - Findings below it go to `skipped`. Default: `0.5`.
 * @returns A new document of the same shape; the other fields (`title`, `lang`, an `id`...) are kept.
 * @example
 * ```ts
 * const doc = clean(text);
 * applyFindings(doc, [{ start: 0, end: 4, rule: 'mine', reason: 'why', confidence: 1 }]).edits.at(-1)?.rule;
 * ```
 */
export function applyFindings<D extends CleanDocument>(doc: D, findings: readonly Finding[], minConfidence = 0.5): D {
  const resolved = findingsToEdits(doc.text, findings, minConfidence);
  const skipped = resolved.skipped.length === 0 ? doc.skipped : [...doc.skipped, ...resolved.skipped];
  if (resolved.edits.length === 0) return skipped === doc.skipped ? doc : { ...doc, skipped, stats: countStats(doc.edits, skipped) };
  const text = applyEdits(doc.text, resolved.edits);
  const edits = composeEdits(doc.source, doc.edits, resolved.edits, doc.text);
  return { ...doc, text, paragraphs: splitParagraphs(text), edits, skipped, stats: countStats(edits, skipped) };
}
