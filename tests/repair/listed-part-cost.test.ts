import { describe, expect, it } from 'vitest';
import { wordRank } from '../../src/repair/vocabulary/english-lexicon.js';
import {
  ATTESTED_ONLY, ATTESTED_OR_KNOWN, REFUSED, lastParts, listedCell, listedPartCost, rankCost,
} from '../../src/repair/word-join/listed-part-cost.js';
import { partSieve } from '../../src/repair/word-join/part-sieve.js';

describe('listedPartCost: what the word lists alone say of a part', () => {
  it.each([
    ['the', rankCost(wordRank('the')!)], // a function word
    ['formed', rankCost(wordRank('formed')!)], // a lexicon word
    ['doesnt', rankCost(wordRank('doesnt') ?? 1_000)], // a stripped contraction
    ['com', undefined], // markup debris
    ['upto', undefined], // a well-known fusion is no part
    ['d', undefined], // a letter that is no word
    ['zorbfest', null], // in no list: the document may admit it
  ])('%s -> %s', (word, expected) => {
    expect(listedPartCost(word)).toBe(expected);
  });

  it('costs a frequent word less than a rare one', () => {
    expect(rankCost(0)).toBeLessThan(rankCost(1_000));
  });
});

describe('listedCell: one cell of a token memo', () => {
  const token = 'formedinzorbfest';
  const sieve = partSieve(token);
  it('agrees with listedPartCost where a list holds the part, and codes what only a document can admit', () => {
    expect(listedCell(token, 6, 8, sieve)).toBe(listedPartCost('in'));
    expect(listedCell(token, 5, 6, sieve)).toBe(REFUSED);
    expect([ATTESTED_ONLY, ATTESTED_OR_KNOWN]).toContain(listedCell(token, 8, 16, sieve));
  });
});

describe('lastParts: the last parts of a token, whatever the document', () => {
  it('is true when a list admits one, else the starts of those only a document can admit', () => {
    expect(lastParts('formedin')).toBe(true);
    // No list holds `jv`, `xjv`, ... : the parts of four letters or more (`qxjv` to `zqxjv`...) only a document can admit.
    expect(lastParts('thezqxjv')).toEqual([4, 3, 2, 1]);
  });
});
