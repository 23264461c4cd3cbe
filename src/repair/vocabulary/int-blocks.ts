/**
 * Small `Int32Array`s cut from shared blocks. V8 keeps the numbers of a typed array of more than 64 bytes
 * outside its heap: making one costs about 1 µs (a buffer, its memory, and the collector's bookkeeping for
 * it), as much as copying 700 numbers, where a view into a block made already costs some 70 ns. The
 * vocabulary makes several per text and per carried count (the counts, ids and places of its ~700 forms):
 * they cost more than the loops that fill them.
 *
 * A block is never reused, so what is cut from it is zero-filled, as `new Int32Array(n)` is; it lives while
 * any array cut from it does (some 64 KB kept by one small array at most).
 */

/** Numbers a block. */
const BLOCK = 1 << 14;
let block = new Int32Array(0);
let used = 0;

/**
 * A new zero-filled `Int32Array` of `n` numbers: cut from the current block, or of its own when large.
 *
 * @param n - Its length.
 * @returns The array.
 * @example
 * ```ts
 * newInts(700); // Int32Array(700) [0, 0, ...]
 * ```
 */
export function newInts(n: number): Int32Array {
  if (n > BLOCK >>> 3) return new Int32Array(n);
  if (used + n > block.length) {
    block = new Int32Array(BLOCK);
    used = 0;
  }
  return block.subarray(used, (used += n));
}

/**
 * A copy of the first `n` numbers of `from`, made by {@link newInts}.
 *
 * @param from - The numbers.
 * @param n - How many to copy (at most `from.length`).
 * @returns The copy.
 * @example
 * ```ts
 * copyInts(Int32Array.of(1, 2, 3), 2); // Int32Array [1, 2]
 * ```
 */
export function copyInts(from: Int32Array, n: number): Int32Array {
  const to = newInts(n);
  to.set(from.subarray(0, n));
  return to;
}
