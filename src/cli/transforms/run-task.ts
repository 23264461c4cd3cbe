import type { JsonlRecord } from '../jsonl/parse-record.js';
import { transforms, type TransformName } from './registry.js';
import type { RecordTransform } from './transform.js';

/** An output a task serializes: a JSONL line, a pretty JSON document, or the plain text. */
export type OutputKind = 'jsonl' | 'json' | 'txt';

/** One unit of work, small and cloneable so it can cross into a worker thread. */
export interface Task {
  readonly transform: TransformName;
  readonly record: JsonlRecord;
  readonly options: unknown;
  /** The serializations wanted back. */
  readonly want: readonly OutputKind[];
}

/** A task's result: the serialized outputs and what the summary tallies. */
export interface TaskResult {
  readonly jsonl?: string;
  readonly json?: string;
  readonly txt?: string;
  readonly lang?: string;
  /** Edits per rule id. */
  readonly edits: Readonly<Record<string, number>>;
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
  const edits: Record<string, number> = {};
  for (const e of out.edits ?? []) edits[e.rule] = (edits[e.rule] ?? 0) + 1;
  return {
    ...(task.want.includes('jsonl') ? { jsonl: JSON.stringify(out.record) } : {}),
    ...(task.want.includes('json') ? { json: JSON.stringify(out.document ?? out.record, null, 2) } : {}),
    ...(task.want.includes('txt') ? { txt: out.text ?? '' } : {}),
    ...(out.lang !== undefined ? { lang: out.lang } : {}),
    edits,
  };
}

/** Several records for one transform: one worker round trip for all of them. */
export interface BatchTask {
  readonly transform: TransformName;
  readonly records: readonly JsonlRecord[];
  readonly options: unknown;
  readonly want: readonly OutputKind[];
}

/** The outcome of one record of a {@link BatchTask}: a result, or the message of what it threw. */
export type BatchItemResult = { readonly ok: true; readonly result: TaskResult } | { readonly ok: false; readonly error: string };

/**
 * Runs a batch: {@link runTask} per record, a throw rejecting only its own record.
 *
 * @param batch - The records and the transform.
 * @returns One outcome per record, in order.
 *
 * @example
 * ```ts
 * runBatch({ transform: 'clean', records, options: {}, want: ['jsonl'] }).filter((r) => r.ok);
 * ```
 */
export function runBatch(batch: BatchTask): BatchItemResult[] {
  return batch.records.map((record) => {
    try {
      return { ok: true, result: runTask({ transform: batch.transform, record, options: batch.options, want: batch.want }) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  });
}
