/** Limits of {@link batchItems}. */
export interface BatchLimits<T> {
  /** Most items in a batch. Default: `64`. */
  readonly maxItems?: number;
  /** Most total weight in a batch (e.g. bytes); a single heavier item is a batch of its own. Default: `Infinity`. */
  readonly maxWeight?: number;
  /** An item's weight. Default: `1`. */
  readonly weight?: (item: T) => number;
}

const IDLE = Symbol('idle');

/**
 * Groups a stream's items into batches, so that per-task costs (a worker-thread round trip) are paid
 * once per batch rather than once per item. A batch is cut when it is full, or as soon as the
 * source has nothing more ready (checked with `setImmediate`), so a slow producer never has its
 * items held back waiting for a full batch. Order is kept.
 *
 * @param source - The items.
 * @param limits - {@link BatchLimits}.
 * @returns Non-empty batches, in order.
 *
 * @example
 * ```ts
 * for await (const lines of batchItems(readLines(stdin), { maxItems: 64 })) pool.run(lines);
 * ```
 */
export async function* batchItems<T>(source: AsyncIterable<T>, limits: BatchLimits<T> = {}): AsyncGenerator<T[]> {
  const maxItems = limits.maxItems ?? 64;
  const maxWeight = limits.maxWeight ?? Infinity;
  const weight = limits.weight ?? (() => 1);
  const iterator = source[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<T>> | undefined;
  let batch: T[] = [];
  let total = 0;
  try {
    for (;;) {
      pending ??= iterator.next();
      const next = batch.length === 0 ? await pending : await Promise.race([pending, idle()]);
      if (next === IDLE) {
        yield batch;
        batch = [];
        total = 0;
        continue;
      }
      pending = undefined;
      if (next.done) break;
      batch.push(next.value);
      total += weight(next.value);
      if (batch.length >= maxItems || total >= maxWeight) {
        yield batch;
        batch = [];
        total = 0;
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    if (pending === undefined) void iterator.return?.();
  }
}

function idle(): Promise<typeof IDLE> {
  return new Promise((resolve) => setImmediate(() => resolve(IDLE)));
}
