import { APOSTROPHES, NON_WORD } from '../data/dedup.js';
import { hashString, mix32 } from './hash-string.js';

/** Characters NFKC changes in text that matters here: combining accents, ligatures (ﬁ), full-width forms. */
const NEEDS_NFKC = /[\u0300-\u036f\ufb00-\ufb4f\uff00-\uffef]/;

/**
 * The words of a paragraph as duplicate detection compares them: NFKC (when the text holds combining
 * accents, ligatures or full-width forms), lower case, apostrophes
 * deleted ("Kremlin’s" and the damaged "Kremlins" agree), every other run of non-letters a separator
 * (so "fight.And", with its space lost, still gives "fight" and "and").
 *
 * @param text - One paragraph.
 * @returns The normalised words, in order.
 * @example
 * ```ts
 * normalizeWords('The Kremlin’s war.And'); // ['the', 'kremlins', 'war', 'and']
 * ```
 */
export function normalizeWords(text: string): string[] {
  const folded = (NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text).toLowerCase().replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
  return folded === '' ? [] : folded.split(' ');
}

/**
 * Hashes of the word shingles (runs of `size` consecutive words) of a paragraph; a paragraph shorter
 * than `size` words gives one shingle of all its words, an empty one none.
 *
 * @param words - Normalised words ({@link normalizeWords}).
 * @param size - Words per shingle.
 * @returns Distinct 32-bit shingle hashes.
 * @example
 * ```ts
 * shingleHashes(['a', 'b', 'c', 'd'], 3).length; // 2
 * ```
 */
export function shingleHashes(words: readonly string[], size: number): number[] {
  if (words.length === 0) return [];
  // Each word is hashed once; a shingle's hash chains its words' hashes (order matters), so no
  // shingle string is ever built.
  const wordHashes = words.map((w) => hashString(w, 0x2545f491));
  const out = new Set<number>();
  const last = Math.max(0, words.length - size);
  const end = Math.min(size, words.length);
  for (let i = 0; i <= last; i++) {
    let h = 0x3c6ef372;
    for (let j = 0; j < end; j++) h = mix32(Math.imul(h ^ wordHashes[i + j]!, 0x9e3779b1) + j);
    out.add(h);
  }
  return [...out];
}

/**
 * The seeds of `count` MinHash functions, drawn from a seeded generator (so signatures made on
 * different machines with the same seed compare).
 *
 * @param count - How many hash functions.
 * @param seed - The generator's seed.
 * @returns `count` 32-bit seeds.
 * @example
 * ```ts
 * minhashSeeds(4, 1).length; // 4
 * ```
 */
export function minhashSeeds(count: number, seed: number): number[] {
  const seeds: number[] = [];
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0; // golden-ratio increment, then mixed (splitmix-like)
    seeds.push(mix32(state));
  }
  return seeds;
}

/**
 * The MinHash signature of a shingle set (Broder 1997): for each hash function, the least hash of
 * any shingle. Two signatures agree in a position with probability equal to the sets' Jaccard
 * similarity. Each function is `mix32(shingle ^ seed)`.
 *
 * @param shingles - Shingle hashes ({@link shingleHashes}).
 * @param seeds - One seed per hash function ({@link minhashSeeds}).
 * @returns The signature (empty when there are no shingles).
 * @example
 * ```ts
 * minhash([1, 2, 3], minhashSeeds(8, 1)).length; // 8
 * ```
 */
export function minhash(shingles: readonly number[], seeds: readonly number[]): number[] {
  if (shingles.length === 0) return [];
  const k = seeds.length;
  const seedArr = Uint32Array.from(seeds);
  const sig = new Uint32Array(k).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < k; i++) {
      // mix32(s ^ seed), inlined: this loop is the cost of MinHash.
      let h = s ^ seedArr[i]!;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      if (h >>> 0 < sig[i]!) sig[i] = h >>> 0;
    }
  }
  return Array.from(sig);
}

/**
 * The estimated Jaccard similarity of two MinHash signatures: the share of positions that agree.
 *
 * @param a - A signature.
 * @param b - A signature of the same length.
 * @returns A number from 0 to 1 (0 when either is empty).
 * @example
 * ```ts
 * estimateSimilarity([1, 2, 3, 4], [1, 2, 0, 4]); // 0.75
 * ```
 */
export function estimateSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
