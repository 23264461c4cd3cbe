import { CHEAP_INDELS, CHEAP_SUBSTITUTIONS } from '../data/variant-keys.js';

const cheapPairs = new Set<string>();
for (const group of CHEAP_SUBSTITUTIONS) for (const a of group) for (const b of group) if (a !== b) cheapPairs.add(a + b);

/** What {@link keyDistance} returns. */
export interface KeyDistance {
  /** The weighted edit cost (a full edit costs 1, a transliteration-like one 0.5). */
  readonly cost: number;
  /** Full-cost edits among them (an unrelated substitution or a consonant inserted/deleted). */
  readonly hardEdits: number;
  /** `cost` divided by the longer key's length (0 = same key). */
  readonly normalized: number;
}

/**
 * A weighted Levenshtein distance between two transliteration keys, bounded: substitutions between
 * letters that romanisations swap (vowels, g/h, s/z, c/s, v/f, k/h, d/t) and insertions or deletions of
 * vowels, h and y cost 0.5; any other edit costs 1. Gives up (returns `null`) as soon as the cost must
 * exceed `maxCost`, so comparing two very different keys is cheap (banded dynamic programming).
 *
 * The weighting follows the idea of weighted edit distances for name matching (Christen, "A comparison of
 * personal name matching", 2006); the weights are this project's, from the romanisation tables.
 *
 * @param a - A key from {@link translitKey}.
 * @param b - Another key.
 * @param maxCost - Stop beyond this cost. Default: `2`.
 * @returns The distance, or `null` when it exceeds `maxCost`.
 * @example
 * ```ts
 * keyDistance('volobuev', 'volubuev'); // { cost: 0.5, hardEdits: 0, normalized: 0.0625 }
 * ```
 */
export function keyDistance(a: string, b: string, maxCost = 2): KeyDistance | null {
  if (Math.abs(a.length - b.length) * 0.5 > maxCost) return null;
  const n = a.length;
  const m = b.length;
  // cost and hard-edit count per cell, two rows.
  if (buffers[0].length < m + 1) buffers = makeBuffers(2 * (m + 1));
  let [prevCost, prevHard, curCost, curHard] = buffers;
  prevCost[0] = 0;
  prevHard[0] = 0;
  for (let j = 1; j <= m; j++) {
    const c = indelCost(b[j - 1]!);
    prevCost[j] = prevCost[j - 1]! + c;
    prevHard[j] = prevHard[j - 1]! + (c === 1 ? 1 : 0);
  }
  for (let i = 1; i <= n; i++) {
    const ca = a[i - 1]!;
    const del = indelCost(ca);
    curCost[0] = prevCost[0]! + del;
    curHard[0] = prevHard[0]! + (del === 1 ? 1 : 0);
    let rowMin = curCost[0]!;
    for (let j = 1; j <= m; j++) {
      const cb = b[j - 1]!;
      const sub = ca === cb ? 0 : cheapPairs.has(ca + cb) ? 0.5 : 1;
      let best = prevCost[j - 1]! + sub;
      let hard = prevHard[j - 1]! + (sub === 1 ? 1 : 0);
      const ins = indelCost(cb);
      const viaDel = prevCost[j]! + del;
      if (viaDel < best || (viaDel === best && prevHard[j]! + (del === 1 ? 1 : 0) < hard)) {
        best = viaDel;
        hard = prevHard[j]! + (del === 1 ? 1 : 0);
      }
      const viaIns = curCost[j - 1]! + ins;
      if (viaIns < best || (viaIns === best && curHard[j - 1]! + (ins === 1 ? 1 : 0) < hard)) {
        best = viaIns;
        hard = curHard[j - 1]! + (ins === 1 ? 1 : 0);
      }
      curCost[j] = best;
      curHard[j] = hard;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > maxCost) return null;
    [prevCost, curCost] = [curCost, prevCost];
    [prevHard, curHard] = [curHard, prevHard];
  }
  const cost = prevCost[m]!;
  if (cost > maxCost) return null;
  return { cost, hardEdits: prevHard[m]!, normalized: cost / Math.max(n, m, 1) };
}

// Rows reused between calls (keys are short; grown when a longer one comes).
let buffers = makeBuffers(64);
function makeBuffers(n: number): [Float64Array, Uint16Array, Float64Array, Uint16Array] {
  return [new Float64Array(n), new Uint16Array(n), new Float64Array(n), new Uint16Array(n)];
}

function indelCost(c: string): number {
  return CHEAP_INDELS.includes(c) ? 0.5 : 1;
}
