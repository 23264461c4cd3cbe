/**
 * A cheap test to run before a costly case-insensitive regex: "can this text match at all?", answered by
 * looking for literal clues every match must hold. V8 runs a long `/iu` alternation (the chrome phrases)
 * at every position of a line; a plain `/i` search for a handful of literal strings is several times
 * faster, and most lines hold none of them.
 *
 * The test is exact for ASCII text: under `/iu`, an ASCII character matches only its ASCII case partner
 * (the characters that fold to ASCII letters, `ſ` and the Kelvin sign, are not ASCII), so a match of an
 * ASCII phrase in an ASCII line holds the phrase's literal pieces, in either case. A text with any other
 * character is passed on to the regex (the clues say nothing about it), except the C1 controls, the no-break
 * space and the typographic punctuation of news prose (U+2000-U+206F: curly quotes, dashes, the ellipsis): they have no
 * case, fold to nothing else, and no guarded phrase is written with them, so a match holds a clue or another
 * non-ASCII character all the same. Without that exception every line with a curly apostrophe went to the regex.
 */

/** What {@link createClueTest} returns: `true` when the text may match (run the regex), `false` when it cannot. */
export type ClueTest = (text: string) => boolean;

/**
 * Builds a clue test from literal clues.
 *
 * @param clues - Lower-case ASCII strings; each match of the guarded regex in an ASCII text must hold one of
 *   them (in any case). Keep them beside the regex source, and test that every alternative holds one.
 * @returns A test that is `true` for every text holding a clue (ASCII case-insensitively) or a non-ASCII
 *   code unit outside U+0080-U+00A0 and U+2000-U+206F, and `false` otherwise.
 * @example
 * ```ts
 * const mayBeChrome = createClueTest(['subscribe', 'newsletter']);
 * mayBeChrome('Subscribe now'); // true
 * mayBeChrome('The council met on Monday'); // false: the regex is not run
 * ```
 */
export function createClueTest(clues: readonly string[]): ClueTest {
  for (const c of clues) {
    if (c === '' || /[^\x20-\x7e]/.test(c) || c !== c.toLowerCase()) throw new Error(`a clue must be lower-case printable ASCII, got ${JSON.stringify(c)}`);
  }
  // One non-unicode `/i` alternation of literals (no `\p{...}`, no folding tables) and any non-ASCII code unit
  // but the C1 controls, the no-break space and the general punctuation block.
  const re = new RegExp(`${clues.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|[^\\x00-\\xa0\\u2000-\\u206f]`, 'i');
  return (text) => re.test(text);
}
