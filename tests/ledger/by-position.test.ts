import { describe, expect, it } from 'vitest';
import { byPosition, inOrder } from '../../src/ledger/by-position.js';
import { findingsToEdits } from '../../src/ledger/findings-to-edits.js';
import type { Finding } from '../../src/model/finding.js';

const at = (start: number, end: number, replacement?: string): Finding => ({ start, end, replacement, rule: 'r', reason: 'why', confidence: 1 });

describe('byPosition and inOrder', () => {
  it.each([
    ['empty', [], true],
    ['one', [[3, 4]], true],
    ['by start', [[0, 1], [2, 2], [5, 9]], true],
    ['insertion before a replacement at one offset', [[2, 2], [2, 4]], true],
    ['a replacement before an insertion at one offset', [[2, 4], [2, 2]], false],
    ['a later start first', [[5, 6], [1, 2]], false],
    ['out of order only at the end', [[0, 1], [4, 5], [3, 9]], false],
  ])('%s', (_name, spans, expected) => {
    const list = (spans as number[][]).map(([start, end]) => ({ start: start!, end: end! }));
    expect(inOrder(list)).toBe(expected);
    expect(inOrder([...list].sort(byPosition))).toBe(true);
  });
});

describe('findingsToEdits takes findings in any order', () => {
  it('sorts findings a rule reported out of order', () => {
    const { edits } = findingsToEdits('ab cd ef', [at(6, 8, 'EF'), at(0, 2, 'AB'), at(3, 5, 'CD')]);
    expect(edits.map((e) => [e.start, e.after])).toEqual([[0, 'AB'], [3, 'CD'], [6, 'EF']]);
  });

  it('puts an insertion before a replacement at its offset, whichever came first', () => {
    const { edits } = findingsToEdits('fight.And', [at(6, 9, 'and'), at(6, 6, ' ')]);
    expect(edits.map((e) => [e.start, e.end, e.after])).toEqual([[6, 6, ' '], [6, 9, 'and']]);
  });

  it('leaves findings in order as they are', () => {
    const found = [at(0, 2, 'AB'), at(3, 5, 'CD')];
    const { edits } = findingsToEdits('ab cd', found);
    expect(edits.map((e) => e.after)).toEqual(['AB', 'CD']);
    expect(found.map((f) => f.start)).toEqual([0, 3]);
  });
});
