import type { Writable } from 'node:stream';
import { batchItems } from '../stream/batch-items.js';
import { orderedWindow } from '../stream/ordered-window.js';
import { BatchWriter } from '../stream/batch-writer.js';
import { failureReason } from '../pool/create-runner.js';
import { transforms } from '../transforms/registry.js';
import { packLines, unpackKept, type LineOutcome, type LinesResult } from '../transforms/run-lines.js';
import { parseRecord } from './parse-record.js';
import { readLines, type RawLine } from './read-lines.js';
import type { TaskRun } from '../transforms/task-run.js';
import type { FinishItem, FinishResult } from '../transforms/finish-signed.js';
import type { TaskResult } from '../transforms/run-task.js';
import { readLine, SLOT_BYTES } from '../transforms/signed-document.js';
import type { TaskRunner } from '../pool/create-runner.js';
import type { SignedLines } from '../steps/clean-steps.js';
import { Utf8Buffer } from '../stream/utf8-buffer.js';

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
/** Most input bytes in one batch (bounds memory in flight: window x this, in and out). */
const BATCH_BYTES = 256 * 1024;

/**
 * The JSONL plumbing every record command shares: reads lines as a stream, sends them in batches of
 * raw bytes to the transform ({@link runLines}: each line is decoded, validated, transformed and
 * serialized there, in a worker with `--jobs`), with a bounded window of batches in flight, and writes
 * the output in input order with backpressure. The main thread only moves bytes, so its memory stays
 * bounded by the window, not by the input. Every non-blank line ends as one output line or one
 * rejection (reported with its line number and reason; a transform that throws rejects its record,
 * and a batch whose worker died, e.g. out of memory, is retried line by line so only the record that
 * killed it is rejected).
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
  const signedLines = run.signedLines;
  const keep = signedLines === undefined && run.post !== undefined;
  const batches = batchItems(readLines(run.input, run.signal), { maxItems: BATCH_RECORDS, maxWeight: BATCH_BYTES, weight: (raw) => raw.bytes.length });
  // With report pieces, whether a batch's documents are drawn is decided when it is sent: once the
  // report has drawn `limit` documents, no later one can be drawn, and its tasks only count.
  const pieces = keep || signedLines ? undefined : run.reportPieces;
  const send = (lines: readonly RawLine[]): Promise<LinesResult> =>
    run.runner.runLines({
      transform: run.transform,
      ...packLines(lines.map((raw) => raw.bytes)),
      options: run.options,
      ...(keep ? { keep } : {}),
      ...(signedLines ? { signed: true } : {}),
      ...(pieces ? { report: pieces.drawsNext() ? 'draw' : 'count' } : {}),
    });
  const output = new BatchWriter(run.output);
  const where = run.file !== undefined ? { file: run.file } : {};
  let lastLine = 0;
  for await (const settled of orderedWindow(batches, send, { size: run.runner.window })) {
    const outcomes = settled.ok ? settled.value.outcomes : await lineByLine(settled.input, send, transforms[run.transform].fields);
    const turns = signedLines ? await lookUp(signedLines, outcomes, run.runner) : undefined;
    // The signed documents' outputs, in order, written after the batch as one block.
    const block = turns ? new Utf8Buffer(turns.size) : undefined;
    for (const [i, raw] of settled.input.entries()) {
      const outcome = outcomes[i]!;
      lastLine = raw.line;
      run.tally.bytes += raw.consumed;
      if (outcome.kind === 'blank') {
        run.tally.blank++;
        continue;
      }
      run.tally.inputs++;
      if (outcome.kind === 'reject') {
        run.tally.rejected++;
        await run.rejects.reject(run.inputName, {
          ...where,
          line: raw.line,
          reason: outcome.reason,
          raw: outcome.raw,
          ...(outcome.invalidUtf8 ? { rawBase64: Buffer.from(raw.bytes).toString('base64') } : {}),
        });
      } else if (outcome.kind === 'failed' || turns?.failed.has(i)) {
        run.tally.rejected++;
        const error = outcome.kind === 'failed' ? outcome.error : turns!.failed.get(i)!;
        await run.rejects.reject(run.inputName, { ...where, line: raw.line, reason: `${run.transform} failed: ${error}`, raw: Buffer.from(raw.bytes).toString('utf8') });
      } else if (turns && block && outcome.signed !== undefined) {
        run.tally.addResult(writeTurn(block, turns, i) ?? outcome.result);
      } else if (run.post && outcome.kept !== undefined) {
        const kept = unpackKept(outcome.kept, outcome.result);
        const result = await run.post(kept.record, kept.result, ['jsonl']);
        await output.write(`${result.jsonl}\n`);
        run.tally.addResult(result);
      } else {
        if (pieces && outcome.piece !== undefined) await pieces.add(outcome.piece);
        run.tally.addResult(outcome.result);
      }
    }
    if (block !== undefined && block.size > 0) await output.writeBytes(block.bytes());
    else if (settled.ok && settled.value.output !== undefined && settled.value.output.length > 0) await output.writeBytes(settled.value.output);
    else if (!settled.ok) await writeRetried(output, outcomes);
    run.progress.update(run.tally);
  }
  await output.close();
  return { interrupted: run.signal?.aborted === true, lastLine };
}

/** A signed document whose output only gets its `duplicates` field: spliced into its line's bytes here. */
interface SplicedLine {
  /** The worker's output line (UTF-8, no newline), with `DUPLICATES_SLOT` as its `duplicates`. */
  readonly line: Uint8Array;
  /** Where the slot's JSON starts in `line` (`SLOT_BYTES` long). */
  readonly slot: number;
  /** The `duplicates` field's JSON, to write in the slot's place. */
  readonly duplicates: string;
}

/** A batch's signed documents after the dedup lookup ({@link lookUp}). */
interface Turns {
  /** Per outcome index: the document's line to splice its `duplicates` field into. */
  readonly splice: Map<number, SplicedLine>;
  /** Per outcome index: where its finished line is in `finished` (see {@link finishSigned}). */
  readonly finish: Map<number, number>;
  readonly finished: FinishResult | undefined;
  /** Per outcome index: why finishing it failed (its worker died). */
  readonly failed: Map<number, string>;
  /** Bytes of all the outputs, about. */
  readonly size: number;
}

/**
 * Looks a batch's signed documents up, in input order (the dedup index learns from each), then sends
 * the ones that must change (paragraphs to remove) to a worker in one urgent task. The others are only
 * spliced, here, by bytes: this thread never decodes them.
 */
async function lookUp(signedLines: SignedLines, outcomes: readonly LineOutcome[], runner: TaskRunner): Promise<Turns> {
  const at: number[] = [];
  const packed: Uint8Array[] = [];
  let size = 0;
  for (const [i, o] of outcomes.entries()) {
    if (o.kind !== 'done' || o.signed === undefined) continue;
    at.push(i);
    packed.push(o.signed);
    size += o.signed.length;
  }
  const splice = new Map<number, SplicedLine>();
  const finish = new Map<number, number>();
  const failed = new Map<number, string>();
  const items: FinishItem[] = [];
  if (packed.length > 0) {
    const { turns, batch } = await signedLines.lookUp(packed);
    for (const [k, turn] of turns.entries()) {
      const bytes = batch[k]!;
      const { line, slot } = readLine(bytes);
      if (turn.remove.length === 0 && slot >= 0) splice.set(at[k]!, { line, slot, duplicates: turn.duplicates });
      else {
        finish.set(at[k]!, items.length);
        items.push({ bytes, duplicates: turn.duplicates, remove: turn.remove });
      }
    }
  }
  let finished: FinishResult | undefined;
  if (items.length > 0) {
    try {
      finished = await runner.finishSigned({ finish: items });
    } catch (e) {
      // The items' bytes went to the worker that died: their records are rejected with the reason.
      for (const i of finish.keys()) failed.set(i, failureReason(e));
    }
  }
  return { splice, finish, finished, failed, size };
}

/** Appends one signed document's output line to the batch's block; returns its tallies when a worker finished it. */
function writeTurn(block: Utf8Buffer, turns: Turns, i: number): TaskResult | undefined {
  const spliced = turns.splice.get(i);
  if (spliced !== undefined) {
    block.appendBytes(spliced.line.subarray(0, spliced.slot));
    block.append(spliced.duplicates);
    block.appendBytes(spliced.line.subarray(spliced.slot + SLOT_BYTES));
    block.append('\n');
    return undefined;
  }
  const at = turns.finish.get(i)!;
  const { output, ends, tallies } = turns.finished!;
  block.appendBytes(output.subarray(at === 0 ? 0 : ends[at - 1], ends[at]));
  return tallies[at];
}

/** The retried lines' outputs (kept per line by {@link lineByLine}), in order. */
async function writeRetried(output: BatchWriter, outcomes: readonly LineOutcome[]): Promise<void> {
  for (const o of outcomes) if (o.kind === 'done' && o.result.jsonl !== undefined && o.kept === undefined) await output.write(`${o.result.jsonl}\n`);
}

/**
 * A batch failed as a whole (its worker died: out of memory, or killed): runs each line alone, so
 * that only a line that fails alone is rejected, with the error. A line the main thread can already
 * reject (not UTF-8, not JSON, no id) keeps its own reason.
 */
async function lineByLine(lines: readonly RawLine[], send: (lines: readonly RawLine[]) => Promise<LinesResult>, fields: readonly string[]): Promise<LineOutcome[]> {
  const outcomes: LineOutcome[] = [];
  for (const raw of lines) {
    const parsed = parseRecord(raw.bytes, fields);
    if (parsed.kind !== 'record') {
      outcomes.push(parsed);
      continue;
    }
    try {
      const one = await send([raw]);
      const outcome = one.outcomes[0]!;
      // Without keep the JSONL line came back in `output`: keep it on the outcome to write in order.
      if (outcome.kind === 'done' && one.output !== undefined) outcomes.push({ ...outcome, result: { ...outcome.result, jsonl: decoder.decode(one.output).replace(/\n$/, '') } });
      else outcomes.push(outcome);
    } catch (e) {
      outcomes.push({ kind: 'failed', error: failureReason(e) });
    }
  }
  return outcomes;
}

const decoder = new TextDecoder();
