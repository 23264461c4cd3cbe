import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import { runLines, type LinesResult, type LinesTask, type packLines } from '../transforms/run-lines.js';
import { runTask, type Task, type TaskResult } from '../transforms/run-task.js';
import type { CorpusVocabulary } from '../../repair/vocabulary/corpus-vocabulary.js';
import { addVocabulary } from './add-vocabulary.js';
import { trackLoaded } from './worker-loaded.js';
import { UrgentFirstQueue, urgent } from './urgent-queue.js';
import { finishSigned, type FinishResult, type FinishTask } from '../transforms/finish-signed.js';
import { INLINE_BUDGET_FLAG } from './inline-budget.js';

/** Runs tasks in-process or in a worker pool. */
export interface TaskRunner {
  /** Runs one task. */
  run(task: Task): Promise<TaskResult>;
  /**
   * Runs a batch of raw JSONL lines in one round trip. A worker pool takes the batch's `bytes.buffer`
   * (moved, not copied: detached here), so it must hold nothing else ({@link packLines} makes one).
   */
  runLines(task: LinesTask): Promise<LinesResult>;
  /**
   * Finishes signed documents after the dedup lookup (`clean --dedupe`), ahead of the tasks already
   * queued (the caller waits for it, see {@link UrgentFirstQueue}). A worker pool takes the task's
   * `finish.buffer` (moved, not copied).
   */
  finishSigned(task: FinishTask): Promise<FinishResult>;
  /** How many tasks (or batches) to keep in flight to keep every worker busy. */
  readonly window: number;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** Options of {@link createRunner}. */
export interface RunnerOptions {
  /**
   * `--worker-heap MB`: the old-generation heap limit of each worker thread. It bounds the heap's
   * lazy growth (V8 grows a heap in proportion to its limit) and caps a runaway document: a worker
   * that runs out of it is replaced, and the record that needed it is rejected with the reason.
   * Default: {@link DEFAULT_WORKER_HEAP_MB}.
   */
  readonly workerHeapMb?: number;
  /**
   * `--vocabulary FILE`: the corpus vocabulary every task's `clean()` options get. It is sent to each
   * worker once, not with every task (it may hold millions of forms). Default: none.
   */
  readonly vocabulary?: CorpusVocabulary;
}

/**
 * Default old-generation heap limit of a worker, in MB. A worker's live heap after cleaning is about
 * 30 MB (the rules' data and lexicons); the largest bench page needs far less than this in flight.
 */
export const DEFAULT_WORKER_HEAP_MB = 128;

/**
 * Young-generation size of a worker, in MB. V8's default (semi-spaces grown up to 16 MB each while
 * many objects survive) costs each worker tens of MB of RSS. Measured on the CLI, 2 workers, 1k
 * documents (least CPU of 3 interleaved rounds): no limits 420-450 MB at 9.8 CPU-s; 16 MB (with the
 * 128 MB old generation) 235-250 MB at +8 % CPU, 264 MB at 10k; 8 MB 205-230 MB at +15 %, 217 MB at
 * 10k. 8 keeps the 300 MB budget with room to spare. See BENCHMARKS.md, "Corpus scale".
 */
const WORKER_YOUNG_MB = 8;

/**
 * Young-generation size of a single worker (`--jobs 1`), in MB: one worker can spend the room two share.
 * Measured (`bench:scale`, 1k documents, full pipeline): 16 MB against 8 is 1.70-1.71 against 1.58-1.62 MB
 * per CPU-second (fewer scavenges), peak RSS 197-199 against 182-185 MB. 32 against 16 (once the CLI stopped
 * loading linkedom at start-up, which saved 15-20 MB): the worker's mark-compacts 13 -> 8 and scavenges
 * 104 -> 56 over the 1k corpus (`--trace-gc`), 0.1-0.3 CPU-s less per 1k documents (V8's background
 * threads), peak RSS +25 MB (about 205 MB). With 2 workers 16 MB each peaks near 260 MB, too near 300 with
 * `--dedupe` or `--report`, so 2 or more workers keep 8 MB. See BENCHMARKS.md, "CLI overhead, stop 14".
 */
const SOLE_WORKER_YOUNG_MB = 32;

/**
 * Makes a runner for `jobs` workers: a piscina pool of that many worker threads (the pure cleaning
 * runs there; output order is kept by the caller), each with a bounded heap (`resourceLimits`), so
 * peak memory grows with `jobs`, not with the corpus; the main thread only reads and writes. `0` runs
 * tasks in this thread instead (no worker start-up, a little less CPU, but the heap is the process's
 * own, unbounded).
 *
 * @param jobs - Worker threads; `0` = in this thread.
 * @param options - {@link RunnerOptions}.
 * @returns The runner; `close()` it when done.
 *
 * @example
 * ```ts
 * const runner = createRunner(4, { workerHeapMb: 256 });
 * const result = await runner.run({ transform: 'clean', record: { id: 1, text }, options: {}, want: ['jsonl'] });
 * await runner.close();
 * ```
 */
export function createRunner(jobs: number, options: RunnerOptions = {}): TaskRunner {
  const { vocabulary } = options;
  if (jobs < 1) {
    return {
      run: async (task) => runTask(addVocabulary(task, vocabulary)),
      runLines: async (task) => runLines(addVocabulary(task, vocabulary)),
      finishSigned: async (task) => finishSigned(task),
      window: 1,
      close: async () => {},
    };
  }
  // Two or more workers: a smaller TurboFan inlining budget, process-wide, before their isolates compile
  // anything (see inline-budget.ts; with one worker it measured neither better nor worse).
  if (jobs >= 2) setFlagsFromString(INLINE_BUDGET_FLAG);
  const pool = new Piscina<Task | LinesTask | FinishTask, TaskResult | LinesResult | FinishResult>({
    filename: builtEntry('cli-worker.js'),
    taskQueue: new UrgentFirstQueue(),
    minThreads: jobs,
    maxThreads: jobs,
    resourceLimits: { maxYoungGenerationSizeMb: jobs === 1 ? SOLE_WORKER_YOUNG_MB : WORKER_YOUNG_MB, maxOldGenerationSizeMb: options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB },
    ...(vocabulary !== undefined ? { workerData: { vocabulary } } : {}),
  });
  const loading = trackLoaded(pool);
  // A worker that dies with no task running (e.g. out of memory while loading) is reported here, not
  // on a task: unhandled, it would end the process. Later tasks fail with it instead.
  let broken: Error | undefined;
  pool.on('error', (error: Error) => {
    broken ??= error;
  });
  const run = <R>(task: Task | LinesTask | FinishTask, transferList?: ArrayBuffer[]): Promise<R> =>
    broken ? Promise.reject(broken) : (pool.run(task, transferList ? { transferList } : {}) as Promise<R>);
  return {
    run: (task) => run<TaskResult>(task),
    // A batch's bytes are its own block (packLines): moved to the worker, not copied.
    runLines: (task) => run<LinesResult>(task, [task.bytes.buffer as ArrayBuffer]),
    finishSigned: (task) => run<FinishResult>(urgent(task), [task.finish.buffer as ArrayBuffer]),
    window: jobs * 4,
    // Never terminate a thread still loading its module: that aborts the process (see worker-loaded.ts).
    close: async () => {
      await loading.allLoaded(LOAD_WAIT_MS);
      await pool.destroy();
    },
  };
}

/**
 * How long `close()` waits for a worker thread to finish loading before it terminates it anyway: a worker
 * loads in well under a second (the bundle and its word lists); one that takes this long is stuck.
 */
const LOAD_WAIT_MS = 30_000;

/**
 * The reason given for a record whose task failed: the error's message, and for a worker that ran out
 * of its heap, what to do about it.
 *
 * @param error - What the task threw or was rejected with.
 * @returns One line.
 *
 * @example
 * ```ts
 * failureReason(new Error('boom')); // 'boom'
 * ```
 */
export function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_WORKER_OUT_OF_MEMORY' ? `${message} (each worker's heap is limited: raise it with --worker-heap MB)` : message;
}

/**
 * Where a built thread entry is (`cli-worker.js`, `cli-lookup.js`): beside the built CLI (`dist/`), or,
 * when the CLI runs from source (tests), the built one in `dist/`.
 *
 * @param file - The entry's file name.
 * @returns Its `file:` URL.
 *
 * @example
 * ```ts
 * new Worker(new URL(builtEntry('cli-lookup.js')));
 * ```
 */
export function builtEntry(file: string): string {
  const candidates = [new URL(`./${file}`, import.meta.url), new URL(`../../../dist/${file}`, import.meta.url)];
  for (const url of candidates) if (existsSync(fileURLToPath(url))) return url.href;
  throw new Error(`cannot find the thread entry ${file} (run \`npm run build\`)`);
}
