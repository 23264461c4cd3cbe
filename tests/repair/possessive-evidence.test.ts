import { describe, expect, it } from 'vitest';
import {
  mayBePossessive, mayBeSingularPossessive, possessiveEvidence, singularPossessive,
} from '../../src/repair/apostrophe/possessive-evidence.js';
import { atSentenceStart, isFunctionLike, nextWord } from '../../src/repair/apostrophe/words-around.js';
import { documentVocabulary } from '../../src/repair/vocabulary/document-vocabulary.js';

describe('possessive evidence: a word with an s whose apostrophe was stripped', () => {
  const vocab = documentVocabulary('Kyiv said it would hold. NASA said so. The company grew.');

  it.each([
    ['Kyivs', 'forces', 0.85], // the name stands alone in the document
    ['NASAs', 'probe', 0.7], // an acronym that stands alone, before a content word
    ['companys', 'profits', 0.75], // a common noun whose form with s is no word
    ['Kyivs', 'and', null], // a function word follows: no noun phrase
    ['Russians', 'forces', null], // a demonym's plural
    ['forces', 'said', null], // a plural the lexicon lists
    ['Kyivs', '', null], // nothing follows
    ['Kyivs', 'first', 0.85], // a frequent word that opens a noun phrase
    ['Kyivs', '0', 0.85], // a number (the rule passes '0' for one)
    ['companys', '0', null], // ... only after a name or an acronym
  ])('%s before %j -> %s', (token, next, confidence) => {
    expect(possessiveEvidence(token, next, vocab)?.confidence ?? null).toBe(confidence);
  });

  it.each([
    ['farmers', 'tan', 'a', 0.7],
    ['weeks', 'hearing', 'this', 0.7],
    ['farmers', 'market', 'the', null], // `the` may determine many
    ['weeks', 'ago', 'last', null], // `the last weeks ago`: a plural after all
    ['news', 'report', 'a', null], // singular already
  ])('singular possessive: %s before %j after %j -> %s', (token, next, prev, confidence) => {
    expect(singularPossessive(token, next, prev)?.confidence ?? null).toBe(confidence);
  });

  // The rule skips a form for which the form-only tests say no; the judges must then say no in any context.
  it('never takes a token whose form-only tests say no', () => {
    const tokens = ['Russians', 'Kyivs', 'forces', 'bus', 'Mass', 'ABCs', 'farmers', 'news', 'companys', 'Ss', 'iss', 'menus'];
    const contexts: Array<[string, string]> = [['forces', 'a'], ['profits', 'this'], ['tan', 'every'], ['and', 'the']];
    for (const token of tokens) {
      for (const [next, prev] of contexts) {
        if (!mayBePossessive(token)) expect(possessiveEvidence(token, next, vocab, 'two ABCs'), token).toBeNull();
        if (!mayBeSingularPossessive(token)) expect(singularPossessive(token, next, prev), token).toBeNull();
      }
    }
    expect(tokens.filter((t) => !mayBePossessive(t))).toEqual(['Russians', 'forces', 'bus', 'Mass', 'farmers', 'news', 'Ss', 'iss', 'menus']);
  });
});

describe('the words around a candidate', () => {
  it('reads the next word, a sentence start and function words', () => {
    expect(nextWord('Kyivs forces', 5)).toBe('forces');
    expect(nextWord('Kyivs, forces', 5)).toBe('');
    expect(atSentenceStart('Done. Ill go', 6)).toBe(true);
    expect(atSentenceStart('and Ill go', 4)).toBe(false);
    expect(isFunctionLike('and')).toBe(true);
    expect(isFunctionLike('forces')).toBe(false);
    expect(isFunctionLike('And')).toBe(false); // only lower-case words
  });
});
