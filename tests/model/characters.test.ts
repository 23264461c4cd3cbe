import { describe, expect, it } from 'vitest';
import { isAsciiLetter, isInnerApostrophe, isLetterAt, isLetterCode, isSpace, letterAt, letterBefore } from '../../src/model/characters.js';

describe('the character predicates agree with the regexes they stand for', () => {
  it('isSpace is \\s, isLetterCode is \\p{L} and isAsciiLetter is [A-Za-z], on every BMP code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isSpace(c) !== /\s/.test(ch)) wrong.push(`isSpace ${c.toString(16)}`);
      if (isLetterCode(c) !== /\p{L}/u.test(ch)) wrong.push(`isLetterCode ${c.toString(16)}`);
      if (isAsciiLetter(c) !== /[A-Za-z]/.test(ch)) wrong.push(`isAsciiLetter ${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('isLetterAt reads the code unit at an offset as /\\p{L}/u.test(text[k]) does, false off either end', () => {
    const text = 'a𝒜b-\ud835x\udc00’é1 Ω\ud83d\udc4d';
    for (let k = -1; k <= text.length; k++) expect([k, isLetterAt(text, k)]).toEqual([k, /\p{L}/u.test(text[k] ?? '')]);
  });

  it('isInnerApostrophe is a straight or curly apostrophe with a letter code unit on each side', () => {
    const text = "don't 'Yes,' Kyiv’s 𝒜'b a'𝒜 ’a a’ ''";
    const inner: number[] = [];
    for (let k = -1; k <= text.length; k++) if (isInnerApostrophe(text, k)) inner.push(k);
    const expected = Array.from({ length: text.length }, (_, k) => k).filter((k) => /['’]/.test(text[k]!) && /\p{L}/u.test(text[k - 1] ?? '') && /\p{L}/u.test(text[k + 1] ?? ''));
    expect(inner).toEqual(expected);
    expect(inner).toEqual([3, 17]); // don't, Kyiv’s; not the quotes, not beside an astral letter's surrogates
  });

  it('isLetterCode reads astral code points, and isAsciiLetter is false off either end of a string', () => {
    expect(isLetterCode(0x1d49c)).toBe(true); // 𝒜
    expect(isLetterCode(0x1f44d)).toBe(false); // 👍
    expect(isAsciiLetter(''.charCodeAt(0))).toBe(false);
  });
});

describe('letterBefore / letterAt', () => {
  it('give the length of the letter (\\p{L}) ending before / starting at an offset, as a unicode regex reads it', () => {
    const text = 'a𝒜b-\ud835x\udc00’é1 Ω\ud83d\udc4d';
    for (let at = 0; at <= text.length; at++) {
      const before = /(\p{L})$/u.exec(text.slice(0, at))?.[1]?.length ?? 0;
      const after = /^(\p{L})/u.exec(text.slice(at))?.[1]?.length ?? 0;
      expect([at, letterBefore(text, at), letterAt(text, at)]).toEqual([at, before, after]);
    }
  });
});
