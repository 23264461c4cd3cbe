import type { JsonlRecord } from '../jsonl/parse-record.js';
import { transforms, type TransformName } from './registry.js';
import type { RecordTransform, TransformOutput } from './transform.js';

/** An output a task serializes: a JSONL line, a pretty JSON document, or the plain text. */
export type OutputKind = 'jsonl' | 'json' | 'txt';

/** One unit of work, small and cloneable so it can cross into a worker thread. */
export interface Task {
  readonly transform: TransformName;
  readonly record: JsonlRecord;
  readonly options: unknown;
  /** The serializations wanted back. */
  readonly want: readonly OutputKind[];
  /**
   * Also return the transform's whole document ({@link TransformOutput.full}, with `source`) for a
   * main-thread step that needs it (`clean --dedupe`; `--report` in directory mode or with `--dedupe`; the JSONL report pieces). Default: `false`.
   */
  readonly keep?: boolean;
}

/** A task's result: the serialized outputs and what the summary tallies. */
export interface TaskResult {
  readonly jsonl?: string;
  readonly json?: string;
  readonly txt?: string;
  readonly lang?: string;
  /** Edits per rule id. */
  readonly edits: Readonly<Record<string, number>>;
  /** With `keep`: the whole document ({@link TransformOutput.full}). */
  readonly full?: Readonly<Record<string, unknown>>;
}

/**
 * Runs a task: the transform, then the serialization (in the worker, so the main thread only writes).
 *
 * @param task - What to run.
 * @returns The serialized outputs and the tallies.
 *
 * @example
 * ```ts
 * runTask({ transform: 'clean', record: { id: 1, text }, options: {}, want: ['jsonl'] }).jsonl;
 * ```
 */
export function runTask(task: Task): TaskResult {
  const transform = transforms[task.transform] as RecordTransform<unknown> | undefined;
  if (!transform) throw new Error(`unknown transform "${task.transform}"`);
  const out = transform.run(task.record, task.options);
  const result = serializeOutput(out, task.want);
  return task.keep === true && out.full !== undefined ? { ...result, full: out.full } : result;
}

/**
 * Serializes a transform's output into the wanted kinds and counts its edits per rule: the worker's
 * half of {@link runTask}, also used on the main thread when a step there changes a document.
 *
 * @param out - The transform's output.
 * @param want - The serializations wanted.
 * @returns The {@link TaskResult} (without `full`).
 *
 * @example
 * ```ts
 * serializeOutput(cleanTransform.run({ id: 1, text }, {}), ['jsonl']).jsonl;
 * ```
 */
export function serializeOutput(out: TransformOutput, want: readonly OutputKind[]): TaskResult {
  const edits: Record<string, number> = {};
  for (const e of out.edits ?? []) edits[e.rule] = (edits[e.rule] ?? 0) + 1;
  return {
    ...(want.includes('jsonl') ? { jsonl: JSON.stringify(out.record) } : {}),
    ...(want.includes('json') ? { json: JSON.stringify(out.document ?? out.record, null, 2) } : {}),
    ...(want.includes('txt') ? { txt: out.text ?? '' } : {}),
    ...(out.lang !== undefined ? { lang: out.lang } : {}),
    edits,
  };
}
