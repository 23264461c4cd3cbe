import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/ledger/apply-edits.js';
import { splitLines } from '../../src/parse/split-lines.js';
import { updateLines } from '../../src/parse/update-lines.js';
import { runs } from '../setup/properties.js';

/** Texts made of line breaks of every kind, blank-ish lines and short words, so edits meet line breaks often. */
const piece = fc.constantFrom('\n', '\r\n', '\r', '\n\n', ' ', '\u00a0', 'a', 'bc', 'Word', '  x  ', '\n \n');
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const insert = fc.constantFrom('', '\n', '\r', '\r\n', 'z', ' ', 'y\n', '\nq', '\n\n');

/** Sorted, non-overlapping edits of `t` with at most one insertion per offset. */
function edits(t: string): fc.Arbitrary<Array<{ start: number; end: number; after: string }>> {
  return fc.array(fc.record({ a: fc.integer({ min: 0, max: t.length }), len: fc.integer({ min: 0, max: 4 }), after: insert }), { maxLength: 6 }).map((raw) => {
    const out: Array<{ start: number; end: number; after: string }> = [];
    let prevEnd = -1;
    let prevInsert = -1;
    for (const r of raw.map((x) => ({ start: x.a, end: Math.min(t.length, x.a + x.len), after: x.after })).sort((x, y) => x.start - y.start || x.end - y.end)) {
      if (r.start < prevEnd || (r.start === r.end && (r.start === prevInsert || r.after === ''))) continue;
      out.push(r);
      prevEnd = r.end;
      if (r.start === r.end) prevInsert = r.start;
    }
    return out;
  });
}

describe('updateLines', () => {
  it('gives what splitting the edited text gives', () => {
    fc.assert(
      fc.property(text.chain((t) => fc.tuple(fc.constant(t), edits(t))), ([t, es]) => {
        const after = applyEdits(t, es);
        expect(updateLines(splitLines(t), es, after)).toEqual(splitLines(after));
      }),
      runs(2000),
    );
  });

  it('keeps the lines no edit touches, and their strings', () => {
    const t = 'Headline\n\nFirst paragraph.\nSecond paragraph.\n\nThird.';
    const before = splitLines(t);
    const es = [{ start: 0, end: 10, after: '' }];
    const lines = updateLines(before, es, applyEdits(t, es));
    expect(lines.map((l) => l.text)).toEqual(['First paragraph.', 'Second paragraph.', '', 'Third.']);
    expect(lines[0]!.text).toBe(before[2]!.text);
    const tail = [{ start: t.length - 6, end: t.length, after: 'Last.' }];
    const kept = updateLines(before, tail, applyEdits(t, tail));
    expect(kept.slice(0, 4).every((l, k) => l === before[k])).toBe(true);
  });

  it('handles edits at the very ends and no edits', () => {
    for (const [t, es] of [
      ['', [{ start: 0, end: 0, after: 'a\nb' }]],
      ['a\r\nb', [{ start: 1, end: 2, after: '' }]],
      ['a\rb', [{ start: 2, end: 2, after: '\n' }]],
      ['a\nb', [{ start: 3, end: 3, after: '\n' }]],
      ['a\nb', []],
    ] as const) {
      const after = applyEdits(t, es);
      expect(updateLines(splitLines(t), es, after)).toEqual(splitLines(after));
    }
  });
});
