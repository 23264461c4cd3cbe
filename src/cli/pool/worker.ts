// The worker-thread entry of the `--jobs` pool (built by tsup to dist/cli-worker.js).
import { runTask, type Task, type TaskResult } from '../transforms/run-task.js';

/** Piscina calls the default export with each task. */
export default function work(task: Task): TaskResult {
  return runTask(task);
}
