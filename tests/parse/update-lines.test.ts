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

type Span = { start: number; end: number; after: string };

/** Asserts, on texts and edits made by `editsOf`, that updating the lines gives what splitting the edited text gives. */
function agreesWithSplitting(editsOf: (t: string) => fc.Arbitrary<Span[]>): void {
  fc.assert(
    fc.property(text.chain((t) => fc.tuple(fc.constant(t), editsOf(t))), ([t, es]) => {
      const after = applyEdits(t, es);
      expect(updateLines(splitLines(t), es, after)).toEqual(splitLines(after));
    }),
    runs(2000),
  );
}

describe('updateLines', () => {
  it('gives what splitting the edited text gives', () => {
    agreesWithSplitting(edits);
  });

  it('gives what splitting gives when lines are emptied or taken out (the noise rules\' edits)', () => {
    // Removals from a line's start to its end (most of the noise rules' edits), to a later line's start or to
    // the text's end, often next to each other, to empty lines and to lone `\r`s.
    const cuts = (t: string): fc.Arbitrary<Array<{ start: number; end: number; after: string }>> => {
      const starts = splitLines(t).map((l) => l.start);
      const ends = [...starts.slice(1), t.length];
      const lineEnds = splitLines(t).map((l) => l.end);
      return fc.array(fc.tuple(fc.integer({ min: 0, max: starts.length - 1 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom('line', 'lines', 'rest')), { maxLength: 5 }).map((raw) => {
        const out: Array<{ start: number; end: number; after: string }> = [];
        let prevEnd = -1;
        for (const [a, len, how] of raw.sort((x, y) => x[0] - y[0])) {
          const start = starts[a]!;
          const end = how === 'rest' ? t.length : how === 'line' ? lineEnds[a]! : ends[Math.min(ends.length - 1, a + len)]!;
          if (start < prevEnd || start === end) continue;
          out.push({ start, end, after: '' });
          prevEnd = end;
        }
        return out;
      });
    };
    agreesWithSplitting(cuts);
  });

  it('moves the lines after an edit in place, and gives what splitting gives after edits in turn', () => {
    const t = 'Menu\nHeadline\n\nFirst paragraph.\r\nSecond paragraph.';
    const before = splitLines(t);
    const objects = [...before];
    const es = [{ start: 0, end: 4, after: '' }];
    const once = updateLines(before, es, applyEdits(t, es));
    expect(once).toEqual(splitLines(applyEdits(t, es)));
    expect(once.slice(2).every((l, k) => l === objects[k + 2])).toBe(true); // the same objects, moved
    // Lines updated before are updated again, as the runner does after each rule that edits.
    fc.assert(
      fc.property(text.chain((t0) => fc.tuple(fc.constant(t0), edits(t0))).chain(([t0, es0]) => fc.tuple(fc.constant(t0), fc.constant(es0), edits(applyEdits(t0, es0)))), ([t0, es0, es1]) => {
        const t1 = applyEdits(t0, es0);
        const t2 = applyEdits(t1, es1);
        expect(updateLines(updateLines(splitLines(t0), es0, t1), es1, t2)).toEqual(splitLines(t2));
      }),
      runs(1000),
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
