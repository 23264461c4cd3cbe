import { lowerUnit } from './char-scan.js';

/**
 * A table of words looked up by a span of a text, without slicing the span out: the scanners find a word as
 * offsets in a line, and `Map.get(line.slice(start, end))` would build and hash a new string for every word
 * of every line. Here the span's code units are hashed in place (FNV-1a) into a power-of-two array of
 * buckets (a hash kept as a small integer: no boxed number keys, as a `Map<number, ...>` of 32-bit hashes
 * would make) and the one or two words of a bucket are compared in place.
 */

/** What {@link createWordTable} returns. */
export interface WordTable<T> {
  /**
   * The value of the word `text.slice(start, end)`, or `undefined` when it is not in the table.
   *
   * @param text - The text holding the word.
   * @param start - Offset of the word's first code unit.
   * @param end - Offset just past its last.
   * @returns The word's value, or `undefined`.
   */
  get(text: string, start: number, end: number): T | undefined;
  /**
   * The value of the word `text.slice(start, end).toLowerCase()`, for a span whose every code unit
   * lower-cases to one ({@link lowerUnit}: no surrogate, no final sigma), without lower-casing the text.
   *
   * @param text - The text holding the word, in any case.
   * @param start - Offset of the word's first code unit.
   * @param end - Offset just past its last.
   * @returns The lower-cased word's value, or `undefined`.
   */
  getLower(text: string, start: number, end: number): T | undefined;
  /**
   * {@link WordTable.getLower} with the span's hash already computed by the caller as it scanned the span
   * ({@link hashLowerUnit} over its lower-cased code units, from {@link HASH_SEED}).
   *
   * @param text - The text holding the word, in any case.
   * @param start - Offset of the word's first code unit.
   * @param end - Offset just past its last.
   * @param hash - The hash of the lower-cased span.
   * @returns The lower-cased word's value, or `undefined`.
   */
  getLowerHashed(text: string, start: number, end: number, hash: number): T | undefined;
}

/** Where the hash of a word starts (FNV-1a's offset basis, as an int32). */
export const HASH_SEED = 0x811c9dc5 | 0;

/**
 * One step of the words' hash (FNV-1a over code units): a scanner that hashes a word as it reads it passes the
 * result to {@link WordTable.getLowerHashed}.
 *
 * @param hash - The hash so far ({@link HASH_SEED} before the first unit).
 * @param unit - The next code unit (lower-cased, for `getLowerHashed`).
 * @returns The hash with `unit`.
 * @example
 * ```ts
 * let h = HASH_SEED;
 * for (const c of [0x74, 0x68, 0x65]) h = hashLowerUnit(h, c); // 'the'
 * ```
 */
export function hashLowerUnit(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

interface Entry<T> {
  readonly word: string;
  readonly value: T;
  readonly next: Entry<T> | undefined;
}

/**
 * Builds a {@link WordTable} from words and their values.
 *
 * @param entries - The words (any code units) and what each stands for.
 * @returns The table; `get(text, start, end)` equals `map.get(text.slice(start, end))`.
 * @example
 * ```ts
 * const table = createWordTable(new Map([['the', 1]]));
 * table.get('in the end', 3, 6); // 1
 * ```
 */
export function createWordTable<T>(entries: ReadonlyMap<string, T>): WordTable<T> {
  // At least twice as many buckets as words: most buckets hold one word or none.
  let size = 16;
  while (size < entries.size * 2) size *= 2;
  const mask = size - 1;
  const buckets: Array<Entry<T> | undefined> = new Array<Entry<T> | undefined>(size).fill(undefined);
  let longest = 0;
  for (const [word, value] of entries) {
    const b = hashSpan(word, 0, word.length) & mask;
    buckets[b] = { word, value, next: buckets[b] };
    longest = Math.max(longest, word.length);
  }
  return {
    get(text: string, start: number, end: number): T | undefined {
      const n = end - start;
      if (n > longest) return undefined;
      for (let e = buckets[hashSpan(text, start, end) & mask]; e; e = e.next) {
        if (e.word.length === n && text.startsWith(e.word, start)) return e.value;
      }
      return undefined;
    },
    getLower(text: string, start: number, end: number): T | undefined {
      const n = end - start;
      if (n > longest) return undefined;
      let h = 0x811c9dc5 | 0;
      for (let i = start; i < end; i++) h = Math.imul(h ^ lowerUnit(text.charCodeAt(i)), 0x01000193);
      for (let e = buckets[h & mask]; e; e = e.next) {
        if (e.word.length === n && equalsLower(e.word, text, start)) return e.value;
      }
      return undefined;
    },
    getLowerHashed(text: string, start: number, end: number, hash: number): T | undefined {
      const n = end - start;
      if (n > longest) return undefined;
      for (let e = buckets[hash & mask]; e; e = e.next) {
        if (e.word.length === n && equalsLower(e.word, text, start)) return e.value;
      }
      return undefined;
    },
  };
}

/** Whether `word` is the span of `text` from `start`, of its length, lower-cased unit by unit. */
function equalsLower(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== lowerUnit(text.charCodeAt(start + k))) return false;
  return true;
}

/** FNV-1a over the code units of `text` from `start` to `end`, as an int32. */
function hashSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
