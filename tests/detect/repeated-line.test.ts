import { describe, expect, it } from 'vitest';
import { detectRepeatedLine } from '../../src/detect/detect-repeated-line.js';
import fc from 'fast-check';
import { countWords } from '../../src/detect/line-shape.js';
import { splitLines } from '../../src/parse/split-lines.js';
import { runs } from '../setup/properties.js';
import { PROSE, after, context as contextOf } from './context.js';

describe('detectRepeatedLine', () => {
  it('keeps one copy of a line printed three times', () => {
    expect(after('Who Are They?\n\nWho Are They?\nWho Are They?\n\n' + PROSE, detectRepeatedLine)).toBe(`Who Are They?\n${PROSE}`);
  });

  it('keeps a line that recurs further apart (a refrain, a question put to each interviewee)', () => {
    const input = `What do you cook?\n${PROSE}\nWhat do you cook?\n${PROSE.slice(0, 80)}.`;
    expect(after(input, detectRepeatedLine)).toBe(input);
  });

  it('keeps two different short paragraphs', () => {
    expect(after('Yes.\nNo.', detectRepeatedLine)).toBe('Yes.\nNo.');
  });
});

/** The rule as first written: each line's key in a map of last positions, a copy when the last one is the line before. */
function plainRepeats(text: string): number[] {
  const found: number[] = [];
  const seen = new Map<string, number>();
  let pos = 0;
  for (const line of splitLines(text)) {
    if (line.blank) continue;
    const key = line.text.trim().replace(/\s+/g, ' ');
    const prev = seen.get(key);
    if (prev !== undefined && pos - prev <= 1 && countWords(key) >= 1) found.push(line.start);
    seen.set(key, pos);
    pos++;
  }
  return found;
}

describe('detectRepeatedLine against the plain rule', () => {
  const piece = fc.constantFrom('Who', 'Are', 'They?', ' ', '  ', '\t', '\u00a0', '.', '—', 'a', 'A', '😀', '\u3000');
  const line = fc.oneof(fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), fc.constantFrom('Who Are They?', 'Who  Are They?', ' Who Are\tThey? ', '', '   '));
  it('finds the same copies on random texts', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (ls) => {
      const text = ls.join('\n');
      expect(detectRepeatedLine(contextOf(text)).map((f) => f.start)).toEqual(plainRepeats(text));
    }), runs(400));
  });
});
