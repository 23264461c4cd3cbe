import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { addPairCounts, countPairs, PAIR_SLOTS, pairEntries, pairSlot, readPairEntries } from '../../src/repair/vocabulary/pair-counts.js';

describe('pair counts (the corpus vocabulary\'s count-min row)', () => {
  it('counts runs of ASCII letters one space apart, not across punctuation, line breaks or glued to digits and marks', () => {
    const pairs = new Uint32Array(PAIR_SLOTS);
    countPairs('I was there. I was\nhere x2 was café latte', pairs);
    expect(pairs[pairSlot('I', 'was')]).toBe(2);
    expect(pairs[pairSlot('was', 'there')]).toBe(1);
    expect(pairs[pairSlot('there', 'I')]).toBe(0); // a full stop between
    expect(pairs[pairSlot('was', 'here')]).toBe(0); // a line break between
    expect(pairs[pairSlot('x', 'was')]).toBe(0); // `x2` is no word
    expect(pairs[pairSlot('caf', 'latte')]).toBe(0); // `café` is no ASCII run
  });

  it('adds tables as the reduce step, stopping at the largest count rather than wrapping', () => {
    const a = new Uint32Array(PAIR_SLOTS);
    const b = new Uint32Array(PAIR_SLOTS);
    a[7] = 0xfffffff0;
    b[7] = 0x20;
    b[9] = 3;
    addPairCounts(a, b);
    expect(a[7]).toBe(0xffffffff);
    expect(a[9]).toBe(3);
  });

  it('writes the counters that are not zero, in slot order, and reads them back', () => {
    const pairs = new Uint32Array(PAIR_SLOTS);
    countPairs('the war in the east, the war', pairs);
    const entries = pairEntries(pairs);
    expect(pairs[pairSlot('the', 'war')]).toBe(2);
    expect(entries.length).toBe(2 * 4); // `the war` (twice), `war in`, `in the`, `the east`: 4 counters
    const slots = entries.filter((_, k) => k % 2 === 0);
    expect(slots).toEqual([...slots].sort((x, y) => x - y));
    expect(pairEntries(readPairEntries(entries, 'vocabulary.pairs'))).toEqual(entries);
  });

  it.each([
    ['no array', { 0: 1 }, /`vocabulary\.pairs`: must be an array/],
    ['an odd length', [1, 2, 3], /`vocabulary\.pairs`: must be an array/],
    ['a slot out of range', [PAIR_SLOTS, 1], /vocabulary\.pairs\[0\]/],
    ['a count of zero', [5, 0], /vocabulary\.pairs\[1\]/],
    ['a count that is no whole number', [5, 1.5], /vocabulary\.pairs\[1\]/],
  ])('rejects %s with an error naming the entry', (_, entries, message) => {
    expect(() => readPairEntries(entries, 'vocabulary.pairs')).toThrow(InvalidOptionError);
    expect(() => readPairEntries(entries, 'vocabulary.pairs')).toThrow(message);
  });
});
