import { DEDUP_DEFAULTS } from '../data/dedup.js';
import { InvalidOptionError } from '../errors.js';

/**
 * Options of cross-document duplicate detection. Every field is optional.
 *
 * Signatures made with different `shingleSize`, `hashes`, `bands`, `minWords` or `seed` cannot be
 * merged; `threshold`, `near` and `maxBucket` only matter to {@link findDuplicates}.
 *
 * @example
 * ```ts
 * dedupeDocuments(docs, { threshold: 0.9, remove: 'paragraphs' });
 * ```
 */
export interface DedupeOptions {
  /** Words per shingle. Default: `3`. */
  readonly shingleSize?: number;
  /** MinHash functions per paragraph. Default: `128`. */
  readonly hashes?: number;
  /** LSH bands; `hashes` must be a multiple of it. Default: `64` (so 2 rows per band: pairs from a Jaccard similarity of about 0.125 become candidates). */
  readonly bands?: number;
  /** Estimated Jaccard similarity (0..1) at or above which a paragraph is a near duplicate. Default: `0.8`. */
  readonly threshold?: number;
  /** Paragraphs with fewer normalised words are never duplicates. Default: `8`. */
  readonly minWords?: number;
  /** Seed of the MinHash functions. Default: `1`. */
  readonly seed?: number;
  /** Near-duplicate detection (MinHash/LSH); `false` finds exact copies only. Default: `true`. */
  readonly near?: boolean;
  /** Most earlier paragraphs kept per LSH bucket. Default: `64`. */
  readonly maxBucket?: number;
}

/** The settings a signature was made with (they must agree to merge two signatures). */
export interface SignatureSettings {
  /** Words per shingle (see {@link DedupeOptions.shingleSize}). */
  readonly shingleSize: number;
  /** MinHash functions per paragraph (see {@link DedupeOptions.hashes}). */
  readonly hashes: number;
  /** LSH bands (see {@link DedupeOptions.bands}). */
  readonly bands: number;
  /** Fewest normalised words a paragraph needs to count (see {@link DedupeOptions.minWords}). */
  readonly minWords: number;
  /** Seed of the MinHash functions (see {@link DedupeOptions.seed}). */
  readonly seed: number;
  /** Whether MinHash signatures were made, i.e. near duplicates can be found (see {@link DedupeOptions.near}). */
  readonly near: boolean;
}

/** {@link DedupeOptions} with every default filled in. */
export type ResolvedDedupeOptions = SignatureSettings & {
  /** Near-duplicate threshold (see {@link DedupeOptions.threshold}). */
  readonly threshold: number;
  /** Most earlier paragraphs kept per LSH bucket (see {@link DedupeOptions.maxBucket}). */
  readonly maxBucket: number;
};

/**
 * Checks dedup options and fills in the defaults.
 *
 * @param options - What the caller passed.
 * @returns Every field set.
 * @throws {@link InvalidOptionError} naming the first bad option.
 * @example
 * ```ts
 * resolveDedupeOptions({ bands: 16 }).hashes; // 128
 * ```
 */
export function resolveDedupeOptions(options: DedupeOptions = {}): ResolvedDedupeOptions {
  if (options === null || typeof options !== 'object') throw new InvalidOptionError('options', 'must be an object');
  const int = (name: keyof DedupeOptions, min: number, max: number): number => {
    const v = options[name] ?? DEDUP_DEFAULTS[name as keyof typeof DEDUP_DEFAULTS];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      throw new InvalidOptionError(name, `must be an integer from ${min} to ${max}`);
    }
    return v;
  };
  const shingleSize = int('shingleSize', 1, 16);
  const hashes = int('hashes', 1, 1024);
  const bands = int('bands', 1, hashes);
  if (hashes % bands !== 0) throw new InvalidOptionError('bands', `must divide \`hashes\` (${hashes})`);
  const minWords = int('minWords', 1, 1_000_000);
  const seed = int('seed', 0, 0xffffffff);
  const maxBucket = int('maxBucket', 1, 1_000_000);
  const threshold = options.threshold ?? DEDUP_DEFAULTS.threshold;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) {
    throw new InvalidOptionError('threshold', 'must be a number above 0 and at most 1');
  }
  const near = options.near ?? true;
  if (typeof near !== 'boolean') throw new InvalidOptionError('near', 'must be a boolean');
  return { shingleSize, hashes, bands, minWords, seed, near, threshold, maxBucket };
}
