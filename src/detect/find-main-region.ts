import { BOILERPLATE as B } from '../data/boilerplate-thresholds.js';
import type { Line } from '../parse/split-lines.js';
import { classifyLines, type LineVerdict } from './classify-lines.js';
import { createLineMemo } from './line-memo.js';

/** A run of lines that holds article text: line indexes (inclusive) and its score. */
export interface Region {
  /** Index (in `lines`) of the region's first line. */
  readonly first: number;
  /** Index of its last line. */
  readonly last: number;
  /** Sum of the line scores inside. */
  readonly score: number;
}

/** What {@link findMainRegion} returns. */
export interface MainRegions {
  /** The regions kept, in text order (empty when the text holds too little prose to judge). */
  readonly regions: readonly Region[];
  /** The verdict of every non-blank line. */
  readonly verdicts: readonly LineVerdict[];
}

/**
 * Finds where the article is in a whole-page text: the run of lines that maximises the sum of line
 * scores (prose counts for, chrome against), as BTE does for HTML (Finn, Kushmerick, Smyth 2001), found
 * with Kadane's maximum-subarray scan. A second run is kept too when it scores at least half as much as
 * the first (an article cut in two by a gallery or an ad block).
 *
 * @param lines - The lines of the text.
 * @param text - The whole text. Default: the lines joined.
 * @returns The regions and the line verdicts; no region when the best holds under
 *   `minRegionWords` words of good lines (then the text is too short to judge, and nothing goes).
 * @example
 * ```ts
 * const { regions } = findMainRegion(splitLines(page));
 * regions[0]?.first; // index of the article's first line
 * ```
 */
export function findMainRegion(lines: readonly Line[], text?: string): MainRegions {
  // The runner hands every rule the same `lines` array while the text is unchanged: the header zone (title,
  // byline, date) and boilerplate then share one analysis.
  const known = lastAnalysis.map.get('');
  if (known !== undefined && known.lines === lines && known.text === text) return known.result;
  const result = findRegions(lines, text);
  lastAnalysis.map.set('', { lines, text, result });
  return result;
}

/**
 * The last analysis, with the `lines` array and the text it was given (under the one key `''`): the rules that
 * share one (the header rules, boilerplate) ask for it in turn, each time about the newest lines. One slot in a
 * per-run memo (emptied when the run ends), not a `WeakMap` by `lines`: the scavenger kept the lines and verdicts
 * such a map held alive until a full collection, promoting every page's to the old generation.
 */
const lastAnalysis = createLineMemo<{ lines: readonly Line[]; text: string | undefined; result: MainRegions }>();

function findRegions(lines: readonly Line[], text: string | undefined): MainRegions {
  const verdicts = classifyLines(lines, text);
  const found: Region[] = [];
  const best = bestRun(verdicts, 0, verdicts.length);
  if (!best || goodWords(verdicts, best) < B.minRegionWords) return { regions: [], verdicts };
  found.push(toRegion(verdicts, best));
  // Look for further runs before and after the best one.
  const stack: Array<[number, number]> = [[0, best.from], [best.to + 1, verdicts.length]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    const run = bestRun(verdicts, from, to);
    if (!run || run.score < found[0]!.score * B.secondaryShare || goodWords(verdicts, run) < B.minRegionWords) continue;
    found.push(toRegion(verdicts, run));
    stack.push([from, run.from], [run.to + 1, to]);
  }
  found.sort((a, b) => a.first - b.first);
  return { regions: found, verdicts };
}

interface Run {
  readonly from: number;
  readonly to: number;
  readonly score: number;
}

function bestRun(v: readonly LineVerdict[], from: number, to: number): Run | null {
  // The best run so far as three numbers (a record is made once, at the end).
  let bestFrom = -1;
  let bestTo = -1;
  let bestScore = 0;
  let sum = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += v[i]!.score;
    if (sum > 0 && (bestFrom < 0 || sum > bestScore)) {
      bestFrom = start;
      bestTo = i;
      bestScore = sum;
    }
  }
  return bestFrom < 0 ? null : { from: bestFrom, to: bestTo, score: bestScore };
}

function goodWords(v: readonly LineVerdict[], run: Run): number {
  let n = 0;
  for (let i = run.from; i <= run.to; i++) if (v[i]!.cls === 'good') n += v[i]!.words;
  return n;
}

/** The run without its leading lines that are not sentences (datelines, bylines, labels above the first paragraph). */
function toRegion(v: readonly LineVerdict[], run: Run): Region {
  let from = run.from;
  while (from < run.to && v[from]!.cls !== 'good' && v[from]!.cls !== 'near') from++;
  return { first: v[from]!.line.index, last: v[run.to]!.line.index, score: run.score };
}
