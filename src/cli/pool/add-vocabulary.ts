import type { CorpusVocabulary } from '../../repair/vocabulary/corpus-vocabulary.js';
import type { LinesTask } from '../transforms/run-lines.js';
import type { Task } from '../transforms/run-task.js';

/**
 * The task with the corpus vocabulary added to its options. The vocabulary (`--vocabulary FILE`, up to
 * millions of forms) reaches each worker thread once, with the pool's `workerData`, instead of being copied
 * with every task; the worker adds it back here.
 *
 * @param task - A task whose options are `clean()`'s.
 * @param vocabulary - The corpus vocabulary, or `undefined` (none: the task is returned as it is).
 * @returns The task to run.
 * @example
 * ```ts
 * runTask(addVocabulary(task, vocabulary));
 * ```
 */
export function addVocabulary<T extends Task | LinesTask>(task: T, vocabulary: CorpusVocabulary | undefined): T {
  if (vocabulary === undefined) return task;
  return { ...task, options: { ...(task.options as object), vocabulary } };
}
