import fc from 'fast-check';
import type { Edit } from '../../src/model/edit.js';

/** A random valid ledger for `text`: sorted, non-overlapping, at most one insertion per offset. */
export function arbitraryEdits(text: string): fc.Arbitrary<Edit[]> {
  return fc
    .array(
      fc.record({
        a: fc.integer({ min: 0, max: text.length }),
        len: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 })),
        after: fc.oneof(fc.constant(''), fc.string({ maxLength: 4 })),
      }),
      { maxLength: 8 },
    )
    .map((raw) => {
      const sorted = raw
        .map((r) => ({ start: r.a, end: Math.min(text.length, r.a + r.len), after: r.after }))
        .sort((x, y) => x.start - y.start || x.end - y.end);
      const edits: Edit[] = [];
      let prevEnd = -1;
      let prevInsert = -1;
      for (const r of sorted) {
        if (r.start < prevEnd) continue;
        if (r.start === r.end && (r.start === prevInsert || r.after === '')) continue;
        const before = text.slice(r.start, r.end);
        if (before === r.after) continue;
        edits.push({ ...r, before, rule: `r${edits.length}`, reason: 'random', confidence: 1 });
        prevEnd = r.end;
        if (r.start === r.end) prevInsert = r.start;
      }
      return edits;
    });
}
