import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { repair } from '../../src/repair/repair.js';
import { unicodeTidyRule } from '../../src/repair/tidy-unicode.js';
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
  ])('leaves %j alone', (input) => {
    expect(fix(input)).toBe(input);
  });

  it('makes quotes straight only when asked', () => {
    expect(fix('\u201cHi,\u201d it\u2019s me', { straightQuotes: true })).toBe('"Hi," it\'s me');
    expect(fix('many   spaces', { collapseSpaces: false })).toBe('many   spaces');
    expect(() => fix('x', { straightQuotes: 'yes' })).toThrow(InvalidOptionError);
  });

  it('reports one edit per changed span, not one whole-text replacement', () => {
    const doc = repair('a\u00a0b and c\u200bd', { pipeline: [unicodeTidyRule], lang: false });
    expect(doc.edits.map((e) => [e.before, e.after])).toEqual([['\u00a0', ' '], ['\u200b', '']]);
    expect(doc.edits.every((e) => e.rule === 'unicode-tidy' && e.reason.length > 0)).toBe(true);
  });
});
