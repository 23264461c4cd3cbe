import { Worker } from 'node:worker_threads';
import { createSignedLookup, type DedupeMode, type LookedUp } from '../steps/signed-lookup.js';
import { builtEntry } from './create-runner.js';

export type { LookedUp } from '../steps/signed-lookup.js';

/** Where the `--dedupe` lookup runs ({@link openLookup}). */
export interface Lookup {
  /**
   * Looks a batch of packed documents up, in input order (call it batch after batch, in order). On a
   * thread, the batch's buffer moves there (it must be a buffer of its own, as `packBlocks` makes),
   * and the answer's buffers move back.
   */
  lookUp(list: Uint8Array): Promise<LookedUp>;
  /** Stops the thread, if there is one. */
  close(): Promise<void>;
}

/**
 * Young-generation size of the lookup thread, in MB: it allocates little (a signature's MinHash
 * values at a time), while what it keeps, the index, goes to the old generation.
 */
const LOOKUP_YOUNG_MB = 4;

/**
 * Opens the `clean --dedupe` lookup ({@link createSignedLookup}): on a thread of its own with `thread`
 * (when the documents are cleaned by workers), else in this thread. On a thread, the index lives on a
 * heap whose young generation is limited (`resourceLimits`), which the main thread's heap cannot be
 * from inside the process: there, V8 grows the young generation to 32 MB while the index fills it
 * (its entries survive), about 30 MB of the run's peak RSS.
 *
 * @param mode - `report` or `paragraphs`.
 * @param thread - Whether to run it on a thread.
 * @returns The lookup; `close()` it when done.
 *
 * @example
 * ```ts
 * const lookup = openLookup('paragraphs', true);
 * const { lines, ends, finish } = await lookup.lookUp(result.signed);
 * await lookup.close();
 * ```
 */
export function openLookup(mode: DedupeMode, thread: boolean): Lookup {
  if (!thread) {
    const lookUp = createSignedLookup(mode);
    return { lookUp: async (list) => lookUp(list), close: async () => {} };
  }
  let worker: Worker | undefined;
  let failure: Error | undefined;
  const waiting: { resolve: (r: LookedUp) => void; reject: (e: Error) => void }[] = [];
  const fail = (e: Error): void => {
    failure ??= e;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  // Started at the first batch, so a run that fails before it leaves no thread behind.
  const start = (): Worker => {
    const w = new Worker(new URL(builtEntry('cli-lookup.js')), { workerData: { mode }, resourceLimits: { maxYoungGenerationSizeMb: LOOKUP_YOUNG_MB } });
    w.on('message', (r: LookedUp) => waiting.shift()?.resolve(r));
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`the dedupe lookup thread stopped (exit code ${code})`)));
    return w;
  };
  return {
    lookUp(list) {
      if (failure) return Promise.reject(failure);
      worker ??= start();
      const answer = new Promise<LookedUp>((resolve, reject) => waiting.push({ resolve, reject }));
      worker.postMessage(list, [list.buffer as ArrayBuffer]);
      return answer;
    },
    async close() {
      if (worker === undefined) return;
      failure ??= new Error('the dedupe lookup is closed');
      await worker.terminate();
    },
  };
}
