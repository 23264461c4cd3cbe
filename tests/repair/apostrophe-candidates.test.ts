import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_CONTRACTIONS, UNAMBIGUOUS_CONTRACTIONS } from '../../src/data/contractions.js';
import { apostropheCandidates, type Candidate } from '../../src/repair/restore-apostrophe.js';
import { mayBePossessive, mayBeSingularPossessive } from '../../src/repair/apostrophe/possessive-evidence.js';
import { documentVocabulary, vocabularyAfterInsertions, type DocumentVocabulary } from '../../src/repair/vocabulary/document-vocabulary.js';
import { runs } from '../setup/properties.js';

const UNAMBIGUOUS = new Set(Object.keys(UNAMBIGUOUS_CONTRACTIONS));
const AMBIGUOUS = new Set(Object.keys(AMBIGUOUS_CONTRACTIONS));

/**
 * The plain form the rule had before its candidates came from the vocabulary: a regular expression over
 * the whole text, each match kept when it is a form of the document that may be restored, and free.
 */
function searched(text: string, vocab: DocumentVocabulary): Omit<Candidate, 'block'>[] {
  const re = new RegExp(`(?<![A-Za-z])(?:${[...UNAMBIGUOUS, ...AMBIGUOUS].join('|')}|[A-Za-z]{3,}s)(?![A-Za-z])`, 'gi');
  const out: Omit<Candidate, 'block'>[] = [];
  for (const m of text.matchAll(re)) {
    const token = m[0];
    const lower = token.toLowerCase();
    if (!vocab.counts.has(token)) continue;
    if (!(UNAMBIGUOUS.has(lower) || AMBIGUOUS.has(lower) || mayBePossessive(token) || mayBeSingularPossessive(token))) continue;
    if (!UNAMBIGUOUS.has(lower) && !AMBIGUOUS.has(lower) && !(token.length >= 4 && token.endsWith('s'))) continue;
    const before = text[m.index - 1];
    const after = text[m.index + token.length];
    const glue = /[\p{L}\p{M}\p{N}'’@/_]/u;
    if (before !== undefined && before !== ' ' && before !== '\n' && glue.test(before)) continue;
    if (after !== undefined && after !== ' ' && after !== '\n' && (after === '-' || glue.test(after))) continue;
    out.push({ at: m.index, token, possessive: mayBePossessive(token), unamb: UNAMBIGUOUS.has(lower) });
  }
  return out;
}

const found = (text: string, vocab: DocumentVocabulary): Omit<Candidate, 'block'>[] =>
  apostropheCandidates(text, vocab, () => true).map(({ at, token, possessive, unamb }) => ({ at, token, possessive, unamb }));

const WORDS = ['dont', 'Dont', 'DONT', 'DoNt', 'its', 'Its', 'were', 'well', 'Kyivs', 'Kyiv', 'farmers', 'weeks', 'week', 'companys',
  'Russias', 'thats', 'NASAs', 'NASA', 'legions', 'Putins', 'says', 'the', 'a'];
const GLUE = [' ', ' ', ' ', '\n', '-', "'", '’', '@', '/', '_', '.', '2', 'é', '\u0301', '\u{1d49c}', 'x', ', '];

describe('apostropheCandidates', () => {
  it('finds the free tokens worth a look, in text order', () => {
    // Not `DONT-`, `2dont`, `dont’s`, `éKyivs`: glued to a hyphen, a digit, an apostrophe, a letter.
    const text = 'Kyiv said Kyivs forces dont, DONT-stop 2dont dont’s éKyivs Kyivs';
    expect(found(text, documentVocabulary(text)).map((c) => [c.at, c.token])).toEqual([[10, 'Kyivs'], [16, 'forces'], [23, 'dont'], [59, 'Kyivs']]);
  });

  it('keeps only the occurrences `where` asks for', () => {
    const text = 'a farmers tan, the farmers market, every farmers dog, dont';
    const afterA = (at: number): boolean => text[at - 2] === 'a';
    const kept = apostropheCandidates(text, documentVocabulary(text), (_, form) => (form === 'dont' ? false : afterA));
    expect(kept.map((c) => [c.at, c.token])).toEqual([[2, 'farmers']]);
  });

  it('gives what the expression over the whole text gives, counted afresh or carried past insertions', () => {
    const piece = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE), fc.boolean());
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      // `before` lost the spaces marked (a scraper's joins); `after` has them back, at `positions` of `before`.
      let before = '';
      let after = '';
      const positions: number[] = [];
      for (const [word, glue, lost] of pieces) {
        before += word;
        after += word;
        if (glue === ' ' && lost) positions.push(before.length);
        else before += glue;
        after += glue;
      }
      expect(found(after, documentVocabulary(after))).toEqual(searched(after, documentVocabulary(after)));
      const carried = vocabularyAfterInsertions(documentVocabulary(before), before, positions, after, true);
      expect(found(after, carried)).toEqual(searched(after, documentVocabulary(after)));
    }), runs(300));
  });
});
