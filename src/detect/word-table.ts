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
  };
}

/** FNV-1a over the code units of `text` from `start` to `end`, as an int32. */
function hashSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
