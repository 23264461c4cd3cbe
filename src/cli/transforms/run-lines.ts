import { createReportPiece, type ReportDocument, type ReportPiece } from '../../emit/report-document.js';
import { parseRecord, type JsonlRecord } from '../jsonl/parse-record.js';
import { Utf8Buffer } from '../stream/utf8-buffer.js';
import { packBlocks } from '../stream/block-list.js';
import { packSigned, type SignedFull } from './signed-document.js';
import { transforms, type TransformName } from './registry.js';
import { runTask, type TaskResult } from './run-task.js';

/**
 * A batch of raw JSONL lines for one transform: the lines' bytes one after another, still undecoded.
 * The worker does all the per-record work (UTF-8 decoding, JSON parsing, validation, the transform,
 * serialization), so the main thread only moves bytes: it never holds the records or their outputs as
 * JavaScript strings, and its heap stays small whatever the corpus (see {@link runLines}).
 */
export interface LinesTask {
  readonly transform: TransformName;
  /** The lines' bytes, concatenated (no terminators). */
  readonly bytes: Uint8Array;
  /** Where each line ends in `bytes` (line i is `bytes[ends[i-1] ?? 0 .. ends[i]]`). */
  readonly ends: readonly number[];
  readonly options: unknown;
  /**
   * For a main-thread step (`clean --dedupe`, and `--report` in directory mode or with `--dedupe`): each done line also returns, in `kept`, its
   * JSONL output, its record and its whole document (`TaskResult.full`) as UTF-8 bytes (see
   * {@link packKept}), and there is no joined `output`. Default: `false`.
   */
  readonly keep?: boolean;
  /**
   * For `clean --dedupe` (JSONL input, without `--report`): each done line's outcome is `signed`, and its
   * signed document, packed for the dedup lookup ({@link packSigned}: its signature, its tallies and its
   * output line, whose `duplicates` the lookup fills in), goes into the result's `signed` list, in order;
   * there is no joined `output`. Needs the transform's `sign` option. Takes precedence over `keep`.
   * Default: `false`.
   */
  readonly signed?: boolean;
  /**
   * For `clean --report` without a main-thread step: each done line also returns its document's
   * report piece (`createReportPiece`: its counts per rule, and with `draw` its drawing), made here in
   * the worker; the outputs are joined as without it. Ignored with `keep`. Default: none.
   */
  readonly report?: 'draw' | 'count';
}

/** What became of one line of a {@link LinesTask}. */
export type LineOutcome =
  | { readonly kind: 'blank' }
  | { readonly kind: 'reject'; readonly reason: string; readonly raw: string; readonly invalidUtf8?: true }
  /**
   * Cleaned: `result` holds the tallies; with `keep`, `kept` holds the rest ({@link packKept}); with
   * `report`, `piece` is its report piece.
   */
  | { readonly kind: 'done'; readonly result: TaskResult; readonly kept?: Uint8Array; readonly piece?: ReportPiece }
  /** Cleaned and signed (`signed` task): the document is the next one in the result's `signed` list, its tallies inside it. */
  | { readonly kind: 'signed' }
  /** The transform threw: the record is rejected with this message. */
  | { readonly kind: 'failed'; readonly error: string };

/** The result of a {@link LinesTask}. */
export interface LinesResult {
  /** One outcome per line, in order. */
  readonly outcomes: readonly LineOutcome[];
  /**
   * Without `keep`: the JSONL output lines of the done records, in order, each ending in `\n`, as
   * UTF-8 bytes (they cross back from a worker as one block of memory outside the main heap, its
   * `buffer` of their exact size, which the worker transfers rather than copies).
   */
  readonly output?: Uint8Array;
  /**
   * With `signed`: the packed documents of the `signed` outcomes, in order, as one list of blocks
   * (`packBlocks`), so that the batch crosses to the main thread and on to the lookup as one block of memory.
   */
  readonly signed?: Uint8Array;
}

const encoder = new TextEncoder();

/**
 * Runs a {@link LinesTask}: decodes and validates each line (`parseRecord`: a bad line becomes a
 * `reject` with its reason), runs the transform on each valid record (a throw fails only its own
 * record) and serializes the outputs.
 *
 * @param task - The lines and the transform.
 * @returns One outcome per line, and the joined output.
 *
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('{"id":1,"text":"Hi."}');
 * runLines({ transform: 'clean', bytes, ends: [bytes.length], options: {} }).outcomes[0]!.kind; // 'done'
 * ```
 */
export function runLines(task: LinesTask): LinesResult {
  const fields = transforms[task.transform].fields;
  const signed = task.signed === true;
  const keep = !signed && task.keep === true;
  const report = keep || signed ? undefined : task.report;
  const outcomes: LineOutcome[] = [];
  // Each output line is encoded as soon as it is made (see Utf8Buffer): about 3 bytes out per byte in.
  const output = keep || signed ? undefined : new Utf8Buffer(3 * task.bytes.length);
  const packed: Uint8Array[] = [];
  let start = 0;
  for (const end of task.ends) {
    const parsed = parseRecord(task.bytes.subarray(start, end), fields);
    start = end;
    if (parsed.kind !== 'record') {
      outcomes.push(parsed);
      continue;
    }
    try {
      const withFull = keep || signed || report !== undefined;
      const result = runTask({ transform: task.transform, record: parsed.record, options: task.options, want: ['jsonl'], ...(withFull ? { keep: true } : {}) });
      const tallies: TaskResult = { ...(result.lang !== undefined ? { lang: result.lang } : {}), edits: result.edits };
      if (signed) {
        packed.push(packSigned(result.full as unknown as SignedFull, result.jsonl ?? '', tallies));
        outcomes.push({ kind: 'signed' });
      }
      else if (output === undefined) outcomes.push({ kind: 'done', result: tallies, kept: packKept(parsed.record, result) });
      else {
        const piece = report !== undefined ? createReportPiece(result.full as unknown as ReportDocument, report === 'draw') : undefined;
        output.appendLine(result.jsonl ?? '');
        outcomes.push({ kind: 'done', result: tallies, ...(piece ? { piece } : {}) });
      }
    } catch (e) {
      outcomes.push({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  }
  if (signed) return { outcomes, signed: packBlocks(packed) };
  return output === undefined ? { outcomes } : { outcomes, output: output.exactBytes() };
}

/** What {@link unpackKept} gives back: a main-thread step's input for one record. */
export interface KeptRecord {
  /** The input record (without its `text` when `dropText`: the outputs never copy it). */
  readonly record: JsonlRecord;
  /** The record's task result: its JSONL output, tallies and whole document (`full`). */
  readonly result: TaskResult;
}

/**
 * Packs what a main-thread step needs of one cleaned record (its JSONL output line, its input record
 * and its whole document) into one block of UTF-8 bytes: the JSONL line (empty for a document with a
 * dedup signature, whose output is always rebuilt), a newline, then the JSON of
 * `{record, full}`. Bytes rather than objects, so that the batches waiting in the ordered window sit
 * outside the main thread's heap, and each record is decoded only when its turn comes
 * ({@link unpackKept}): the main heap then holds one document at a time, not a window of them. The
 * record's `text` is left out (the `clean` outputs always replace it with the clean text).
 *
 * @param record - The input record.
 * @param result - Its task result, with `jsonl` and `full`.
 * @returns The bytes.
 *
 * @example
 * ```ts
 * const kept = packKept(record, runTask({ transform: 'clean', record, options: {}, want: ['jsonl'], keep: true }));
 * unpackKept(kept).result.full; // the whole document
 * ```
 */
export function packKept(record: JsonlRecord, result: TaskResult): Uint8Array {
  const { text: _text, ...rest } = record;
  // A signed document (`--dedupe`) always gets its output rebuilt with a `duplicates` field: its
  // JSONL line would never be read.
  const jsonl = result.full?.signature !== undefined ? '' : (result.jsonl ?? '');
  return encoder.encode(`${jsonl}\n${JSON.stringify({ record: rest, full: result.full })}`);
}

/**
 * Reverses {@link packKept} (on the main thread, in input order).
 *
 * @param kept - The bytes.
 * @param tallies - The outcome's tallies (`lang`, `edits`).
 * @returns The record and the task result, `full` included.
 *
 * @example
 * ```ts
 * const { record, result } = unpackKept(outcome.kept, outcome.result);
 * ```
 */
export function unpackKept(kept: Uint8Array, tallies: TaskResult): KeptRecord {
  const s = decoder.decode(kept);
  const nl = s.indexOf('\n');
  const { record, full } = JSON.parse(s.slice(nl + 1)) as { record: JsonlRecord; full?: Record<string, unknown> };
  return { record, result: { ...tallies, jsonl: s.slice(0, nl), ...(full !== undefined ? { full } : {}) } };
}

const decoder = new TextDecoder();

/**
 * Packs raw lines into one {@link LinesTask}'s `bytes` and `ends` (one fresh buffer: it is copied into
 * the worker as one block).
 *
 * @param lines - The lines' bytes.
 * @returns `bytes` and `ends`.
 *
 * @example
 * ```ts
 * packLines([Buffer.from('{"id":1,"text":"a"}')]); // { bytes: Uint8Array(19), ends: [19] }
 * ```
 */
export function packLines(lines: readonly Uint8Array[]): Pick<LinesTask, 'bytes' | 'ends'> {
  let total = 0;
  for (const l of lines) total += l.length;
  const bytes = new Uint8Array(total);
  const ends: number[] = [];
  let at = 0;
  for (const l of lines) {
    bytes.set(l, at);
    at += l.length;
    ends.push(at);
  }
  return { bytes, ends };
}
