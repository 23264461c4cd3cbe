import { describe, expect, it } from 'vitest';
import { applyEdits, checkEdits } from '../../src/ledger/apply-edits.js';
import { InvalidLedgerError } from '../../src/errors.js';

describe('applyEdits', () => {
  it.each([
    ['no edits', 'abc', [], 'abc'],
    ['removal', 'abcdef', [{ start: 1, end: 3, after: '' }], 'adef'],
    ['insertion', 'fight.And', [{ start: 6, end: 6, after: ' ' }], 'fight. And'],
    ['replacement at both ends', 'xaby', [{ start: 0, end: 1, after: 'X' }, { start: 3, end: 4, after: 'Y' }], 'XabY'],
    ['insertion then removal at one offset', 'abc', [{ start: 1, end: 1, after: '-' }, { start: 1, end: 2, after: '' }], 'a-c'],
  ])('%s', (_name, source, edits, expected) => {
    expect(applyEdits(source, edits)).toBe(expected);
  });

  it.each([
    ['out of range', [{ start: 2, end: 9, after: '' }]],
    ['overlapping', [{ start: 0, end: 2, after: '' }, { start: 1, end: 3, after: '' }]],
    ['two insertions at one offset', [{ start: 1, end: 1, after: 'a' }, { start: 1, end: 1, after: 'b' }]],
    ['before that does not match', [{ start: 0, end: 1, after: '', before: 'z' }]],
    ['reversed span', [{ start: 2, end: 1, after: '' }]],
  ])('rejects a ledger with %s', (_name, edits) => {
    expect(() => checkEdits('abcd', edits)).toThrow(InvalidLedgerError);
  });
});
