import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { applyEdits } from '../../src/ledger/apply-edits.js';
import { clean } from '../../src/pipeline/clean.js';
import {
  CORPUS_ATTESTED_DOCUMENTS, countCorpusVocabulary, createCorpusCounter, isWordInCorpus, mergeCorpusVocabularies, pairCount,
  parseCorpusVocabulary, serializeCorpusVocabulary, validateCorpusVocabulary,
} from '../../src/repair/vocabulary/corpus-vocabulary.js';
import { repair } from '../../src/repair/repair.js';
import { caseSeamRule } from '../../src/repair/split-case-seam.js';
import { wordJoinRule } from '../../src/repair/split-word-join.js';
import { FILLER } from './helpers.js';

/** The counters of a pair table that are not zero, as `[slot, count]` (a deep compare of 2^20 counters is slow). */
function nonzero(pairs: Uint32Array): [number, number][] {
  const out: [number, number][] = [];
  pairs.forEach((n, k) => {
    if (n !== 0) out.push([k, n]);
  });
  return out;
}

/** The spaces a repair rule inserted, as `left|right` around each. */
function splits(text: string, vocabulary?: ReturnType<typeof countCorpusVocabulary>, rule = wordJoinRule): string[] {
  const doc = repair(text, { pipeline: [rule], lang: false, ...(vocabulary ? { vocabulary } : {}) });
  expect(applyEdits(doc.source, doc.edits)).toBe(doc.text);
  return doc.edits.map((e) => `${/\S*$/u.exec(text.slice(0, e.start))![0]}|${/^\S*/u.exec(text.slice(e.end))![0]}`);
}

describe('countCorpusVocabulary', () => {
  it('counts each rare form once per document, case kept, and leaves common words out', () => {
    const v = countCorpusVocabulary(['Gazprombank said Gazprombank', 'at Gazprombank, hodgepodge', 'the hodgepodge']);
    expect(v.documents).toBe(3);
    expect(v.forms.get('Gazprombank')).toBe(2);
    expect(v.forms.get('hodgepodge')).toBe(2);
    expect(v.forms.has('said')).toBe(false); // among the 10,000 most common words: no rule questions it
    expect(v.forms.has('the')).toBe(false);
    expect(v.forms.has('at')).toBe(false);
  });

  it('counts pairs of words one space apart, not across punctuation or glued to digits', () => {
    const v = countCorpusVocabulary(['I was there. I was sure.', 'the Legion. The unit', 'x2 was here']);
    expect(pairCount(v, 'I', 'was')).toBe(2);
    expect(pairCount(v, 'was', 'there')).toBe(1);
    expect(pairCount(v, 'Legion', 'The')).toBe(0); // a sentence end stands between them
    expect(pairCount(v, 'x', 'was')).toBe(0);
    expect(pairCount(v, 'there', 'I')).toBe(0);
  });

  it('as map and reduce: counting shards and merging gives the one count over all', () => {
    const docs = ['They assailed it', 'assailed again, I was', 'I was there', 'hodgepodge of Gazprombank', 'Gazprombank hodgepodge'];
    const whole = countCorpusVocabulary(docs);
    const merged = mergeCorpusVocabularies([countCorpusVocabulary(docs.slice(0, 2)), countCorpusVocabulary(docs.slice(2))]);
    expect(merged.documents).toBe(whole.documents);
    expect([...merged.forms].sort()).toEqual([...whole.forms].sort());
    expect(nonzero(merged.pairs)).toEqual(nonzero(whole.pairs));
    expect(nonzero(whole.pairs).length).toBeGreaterThan(5);
  });

  it('takes documents one at a time and snapshots what it has', () => {
    const counter = createCorpusCounter();
    counter.add('assailed');
    const first = counter.result();
    counter.add('assailed');
    expect(first.forms.get('assailed')).toBe(1);
    expect(counter.result().forms.get('assailed')).toBe(2);
    expect(() => counter.add(42 as never)).toThrow(InvalidOptionError);
  });
});

describe('serializeCorpusVocabulary / parseCorpusVocabulary', () => {
  it('round-trips, and drops forms under minDocuments', () => {
    const v = countCorpusVocabulary(['assailed I was', 'assailed I was', 'hodgepodge']);
    const back = parseCorpusVocabulary(serializeCorpusVocabulary(v));
    expect(back.documents).toBe(3);
    expect([...back.forms]).toEqual([...v.forms].sort());
    expect(nonzero(back.pairs)).toEqual(nonzero(v.pairs));
    expect([...parseCorpusVocabulary(serializeCorpusVocabulary(v, 2)).forms.keys()]).toEqual(['assailed']);
    expect(serializeCorpusVocabulary(v)).toBe(serializeCorpusVocabulary(parseCorpusVocabulary(serializeCorpusVocabulary(v))));
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['another format', '{"dictionary": {}}', /unscrape-corpus-vocabulary/],
    ['a count above the documents', '{"format":"unscrape-corpus-vocabulary","documents":1,"forms":{"assailed":2},"pairs":[]}', /vocabulary\.forms\.assailed/],
    ['a count that is no whole number', '{"format":"unscrape-corpus-vocabulary","documents":3,"forms":{"assailed":1.5},"pairs":[]}', /whole number/],
    ['pairs of odd length', '{"format":"unscrape-corpus-vocabulary","documents":1,"forms":{},"pairs":[1]}', /vocabulary\.pairs/],
    ['a slot out of range', '{"format":"unscrape-corpus-vocabulary","documents":1,"forms":{},"pairs":[99999999,1]}', /slot/],
  ])('rejects %s with an error naming it', (_what, json, message) => {
    expect(() => parseCorpusVocabulary(json)).toThrow(InvalidOptionError);
    expect(() => parseCorpusVocabulary(json)).toThrow(message);
  });

  it('clean() checks the option\'s shape', () => {
    expect(() => validateCorpusVocabulary({ documents: 2, forms: { assailed: 2 } })).toThrow(InvalidOptionError);
    expect(() => clean('text', { vocabulary: { documents: 1, forms: new Map() } as never })).toThrow(/vocabulary/);
  });
});

describe('isWordInCorpus', () => {
  const docs = (n: number, text: string): string[] => Array.from({ length: n }, () => text);
  it(`needs ${CORPUS_ATTESTED_DOCUMENTS} documents, and the form far more often intact than its parts apart`, () => {
    expect(isWordInCorpus(undefined, 'assailed', [2])).toBe(false);
    expect(isWordInCorpus(countCorpusVocabulary(docs(CORPUS_ATTESTED_DOCUMENTS - 1, 'assailed')), 'assailed', [2])).toBe(false);
    expect(isWordInCorpus(countCorpusVocabulary(docs(CORPUS_ATTESTED_DOCUMENTS, 'assailed')), 'assailed', [2])).toBe(true);
    // `Iwas` in four pages, `I was` in forty: a lost space that recurs.
    expect(isWordInCorpus(countCorpusVocabulary([...docs(4, 'Iwas'), ...docs(40, 'I was')]), 'Iwas', [1])).toBe(false);
    // Apart about as often as intact: no verdict either.
    expect(isWordInCorpus(countCorpusVocabulary([...docs(4, 'overdo'), ...docs(2, 'over do')]), 'overdo', [4])).toBe(false);
  });
});

describe('the repairs with the corpus\'s evidence (options.vocabulary)', () => {
  // `sportswashing`: a word too new for the lexicon (`assailed` served here until the lexicon grew to 80,000 words).
  const page = `Over the weekend, critics decried the sportswashing of the games, and those who anted up were angry; you dont overdo it. Iwas there, and it was formedin March.${FILLER}`;
  const corpus = countCorpusVocabulary([
    'They decried sportswashing and anted up; do not overdo it.', 'Critics saw sportswashing. Players anted more. Never overdo.',
    'He called it sportswashing. All anted. They overdo things.', 'Iwas', 'Iwas', 'Iwas', ...Array.from({ length: 20 }, () => 'I was there.'),
  ]);

  it('word-join keeps whole the words the corpus vouches for, and still splits the lost spaces', () => {
    const alone = splits(page);
    expect(alone).toEqual(expect.arrayContaining(['sports|washing', 'over|do', 'I|was', 'formed|in']));
    expect(alone).not.toContain('an|ted'); // an inflection of the listed `ante` is a word without the corpus
    const withCorpus = splits(page, corpus);
    expect(withCorpus).not.toEqual(expect.arrayContaining(['sports|washing']));
    expect(withCorpus.filter((s) => ['sports|washing', 'an|ted', 'over|do'].includes(s))).toEqual([]);
    expect(withCorpus).toEqual(expect.arrayContaining(['I|was', 'formed|in'])); // `I was` stands apart far more often
  });

  it('case-seam keeps a form the corpus vouches for, but not a credit fused to a sentence start', () => {
    const text = `Canada is big and Freedom matters, said the CanadaFreedom convoy. Photo by the Free Legion${'\n'}LegionThe unit fought.${FILLER}`;
    expect(splits(text, undefined, caseSeamRule)).toEqual(expect.arrayContaining(['Canada|Freedom', 'Legion|The']));
    const v = countCorpusVocabulary(['the CanadaFreedom group', 'CanadaFreedom said', 'CanadaFreedom won', 'LegionThe', 'LegionThe', 'LegionThe']);
    const got = splits(text, v, caseSeamRule);
    expect(got.some((s) => s.startsWith('Canada'))).toBe(false);
    expect(got).toEqual(expect.arrayContaining(['Legion|The'])); // `The` only starts sentences: fused by a lost line break
  });

  it('gives each call its own evidence: with and without a vocabulary, in any order', () => {
    const a = repair(page, { lang: false });
    const b = repair(page, { lang: false, vocabulary: corpus });
    expect(repair(page, { lang: false }).text).toBe(a.text);
    expect(repair(page, { lang: false, vocabulary: corpus }).text).toBe(b.text);
    expect(a.text).not.toBe(b.text);
  });
});
