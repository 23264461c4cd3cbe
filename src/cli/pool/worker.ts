// The worker-thread entry of the `--jobs` pool (built by tsup to dist/cli-worker.js).
import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { CorpusVocabulary } from '../../repair/vocabulary/corpus-vocabulary.js';
import { addVocabulary } from './add-vocabulary.js';
import { runLines, type LineOutcome, type LinesResult, type LinesTask } from '../transforms/run-lines.js';
import { runTask, type Task, type TaskResult } from '../transforms/run-task.js';
import { finishSigned, type FinishResult, type FinishTask } from '../transforms/finish-signed.js';
import { announceLoaded } from './worker-loaded.js';

/**
 * Piscina calls the default export with each task: one record (`record`), a batch of raw JSONL lines
 * (`bytes`), or signed documents to finish after the dedup lookup (`finish`).
 */
export default function work(task: Task | LinesTask | FinishTask): TaskResult | LinesResult | FinishResult {
  if ('finish' in task) return moveOutput(finishSigned(task));
  const vocabulary = (workerData as { vocabulary?: CorpusVocabulary } | null)?.vocabulary;
  return 'bytes' in task ? moveOutput(runLines(addVocabulary(task, vocabulary))) : runTask(addVocabulary(task, vocabulary));
}

/**
 * A batch's result with its joined output bytes (and each signed or kept document's) moved to the main
 * thread rather than copied (twice: into the message and out of it); a batch's output is megabytes.
 */
function moveOutput<R extends { readonly output?: Uint8Array; readonly signed?: Uint8Array; readonly outcomes?: readonly LineOutcome[] }>(result: R): R {
  const buffers: ArrayBuffer[] = [];
  if (result.output !== undefined) buffers.push(result.output.buffer as ArrayBuffer);
  // The signed documents are one block (`packBlocks`); a kept document is a block of its own (`packKept`): moved too.
  if (result.signed !== undefined) buffers.push(result.signed.buffer as ArrayBuffer);
  for (const o of result.outcomes ?? []) if (o.kind === 'done' && o.kept !== undefined) buffers.push(o.kept.buffer as ArrayBuffer);
  if (buffers.length === 0) return result;
  return move({ [transferableSymbol]: buffers, [valueSymbol]: result }) as unknown as R;
}

// Last: the pool must not terminate this thread before its module has loaded (see worker-loaded.ts).
announceLoaded();
