import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWordTable } from '../../src/detect/word-table.js';
import { runs } from '../setup/properties.js';

describe('createWordTable', () => {
  const words = new Map<string, number>([['the', 1], ['and', 2], ['für', 3], ['é', 4], ['😀x', 5], ['', 6]]);
  const table = createWordTable(words);

  it('finds a word by its span, without slicing it out', () => {
    expect(table.get('in the end', 3, 6)).toBe(1);
    expect(table.get('bread and butter', 6, 9)).toBe(2);
    expect(table.get('gut für dich', 4, 7)).toBe(3);
    expect(table.get('x😀x', 1, 4)).toBe(5);
  });

  it('answers undefined for a span that is not a word of the table', () => {
    expect(table.get('in the end', 3, 5)).toBeUndefined(); // 'th'
    expect(table.get('The end', 0, 3)).toBeUndefined(); // case-sensitive
    expect(table.get('theme', 0, 5)).toBeUndefined();
  });

  it('agrees with a Map of the sliced span, for many words in few buckets', () => {
    const many = new Map<string, number>();
    for (let k = 0; k < 500; k++) many.set(`w${k.toString(36)}`, k);
    const big = createWordTable(many);
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.nat(12), fc.nat(12), (text, a, b) => {
      const start = Math.min(a, b, text.length);
      const end = Math.min(Math.max(a, b), text.length);
      expect(big.get(text, start, end)).toBe(many.get(text.slice(start, end)));
      expect(big.get(`w${text}`, 0, text.length + 1)).toBe(many.get(`w${text}`));
    }), runs(2000));
  });
});
