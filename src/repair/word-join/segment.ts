import { lastParts } from './listed-part-cost.js';

// The segmenter of `word-join`: the cheapest way to cut a token into two to four parts under a part cost
// it is given, by dynamic programming. It knows no guard and reads the word lists only through
// `lastParts`, a check before its search; `cheapest-reading` gives it the part cost, and the guards
// (`part-guards`) judge what it finds.

/** Most parts a fused token is read as (`or|other|irritant|is`). */
const MAX_PARTS = 4;

/** A segmentation: where the parts start after the first, and its cost in the Zipf model. */
export interface Reading {
  /** Offsets in the token where a part starts, after the first, ascending. */
  readonly cuts: readonly number[];
  /** The sum of its parts' costs (natural-log units). */
  readonly cost: number;
}

/**
 * The cheapest segmentation of `token` into 2..{@link MAX_PARTS} parts under the part cost `cost`
 * (undefined: no part), by dynamic programming over (parts so far, end): what a plain unigram segmenter
 * would choose. Most tokens that are no fusion have no admissible last part: that is found out before the
 * n² search, from what the token's last parts are whatever the document ({@link lastParts}, kept
 * process-wide), asking `cost` only about the last parts that a document alone can admit.
 *
 * @param token - A lower-case a-z token.
 * @param cost - The cost of the part `token.slice(i, j)`, or `undefined` when it is no part. It must refuse
 *   what the lists refuse of a last part: where {@link lastParts} is not `true`, only the starts it names
 *   are asked before the search.
 * @returns The cheapest reading, or `null` when no segmentation has admissible parts only.
 * @example
 * ```ts
 * segment('formedin', (i, j) => listedPartCost('formedin'.slice(i, j)) ?? undefined)?.cuts; // [6]
 * ```
 */
export function segment(token: string, cost: (i: number, j: number) => number | undefined): Reading | null {
  const n = token.length;
  const last = lastParts(token);
  if (last !== true) {
    let anyLast = false;
    for (let k = 0; k < last.length && !anyLast; k++) anyLast = cost(last[k]!, n) !== undefined;
    if (!anyLast) return null;
  }
  // At k * w + j: the cheapest cost of token[0, j) in k parts (Infinity: none), and where its last part starts.
  const w = n + 1;
  // Plain arrays: a typed array of more than 64 bytes is kept outside the heap and costs ~1 µs to make.
  const best: number[] = new Array((MAX_PARTS + 1) * w).fill(Infinity);
  const from: number[] = new Array((MAX_PARTS + 1) * w).fill(0);
  for (let j = 1; j < n; j++) {
    const c = cost(0, j);
    if (c !== undefined) best[w + j] = c;
  }
  let answer: Reading | null = null;
  for (let k = 2; k <= MAX_PARTS; k++) {
    const prev = (k - 1) * w;
    const row = k * w;
    for (let i = 1; i < n; i++) {
      const before = best[prev + i]!;
      if (before === Infinity) continue;
      for (let j = i + 1; j <= n; j++) {
        if (j < n && k === MAX_PARTS) continue;
        const c = cost(i, j);
        if (c === undefined) continue;
        const total = before + c;
        if (total < best[row + j]!) {
          best[row + j] = total;
          from[row + j] = i;
        }
      }
    }
    const end = best[row + n]!;
    if (end === Infinity || (answer && answer.cost <= end)) continue;
    const cuts: number[] = [];
    for (let kk = k, at = n; kk > 1; kk--) {
      at = from[kk * w + at]!;
      cuts.unshift(at);
    }
    answer = { cuts, cost: end };
  }
  return answer;
}
