import { describe, expect, it } from 'vitest';
import { documentVocabulary } from '../../src/repair/vocabulary/document-vocabulary.js';
import { apartMoreOften, bothStandAlone, writtenApart } from '../../src/repair/word-join/written-apart.js';

describe('writtenApart: the page writes the two parts as two words', () => {
  it('takes common words written apart once', () => {
    const text = 'For the first time in years. It was the firsttime.';
    expect(writtenApart(text, 'first', 'time', documentVocabulary(text))).toBe(true);
  });

  it('needs rarer words written apart twice', () => {
    const once = 'A pear jam. The pearjam.';
    const twice = 'A pear jam. Pear jam again. The pearjam.';
    expect(writtenApart(once, 'pear', 'jam', documentVocabulary(once))).toBe(false);
    expect(writtenApart(twice, 'pear', 'jam', documentVocabulary(twice))).toBe(true);
  });

  it('reads no evidence without the text', () => {
    expect(writtenApart('', 'first', 'time', documentVocabulary('first time'))).toBe(false);
  });
});

describe('apartMoreOften: the spaced spelling is the page\'s usual one', () => {
  const text = 'jelly jars, jelly jars, jelly jars; jellyjars and jellyjars';
  it('holds when the pair stands apart more often than fused', () => {
    expect(apartMoreOften(text, ['jelly', 'jars'], documentVocabulary(text), 2)).toBe(true);
    expect(apartMoreOften(text, ['jelly', 'jars'], documentVocabulary(text), 3)).toBe(false);
  });

  it('holds for two parts only', () => {
    expect(apartMoreOften(text, ['jelly', 'ja', 'rs'], documentVocabulary(text), 2)).toBe(false);
  });
});

describe('bothStandAlone: two common content words each standing alone', () => {
  const vocab = documentVocabulary('protein and cells and intake and counter and battle and field');
  it.each([
    ['protein', 'cells', true],
    ['protein', 'intake', false], // `intake` is not among the 10,000 most frequent words
    ['counter', 'intake', false], // a compound prefix
    ['battle', 'field', false], // a compound head
    ['protein', 'zorb', false], // not both common lexicon words
  ])('%s|%s -> %s', (a, b, expected) => {
    expect(bothStandAlone(a, b, vocab)).toBe(expected);
  });
});
