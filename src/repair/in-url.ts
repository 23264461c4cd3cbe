/** What marks a run of non-space characters as a URL, an e-mail address, a path or a hashtag. */
const URL_MARK = /:\/\/|@|www\.|\.(?:com|org|net|io)\b|\/|#/i;

/**
 * True when the span `start..end` lies in a run of non-space characters that looks like a URL, an e-mail
 * address, a path or a hashtag. The repairs that insert spaces (`case-seam`, `word-join`) leave such runs
 * alone, and they must agree on it: a space one of them inserted elsewhere in the run would cut it in two,
 * and on a second pass the other would see a plain word where it had seen a URL.
 *
 * @param text - The text.
 * @param start - Start of the span.
 * @param end - End of the span.
 * @returns Whether the surrounding run is URL-like.
 * @example
 * ```ts
 * inUrl('see example.com/LegionIn now', 4, 24); // true
 * ```
 */
export function inUrl(text: string, start: number, end: number): boolean {
  let s = start;
  while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/\s/.test(text[e]!)) e++;
  return URL_MARK.test(text.slice(s, e));
}
