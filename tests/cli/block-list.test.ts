import { describe, expect, it } from 'vitest';
import { blockAt, blockCount, packBlocks } from '../../src/cli/stream/block-list.js';

describe('packBlocks', () => {
  it('gives back each block, in order, each starting 4-byte aligned', () => {
    const blocks = [new Uint8Array([1, 2, 3]), new Uint8Array(0), new Uint8Array([4]), new Uint8Array([5, 6, 7, 8, 9])];
    const list = packBlocks(blocks);
    expect(list.byteOffset).toBe(0);
    expect(list.buffer.byteLength).toBe(list.length);
    expect(blockCount(list)).toBe(4);
    for (const [i, b] of blocks.entries()) {
      const got = blockAt(list, i);
      expect([...got]).toEqual([...b]);
      expect(got.byteOffset % 4).toBe(0);
    }
  });

  it('an empty list holds no block; an index out of range throws', () => {
    expect(blockCount(packBlocks([]))).toBe(0);
    expect(() => blockAt(packBlocks([new Uint8Array([1])]), 1)).toThrow(RangeError);
    expect(() => blockAt(packBlocks([]), 0)).toThrow(RangeError);
  });

  it('reads a list that is not 4-byte aligned in its buffer (a copy of the header)', () => {
    const list = packBlocks([new Uint8Array([9, 8]), new Uint8Array([7])]);
    const shifted = new Uint8Array(list.length + 1);
    shifted.set(list, 1);
    const view = shifted.subarray(1);
    expect(blockCount(view)).toBe(2);
    expect([...blockAt(view, 1)]).toEqual([7]);
  });
});
