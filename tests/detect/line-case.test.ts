import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingCapsRun, titleCaseRatio } from '../../src/detect/line-case.js';
import { runs } from '../setup/properties.js';

describe('titleCaseRatio (ASCII compared in place; same ratios as the regex scan)', () => {
  const SMALL = new Set(('a an the and or but nor of to in on at for by with from as vs via into onto over per is are ' +
    'de da do das dos e em o os a la le les el los del und der die das von zu im').split(' '));
  /**
   * The ratio as the regex of its definition gives it, kept frozen here on purpose as the oracle the scan must
   * agree with (not imported from src, where it would compare the code with itself).
   */
  function reference(text: string): number | null {
    let cased = 0;
    let upper = 0;
    for (const m of text.matchAll(/[\p{Lu}\p{Ll}][\p{L}\p{N}'’.-]*/gu)) {
      const first = text[m.index]!;
      const isUpper = first !== first.toLowerCase();
      if (!isUpper && SMALL.has(m[0].toLowerCase())) continue;
      cased++;
      if (isUpper) upper++;
    }
    return cased === 0 ? null : upper / cased;
  }

  it('gives the documented ratios', () => {
    expect(titleCaseRatio('Nadal Keeps Spain Alive in the Davis Cup')).toBe(1);
    expect(titleCaseRatio('Nadal kept Spain alive on Friday.')).toBe(0.6);
    expect(titleCaseRatio('2024')).toBeNull();
    expect(titleCaseRatio("O'Neil’s Über-Plan für die Stadt")).toBe(reference("O'Neil’s Über-Plan für die Stadt"));
  });

  const piece = fc.constantFrom('A', 'a', 'É', 'é', "'", '’', '.', '-', ' ', '1', '𝐀', '\ud835', '\udc00', 'İ', 'ǅ', 'of', 'The', 'the', 'OF', 'ß', 'Σ', '😀', '東', 'über', 'und');
  const text = fc.oneof(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 16 }));

  it('agrees with the regex scan', () => {
    fc.assert(fc.property(text, (t) => {
      expect(titleCaseRatio(t)).toBe(reference(t));
    }), runs(3000));
  });
});

describe('leadingCapsRun', () => {
  const CAPS_WORD = /^[\p{Lu}\d][\p{L}\d'’.&-]*[:,]?$/u;
  /** The definition: the first 16 pieces of `split(/\s+/)`, counted while they match. */
  const plain = (t: string): number => {
    let n = 0;
    for (const w of t.split(/\s+/).slice(0, 16)) {
      if (!CAPS_WORD.test(w)) break;
      n++;
    }
    return n;
  };

  it('counts what the regex over the split pieces counts', () => {
    const unit = fc.constantFrom(' ', '  ', '\u00a0', 'A', 'a', 'Z', 'z', '1', "'", '’', '.', '&', '-', ':', ',', ';', 'É', 'é', 'ß', '𝐀', '!', '\t');
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }).map((u) => u.join('')), (t) => {
      expect(leadingCapsRun(t)).toBe(plain(t));
    }), runs(5000));
    for (const t of ['Nadal Keeps Spain Alive the council said', 'The council said', 'A, B: C:, D', 'U.S. News & World Report’s Best', '']) expect(leadingCapsRun(t), t).toBe(plain(t));
  });
});
