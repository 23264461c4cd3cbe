import type { Writable } from 'node:stream';
import { batchItems } from '../stream/batch-items.js';
import { orderedWindow } from '../stream/ordered-window.js';
import { BatchWriter } from '../stream/batch-writer.js';
import type { BatchItemResult } from '../transforms/run-task.js';
import { transforms } from '../transforms/registry.js';
import { parseRecord, type ParsedLine } from './parse-record.js';
import { readLines, type RawLine } from './read-lines.js';
import type { TaskRun } from '../transforms/task-run.js';

/** What {@link runJsonl} needs. */
export interface JsonlRun extends TaskRun {
  /** The JSONL bytes, e.g. stdin. */
  readonly input: AsyncIterable<unknown>;
  /** The name used in reports (`stdin`, or the file's path). */
  readonly inputName: string;
  /** The input file, when not stdin: recorded as `file` in each rejection. */
  readonly file?: string;
  /** Where output lines go, in input order. */
  readonly output: Writable;
}

/** How a {@link runJsonl} ended. */
export interface JsonlRunEnd {
  /** True when the signal stopped the reading before the input ended. */
  readonly interrupted: boolean;
  /** The last line read (and fully accounted for). */
  readonly lastLine: number;
}

/** Most records sent to a worker in one round trip. */
const BATCH_RECORDS = 64;
/** Most input bytes in one batch (bounds memory in flight: window x this). */
const BATCH_BYTES = 256 * 1024;

interface Item {
  readonly raw: RawLine;
  readonly parsed: ParsedLine;
}

/**
 * The JSONL plumbing every record command shares: reads lines as a stream, validates each
 * ({@link parseRecord}), runs the transform on valid records with a bounded window of tasks in
 * flight, and writes the output lines in input order with backpressure. Every non-blank line ends as
 * one output line or one rejection (reported with its line number and reason; a transform that
 * throws rejects its record too).
 *
 * @param run - {@link JsonlRun}.
 * @returns Whether it was interrupted and the last line accounted for.
 *
 * @example
 * ```ts
 * const end = await runJsonl({ input: process.stdin, inputName: 'stdin', output: process.stdout, transform: 'clean', options: {}, runner, rejects, tally, progress });
 * ```
 */
export async function runJsonl(run: JsonlRun): Promise<JsonlRunEnd> {
  const fields = transforms[run.transform].fields;
  const items = (async function* (): AsyncGenerator<Item> {
    for await (const raw of readLines(run.input, run.signal)) yield { raw, parsed: parseRecord(raw.bytes, fields) };
  })();
  const batches = batchItems(items, { maxItems: BATCH_RECORDS, maxWeight: BATCH_BYTES, weight: (item) => item.raw.bytes.length });
  const task = async (batch: readonly Item[]): Promise<BatchItemResult[]> => {
    const records = batch.flatMap((item) => (item.parsed.kind === 'record' ? [item.parsed.record] : []));
    if (records.length === 0) return [];
    return run.runner.runBatch({ transform: run.transform, records, options: run.options, want: ['jsonl'], ...(run.post ? { keep: true } : {}) });
  };
  const output = new BatchWriter(run.output);
  const where = run.file !== undefined ? { file: run.file } : {};
  let lastLine = 0;
  for await (const settled of orderedWindow(batches, task, { size: run.runner.window })) {
    let next = 0;
    for (const { raw, parsed } of settled.input) {
      lastLine = raw.line;
      run.tally.bytes += raw.consumed;
      if (parsed.kind === 'blank') {
        run.tally.blank++;
        continue;
      }
      run.tally.inputs++;
      if (parsed.kind === 'reject') {
        run.tally.rejected++;
        await run.rejects.reject(run.inputName, {
          ...where,
          line: raw.line,
          reason: parsed.reason,
          raw: parsed.raw,
          ...(parsed.invalidUtf8 ? { rawBase64: Buffer.from(raw.bytes).toString('base64') } : {}),
        });
        continue;
      }
      const outcome: BatchItemResult = settled.ok ? settled.value[next++]! : { ok: false, error: errorMessage(settled.error) };
      if (outcome.ok) {
        const result = run.post ? run.post(parsed.record, outcome.result, ['jsonl']) : outcome.result;
        await output.write(`${result.jsonl}\n`);
        run.tally.addResult(result);
      } else {
        run.tally.rejected++;
        await run.rejects.reject(run.inputName, { ...where, line: raw.line, reason: `${run.transform} failed: ${outcome.error}`, raw: Buffer.from(raw.bytes).toString('utf8') });
      }
    }
    run.progress.update(run.tally);
  }
  await output.close();
  return { interrupted: run.signal?.aborted === true, lastLine };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
