import type { Edit } from './edit.js';
import type { Finding } from './finding.js';

/** Counts for one rule over one document, keyed by rule id in {@link CleanDocument.stats}. */
export interface RuleStats {
  /** Edits the rule made that are still in the ledger (some may have been merged into later rules' edits). */
  readonly edits: number;
  /** Characters of text the rule's edits took out. */
  readonly removedChars: number;
  /** Characters the rule's edits put in. */
  readonly insertedChars: number;
  /** Findings the rule reported under `minConfidence`, kept in `skipped` and not applied. */
  readonly skipped: number;
}

/**
 * The result of {@link clean}: the clean body, the fields taken out of it, and the ledger of every edit.
 *
 * `applyEdits(doc.source, doc.edits) === doc.text` always holds.
 */
export interface CleanDocument {
  /** The headline, when the text carries one; taken out of the body. */
  readonly title: string | null;
  /** The author line ("By Jane Doe"), when present; taken out of the body. */
  readonly byline: string | null;
  /** The publication date as written in the text, when present; taken out of the body. */
  readonly date: string | null;
  /** The clean body: paragraphs separated by one blank line. */
  readonly text: string;
  /** The paragraphs of `text`, in order. */
  readonly paragraphs: readonly string[];
  /** ISO 639-3 code of the body's language, or `'und'` when the body is too short or the guess unsure. */
  readonly lang: string;
  /** The input the edits refer to (for HTML input, the page's visible text as segmented). */
  readonly source: string;
  /** Every change from `source` to `text`, sorted by `start`, non-overlapping. */
  readonly edits: readonly Edit[];
  /** Findings under the confidence threshold: reported, not applied. Offsets refer to the text the rule saw. */
  readonly skipped: readonly Finding[];
  /** Per-rule counts, keyed by rule id. */
  readonly stats: Readonly<Record<string, RuleStats>>;
  /**
   * The page's canonical URL (`<link rel=canonical>`, else `og:url`), for HTML input; `null` when the page
   * states none. Absent for text input.
   */
  readonly url?: string | null;
}
