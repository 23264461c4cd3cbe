// The worker-thread entry of the `--jobs` pool (built by tsup to dist/cli-worker.js).
import { runBatch, runTask, type BatchItemResult, type BatchTask, type Task, type TaskResult } from '../transforms/run-task.js';

/** Piscina calls the default export with each task: one record (`record`) or a batch (`records`). */
export default function work(task: Task | BatchTask): TaskResult | BatchItemResult[] {
  return 'records' in task ? runBatch(task) : runTask(task);
}
