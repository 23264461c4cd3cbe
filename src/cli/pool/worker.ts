// The worker-thread entry of the `--jobs` pool (built by tsup to dist/cli-worker.js).
import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { CorpusVocabulary } from '../../repair/vocabulary/corpus-vocabulary.js';
import { addVocabulary } from './add-vocabulary.js';
import { runLines, type LinesResult, type LinesTask } from '../transforms/run-lines.js';
import { runTask, type Task, type TaskResult } from '../transforms/run-task.js';
import { announceLoaded } from './worker-loaded.js';

/** Piscina calls the default export with each task: one record (`record`) or a batch of raw JSONL lines (`bytes`). */
export default function work(task: Task | LinesTask): TaskResult | LinesResult {
  const vocabulary = (workerData as { vocabulary?: CorpusVocabulary } | null)?.vocabulary;
  return 'bytes' in task ? moveOutput(runLines(addVocabulary(task, vocabulary))) : runTask(addVocabulary(task, vocabulary));
}

/**
 * A batch's result with its joined output bytes moved to the main thread rather than copied (twice:
 * into the message and out of it); a batch's output is megabytes.
 */
function moveOutput(result: LinesResult): LinesResult {
  const output = result.output;
  if (output === undefined) return result;
  return move({ [transferableSymbol]: [output.buffer], [valueSymbol]: result }) as unknown as LinesResult;
}

// Last: the pool must not terminate this thread before its module has loaded (see worker-loaded.ts).
announceLoaded();
