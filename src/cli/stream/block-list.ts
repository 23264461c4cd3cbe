/**
 * Blocks of bytes packed one after another into one buffer ({@link packBlocks}), so that a batch's many
 * small blocks (`clean --dedupe`: one packed document each) cross between threads as one transfer and
 * arrive as one object, not one per block: the receiving thread's heap then holds nothing per document
 * (each object that crosses is deserialized on that heap, and survives there while the batch waits its turn).
 *
 * Layout: a 32-bit count `n`, `n` 32-bit end offsets (each relative to the data, which follows them),
 * then the blocks, each starting at a multiple of 4 bytes from the buffer's start (a block that holds
 * 32-bit words can be read in place).
 */

/**
 * Packs blocks into one fresh buffer (its `buffer` holds nothing else).
 *
 * @param blocks - The blocks, in order.
 * @returns The packed list.
 *
 * @example
 * ```ts
 * const list = packBlocks([new Uint8Array([1, 2]), new Uint8Array([3])]);
 * blockAt(list, 1); // Uint8Array [3]
 * ```
 */
export function packBlocks(blocks: readonly Uint8Array[]): Uint8Array {
  const start = 4 * (1 + blocks.length);
  let size = start;
  for (const b of blocks) size = pad(size) + b.length;
  const list = new Uint8Array(size);
  const head = new Uint32Array(list.buffer, 0, 1 + blocks.length);
  head[0] = blocks.length;
  let at = start;
  for (const [i, b] of blocks.entries()) {
    at = pad(at);
    list.set(b, at);
    at += b.length;
    head[1 + i] = at - start;
  }
  return list;
}

/**
 * How many blocks a packed list holds.
 *
 * @param list - From {@link packBlocks}.
 * @returns The count.
 *
 * @example
 * ```ts
 * blockCount(packBlocks([])); // 0
 * ```
 */
export function blockCount(list: Uint8Array): number {
  return list.length < 4 ? 0 : words(list, 1)[0]!;
}

/**
 * One block of a packed list, as a view of it (4-byte aligned when the list is).
 *
 * @param list - From {@link packBlocks}.
 * @param i - The block's index.
 * @returns The block's bytes.
 *
 * @example
 * ```ts
 * blockAt(packBlocks([new Uint8Array([7])]), 0)[0]; // 7
 * ```
 */
export function blockAt(list: Uint8Array, i: number): Uint8Array {
  const n = blockCount(list);
  if (!(i >= 0 && i < n)) throw new RangeError(`block ${i} of ${n}`);
  const head = words(list, 1 + n);
  const start = 4 * (1 + n);
  const end = start + head[1 + i]!;
  return list.subarray(i === 0 ? start : pad(start + head[i]!), end);
}

function pad(at: number): number {
  return (at + 3) & ~3;
}

function words(list: Uint8Array, n: number): Uint32Array {
  return list.byteOffset % 4 === 0 ? new Uint32Array(list.buffer, list.byteOffset, n) : new Uint32Array(list.slice(0, 4 * n).buffer);
}
