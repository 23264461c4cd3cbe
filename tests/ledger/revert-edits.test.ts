import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/ledger/apply-edits.js';
import { revertEdits } from '../../src/ledger/revert-edits.js';
import { InvalidLedgerError } from '../../src/errors.js';
import { clean } from '../../src/pipeline/clean.js';
import { arbitraryEdits } from './arbitraries.js';
import { runs } from '../setup/properties.js';

describe('revertEdits', () => {
  it('rebuilds the source of a cleaned seed-like text', () => {
    const raw = 'My Blog\n\nTitle Here\nTitle Here\n\nThe fight.And more text follows here.\n\nPost a Comment\nspam';
    const doc = clean(raw);
    expect(revertEdits(doc.text, doc.edits)).toBe(raw);
  });

  it.each([
    ['an after that is not in the text', 'abc', [{ start: 0, end: 1, before: 'x', after: 'Z' }]],
    ['a before of the wrong length', 'abc', [{ start: 0, end: 2, before: 'x', after: '' }]],
    ['unsorted edits', 'abc', [{ start: 2, end: 3, before: 'x', after: '' }, { start: 0, end: 1, before: 'y', after: '' }]],
    ['an edit without before', 'abc', [{ start: 0, end: 1, after: '' }]],
  ])('rejects %s', (_name, text, edits) => {
    expect(() => revertEdits(text, edits)).toThrow(InvalidLedgerError);
  });

  it('is the inverse of applyEdits (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }).chain((s) => arbitraryEdits(s).map((edits) => ({ s, edits }))), ({ s, edits }) => {
        expect(revertEdits(applyEdits(s, edits), edits)).toBe(s);
      }),
      runs(2000),
    );
  });
});
