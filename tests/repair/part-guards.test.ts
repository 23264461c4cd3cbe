import { describe, expect, it } from 'vitest';
import { isArticleNoun, judgeParts, pairAllowed, shortPartAllowed, tripleAllowed } from '../../src/repair/word-join/part-guards.js';

// The guards on the parts of a reading, each asked alone: input -> expected tables (the rule's tests in
// word-join.test.ts show them at work on whole texts).

describe('pairAllowed: two neighbours that may have been one fusion', () => {
  it.each([
    ['claimed', 'last', true], // two very common content words
    ['formed', 'in', true], // a function word
    ['going', 'up', true], // an inflected verb before a particle
    ['remote', 'markets', true], // a long phrase of two common words
    ['battle', 'field', false], // a compound head
    ['counter', 'offensive', false], // a compound prefix
    ['pile', 'up', false], // a phrasal verb's particle
    ['came', 'up', true], // ... but after an irregular past tense, no compound is made
    ['took', 'over', true],
    ['laid', 'back', false], // `laidback`: a past form that makes compounds
    ['set', 'up', false],
    // An inflected word of six letters or more beside a listed word of any rank, one of the two common.
    ['alarming', 'levels', true],
    ['crewed', 'mission', true],
    ['simply', 'tacked', true],
    ['festival', 'goers', false], // an agent noun heads a compound (`festivalgoers`)
    ['including', 'bedding', false], // ... and so may a gerund
    ['hundred', 'zorbs', false], // a part no list holds
    ['sandal', 'wood', false], // a part under five letters
    ['alarming', 'cringe', false], // neither part common
  ])('%s|%s -> %s', (a, b, expected) => {
    expect(pairAllowed(a, b)).toBe(expected);
  });
});

describe('shortPartAllowed: a part of three letters or fewer', () => {
  it.each([
    ['gig', 'the', 2, true], // beside a function word, in a two-part reading
    ['eco', 'system', 2, false], // a fragment from the lexicon's tail
    ['the', 'way', 3, true], // a function word
    ['a', 'key', 2, true], // the article beside a common word
    ['a', 'paycheck', 2, false], // a rarer word: only isArticleNoun admits it
  ])('%s beside %s (%i parts) -> %s', (part, other, parts, expected) => {
    expect(shortPartAllowed(part, other, parts)).toBe(expected);
  });
});

describe('isArticleNoun: the article before a noun of any rank', () => {
  it.each([
    ['a', 'paycheck', true],
    ['a', 'typical', false], // the privative `a-` (`atypical`)
    ['a', 'apple', false], // before a vowel the article is `an`
    ['the', 'paycheck', false],
  ])('%s|%s -> %s', (a, b, expected) => {
    expect(isArticleNoun(a, b)).toBe(expected);
  });
});

describe('tripleAllowed: the middle part of three', () => {
  it.each([
    ['was', 'a', 'key', true],
    ['be', 'a', 'ding', false],
    ['on', 'the', 'way', true],
    ['has', 'own', 'property', false],
  ])('%s|%s|%s -> %s', (a, mid, c, expected) => {
    expect(tripleAllowed(a, mid, c)).toBe(expected);
  });
});

describe('judgeParts: what the guards say of one reading', () => {
  it('admits a function word beside a common word, and marks the pair common', () => {
    expect(judgeParts('formedin', { cuts: [6], cost: 12.3 })).toEqual({ veto: false, unpaired: [], fn: true, commonPair: true });
  });

  it('vetoes a reading that costs more than the whole word', () => {
    expect(judgeParts('battlefield', { cuts: [6], cost: 10 }).veto).toBe(true);
  });

  it('leaves a pair the pair guards refuse for the document to vouch for', () => {
    expect(judgeParts('counterzorb', { cuts: [7], cost: 20 })).toEqual({ veto: false, unpaired: [1], fn: false, commonPair: false });
  });
});
