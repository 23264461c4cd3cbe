import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { runBatch, runTask, type BatchItemResult, type BatchTask, type Task, type TaskResult } from '../transforms/run-task.js';

/** Runs tasks in-process or in a worker pool. */
export interface TaskRunner {
  /** Runs one task. */
  run(task: Task): Promise<TaskResult>;
  /** Runs a batch of records in one round trip. */
  runBatch(batch: BatchTask): Promise<BatchItemResult[]>;
  /** How many tasks (or batches) to keep in flight to keep every worker busy. */
  readonly window: number;
  /** Stops the workers. */
  close(): Promise<void>;
}

/**
 * Makes a runner for `jobs` workers: `1` runs tasks in this thread; more starts a piscina pool of
 * that many worker threads (the pure cleaning runs there; output order is kept by the caller).
 *
 * @param jobs - Worker threads; `1` = in-process.
 * @returns The runner; `close()` it when done.
 *
 * @example
 * ```ts
 * const runner = createRunner(4);
 * const result = await runner.run({ transform: 'clean', record: { id: 1, text }, options: {}, want: ['jsonl'] });
 * await runner.close();
 * ```
 */
export function createRunner(jobs: number): TaskRunner {
  if (jobs <= 1) {
    return { run: async (task) => runTask(task), runBatch: async (batch) => runBatch(batch), window: 1, close: async () => {} };
  }
  const pool = new Piscina<Task | BatchTask, TaskResult | BatchItemResult[]>({ filename: workerFile(), minThreads: jobs, maxThreads: jobs });
  return {
    run: (task) => pool.run(task) as Promise<TaskResult>,
    runBatch: (batch) => pool.run(batch) as Promise<BatchItemResult[]>,
    window: jobs * 4,
    close: () => pool.destroy(),
  };
}

/**
 * Where the built worker entry is: `cli-worker.js` beside the built CLI (`dist/`), or, when the CLI
 * runs from source (tests), the built one in `dist/`.
 */
function workerFile(): string {
  const candidates = [new URL('./cli-worker.js', import.meta.url), new URL('../../../dist/cli-worker.js', import.meta.url)];
  for (const url of candidates) if (existsSync(fileURLToPath(url))) return url.href;
  throw new Error('cannot find the worker entry cli-worker.js (run `npm run build`)');
}
