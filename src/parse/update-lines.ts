import type { EditSpan } from '../ledger/apply-edits.js';
import { splitLines, splitRange, type Line } from './split-lines.js';

/**
 * The lines of a text after edits, from its lines before them: `updateLines(splitLines(text), edits,
 * applyEdits(text, edits))` equals `splitLines(applyEdits(text, edits))`, but only the lines the edits touch
 * are split again. A line no edit touches keeps its text (the same string, so caches keyed by line text
 * need not hash it again) and its `Line` object, moved in place to its new index and offsets: `lines` (the
 * array and the objects of the lines it returns) describe the old text no more, so they must not be read
 * again. A copy of every line after an edit, which the noise rules make near the top of the text, was most
 * of this function's time and a fifth of the bytes a pass allocated (BENCHMARKS.md, stop 21, runner9). The
 * pipeline calls it after each rule that edits instead of splitting the whole text again.
 *
 * An edit touches a line unless it ends before the line's first character (one that ends right at it
 * removes the line break before it, or inserts into the line) or starts after the start of the next line
 * (after the line's last character, for the text's last line). An edit at the very start of the next line
 * counts for both: a `\n` inserted after a lone `\r` joins it into one line break.
 *
 * @param lines - The lines of the text before the edits, as {@link splitLines} returns them; used up.
 * @param edits - The edits, in that text's offsets, sorted and not overlapping (as `applyEdits` takes them).
 * @param text - The text after the edits.
 * @returns The lines of `text`, as {@link splitLines} would return them.
 * @example
 * ```ts
 * const before = splitLines('a\nb\nc');
 * updateLines(before, [{ start: 2, end: 3, after: 'B' }], 'a\nB\nc').map((l) => l.text); // ['a', 'B', 'c']
 * ```
 */
export function updateLines(lines: readonly Line[], edits: readonly EditSpan[], text: string): Line[] {
  const n = lines.length;
  if (n === 0) return splitLines(text);
  const out: Line[] = [];
  // Sorted edits that do not overlap also have their ends in order, so one pointer finds, for each line in
  // turn, the first edit not wholly before it.
  let f = 0;
  const touched = (k: number): boolean => {
    const line = lines[k]!;
    while (f < edits.length && edits[f]!.end < line.start) f++;
    if (f === edits.length) return false;
    return edits[f]!.start <= (k === n - 1 ? line.end : lines[k + 1]!.start);
  };
  let applied = 0; // edits whose change of length is in `delta`: every edit before the current line
  let delta = 0;
  let k = 0;
  while (k < n) {
    if (!touched(k)) {
      out.push(moved(lines[k]!, out.length, delta));
      k++;
      continue;
    }
    // A run of touched lines [k, j): every edit that starts before line j lies inside it.
    let j = k + 1;
    while (j < n && touched(j)) j++;
    const from = lines[k]!.start + delta;
    const bound = j < n ? lines[j]!.start : Infinity;
    for (; applied < edits.length && edits[applied]!.start < bound; applied++) {
      const ed = edits[applied]!;
      delta += ed.after.length - (ed.end - ed.start);
    }
    // Should the edits not be as promised, splitting the whole text stays correct.
    if (!splitRange(text, from, j < n ? lines[j]!.start + delta : -1, out)) return splitLines(text);
    k = j;
  }
  return out;
}

/** The line, moved to its new index and offsets. */
function moved(line: Line, index: number, delta: number): Line {
  const l = line as { -readonly [K in keyof Line]: Line[K] };
  l.index = index;
  l.start += delta;
  l.end += delta;
  return line;
}
