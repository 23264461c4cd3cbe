import type { DocumentSignature } from '../../dedup/collect-signatures.js';
import { openLookup, type LookedUp } from '../pool/lookup-thread.js';
import { describeFindings, type DedupeMode } from './signed-lookup.js';
import { createDeduplicator, type IdentifiedDocument } from '../../dedup/dedupe-documents.js';
import type { ReportPiece } from '../../emit/report-document.js';
import { openReport } from '../../emit/report-stream.js';
import type { CleanDocument } from '../../model/document.js';
import type { JsonlRecord } from '../jsonl/parse-record.js';
import { cleanOutput } from '../transforms/clean-record.js';
import { serializeOutput, type OutputKind, type TaskResult } from '../transforms/run-task.js';
import type { ReportSink } from '../files/report-sink.js';
import { openAtomic } from '../files/write-atomic.js';
import { collectEvery } from './collect-garbage.js';

/**
 * A step that runs on the main thread, on every document in input order, after the worker returned it
 * (the task asked for the whole document with `keep`). Returns the result to write (re-serialized when
 * the step changed the document); the caller awaits it before the next document (the report's
 * section is written with backpressure).
 */
export type PostStep = (record: JsonlRecord, result: TaskResult, want: readonly OutputKind[]) => TaskResult | Promise<TaskResult>;

/**
 * `clean --report` with the documents drawn in the workers: `drawsNext` is asked when a batch is sent
 * (draw its documents, or only count them), `add` takes each done document's piece in input order and
 * writes its section.
 */
export interface ReportPieces {
  /**
   * Whether documents sent now may still be drawn.
   *
   * @returns True while the report has drawn fewer than its limit.
   */
  drawsNext(): boolean;
  /**
   * Counts a document and writes its section.
   *
   * @param piece - Its piece, made by the worker.
   */
  add(piece: ReportPiece): Promise<void>;
}

/**
 * `clean --dedupe` without `--report`, JSONL input: the dedup lookup of the documents the workers
 * signed and packed (`packSigned`), batch after batch in input order (on a thread of its own with
 * workers, see {@link openLookup}); the summary counts what it found.
 */
export interface SignedLines {
  /**
   * Looks a batch's documents up, in input order (the index learns each).
   *
   * @param list - The batch's packed documents, one list of blocks (`LinesResult.signed`; its buffer moves to the lookup thread).
   * @returns The spliced lines, where each document's line is, and the documents a worker must finish.
   */
  lookUp(list: Uint8Array): Promise<LookedUp>;
}

export type { DedupeMode } from './signed-lookup.js';

/** What {@link createCleanSteps} needs. */
export interface CleanStepsOptions {
  /** `--dedupe`. Default: no dedup. */
  readonly dedupe?: DedupeMode;
  /** `--report FILE`: where the review page goes. Default: no report. */
  readonly report?: string;
  /** `--report-limit`: documents drawn in full in the report (the rest are counted). Default: 1000. */
  readonly reportLimit?: number | false;
  /** `--keep-source`: outputs rebuilt here keep `source` too. Default: `false`. */
  readonly keepSource?: boolean;
  /** `--jobs`: with workers (1 or more), the `--dedupe` lookup of the JSONL path runs on a thread of its own. Default: `0`. */
  readonly jobs?: number;
}

/** The main-thread steps of one `clean` run. */
export interface CleanSteps {
  readonly post: PostStep;
  /**
   * With `--report` and no `--dedupe`: the report drawn in the workers, for the JSONL path (used
   * instead of `post`: the main thread then only writes bytes). `undefined` otherwise.
   */
  readonly reportPieces?: ReportPieces;
  /**
   * With `--dedupe` and no `--report`: the lookup for the JSONL path, used instead of `post` (the main
   * thread then never decodes a document; `post` remains for directory mode). `undefined` otherwise.
   */
  readonly signedLines?: SignedLines;
  /** Ends the report (when asked: its tail, then the rename into place) and returns the summary lines for stderr; on a failure the caller calls {@link CleanSteps.abort}. */
  finish(): Promise<string>;
  /** Drops the report's temporary file, if one was started (the run failed before it could finish). */
  abort(): Promise<void>;
}

/**
 * Builds the main-thread steps of `unscrape clean` (`--dedupe`, `--report`), or `undefined` when none
 * is asked for (then workers return only the serialized outputs). Both see the documents one at a time
 * in input order, so memory stays bounded: the deduplicator keeps one small signature per distinct
 * paragraph seen ({@link createDeduplicator}); the report is written as it goes
 * ({@link openReport}: each drawn document's section goes to a temporary file beside `report` as
 * soon as the document is done, the per-rule totals at the end, then the file is renamed into
 * place), so it keeps only the totals, whatever `reportLimit`. With `--report` alone, the JSONL path
 * takes {@link CleanSteps.reportPieces} instead of `post`: the workers draw and count.
 *
 * @param options - {@link CleanStepsOptions}.
 * @returns The steps, or `undefined`.
 *
 * @example
 * ```ts
 * const steps = createCleanSteps({ dedupe: 'paragraphs', report: 'report.html' });
 * const result = await steps.post(record, workerResult, ['jsonl']);
 * process.stderr.write(await steps.finish());
 * ```
 */
export function createCleanSteps(options: CleanStepsOptions): CleanSteps | undefined {
  if (options.dedupe === undefined && options.report === undefined) return undefined;
  const dedup = options.dedupe !== undefined ? createDeduplicator<IdentifiedDocument>({ remove: options.dedupe === 'paragraphs' ? 'paragraphs' : false }) : undefined;
  const report = options.report !== undefined ? openReport(options.reportLimit !== undefined ? { limit: options.reportLimit } : {}) : undefined;
  // Opened at the first document (or at the end of a run without any), so a usage error leaves no file.
  let sink: ReportSink | undefined;
  const reportSink = async (): Promise<ReportSink> => {
    if (sink === undefined) {
      sink = openAtomic(options.report!);
      await sink.write(report!.head);
    }
    return sink;
  };
  let documents = 0;
  let withDuplicates = 0;
  let duplicateParagraphs = 0;
  let duplicateDocuments = 0;
  const passed = collectEvery();
  /** Counts one document for the summary: how many of its paragraphs repeat earlier ones, and whether it does whole. */
  const count = (paragraphs: number, document: boolean): void => {
    documents++;
    if (paragraphs > 0 || document) withDuplicates++;
    duplicateParagraphs += paragraphs;
    if (document) duplicateDocuments++;
  };
  const lookup = dedup && !report ? openLookup(options.dedupe!, (options.jobs ?? 0) > 0) : undefined;
  const signedLines: SignedLines | undefined = lookup
    ? {
        async lookUp(list) {
          const looked = await lookup.lookUp(list);
          const { found } = looked;
          documents += found.documents;
          withDuplicates += found.withDuplicates;
          duplicateParagraphs += found.paragraphs;
          duplicateDocuments += found.duplicateDocuments;
          return looked;
        },
      }
    : undefined;
  const reportPieces: ReportPieces | undefined =
    report && !dedup
      ? {
          drawsNext: () => report.drawsNext(),
          async add(piece) {
            const section = report.addPiece(piece);
            await (await reportSink()).write(section);
            passed(section.length);
          },
        }
      : undefined;
  return {
    ...(reportPieces ? { reportPieces } : {}),
    ...(signedLines ? { signedLines } : {}),
    async post(record, result, want) {
      if (result.full === undefined) throw new Error('the worker did not return the document (task without keep)');
      const { signature, ...full } = result.full as unknown as CleanDocument & { id: string; signature?: DocumentSignature };
      passed((full.source?.length ?? 0) + (full.text?.length ?? 0));
      let doc: IdentifiedDocument = full;
      let extra: Record<string, unknown> | undefined;
      if (dedup) {
        const step = dedup.add(full, signature);
        doc = step.document ?? full;
        const duplicates = describeFindings(step.findings);
        extra = { duplicates };
        count(duplicates.paragraphs.length, duplicates.document !== null);
      }
      if (report) await (await reportSink()).write(report.add(doc));
      const { full: _full, ...plain } = result;
      if (extra === undefined && doc === full) return plain;
      return serializeOutput(cleanOutput(record, doc, extra, options.keepSource === true), want);
    },
    async finish() {
      await lookup?.close();
      const lines: string[] = [];
      if (dedup) {
        const verb = options.dedupe === 'paragraphs' ? 'removed' : 'found';
        lines.push(
          `dedupe: ${duplicateParagraphs} duplicate paragraphs ${verb} in ${withDuplicates} of ${documents} documents` +
            `${duplicateDocuments > 0 ? ` (${duplicateDocuments} exact duplicate documents)` : ''}\n`,
        );
      }
      if (report) {
        const out = await reportSink(); // a failure here is aborted by the caller (`abort`)
        await out.write(report.tail());
        await out.commit();
        const { documents: counted, drawn } = report;
        lines.push(`report: ${counted} documents in ${options.report}${drawn < counted ? ` (${drawn} drawn in full, see --report-limit)` : ''}\n`);
      }
      return lines.join('');
    },
    async abort() {
      await lookup?.close();
      await sink?.abort();
    },
  };
}
