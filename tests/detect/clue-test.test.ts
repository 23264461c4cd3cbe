import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHROME_PHRASE_CLUES, CHROME_PHRASE_SOURCE, LEGAL_CLUE_SOURCE, LEGAL_SOURCE } from '../../src/data/chrome-phrases.js';
import { createClueTest } from '../../src/detect/clue-test.js';
import { runs } from '../setup/properties.js';

/** The top-level alternatives of a regex source (a `|` inside a group or a class does not split). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * The literal pieces every match of an alternative holds: what is left once groups, classes, escapes and
 * quantified characters are cut out (each cut splits the literal text).
 */
function requiredLiterals(alt: string): string[] {
  let s = alt;
  // Innermost groups first, with their quantifier, until none is left.
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/\((?:\\.|[^()\\])*\)(?:[?*+]|\{\d*,?\d*\})?/g, '\u0000');
  }
  s = s.replace(/\[(?:\\.|[^\]\\])*\](?:[?*+]|\{\d*,?\d*\})?/g, '\u0000'); // classes
  s = s.replace(/\\.(?:[?*+]|\{\d*,?\d*\})?/g, '\u0000'); // escapes (\w, \d, \.)
  s = s.replace(/.(?:[?*]|\{0,?\d*\})/g, '\u0000'); // an optional character ("newsletters?")
  s = s.replace(/[?*+]|\{\d*,?\d*\}/g, '\u0000');
  return s.split('\u0000').filter((p) => p !== '');
}

describe('createClueTest', () => {
  const test = createClueTest(['subscribe', 'sign up']);

  it('passes a text holding a clue in any case, or a non-ASCII character other than typographic punctuation', () => {
    expect(test('Subscribe now')).toBe(true);
    expect(test('SIGN UP today')).toBe(true);
    expect(test('Caf\u00e9 news')).toBe(true);
    expect(test('\u017fubscribe')).toBe(true);
    expect(test('The council\u2019s \u201cplan\u201d \u2014 met\u00a0on Monday\u2026')).toBe(false);
    expect(test('The council\u2019s plan: subscribe')).toBe(true);
    expect(test('The council met on Monday')).toBe(false);
    expect(test('')).toBe(false);
  });

  it('takes lower-case ASCII clues only', () => {
    expect(() => createClueTest(['Subscribe'])).toThrow(/lower-case/);
    expect(() => createClueTest(['caf\u00e9'])).toThrow(/ASCII/);
    expect(() => createClueTest([''])).toThrow();
  });

  it('finds the literal pieces of a phrase', () => {
    expect(requiredLiterals('accept (?:all )?cookies')).toEqual(['accept ', 'cookies']);
    expect(requiredLiterals('newsletter sign-?up')).toEqual(['newsletter sign', 'up']);
    expect(requiredLiterals('tags?:')).toEqual(['tag', ':']);
    expect(requiredLiterals('follow (?:us|\\w+(?: \\w+){0,6} on (?:facebook|x))')).toEqual(['follow ']);
  });
});

describe('CHROME_PHRASE_CLUES', () => {
  it('every chrome phrase in ASCII holds a clue; every other one a character no ASCII character matches', () => {
    const missing: string[] = [];
    for (const alt of alternatives(CHROME_PHRASE_SOURCE)) {
      const pieces = requiredLiterals(alt).map((p) => p.toLowerCase());
      const clued = pieces.some((p) => CHROME_PHRASE_CLUES.some((c) => p.includes(c)));
      // Under /iu only `ſ` and the Kelvin sign fold to ASCII letters; any other non-ASCII character needs a non-ASCII
      // one, and one the clue test does not pass over (typographic punctuation).
      const foreign = pieces.some((p) => /[^\x00-\xa0\u2000-\u206f\u017f\u212a]/.test(p));
      if (!clued && !foreign) missing.push(alt);
    }
    expect(missing).toEqual([]);
  });

  const CHROME_PHRASE = new RegExp(`(?:^|[^\\p{L}])(?:${CHROME_PHRASE_SOURCE})`, 'iu');
  const mayHold = createClueTest(CHROME_PHRASE_CLUES);

  it('a line the clue test turns away never holds a chrome phrase', () => {
    const words = ['Follow', 'us', 'on', 'Twitter', 'SIGN', 'up', 'for', 'our', 'newsletter', 'Share', 'this', 'Related', 'stories',
      'the', 'council', 'said', 'Most', 'Read', 'Tags:', 'ALL', 'RIGHTS', 'RESERVED', 'cookie', 'settings', 'Get', 'latest', 'x', '-', ':', '.', '2024'];
    const line = fc.oneof(
      fc.array(fc.constantFrom(...words), { maxLength: 10 }).map((w) => w.join(' ')),
      fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ :-.\u2019\u201c\u2014\u00a0\u017f'), maxLength: 40 }),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(fc.property(line, (t) => {
      if (!mayHold(t)) expect(CHROME_PHRASE.test(t)).toBe(false);
    }), runs(1000));
  });

  it('passes the real chrome lines', () => {
    for (const t of ['Follow The Times on Facebook', 'Sign up for our newsletter', 'Related Posts', 'Share this article', '© 2024 Daily Ledger', 'Tags: Politics', 'Todos os direitos reservados']) {
      expect(CHROME_PHRASE.test(t), t).toBe(true);
      expect(mayHold(t), t).toBe(true);
    }
  });
});

describe('LEGAL_CLUE_SOURCE', () => {
  const LEGAL = new RegExp(LEGAL_SOURCE, 'i');
  const CLUE = new RegExp(LEGAL_CLUE_SOURCE, 'i');

  it('every legal mark holds a clue', () => {
    for (const alt of alternatives(LEGAL_SOURCE)) {
      const pieces = requiredLiterals(alt).map((p) => p.toLowerCase());
      expect(pieces.some((p) => ['right', 'trademark', '©'].some((c) => p.includes(c))), alt).toBe(true);
    }
  });

  it('a line without the clue holds no legal mark, whatever its characters', () => {
    const words = ['All', 'Rights', 'Reserved', 'COPYRIGHT', 'copy', 'right', 'registered', 'Trademarks', '©', '2024', 'the', 'news', '.', ' ',
      '\u2019s', '\u2014', '\u00a0', 'ſ', '\u212a', 'Ríght', 'Сopyright', 'é'];
    const line = fc.oneof(fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((w) => w.join(' ')), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ maxLength: 30 }));
    fc.assert(fc.property(line, (t) => {
      if (!CLUE.test(t)) expect(LEGAL.test(t)).toBe(false);
    }), runs(2000));
    expect(CLUE.test('© 2024 Daily Ledger')).toBe(true);
    expect(CLUE.test('Copyright 2024')).toBe(true);
    expect(CLUE.test('O conselho votou na segunda-feira')).toBe(false);
  });
});
