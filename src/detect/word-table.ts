/**
 * A table of words looked up by a span of a text, without slicing the span out: the scanners find a word as
 * offsets in a line, and `Map.get(line.slice(start, end))` would build and hash a new string for every word
 * of every line. Here the span's code units are hashed in place (FNV-1a) and the one or two words of that
 * hash are compared in place (`startsWith` at an offset).
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
  const buckets = new Map<number, Entry<T>>();
  let longest = 0;
  for (const [word, value] of entries) {
    const h = hashSpan(word, 0, word.length);
    buckets.set(h, { word, value, next: buckets.get(h) });
    longest = Math.max(longest, word.length);
  }
  return {
    get(text: string, start: number, end: number): T | undefined {
      const n = end - start;
      if (n > longest) return undefined;
      for (let e = buckets.get(hashSpan(text, start, end)); e; e = e.next) {
        if (e.word.length === n && text.startsWith(e.word, start)) return e.value;
      }
      return undefined;
    },
  };
}

/** FNV-1a over the code units of `text` from `start` to `end`. */
function hashSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
