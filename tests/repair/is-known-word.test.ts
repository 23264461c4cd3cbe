import { describe, expect, it } from 'vitest';
import { isKnownWordForm } from '../../src/repair/vocabulary/is-known-word.js';

// The inflected and derived forms of lexicon words: input -> expected tables.

describe('isKnownWordForm: a form of a lexicon word', () => {
  it.each([
    ['contoured', true], // contour + ed
    ['bottoming', true], // bottom + ing
    ['cities', true], // city: `i` for `y` before an ending
    // An inflection of a rarer stem (rank 20,000-40,000) is a word too: it changes no word into another.
    ['anted', true], // ante + d (`anted up`, never `an|ted`)
    ['worldviews', true], // worldview + s
    // A derivation or an `-s` from a rare stem is not: `Forman|y`, and no `y` before a bare `s` (`watery`).
    ['formany', false],
    ['wateris', false],
    ['formedin', false],
  ])('%s -> %s', (token, expected) => {
    expect(isKnownWordForm(token)).toBe(expected);
  });

  it('takes the rarer stems for the whole token only, not for the inflected parts of a reading', () => {
    expect(isKnownWordForm('anted', true)).toBe(false);
    expect(isKnownWordForm('arables', true)).toBe(false); // `we|arables` is no reading of `wearables`
  });
});
