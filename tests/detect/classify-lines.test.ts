import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/detect/classify-lines.js';
import { splitLines } from '../../src/parse/split-lines.js';
import { PROSE } from './context.js';

/** Class and score of every line, for comparing two classifications. */
const shape = (text: string) => classifyLines(splitLines(text), text).map((v) => [v.line.text, v.cls, v.words, v.score]);

describe('classifyLines (facts kept per line text, found again by later classifications)', () => {
  it('gives the same verdicts when the same text is classified again', () => {
    const text = `Home\nSports Results\n\n${PROSE}\n\nShare\n${PROSE}\nShare\n\nShare`;
    expect(shape(text)).toEqual(shape(text));
  });

  it('judges a line by its trimmed text: surrounding spaces change nothing', () => {
    const plain = shape(`Sports Results\n${PROSE}`).map((v) => v.slice(1));
    const padded = shape(`  Sports Results \n\t${PROSE}  `).map((v) => v.slice(1));
    expect(padded).toEqual(plain);
  });

  it('counts a short label as recurring by its lower-cased trimmed text, padded or not', () => {
    const once = shape(`Share now\n${PROSE}`);
    expect(once[0]![1]).toBe('short');
    const thrice = shape(`Share now\n${PROSE}\n  SHARE NOW\nshare now \n${PROSE}`);
    expect(thrice.filter((v) => /share now/i.test(String(v[0]))).map((v) => v[1])).toEqual(['chrome', 'chrome', 'chrome']);
  });

  it('gives a line its own verdict on a page where it recurs and on one where it does not', () => {
    const label = 'More on this';
    const recurs = shape(`${label}\n${PROSE}\n${label}\n${PROSE}\n${label}`)[0]![1];
    const single = shape(`${label}\n${PROSE}`)[0]![1];
    expect(recurs).toBe('chrome');
    expect(single).not.toBe('chrome');
  });

  it('judges the lines at the edges of what may be prose (a sentence of two words, a long line) by stopwords and case', () => {
    // Each line between two paragraphs (English, so the stopword density counts); [text, class, score].
    const cases: Array<[string, string, number]> = [
      ['It is.', 'near', 1], // a sentence of two words with stopwords: near
      ['Really Great!', 'short', -2.5], // a sentence of two words in Title Case: a headline, not near
      ['Yes.', 'short', -2.5], // one word: never prose
      ['Storm Damage Report', 'short', -2.5], // three words in Title Case: no fragment
      ['Storm damage report', 'short', -1], // three words in sentence case: a fragment
      ['the mayor said that the city would open two new schools soon', 'near', 12 * 0.3], // twelve words, no end
      ['Mayor Says the City Will Open Two of Its New Schools in Spring', 'short', -2.5 - 13 * 0.2], // the same, a headline
    ];
    for (const [line, cls, score] of cases) {
      const v = shape(`${PROSE}\n${line}\n${PROSE}`)[1]!;
      expect([v[0], v[1], v[3]]).toEqual([line, cls, score]);
    }
  });
});
