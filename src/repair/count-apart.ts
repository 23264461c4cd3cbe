/** A letter or digit: what may not touch either end of a pair for it to stand as whole words. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * How often `pair` (two words and a space, `jelly jars`, `MacBook Pro`) stands in `text` as whole words:
 * no letter or digit right before it or right after it. Counting stops at `upTo`, so a caller that needs
 * one or two witnesses never scans the whole text twice over. The repair rules' evidence that a fused
 * form is two words: the document writes the same pair apart.
 *
 * @param text - The document text.
 * @param pair - The two words with one space between them.
 * @param upTo - Stop counting here. Default: `Infinity`.
 * @returns The count, at most `upTo`.
 * @example
 * ```ts
 * countApart('jelly jars and jelly jarsful', 'jelly jars'); // 1
 * ```
 */
export function countApart(text: string, pair: string, upTo = Infinity): number {
  let n = 0;
  for (let at = upTo > 0 ? text.indexOf(pair) : -1; at >= 0; at = n < upTo ? text.indexOf(pair, at + 1) : -1) {
    if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + pair.length] ?? '')) n++;
  }
  return n;
}
