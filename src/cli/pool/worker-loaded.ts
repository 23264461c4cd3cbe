import { parentPort, threadId } from 'node:worker_threads';

/**
 * Why this file exists: terminating a worker thread while it is still loading its ES module aborts the
 * whole process in Node 20 (`FATAL ERROR: v8::Module::IsGraphAsync ... must be used on an instantiated
 * module`, from `ModuleWrap::InstantiateSync`; reproduced by destroying a fresh 2-thread pool of
 * `dist/cli-worker.js` at random moments of its first 300 ms: the process died within 30 pools). A short
 * input run with `--jobs 2` closes its pool while the thread that got no work may still be loading, so
 * the CLI could crash at its very end, after writing everything, and exit with a signal instead of its
 * code. (It was seen as a test fork dying in `vocabulary-command.test.ts`.) So each worker says when it
 * has loaded, and the pool waits for that before it terminates a thread.
 */

/** The message a pool worker posts on its parent port once its module has loaded. */
interface LoadedMessage {
  readonly unscrapeWorkerLoaded: number;
}

/**
 * Posts, from a pool worker, that its module has loaded: called at the top level of the worker entry.
 * The message is sent from a microtask, which runs once the module graph has finished evaluating (the
 * synchronous load has returned) and before the pool library's own continuation, which then blocks the
 * thread in `Atomics.wait` until a task comes: a `setImmediate` would not run until then.
 *
 * @example
 * ```ts
 * // at the end of src/cli/pool/worker.ts
 * announceLoaded();
 * ```
 */
export function announceLoaded(): void {
  const port = parentPort;
  if (port === null) return;
  const message: LoadedMessage = { unscrapeWorkerLoaded: threadId };
  queueMicrotask(() => port.postMessage(message));
}

/** What {@link trackLoaded} needs of a pool: its threads, and the messages its workers post. */
export interface LoadingPool {
  /** The pool's worker threads now (one that died is no longer listed). */
  readonly threads: readonly { readonly threadId: number }[];
  /** Subscribes to the messages the workers post on their parent port, and to a worker's end. */
  on(event: 'message' | 'workerDestroy', listener: (message: unknown) => void): unknown;
}

/** What {@link trackLoaded} returns. */
export interface LoadTracker {
  /**
   * Resolves once every thread the pool has now has loaded, or after `timeoutMs` (a thread that neither
   * loads nor dies in that time is terminated anyway).
   */
  allLoaded(timeoutMs: number): Promise<void>;
}

/**
 * Tracks which of a pool's worker threads have loaded their module ({@link announceLoaded}): call it right
 * after making the pool, before any worker can have posted.
 *
 * @param pool - The pool (a piscina pool satisfies {@link LoadingPool}).
 * @returns The tracker; `await tracker.allLoaded(ms)` before `pool.destroy()`.
 * @example
 * ```ts
 * const loaded = trackLoaded(pool);
 * // ... run tasks ...
 * await loaded.allLoaded(LOAD_WAIT_MS);
 * await pool.destroy();
 * ```
 */
export function trackLoaded(pool: LoadingPool): LoadTracker {
  const loaded = new Set<number>();
  let wake: (() => void) | undefined;
  const everyThreadLoaded = (): boolean => pool.threads.every((t) => loaded.has(t.threadId));
  const check = (): void => {
    if (wake !== undefined && everyThreadLoaded()) wake();
  };
  pool.on('message', (message) => {
    const id = (message as Partial<LoadedMessage> | null)?.unscrapeWorkerLoaded;
    if (typeof id !== 'number') return;
    loaded.add(id);
    check();
  });
  pool.on('workerDestroy', () => queueMicrotask(check)); // a thread that died is waited for no more
  return {
    allLoaded(timeoutMs) {
      if (everyThreadLoaded()) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, timeoutMs);
        function done(): void {
          clearTimeout(timer);
          wake = undefined;
          resolve();
        }
        wake = done;
      });
    },
  };
}
