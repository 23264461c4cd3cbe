/**
 * Defaults of cross-document duplicate detection ({@link findDuplicates}).
 *
 * Provenance: MinHash (Broder, "On the resemblance and containment of documents", 1997) estimates the
 * Jaccard similarity of two shingle sets as the share of equal minimum hashes; locality-sensitive
 * hashing by banding (Leskovec, Rajaraman, Ullman, *Mining of Massive Datasets*, ch. 3.4) makes two
 * sets candidates when all rows of at least one band agree. With `b` bands of `r` rows a pair of
 * similarity `s` becomes a candidate with probability `1 - (1 - s^r)^b`; the S-curve's threshold is
 * about `(1/b)^(1/r)`. Copies are judged by containment (the share of the later paragraph found in the
 * earlier one), and a short paragraph inside a longer one has a low Jaccard similarity (30 shingles in
 * 100: J = 0.3), so the curve must rise early: 128 hashes in 64 bands of 2 rows put it near 0.125 and
 * make a pair at J = 0.3 a candidate with probability 0.998 (32 bands of 4 rows: 0.23; a NYT paragraph
 * quoted inside a longer one in the seeds, J = 0.5, was missed by one seed's hashes with 32 x 4).
 * Candidates are verified by MinHash estimate, so the low threshold costs time, not precision.
 * Word 3-shingles: short news paragraphs (30-80 words) still give enough shingles; `minWords` keeps
 * one-line stock phrases ("Share this article") out, which are boilerplate, not republished copy.
 */
export const DEDUP_DEFAULTS = Object.freeze({
  /** Words per shingle. */
  shingleSize: 3,
  /** MinHash functions per paragraph. */
  hashes: 128,
  /** LSH bands (`hashes` must be a multiple of it). */
  bands: 64,
  /** Estimated Jaccard similarity at or above which two paragraphs count as near duplicates. */
  threshold: 0.8,
  /** Paragraphs with fewer normalised words are never reported as duplicates. */
  minWords: 8,
  /** Seed of the MinHash functions. */
  seed: 1,
  /** Most earlier paragraphs kept per LSH bucket (bounds work on boilerplate that recurs everywhere). */
  maxBucket: 64,
});

/** Apostrophe-like characters deleted before hashing, so "don't", "don’t" and "dont" compare equal. */
export const APOSTROPHES = /['\u2018\u2019\u02bc\u0060\u00b4]/g;

/** Runs of characters that are not letters, marks or digits: word separators when hashing. */
export const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
