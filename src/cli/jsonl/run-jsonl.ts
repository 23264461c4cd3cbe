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
import type { FinishResult } from '../transforms/finish-signed.js';
import type { TaskRunner } from '../pool/create-runner.js';
import type { LookedUp } from '../pool/lookup-thread.js';
import type { SignedLines } from '../steps/clean-steps.js';
import { blockAt, blockCount, packBlocks } from '../stream/block-list.js';
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
 * `clean --dedupe` keeps this many times fewer batches in flight than the runner's window. Measured at
 * 10k documents, 2 workers (BENCHMARKS.md, "Dedupe memory, stop 16"): 8 batches peaked at 279-282 MB, 4 at
 * 263-266 MB, CPU time within the run-to-run spread.
 */
const SIGNED_WINDOW_DIVISOR = 2;

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
  const failed = async (raw: RawLine, error: string): Promise<void> => {
    run.tally.rejected++;
    await run.rejects.reject(run.inputName, { ...where, line: raw.line, reason: `${run.transform} failed: ${error}`, raw: Buffer.from(raw.bytes).toString('utf8') });
  };
  // A signed batch in flight holds its documents packed with their signatures (about five times its
  // input's bytes), and the oldest waits for two more trips (the lookup, the finishing worker): half the
  // window keeps the workers busy (the lookup runs beside them) with half those blocks alive at once.
  const size = signedLines ? Math.max(1, Math.floor(run.runner.window / SIGNED_WINDOW_DIVISOR)) : run.runner.window;
  for await (const settled of orderedWindow(batches, send, { size })) {
    const batch = settled.ok ? settled.value : await lineByLine(settled.input, send, transforms[run.transform].fields, signedLines !== undefined);
    const outcomes = batch.outcomes;
    const signed = signedLines && batch.signed !== undefined && blockCount(batch.signed) > 0 ? await lookUp(signedLines, batch.signed, run.runner) : undefined;
    // The signed documents' outputs, in order: the lookup's spliced lines, with the finished ones put in their places.
    const block = signed?.finished !== undefined || signed?.failed !== undefined ? new Utf8Buffer(signed.looked.lines.length + (signed.finished?.output.length ?? 0)) : undefined;
    let nextSigned = 0;
    let splicedFrom = 0;
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
      } else if (outcome.kind === 'signed') {
        const end = signed!.looked.ends[nextSigned++]!;
        if (end >= 0) {
          block?.appendBytes(signed!.looked.lines.subarray(splicedFrom, end));
          splicedFrom = end;
        } else if (signed!.finished !== undefined) {
          const { output: lines, ends } = signed!.finished;
          const at = -1 - end;
          block!.appendBytes(lines.subarray(at === 0 ? 0 : ends[at - 1], ends[at]));
        } else await failed(raw, signed!.failed!);
      } else if (outcome.kind === 'failed') {
        await failed(raw, outcome.error);
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
    if (signed !== undefined) {
      // Their tallies, summed where they were written (the lookup thread, the finishing worker).
      run.tally.addBatch(signed.looked.tallies);
      if (signed.finished !== undefined) run.tally.addBatch(signed.finished.tallies);
      const bytes = block !== undefined ? block.bytes() : signed.looked.lines;
      if (bytes.length > 0) await output.writeBytes(bytes);
    } else if (settled.ok && settled.value.output !== undefined && settled.value.output.length > 0) await output.writeBytes(settled.value.output);
    else if (!settled.ok) await writeRetried(output, outcomes);
    run.progress.update(run.tally);
  }
  await output.close();
  return { interrupted: run.signal?.aborted === true, lastLine };
}

/** A batch's signed documents after the dedup lookup ({@link lookUp}). */
interface SignedBatch {
  /** The lookup's answer: the spliced lines, and where each document's line is. */
  readonly looked: LookedUp;
  /** The documents a worker finished (paragraphs removed), when there were any. */
  readonly finished?: FinishResult;
  /** Why finishing them failed (their worker died): they are rejected with it. */
  readonly failed?: string;
}

/**
 * Looks a batch's signed documents up, in input order (the dedup index learns from each), then sends
 * the ones that must change (paragraphs to remove) to a worker in one urgent task. The lookup splices
 * the others: this thread only copies bytes, and holds no object per document.
 */
async function lookUp(signedLines: SignedLines, list: Uint8Array, runner: TaskRunner): Promise<SignedBatch> {
  const looked = await signedLines.lookUp(list);
  if (looked.finish === undefined) return { looked };
  try {
    return { looked, finished: await runner.finishSigned({ finish: looked.finish }) };
  } catch (e) {
    // The documents' bytes went to the worker that died: their records are rejected with the reason.
    return { looked, failed: failureReason(e) };
  }
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
async function lineByLine(lines: readonly RawLine[], send: (lines: readonly RawLine[]) => Promise<LinesResult>, fields: readonly string[], signed: boolean): Promise<LinesResult> {
  const outcomes: LineOutcome[] = [];
  const packed: Uint8Array[] = [];
  for (const raw of lines) {
    const parsed = parseRecord(raw.bytes, fields);
    if (parsed.kind !== 'record') {
      outcomes.push(parsed);
      continue;
    }
    try {
      const one = await send([raw]);
      const outcome = one.outcomes[0]!;
      if (outcome.kind === 'signed') packed.push(blockAt(one.signed!, 0));
      // Without keep the JSONL line came back in `output`: keep it on the outcome to write in order.
      if (outcome.kind === 'done' && one.output !== undefined) outcomes.push({ ...outcome, result: { ...outcome.result, jsonl: decoder.decode(one.output).replace(/\n$/, '') } });
      else outcomes.push(outcome);
    } catch (e) {
      outcomes.push({ kind: 'failed', error: failureReason(e) });
    }
  }
  return signed ? { outcomes, signed: packBlocks(packed) } : { outcomes };
}

const decoder = new TextDecoder();
