import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection of the main thread's heap, for the in-order steps (`clean --dedupe`,
 * `--report`), or `undefined` when V8 does not give one. Those steps decode and rebuild every document
 * on the main thread, whose heap has no limit (it cannot be set from inside the process): V8 lets the
 * promoted garbage of that churn grow the old generation to tens of MB before it collects. Collecting
 * after every few tens of MB of documents keeps the heap at its live size for a few ms each time.
 * (`--expose-gc` set at run time and `gc` read from a fresh context: a known Node idiom.)
 *
 * @returns The collector, or `undefined`.
 *
 * @example
 * ```ts
 * const gc = fullCollector();
 * gc?.();
 * ```
 */
export function fullCollector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? () => (gc as () => void)() : undefined;
  } catch {
    return undefined;
  }
}
