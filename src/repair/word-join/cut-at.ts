// A split of a token: where the spaces go, and the parts they cut. What the judges of `word-join` answer
// (`split-lower-case`, `split-capitalised`) and `split-word-join` turns into findings.

/** A reading of a token as words run together: where the spaces go, and why. */
export interface Split {
  /** Offsets in the token where a space goes, ascending. */
  readonly cuts: readonly number[];
  /** How sure the reading is, 0..1. */
  readonly confidence: number;
  /** Why, for the finding's reason. */
  readonly reason: string;
}

/**
 * The parts of `token` cut at `cuts`.
 *
 * @param token - A token.
 * @param cuts - Offsets in it, ascending.
 * @returns The `cuts.length + 1` parts.
 * @example
 * ```ts
 * cutAt('ontheway', [2, 5]); // ['on', 'the', 'way']
 * ```
 */
export function cutAt(token: string, cuts: readonly number[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const c of cuts) {
    out.push(token.slice(from, c));
    from = c;
  }
  out.push(token.slice(from));
  return out;
}
