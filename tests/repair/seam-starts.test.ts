import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentVocabulary } from '../../src/repair/vocabulary/document-vocabulary.js';
import { seamCuts, seamStarts } from '../../src/repair/case-seam/seam-starts.js';
import { runs } from '../setup/properties.js';

describe('seamStarts: where a case seam can stand', () => {
  it.each([
    ['the LegionIn a statement', [9]],
    ['LegionIn and LegionIn', [5, 18]], // every occurrence of a form
    ['iPhone and McDonald', [0, 12]], // a seam's shape, not yet a verdict
    ['NASA and OpenAI', []], // `nAI`: no lower-case letter after the capital
    ['Ωmega ωΔω', [6]], // beyond ASCII
    ['no seams here', []],
  ])('%s -> %j', (text, expected) => {
    expect(seamStarts(text, documentVocabulary(text))).toEqual(expected);
  });
});

describe('seamCuts: the case seams of a form', () => {
  const plain = (form: string): number[] => [...form.matchAll(/(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu)].map((m) => m.index);

  it.each([
    ['LegionInUkraine', [6, 8]],
    ['iPhone', [1]],
    ['NASAs', []],
    ['ωΔω', [1]],
    ['a\u{1d49c}b', [1]], // a capital outside the BMP
  ])('%s -> %j', (form, expected) => {
    expect(seamCuts(form)).toEqual(plain(form));
    expect(seamCuts(form)).toEqual(expected);
  });

  it('gives what the expression gives, beyond ASCII, outside the BMP and on lone surrogates', () => {
    // Lower, upper, title case (`ǅ`), a lower case letter with no capital (`ß`), letters outside the BMP
    // (`𝐀` Lu, `𝐚` Ll, `𐐀` Lu, `𐐨` Ll), a lone surrogate of each kind, marks, digits, punctuation.
    const unit = fc.constantFrom('a', 'z', 'A', 'Z', 'é', 'É', 'ω', 'Δ', 'ǅ', 'ß', 'İ', '\u{1d400}', '\u{1d41a}', '\u{10400}', '\u{10428}',
      '\ud835', '\udc00', '\u0301', '1', '’', ' ', '-');
    fc.assert(fc.property(fc.array(unit, { maxLength: 16 }), (units) => {
      const form = units.join('');
      expect(seamCuts(form)).toEqual(plain(form));
    }), runs(500));
  });
});
