import { describe, expect, it } from 'vitest';
import { judgeSpelling } from '../../src/repair/word-join/judge-spelling.js';

describe('judgeSpelling: what the spelling says before any segmentation', () => {
  it.each([
    ['formed', null], // a frequent word
    ['dont', null], // a contraction without its apostrophe: the apostrophe rule's
    ['formedin', undefined], // only a segmentation can tell
  ])('%s -> %s', (token, expected) => {
    expect(judgeSpelling(token)).toBe(expected);
  });

  it('reads a well-known fusion whatever the lexicon says', () => {
    expect(judgeSpelling('upto')).toEqual({ cuts: [2], confidence: 0.9, reason: 'a well-known fused form' });
  });
});
