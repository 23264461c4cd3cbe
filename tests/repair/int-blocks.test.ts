import { describe, expect, it } from 'vitest';
import { copyInts, newInts } from '../../src/repair/vocabulary/int-blocks.js';

describe('newInts and copyInts', () => {
  it('give zero-filled arrays that share no number, small or large, across blocks', () => {
    const made: Int32Array[] = [];
    for (let k = 0; k < 200; k++) {
      const a = newInts(1 + ((k * 37) % 1500) + (k % 50 === 0 ? 5000 : 0));
      expect(a.every((v) => v === 0)).toBe(true);
      a.fill(k + 1);
      made.push(a);
    }
    made.forEach((a, k) => expect(a.every((v) => v === k + 1)).toBe(true));
  });

  it('copies the first n numbers', () => {
    const from = Int32Array.of(5, -6, 7, 8);
    const copy = copyInts(from, 3);
    expect(Array.from(copy)).toEqual([5, -6, 7]);
    from[0] = 0;
    expect(copy[0]).toBe(5);
  });
});
