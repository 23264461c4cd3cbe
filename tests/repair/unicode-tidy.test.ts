import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { repair } from '../../src/repair/repair.js';
import { unicodeTidyRule } from '../../src/repair/tidy-unicode.js';
import { runs } from '../setup/properties.js';
import { runOne } from './helpers.js';

const fix = (t: string, settings?: Record<string, unknown>) => runOne(unicodeTidyRule, t, settings ? { rules: { 'unicode-tidy': settings } } : {});

describe('unicode-tidy', () => {
  it.each([
    ['It\u00e2\u20ac\u2122s here', 'It\u2019s here'],
    ['\u00e2\u20ac\u0153Quoted\u00e2\u20ac\u009d', '\u201cQuoted\u201d'],
    ['a \u00e2\u20ac\u201d b', 'a \u2014 b'],
    ['caf\u00c3\u00a9', 'caf\u00e9'],
    ['zero\u200bwidth and soft\u00adhyphen', 'zerowidth and softhyphen'],
    ['\ufeffBOM first', 'BOM first'],
    ['bell\u0007 and del\u007f', 'bell and del'],
    ['no\u00a0break and thin\u2009space', 'no break and thin space'],
    ['cafe\u0301 composed', 'caf\u00e9 composed'],
    ['too   many  spaces', 'too many spaces'],
    ['Putin\u2018s forces', 'Putin\u2019s forces'],
    ['A\u212b unit', 'A\u00c5 unit'],
    ['\u6771\u4eac\uf900\u6771', '\u6771\u4eac\u8c48\u6771'], // a CJK compatibility ideograph inside a run of CJK
    ['\ud55c\u1100\u1161\uae00', '\ud55c\uac00\uae00'], // Hangul jamo composed after a syllable
    ['\u304b\u3099\u304f', '\u304c\u304f'], // a kana voicing mark composed
    ['\u6771\u4eac \u00a0 \u5927', '\u6771\u4eac \u5927'],
  ])('fixes %j', (input, expected) => {
    expect(fix(input)).toBe(expected);
  });

  it.each([
    '\u201cCurly\u201d quotes and \u2018single\u2019 ones stay',
    'Caf\u00e9 na\u00efve r\u00e9sum\u00e9',
    'Tabs\tstay and\nnewlines\r\nstay',
    '    indented line',
    'trailing spaces are the layout rule\u2019s   \nnext',
    '\u041c\u043e\u0441\u043a\u0432\u0430 \u6771\u4eac \ud83d\udc4d\u200d',
    'emoji \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 family',
    // A joiner before a letter outside the BMP is no joiner between plain characters, whatever the letter's
    // low 16 bits are: U+12000 (cuneiform) is not U+2000 (a space), U+10020 (Linear B) is not U+0020.
    'a\u200d\ud808\udc00 b',
    'a\u200c\ud800\udc20 b',
    '\u6771\u4eac\u3067\u3001\u30c8\u30e8\u30bf\u304c\u767a\u8868\u3002 \ud55c\uad6d\uc5b4 \ubb38\uc7a5\uc785\ub2c8\ub2e4. \u0645\u0631\u062d\u0628\u0627 \u0928\u092e\u0938\u094d\u0924\u0947',
  ])('leaves %j alone', (input) => {
    expect(fix(input)).toBe(input);
  });

  it('makes quotes straight only when asked', () => {
    expect(fix('\u201cHi,\u201d it\u2019s me', { straightQuotes: true })).toBe('"Hi," it\'s me');
    expect(fix('many   spaces', { collapseSpaces: false })).toBe('many   spaces');
    expect(() => fix('x', { straightQuotes: 'yes' })).toThrow(InvalidOptionError);
  });

  // Without `straightQuotes` the rule skips runs of characters it always keeps; with it, every character
  // outside ASCII is looked at one by one. On text without quotes the two must agree.
  it('skips only what it would keep: the same output as looking at every character', () => {
    const pieces = [
      'a', 'The', ' ', '  ', '\n', '\t', '.', '-', '\u00e9', 'e\u0301', '\u0301', '\u00c3', '\u00a9', '\u00e2\u20ac\u201d', '\u00e2\u20ac', '\u20ac',
      '\u00a0', '\u2009', '\u200b', '\u200d', '\u00ad', '\ufeff', '\u0007', '\u0085', '\u212b', '\u6771', '\u4eac', '\uf900', '\u3000', '\u3001',
      '\u304b', '\u3099', '\u30c8', '\ud55c', '\u1100', '\u1161', '\u11a8', '\u0645', '\u064e', '\u0928', '\u094d', '\u0e01', '\u0e34', '\ud83d\udc4d',
      '\ud83d', '\u0410', '\u03b1', '\u2014', '\u2026', '\u00b7',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(fix(t)).toBe(fix(t, { straightQuotes: true }));
    }), runs(500));
  });

  it('reports one edit per changed span, not one whole-text replacement', () => {
    const doc = repair('a\u00a0b and c\u200bd', { pipeline: [unicodeTidyRule], lang: false });
    expect(doc.edits.map((e) => [e.before, e.after])).toEqual([['\u00a0', ' '], ['\u200b', '']]);
    expect(doc.edits.every((e) => e.rule === 'unicode-tidy' && e.reason.length > 0)).toBe(true);
  });
});
