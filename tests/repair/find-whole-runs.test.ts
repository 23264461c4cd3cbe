import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findWholeRuns } from '../../src/repair/word-join/find-whole-runs.js';

/**
 * Each form in turn, its whole occurrences up to its count, then sorted. A letter is read as a code point, as
 * the word tally reads it (whose counts bound the search): `𝒜upto` holds no whole `upto`.
 */
function searched(text: string, wanted: ReadonlyMap<string, number>): Array<[number, string]> {
  const letter = (k: number): boolean => k < 0 ? false : k < text.length && (/\p{L}$/u.test(text.slice(0, k + 1)) || /^\p{L}/u.test(text.slice(k)));
  const out: Array<[number, string]> = [];
  for (const [form, count] of wanted) {
    let seen = 0;
    for (let at = text.indexOf(form); at >= 0 && seen < count; at = text.indexOf(form, at + form.length)) {
      if (letter(at - 1) || letter(at + form.length)) continue;
      seen++;
      out.push([at, form]);
    }
  }
  return out.sort((x, y) => x[0] - y[0]);
}

const MANY = ['upto', 'formedin', 'claimedlast', 'ofthe', 'inthe', 'tothe', 'andthe', 'Thepresident', 'ina'];

describe('findWholeRuns', () => {
  it('finds whole runs only, up to each form\'s count, in the order of the text', () => {
    const text = 'upto the upto, uptown Xupto upto-date café upto éupto uptoé ofthe inthe ofthe';
    for (const wanted of [new Map([['upto', 3]]), new Map(MANY.map((f) => [f, 2]))]) {
      expect(findWholeRuns(text, wanted)).toEqual(searched(text, wanted));
    }
    expect(findWholeRuns(text, new Map([['upto', 2]]))).toEqual([[0, 'upto'], [9, 'upto']]);
  });

  it('reads a letter outside the BMP as a letter, as the word tally does', () => {
    // The tally counts `𝒜upto` as one form, so `upto` stands once here, at 11, not at 2.
    expect(findWholeRuns('\u{1d49c}upto and upto', new Map([['upto', 1]]))).toEqual([[11, 'upto']]);
    expect(findWholeRuns('upto\u{1d49c} upto', new Map([['upto', 1]]))).toEqual([[7, 'upto']]);
  });

  it('gives what a search per form gives, with few forms or many', () => {
    const word = fc.constantFrom(...MANY, 'the', 'up', 'to', 'é', 'ß', '𝒜', '-', ' ', '\n', '.', 'x', 'a');
    fc.assert(fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 3 }), (words, forms, count) => {
      const text = words.join('');
      const wanted = new Map(MANY.slice(0, forms).map((f) => [f, count]));
      expect(findWholeRuns(text, wanted)).toEqual(searched(text, wanted));
    }));
  });

  it('gives the same from any place at or before each form\'s first whole occurrence', () => {
    const word = fc.constantFrom(...MANY, 'the', 'up', 'to', 'é', '-', ' ', '.', 'x');
    fc.assert(fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 1, max: 3 }), fc.nat(), (words, count, back) => {
      const text = words.join('');
      const wanted = new Map(MANY.map((f) => [f, count]));
      const first = (f: string): number => searched(text, new Map([[f, 1]]))[0]?.[0] ?? text.length;
      const from = new Map(MANY.map((f) => [f, Math.max(0, first(f) - (back % 4))]));
      expect(findWholeRuns(text, wanted, from)).toEqual(searched(text, wanted));
    }));
  });

  it('finds nothing when nothing is wanted', () => {
    expect(findWholeRuns('upto', new Map())).toEqual([]);
    expect(findWholeRuns('upto upto', new Map([['upto', 0]]))).toEqual([]); // a count of 0: no run
  });
});
