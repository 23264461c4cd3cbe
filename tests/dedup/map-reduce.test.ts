import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.js';
import { collectParagraphSignatures, mergeSignatures, type CorpusSignatures } from '../../src/dedup/collect-signatures.js';
import { findDuplicates } from '../../src/dedup/find-duplicates.js';
import { dedupeDocuments } from '../../src/dedup/dedupe-documents.js';
import { runs } from '../setup/properties.js';

// A corpus with real text and known copies: the seeds, plus later documents made of their paragraphs.
const dir = join(__dirname, '../../seeds');
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => clean(readFileSync(join(dir, f), 'utf8'), { lang: false }).text);
const corpus = [
  ...seeds,
  [seeds[0]!.split('\n\n')[3], seeds[2]!.split('\n\n')[4], seeds[1]!.split('\n\n')[12]].join('\n\n'),
  seeds[4]!,
  seeds[2]!.split('\n\n').slice(2, 9).reverse().join('\n\n'),
].map((text, i) => ({ id: `d${i}`, text }));

const signed = corpus.map((d, i) => collectParagraphSignatures(d, { order: i }));
const sign = (i: number) => signed[i]!;
const whole = findDuplicates(signed.reduce(mergeSignatures));

describe('map/reduce dedup', () => {
  it('finds the planted copies', () => {
    expect(whole.documents).toEqual([{ id: 'd6', duplicateOf: 'd4' }]);
    const ids = new Set(whole.paragraphs.map((p) => p.id));
    expect([...ids].sort()).toEqual(['d5', 'd6', 'd7']);
  });

  it('gives the same report for any sharding and merge order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3), { minLength: corpus.length, maxLength: corpus.length }), fc.boolean(), (shardOf, reverse) => {
        const shards: CorpusSignatures[] = [];
        for (let s = 0; s < 4; s++) {
          const mine = corpus.map((_, i) => i).filter((i) => shardOf[i] === s);
          if (mine.length) shards.push(mine.map(sign).reduce(mergeSignatures));
        }
        if (reverse) shards.reverse();
        // Signatures cross a process boundary as JSON.
        const merged = shards.map((s) => JSON.parse(JSON.stringify(s)) as CorpusSignatures).reduce(mergeSignatures);
        expect(findDuplicates(merged)).toEqual(whole);
      }),
      runs(25),
    );
  });

  it('the in-memory and streaming paths give the report of the map/reduce path', () => {
    const docs = corpus.map((d) => ({ ...clean(d.text, { lang: false }), id: d.id }));
    expect(dedupeDocuments(docs, { remove: false }).report).toEqual(whole);
  });

  it('is deterministic: the same seed gives the same signatures, another seed other hashes', () => {
    expect(collectParagraphSignatures(corpus[1]!, { seed: 7 })).toEqual(collectParagraphSignatures(corpus[1]!, { seed: 7 }));
    const a = collectParagraphSignatures(corpus[1]!, { seed: 7 }).documents[0]!.paragraphs[0]!.minhash;
    const b = collectParagraphSignatures(corpus[1]!, { seed: 8 }).documents[0]!.paragraphs[0]!.minhash;
    expect(a).not.toEqual(b);
  });

  it('exact-only mode (near: false) finds exact copies and no near ones', () => {
    const sigs = corpus.map((d, i) => collectParagraphSignatures(d, { order: i, near: false })).reduce(mergeSignatures);
    const report = findDuplicates(sigs);
    expect(report.paragraphs.every((p) => p.exact)).toBe(true);
    expect(report.paragraphs.length).toBe(whole.paragraphs.filter((p) => p.exact).length);
  });
});
