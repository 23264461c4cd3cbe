import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, checkEdits } from '../../src/ledger/apply-edits.js';
import { composeEdits } from '../../src/ledger/compose-edits.js';
import type { Edit } from '../../src/model/edit.js';
import { arbitraryEdits } from './arbitraries.js';
import { runs } from '../setup/properties.js';

const edit = (start: number, end: number, before: string, after: string, rule: string): Edit => ({ start, end, before, after, rule, reason: rule, confidence: 1 });

describe('composeEdits', () => {
  it('keeps an earlier removal inside a later removal as its own edit', () => {
    const source = 'keep AAA drop BBB drop keep';
    const base = [edit(14, 18, 'BBB ', '', 'first')];
    const mid = applyEdits(source, base); // 'keep AAA drop drop keep'
    const next = [edit(9, 19, 'drop drop ', '', 'second')];
    const out = composeEdits(source, base, next);
    expect(applyEdits(source, out)).toBe('keep AAA keep');
    expect(out.map((e) => e.rule)).toEqual(['second', 'first', 'second']);
    expect(mid).toBe('keep AAA drop drop keep');
  });

  it('merges a later edit with the earlier output it touches, under the later rule', () => {
    const source = 'nation.PHOTOS BY X';
    const base = [edit(7, 7, '', '\n', 'seam')];
    const next = [edit(7, 19, '\nPHOTOS BY X', '', 'photo-credit')];
    const out = composeEdits(source, base, next);
    expect(out).toEqual([edit(7, 18, 'PHOTOS BY X', '', 'photo-credit')]);
    expect(applyEdits(source, out)).toBe('nation.');
  });

  it('keeps both reasons when a later edit only touches an earlier replacement', () => {
    const source = 'Volubuev said\nhe';
    const base = [edit(0, 8, 'Volubuev', 'Volobuyev', 'variants')];
    // mid = 'Volobuyev said\nhe'; layout turns the line break after 'said' into a paragraph break,
    // and a later rule replaces the word right after the variant.
    const next = [edit(9, 14, ' said', ' says', 'tense'), edit(14, 15, '\n', '\n\n', 'layout')];
    const out = composeEdits(source, base, next);
    expect(out.map((e) => e.rule)).toEqual(['variants', 'tense', 'layout']);
    expect(applyEdits(source, out)).toBe('Volobuyev says\n\nhe');
  });

  it('merges two insertions at one offset, so their order is kept', () => {
    const source = 'ab';
    const out = composeEdits(source, [edit(1, 1, '', 'X', 'first')], [edit(2, 2, '', 'Y', 'second')]);
    expect(out).toEqual([edit(1, 1, '', 'XY', 'second')]);
  });

  it('drops an insertion that a later edit takes back', () => {
    const source = 'ab';
    const out = composeEdits(source, [edit(1, 1, '', 'X', 'ins')], [edit(1, 2, 'X', '', 'undo')]);
    expect(out).toEqual([]);
  });

  it('equals applying the two passes one after the other (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).chain((source) =>
          arbitraryEdits(source).chain((base) => {
            const mid = applyEdits(source, base);
            return arbitraryEdits(mid).map((next) => ({ source, base, mid, next }));
          }),
        ),
        ({ source, base, mid, next }) => {
          const out = composeEdits(source, base, next);
          checkEdits(source, out);
          expect(applyEdits(source, out)).toBe(applyEdits(mid, next));
        },
      ),
      runs(3000),
    );
  });
});
