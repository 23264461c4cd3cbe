import type { JsonlRecord } from '../jsonl/parse-record.js';

/**
 * What a transform makes of one record. Every field must survive structured cloning (the transform
 * may run in a worker thread).
 */
export interface TransformOutput {
  /** The JSONL output record (one line of stdout). */
  readonly record: Readonly<Record<string, unknown>>;
  /** The content of `<id>.json` in directory mode and of `--format json`. Default: `record`. */
  readonly document?: Readonly<Record<string, unknown>>;
  /** The content of `<id>.txt` in directory mode and of `--format text`. Default: none. */
  readonly text?: string;
  /** The document's language, tallied in the summary. */
  readonly lang?: string;
  /** The edits' rule ids, tallied per rule in the summary. */
  readonly edits?: readonly { readonly rule: string }[];
  /**
   * The whole document, `source` included (a `CleanDocument` plus `id`), returned to the main thread
   * only when a task asks for it (`keep`): for steps that need every document in input order
   * (`clean --dedupe`, `clean --report`; with JSONL and no `--dedupe` the report piece is made from it
   * in the worker instead). Default: none.
   */
  readonly full?: Readonly<Record<string, unknown>>;
}

/**
 * A per-record transform the JSONL and file plumbing runs (in-process or in the worker pool).
 * To add a command with the same JSONL contract, write one and register it in `registry.ts`.
 *
 * @example
 * ```ts
 * const upper: RecordTransform<{}> = { fields: ['text'], run: (r) => ({ record: { id: r.id, text: String(r.text).toUpperCase() } }) };
 * ```
 */
export interface RecordTransform<O = unknown> {
  /** Content fields: a record needs at least one of them as a string, or it is rejected. */
  readonly fields: readonly string[];
  /** Pure: no I/O. Throwing rejects the record with the error's message as reason. */
  run(record: JsonlRecord, options: O): TransformOutput;
}
