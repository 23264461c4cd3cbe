import { describe, expect, it } from 'vitest';
import { detectRepeatedLine } from '../../src/detect/detect-repeated-line.js';
import { PROSE, after } from './context.js';

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
