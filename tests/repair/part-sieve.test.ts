import { describe, expect, it } from 'vitest';
import { UNAMBIGUOUS_CONTRACTIONS } from '../../src/data/contractions.js';
import { documentVocabulary } from '../../src/repair/vocabulary/document-vocabulary.js';
import { englishLexicon } from '../../src/repair/vocabulary/english-lexicon.js';
import { mayBeAttestedBit, mayBeFoldedForm, partSieve } from '../../src/repair/word-join/part-sieve.js';

describe('partSieve: substrings that are certainly no part', () => {
  it('never refuses a lexicon word or a folded form of the document', () => {
    const vocab = documentVocabulary('Gazprombank and KYIV and iPhone; the Zorbfest said');
    const lex = englishLexicon();
    for (const token of ['formedinmarch', 'claimedlast', 'gazprombankzorbfestkyiv', 'iphonethe', 'upto']) {
      const sieve = partSieve(token);
      for (let i = 0; i < token.length; i++) {
        for (let j = i + 1; j <= token.length; j++) {
          const part = token.slice(i, j);
          if (lex.has(part)) expect(sieve.mayBeListed(i, j), part).toBe(true);
          if (['gazprombank', 'kyiv', 'iphone', 'zorbfest', 'the', 'said', 'and'].includes(part)) expect(mayBeAttestedBit(vocab, sieve.formBit(i, j)), part).toBe(true);
        }
      }
    }
  });

  it('never refuses a contraction written without its apostrophe (word-join takes those as parts)', () => {
    const vocab = documentVocabulary('nothing here');
    for (const w of Object.keys(UNAMBIGUOUS_CONTRACTIONS)) expect(partSieve(`${w}do`).mayBeListed(0, w.length), w).toBe(true);
  });

  it('finds every folded form of the document (mayBeFoldedForm)', () => {
    const vocab = documentVocabulary('Gazprombank and KYIV and iPhone; the Zorbfest said');
    for (const w of ['gazprombank', 'kyiv', 'iphone', 'zorbfest', 'the', 'said', 'and']) expect(mayBeFoldedForm(vocab, w), w).toBe(true);
  });

  it('answers for the vocabulary asked, whichever was asked before (one buffer of bits, filled again)', () => {
    const kyiv = documentVocabulary('Kyiv said');
    const paris = documentVocabulary('Paris said');
    for (let round = 0; round < 2; round++) {
      expect(mayBeFoldedForm(kyiv, 'kyiv')).toBe(true);
      expect(mayBeFoldedForm(paris, 'kyiv')).toBe(false);
      expect(mayBeFoldedForm(paris, 'paris')).toBe(true);
      expect(mayBeFoldedForm(kyiv, 'paris')).toBe(false);
    }
  });

  it('refuses most strings that are neither', () => {
    const token = 'qxzvbnmqwrtplkjh';
    const vocab = documentVocabulary('nothing here');
    const sieve = partSieve(token);
    let refused = 0;
    let asked = 0;
    for (let i = 0; i < token.length; i++) {
      for (let j = i + 3; j <= token.length; j++) {
        asked++;
        if (!sieve.mayBeListed(i, j) && !mayBeAttestedBit(vocab, sieve.formBit(i, j))) refused++;
      }
    }
    expect(refused / asked).toBeGreaterThan(0.9);
  });
});
