import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Characters of documents (about 16 MB of UTF-16) that pass between two full collections. */
const COLLECT_EVERY_CHARS = 8 * 1024 * 1024;

/** The collector, looked up once per process: `null` when V8 does not give one. */
let collector: (() => void) | null | undefined;

/**
 * A full garbage collection of the main thread's heap, or `null` when V8 does not give one.
 * (`--expose-gc` set at run time and `gc` read from a fresh context: a known Node idiom.)
 */
function fullCollector(): (() => void) | null {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as unknown;
      collector = typeof gc === 'function' ? () => (gc as () => void)() : null;
    } catch {
      collector = null;
    }
  }
  return collector;
}

/**
 * A tally for the in-order steps on the main thread (`clean --dedupe`, `--report`, `unscrape report`):
 * call it with the characters of each document that passed through, and it runs a full collection each
 * time {@link COLLECT_EVERY_CHARS} have. Those steps decode and rebuild every document on the main thread,
 * whose heap has no limit (it cannot be set from inside the process): V8 lets the promoted garbage of that
 * churn grow the old generation to a few hundred MB before it collects (220 MB measured at 10k documents).
 * Collecting every few MB keeps the heap at its live size for a few ms each time. Does nothing when V8
 * gives no collector.
 *
 * @returns The tally.
 *
 * @example
 * ```ts
 * const passed = collectEvery();
 * passed(doc.source.length + doc.text.length);
 * ```
 */
export function collectEvery(): (chars: number) => void {
  const gc = fullCollector();
  if (gc === null) return () => {};
  let chars = 0;
  return (n) => {
    chars += n;
    if (chars >= COLLECT_EVERY_CHARS) {
      chars = 0;
      gc();
    }
  };
}
