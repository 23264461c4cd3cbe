import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectParagraphSignatures, type DocumentSignature } from '../../src/dedup/collect-signatures.js';
import { createDuplicateIndex, type DocumentFindings } from '../../src/dedup/find-duplicates.js';
import { plainDuplicateIndex } from './plain-duplicate-index.js';
import type { DedupeOptions } from '../../src/dedup/options.js';
import { clean } from '../../src/pipeline/clean.js';
import { runs } from '../setup/properties.js';

/** The findings of the plain index (the oracle) and of `createDuplicateIndex` for the same documents, in order, with the same options. */
function bothFindings(texts: readonly string[], options: DedupeOptions = {}): [DocumentFindings[], DocumentFindings[]] {
  const sigs: DocumentSignature[] = texts.map((text, i) => collectParagraphSignatures({ id: `d${i % 7 === 6 ? i - 1 : i}`, text }, { ...options, order: i }).documents[0]!);
  const settings = collectParagraphSignatures({ id: 'x', text: '' }, options).settings;
  const plain = plainDuplicateIndex(settings, options);
  const index = createDuplicateIndex(settings, options);
  const a = sigs.map((s) => plain.add(s));
  const b = sigs.map((s) => index.add(s));
  for (const s of sigs) for (const p of s.paragraphs) expect(index.knows(p.hash)).toBe(plain.knows(p.hash));
  return [a, b];
}

const WORDS = 'the a of to in and said on for that with was by at from minister police city court report new year week people government river company market school hospital storm bridge election council budget'.split(' ');

/** A random paragraph of 4-40 words drawn from a small vocabulary (many shared shingles across paragraphs). */
const paragraphArb = fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 40 }).map((w) => w.join(' '));

/** A paragraph made from an earlier one: copied, words dropped, a word changed, or text added around it. */
function derive(base: string, how: number, salt: number): string {
  const w = base.split(' ');
  if (how === 0) return base;
  if (how === 1) return w.filter((_, i) => (i + salt) % 9 !== 0).join(' ');
  if (how === 2) return w.map((x, i) => (i === salt % w.length ? WORDS[(salt * 7) % WORDS.length] : x)).join(' ');
  return `${WORDS[salt % WORDS.length]} ${WORDS[(salt + 3) % WORDS.length]} ${base} ${WORDS[(salt + 5) % WORDS.length]}`;
}

describe('createDuplicateIndex against the plain index (one Map per band)', () => {
  it('finds what the plain index finds on the seeds (cleaned), in both orders and with small buckets', () => {
    const dir = join(__dirname, '../../seeds');
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => clean(readFileSync(join(dir, f), 'utf8'), { lang: false }).text);
    for (const order of [texts, [...texts].reverse(), [...texts, ...texts]]) {
      for (const options of [{}, { maxBucket: 1 }, { maxBucket: 2, threshold: 0.5 }, { near: false }, { bands: 8, hashes: 32 }]) {
        const [a, b] = bothFindings(order, options);
        expect(b).toEqual(a);
      }
    }
  });

  it('finds what the plain index finds on random corpora of copies and near copies (any options)', () => {
    const corpusArb = fc.array(
      fc.array(fc.oneof(paragraphArb.map((p) => ({ p })), fc.tuple(fc.nat(), fc.nat(3), fc.nat(50)).map(([from, how, salt]) => ({ from, how, salt }))), { minLength: 1, maxLength: 6 }),
      { minLength: 1, maxLength: 12 },
    );
    const optionsArb = fc.record({
      maxBucket: fc.integer({ min: 1, max: 4 }),
      threshold: fc.constantFrom(0.3, 0.5, 0.8, 0.95, 1),
      shape: fc.constantFrom([128, 64], [16, 8], [16, 16], [8, 2], [4, 4]),
      minWords: fc.integer({ min: 1, max: 8 }),
      shingleSize: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(corpusArb, optionsArb, (docs, o) => {
        const made: string[] = [];
        const texts = docs.map((doc) =>
          doc
            .map((x) => {
              const p = 'p' in x ? x.p : made.length > 0 ? derive(made[x.from % made.length]!, x.how, x.salt) : 'alone here now';
              made.push(p);
              return p;
            })
            .join('\n\n'),
        );
        const options = { maxBucket: o.maxBucket, threshold: o.threshold, hashes: o.shape[0]!, bands: o.shape[1]!, minWords: o.minWords, shingleSize: o.shingleSize };
        const [a, b] = bothFindings(texts, options);
        expect(b).toEqual(a);
      }),
      runs(60),
    );
  });

  it('finds what the plain index finds past its first chunk and table sizes (5,000 paragraphs)', () => {
    let state = 12345;
    const next = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    const made: string[] = [];
    const texts: string[] = [];
    for (let d = 0; d < 500; d++) {
      const paragraphs: string[] = [];
      for (let k = 0; k < 10; k++) {
        const p =
          made.length > 0 && next(3) === 0
            ? derive(made[next(made.length)]!, next(4), next(50))
            : Array.from({ length: 8 + next(30) }, () => WORDS[next(WORDS.length)]).join(' ');
        made.push(p);
        paragraphs.push(p);
      }
      texts.push(paragraphs.join('\n\n'));
    }
    const [a, b] = bothFindings(texts);
    expect(b).toEqual(a);
    expect(a.reduce((n, f) => n + f.paragraphs.length, 0)).toBeGreaterThan(500);
  });
});
