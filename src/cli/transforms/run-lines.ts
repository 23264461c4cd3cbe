import { parseRecord, type JsonlRecord } from '../jsonl/parse-record.js';
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
   * For a main-thread step (`clean --report`, `--dedupe`): each done line also returns its record, its
   * JSONL output as a string and its whole document (`TaskResult.full`), and no joined `output`.
   * Default: `false`.
   */
  readonly keep?: boolean;
}

/** What became of one line of a {@link LinesTask}. */
export type LineOutcome =
  | { readonly kind: 'blank' }
  | { readonly kind: 'reject'; readonly reason: string; readonly raw: string; readonly invalidUtf8?: true }
  /** Cleaned: `result` holds the tallies (and, with `keep`, the JSONL line, the full document and `record`). */
  | { readonly kind: 'done'; readonly result: TaskResult; readonly record?: JsonlRecord }
  /** The transform threw: the record is rejected with this message. */
  | { readonly kind: 'failed'; readonly error: string };

/** The result of a {@link LinesTask}. */
export interface LinesResult {
  /** One outcome per line, in order. */
  readonly outcomes: readonly LineOutcome[];
  /**
   * Without `keep`: the JSONL output lines of the done records, in order, each ending in `\n`, as
   * UTF-8 bytes (they cross back from a worker as one block of memory outside the main heap).
   */
  readonly output?: Uint8Array;
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
  const keep = task.keep === true;
  const outcomes: LineOutcome[] = [];
  let output = '';
  let start = 0;
  for (const end of task.ends) {
    const parsed = parseRecord(task.bytes.subarray(start, end), fields);
    start = end;
    if (parsed.kind !== 'record') {
      outcomes.push(parsed);
      continue;
    }
    try {
      const result = runTask({ transform: task.transform, record: parsed.record, options: task.options, want: ['jsonl'], ...(keep ? { keep } : {}) });
      if (keep) outcomes.push({ kind: 'done', result, record: parsed.record });
      else {
        output += `${result.jsonl}\n`;
        outcomes.push({ kind: 'done', result: { ...(result.lang !== undefined ? { lang: result.lang } : {}), edits: result.edits } });
      }
    } catch (e) {
      outcomes.push({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  }
  return keep ? { outcomes } : { outcomes, output: encoder.encode(output) };
}

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
