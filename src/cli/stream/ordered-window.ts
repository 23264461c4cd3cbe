/** One settled task of {@link orderedWindow}, in input order. */
export type Settled<I, O> =
  | { readonly input: I; readonly ok: true; readonly value: O }
  | { readonly input: I; readonly ok: false; readonly error: unknown };

/** Options of {@link orderedWindow}. */
export interface OrderedWindowOptions {
  /** Most tasks in flight at once (read but not yet yielded). Default: `1`. */
  readonly size?: number;
  /** Checked before each read; when it returns true, reading stops and the tasks in flight drain. */
  readonly stop?: () => boolean;
}

/**
 * Maps an async source through `fn` with at most `size` tasks in flight and yields the results in
 * input order, each as soon as it and every earlier one are done (a slow producer does not hold
 * finished results back). The source is pulled only when a slot is free, so a slow consumer slows
 * the reader (backpressure) and memory is bounded by the window, not by the input. A task that
 * throws yields `{ok: false, error}` instead of ending the run.
 *
 * @param inputs - The source; iterated lazily.
 * @param fn - The task; may return a value or a promise.
 * @param options - {@link OrderedWindowOptions}.
 * @returns The settled tasks in input order.
 *
 * @example
 * ```ts
 * for await (const r of orderedWindow(lines, (l) => pool.run(l), { size: 8 })) if (r.ok) out.write(r.value);
 * ```
 */
export async function* orderedWindow<I, O>(
  inputs: AsyncIterable<I> | Iterable<I>,
  fn: (input: I) => O | Promise<O>,
  options: OrderedWindowOptions = {},
): AsyncGenerator<Settled<I, O>> {
  const size = Math.max(1, options.size ?? 1);
  const queue: Promise<Settled<I, O>>[] = [];
  const start = (input: I): Promise<Settled<I, O>> =>
    new Promise<O>((resolve) => resolve(fn(input))).then(
      (value) => ({ input, ok: true as const, value }),
      (error: unknown) => ({ input, ok: false as const, error }),
    );
  const iterator = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : toAsync(inputs[Symbol.iterator]());
  let pending: Promise<IteratorResult<I>> | undefined;
  let ended = false;
  const take = (next: IteratorResult<I>) => {
    pending = undefined;
    if (next.done) ended = true;
    else {
      queue.push(start(next.value));
      if (options.stop?.()) {
        ended = true;
        void iterator.return?.();
      }
    }
  };
  try {
    for (;;) {
      if (!ended && pending === undefined && queue.length < size) pending = iterator.next();
      if (queue.length === 0) {
        if (pending === undefined) return;
        take(await pending);
        continue;
      }
      if (pending !== undefined) {
        const input = pending;
        const first = await Promise.race([input.then((next) => ({ next })), queue[0]!.then(() => undefined)]);
        if (first !== undefined) {
          take(first.next);
          continue;
        }
      }
      yield await queue.shift()!;
    }
  } finally {
    if (!ended) void iterator.return?.();
  }
}

function toAsync<I>(iterator: Iterator<I>): AsyncIterator<I> {
  return {
    next: async () => iterator.next(),
    return: async () => iterator.return?.() ?? { done: true, value: undefined },
  };
}
