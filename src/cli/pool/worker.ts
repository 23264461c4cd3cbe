// The worker-thread entry of the `--jobs` pool (built by tsup to dist/cli-worker.js).
import { workerData } from 'node:worker_threads';
import type { CorpusVocabulary } from '../../repair/vocabulary/corpus-vocabulary.js';
import { addVocabulary } from './add-vocabulary.js';
import { runLines, type LinesResult, type LinesTask } from '../transforms/run-lines.js';
import { runTask, type Task, type TaskResult } from '../transforms/run-task.js';
import { announceLoaded } from './worker-loaded.js';

/** Piscina calls the default export with each task: one record (`record`) or a batch of raw JSONL lines (`bytes`). */
export default function work(task: Task | LinesTask): TaskResult | LinesResult {
  const vocabulary = (workerData as { vocabulary?: CorpusVocabulary } | null)?.vocabulary;
  return 'bytes' in task ? runLines(addVocabulary(task, vocabulary)) : runTask(addVocabulary(task, vocabulary));
}

// Last: the pool must not terminate this thread before its module has loaded (see worker-loaded.ts).
announceLoaded();
