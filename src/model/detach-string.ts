/**
 * A copy of a string that does not point into the page it was cut from, for a key (or value) of a
 * process-wide table (the word-form intern table and word-join's memos, the line tables of the noise rules).
 * V8 makes a slice of 13 code units or more as a view into the whole text, so a table that outlives the page
 * and holds such a slice keeps the whole page in memory.
 */

/** V8 copies a slice shorter than this; a longer one points into its whole text (a sliced string). */
const SHORTEST_SLICED = 13;

/**
 * The same characters in a string of their own: concatenating makes a rope, and slicing the rope flattens it
 * into a new string, which the slice then points into (one copy of the characters, plus one).
 *
 * @param text - A string, perhaps a slice of a page.
 * @returns An equal string that keeps no larger string alive.
 * @example
 * ```ts
 * lineFacts.set(detachString(line.text), facts);
 * ```
 */
export function detachString(text: string): string {
  return text.length < SHORTEST_SLICED ? text : (' ' + text).slice(1);
}
