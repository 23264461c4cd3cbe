import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessStopLanguage, guessStopLanguageBy, stopwordDensity, stopwordDensityBy, tallyWords } from '../../src/detect/stop-language.js';
import { splitLines } from '../../src/parse/split-lines.js';
import { runs } from '../setup/properties.js';

// The line classifier keeps one tally per line text, made from the trimmed line, and gives it to the
// language guess and the stopword density; these check that it is the tally they made before (of the
// untrimmed line, looked up by text).

const piece = fc.constantFrom(' ', '\t', '\u00a0', '\ufeff', '\u3000', 'the', 'The', 'of', 'und', 'der', 'le', 'de', 'que', 'a', 'Σ', 'ΟΔΟΣ', 'İ', 'ß', '1', '2024', 'Mayor', 'said', '.', ',', '—', '😀', '東京');
const line = fc.oneof(fc.array(piece, { maxLength: 16 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 24 }));

describe('line tallies', () => {
  it('a trimmed line has the tally of the line', () => {
    fc.assert(fc.property(line, (t) => {
      expect(tallyWords(t.trim().toLowerCase())).toEqual(tallyWords(t.toLowerCase()));
    }), runs(500));
  });

  it('stopwordDensityBy with the trimmed line\'s tally is stopwordDensity', () => {
    fc.assert(fc.property(line, fc.constantFrom('en', 'de', 'fr', 'pt', 'es', 'xx', null), (t, lang) => {
      expect(stopwordDensityBy(lang, () => tallyWords(t.trim().toLowerCase()))).toBe(stopwordDensity(t, lang));
    }), runs(300));
  });

  it('guessStopLanguageBy with the trimmed lines\' tallies is guessStopLanguage', () => {
    const long = fc.array(piece, { minLength: 8, maxLength: 40 }).map((p) => p.join(' '));
    const text = fc.array(fc.oneof(long, line, fc.constant('')), { maxLength: 30 }).map((ls) => ls.join('\n'));
    fc.assert(fc.property(text, (t) => {
      const lines = splitLines(t);
      guessStopLanguage('reset');
      const by = guessStopLanguageBy(t, lines, (l) => tallyWords(l.text.trim().toLowerCase()));
      guessStopLanguage('reset');
      expect(by).toBe(guessStopLanguage(t, lines));
    }), runs(200));
  });

  it('guesses from real-looking lines', () => {
    const prose = 'The mayor said on Monday that the city would open two new schools in the spring.';
    const text = `Home\n  ${prose}  \n${prose}\n\n${prose}\nSport`;
    guessStopLanguage('reset');
    expect(guessStopLanguageBy(text, splitLines(text), (l) => tallyWords(l.text.trim().toLowerCase()))).toBe('en');
  });
});

describe('tallyWords', () => {
  const piece2 = fc.constantFrom(' ', 'the', 'und', 'le', 'de', 'que', 'a', 'thé', 'é', 'über', '1', '2x', 'x2', '-', "'", '’', 'ß', 'σ', '😀', '東京', '\u0301', 'abc');
  const lower = fc.oneof(fc.array(piece2, { maxLength: 14 }).map((p) => p.join('')), fc.string({ maxLength: 24 }).map((t) => t.toLowerCase()));

  it('counts the words of `[\\p{L}\\p{N}]+` and those not opening with an ASCII digit', () => {
    fc.assert(fc.property(lower, (t) => {
      const ws = t.match(/[\p{L}\p{N}]+/gu) ?? [];
      const tally = tallyWords(t);
      expect(tally.words).toBe(ws.length);
      expect(tally.plain).toBe(ws.filter((w) => !/^[0-9]/.test(w)).length);
    }), runs(500));
  });
});
