import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isCounted, isSingularDeterminer, mayBePossessive, mayBePossessiveIn, mayBeSingularPossessive, possessiveEvidence, singularPossessive,
} from '../../src/repair/apostrophe/possessive-evidence.js';
import { atSentenceStart, isFunctionLike, nextWord } from '../../src/repair/apostrophe/words-around.js';
import { documentVocabulary } from '../../src/repair/vocabulary/document-vocabulary.js';
import { runs } from '../setup/properties.js';

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

  // The rule looks for no occurrence of a form whose form-and-document tests say no: the judge must then say
  // no after any word, in any text, with or without the text.
  it('never takes a token whose tests of the form and the document say no', () => {
    const doc = documentVocabulary('Kyiv said it would hold. NASA said so. The company grew. Trump and ABC and Paris');
    const tokens = ['Kyivs', 'Kolomoiskys', 'Parises', 'Londons', 'Trumps', 'NASAs', 'FBIs', 'ABCs', 'companys', 'Russians', 'Marks', 'Johns'];
    const nexts = ['forces', 'first', 'said', '0', 'profits', 'and'];
    const kept: string[] = [];
    for (const token of tokens) {
      if (mayBePossessiveIn(token, doc)) {
        kept.push(token);
        continue;
      }
      for (const next of nexts) {
        for (const text of ['', 'two ABCs', 'ABC ABC']) expect(possessiveEvidence(token, next, doc, text), `${token} ${next}`).toBeNull();
      }
    }
    // Not Kolomoiskys (the name never stands alone and is no known word), FBIs (the acronym never stands
    // alone), nor the forms mayBePossessive refuses (Parises, Russians, ...).
    expect(kept).toEqual(['Kyivs', 'Londons', 'Trumps', 'NASAs', 'ABCs', 'companys']);
  });

  it('finds a counted acronym as the plain expression does', () => {
    // The expression isCounted had before it looked for the acronym first.
    const COUNTING = 'a|an|one|two|three|four|five|several|many|more|most|few|other|these|those|every|each|some|all|new|its|their|our';
    const plain = (text: string, acronym: string): boolean =>
      new RegExp(`(?<![\\p{L}])(?:${COUNTING})\\s+${acronym}s?(?![\\p{L}])`, 'iu').test(text);
    expect(isCounted('He drove an SUV. SUVs sell.', 'SUV')).toBe(true);
    expect(isCounted('NASAs probe reached NASA', 'NASA')).toBe(false);
    const piece = fc.constantFrom('an', 'A', 'two', 'Many', 'ſeveral', 'ban', 'SUV', 'SUVs', 'suv', 'SUVS', 'SUVx', 'NGO', 'NGOs', 'é', '2', ' ', '  ', '\n', '\u00a0', ',', '-');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom('SUV', 'NGO', 'SU'), (pieces, acronym) => {
      const text = pieces.join('');
      expect(isCounted(text, acronym), JSON.stringify(text)).toBe(plain(text, acronym));
    }), runs(500));
  });

  it('tells a determiner of one thing in any casing', () => {
    expect(['a', 'An', 'THIS', 'every', 'the', 'these', ''].map(isSingularDeterminer)).toEqual([true, true, true, true, false, false, false]);
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
