import { InvalidInputError } from '../errors.js';
import type { ReportDocument } from './report-document.js';
import { createReportStream, type ReportOptions } from './report-stream.js';

export type { ReportDocument } from './report-document.js';
export type { ReportOptions } from './report-stream.js';

/** Builds a whole report in memory one document at a time; {@link renderReport} wraps it. */
export interface ReportBuilder {
  /**
   * Adds a document (drawn when under the limit, counted always).
   *
   * @param doc - The document.
   */
  add(doc: ReportDocument): void;
  /**
   * The finished HTML page.
   *
   * @returns The page.
   */
  finish(): string;
}

/**
 * Starts a review report that documents are added to one by one and that is returned as one string at
 * the end. It holds the drawn sections (up to `limit` documents) in memory: to write a big report as
 * it goes, use {@link createReportStream}, which this is built on.
 *
 * @param options - {@link ReportOptions}.
 * @returns A {@link ReportBuilder}.
 * @throws {@link InvalidOptionError} on a bad option.
 * @example
 * ```ts
 * const report = createReportBuilder({ limit: 200 });
 * for await (const doc of cleaned) report.add(doc);
 * await writeFile('report.html', report.finish());
 * ```
 */
export function createReportBuilder(options: ReportOptions = {}): ReportBuilder {
  const stream = createReportStream(options);
  const parts: string[] = [stream.head];
  return {
    add(doc) {
      const section = stream.add(doc);
      if (section !== '') parts.push(section);
    },
    finish() {
      return parts.join('') + stream.tail();
    },
  };
}

/**
 * Renders one static, self-contained HTML page to review what cleaning did: each document's source
 * with removed spans struck through and insertions underlined, coloured by rule (a rule's colour comes
 * from its id, so it is the same in every report), the rule and reason on hover, per-rule counts with
 * a checkbox per rule that hides or shows its marks, and a switch to read the clean text. Every mark
 * and rule checkbox carries `data-rule="<rule id>"` (for scripts and tests that pick marks by rule).
 * All document text is HTML-escaped (a `<script>` in a document shows as text), and a
 * Content-Security-Policy allows only the page's own script. The page is the concatenation of the
 * parts of {@link createReportStream} (the per-rule counts come last in the file; the page's script
 * shows them at the top). Pure: returns a string.
 *
 * @param docs - Documents with `source` and `edits` (e.g. `CleanDocument`s with an `id`).
 * @param options - {@link ReportOptions}.
 * @returns The HTML page.
 * @throws {@link InvalidInputError} when a document lacks `source`/`edits`; {@link InvalidLedgerError} when its ledger does not fit its source.
 * @example
 * ```ts
 * const html = renderReport(texts.map((t, i) => ({ id: String(i), ...clean(t) })));
 * ```
 */
export function renderReport(docs: Iterable<ReportDocument>, options: ReportOptions = {}): string {
  if (docs === null || typeof (docs as Iterable<ReportDocument>)?.[Symbol.iterator] !== 'function') {
    throw new InvalidInputError('renderReport() takes an iterable of documents');
  }
  const builder = createReportBuilder(options);
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}
