/**
 * The text as one flat string, for a loop that reads it code unit by code unit. The rule runner's texts are
 * ropes (`applyEdits` concatenates), and each `charCodeAt` of a rope, even one flattened already, goes
 * through it to its characters: the word-form tally ran 20 % longer on a rope. `toWellFormed` hands back
 * the flat string (where the engine has it; the text itself elsewhere). Where it changes anything, a lone
 * surrogate becomes U+FFFD: one code unit that is no letter for another, so the runs of letters, and where
 * they stand, are the same.
 *
 * @param text - Any text.
 * @returns An equal string, flat, or one that differs only in lone surrogates made U+FFFD.
 * @example
 * ```ts
 * const flat = flatString(rope); // then read flat.charCodeAt(i) in the loop
 * ```
 */
export function flatString(text: string): string {
  return (text as unknown as { toWellFormed?(): string }).toWellFormed?.() ?? text;
}
