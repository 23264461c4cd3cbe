import { describe, expect, it } from 'vitest';
import { documentVocabulary } from '../../src/repair/vocabulary/document-vocabulary.js';
import { englishLexicon } from '../../src/repair/vocabulary/english-lexicon.js';
import { joinEvidence } from '../../src/repair/word-join/join-evidence.js';
import { neverSplitsCapitalised, splitCapitalised, splitCapitals } from '../../src/repair/word-join/split-capitalised.js';

/** A document that writes every part of `token` alone, twice, in the casings a reading may ask for. */
function everyPartAlone(token: string): string {
  const parts: string[] = [];
  for (let i = 0; i < token.length; i++) {
    for (let j = i + 1; j <= token.length; j++) {
      const p = token.slice(i, j);
      parts.push(p, p.toLowerCase(), p[0]!.toUpperCase() + p.slice(1).toLowerCase());
    }
  }
  return `${parts.join(' ')}. ${parts.join(' ')}.`;
}

describe('neverSplitsCapitalised: capitalised tokens no document can split', () => {
  it('is never true of a token a document splits, at a sentence start or as capitals', () => {
    // Listed words, capitalised, rarer than the ranks that keep a capitalised word whole; and short ones.
    const tokens = [...englishLexicon()].filter(([, r]) => r >= 10_000).slice(0, 600).map(([w]) => w[0]!.toUpperCase() + w.slice(1));
    tokens.push('Thegazette', 'Inthe', 'Itis', 'Iwas', 'Wedidnt', 'Isthe', 'Ahead', 'Zorb', 'Kyiv');
    let never = 0;
    for (const token of tokens) {
      if (!/^[A-Z][a-z]+$/.test(token) || !neverSplitsCapitalised(token)) continue;
      never++;
      for (const text of ['', everyPartAlone(token)]) {
        const ev = joinEvidence(documentVocabulary(text), undefined);
        expect(splitCapitalised(token, ev, true), `${token} in ${text.slice(0, 40)}`).toBeNull();
        expect(splitCapitals(token, ev), token).toBeNull();
      }
    }
    expect(never).toBeGreaterThan(100); // the filter does rule tokens out
  });

  it('is never true of a rare listed word that splits as a sentence opener (`Allin`: `All|in`)', () => {
    const none = joinEvidence(documentVocabulary(''), undefined);
    let split = 0;
    for (const [w, r] of englishLexicon()) {
      if (r < 10_000 || !/^[a-z]+$/.test(w)) continue;
      const token = w[0]!.toUpperCase() + w.slice(1);
      if (splitCapitalised(token, none, true) === null) continue;
      split++;
      expect(neverSplitsCapitalised(token), token).toBe(false);
    }
    expect(split).toBeGreaterThan(0);
  });

  it('leaves the tokens with a reading to the judge', () => {
    for (const token of ['Thepresident', 'Iwas', 'Itis', 'Wedidnt', 'Isthe', 'CNNthat', 'THEBILLIONAIRES', 'Nissanhas', 'Lettheir']) {
      expect(neverSplitsCapitalised(token), token).toBe(false);
    }
  });
});
