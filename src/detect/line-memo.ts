import { detachString } from '../model/detach-string.js';

/**
 * Small tables of what the detectors found out about the lines of the page being cleaned, kept for one run
 * of the pipeline. The process-wide tables (`countWords`' word counts, the line facts of `classifyLines`) hold
 * {@link LINE_TABLE_SIZE} lines: a lookup there costs a few cache misses, and the rules of one run ask about the same line
 * strings again and again (each line's word count about ten times). A table of the current page's lines,
 * in front of the big one, answers those repeats from memory the CPU still holds.
 *
 * The runner forgets every such table when a run ends ({@link forgetLineMemos}), so they never keep a page
 * alive (their keys are slices of the page); a table also starts over when it reaches {@link LINE_MEMO_SIZE}
 * lines, so a huge page cannot grow it without bound.
 *
 * Forgetting replaces a memo's `Map` rather than emptying it. A long-lived `Map`'s table is in V8's old
 * generation, and there `clear()` and each growth allocate the next table too, while the abandoned tables keep
 * their entries until a full collection: until then the scavenger counts them as roots and copies every run's
 * lines, their pages and what the memos held, promoting them. A `Map` made for each run lives and dies young.
 */

/** Lines a memo holds at most before it starts over. */
export const LINE_MEMO_SIZE = 4096;

/**
 * Lines a process-wide table of line facts holds at most before it starts over (the word counts, the line
 * facts, the stop-word tallies, the chrome verdicts): a bound on what a worker keeps between pages. At 50,000
 * the line facts alone (a record, a copy of the line and its lower-cased form: ~500 bytes a line) grew a CLI
 * worker's live heap from 11 to 52 MB before the table started over, and V8 sized the heap to match: on a
 * corpus of new text that sawtooth, not the documents in flight, set the CLI's peak RSS. 10,000 lines (about
 * 100 pages' lines) keep a site's recurring chrome and stay near 5 MB (BENCHMARKS.md, "CLI memory, stop 18").
 */
export const LINE_TABLE_SIZE = 10_000;

/** A per-run table of line facts ({@link createLineMemo}): `map`, replaced by an empty one when the run ends. */
export interface LineMemo<T> {
  /** The facts of this run's lines, by line text. */
  map: Map<string, T>;
}

const memos: Array<LineMemo<unknown>> = [];

/**
 * A new per-run table of line facts, keyed by line text (forgotten with the others at the end of each run).
 *
 * @returns An empty table; add to it with {@link rememberLine}.
 * @example
 * ```ts
 * const recentCounts = createLineMemo<number>();
 * ```
 */
export function createLineMemo<T>(): LineMemo<T> {
  const memo = { map: new Map<string, T>() };
  memos.push(memo);
  return memo;
}

/**
 * Adds a line's value to a table of {@link createLineMemo}, emptying the table first when it is full.
 *
 * @param memo - The table.
 * @param line - The line text.
 * @param value - What was found out about it.
 * @returns `value`.
 * @example
 * ```ts
 * return recentCounts.map.get(text) ?? rememberLine(recentCounts, text, count(text));
 * ```
 */
export function rememberLine<T>(memo: LineMemo<T>, line: string, value: T): T {
  if (memo.map.size >= LINE_MEMO_SIZE) memo.map = new Map();
  memo.map.set(line, value);
  return value;
}

/**
 * Adds a line's value to a process-wide table of line facts: under a copy of the line ({@link detachString}),
 * so the table keeps no page alive, in a table emptied first when it holds {@link LINE_TABLE_SIZE} lines.
 *
 * @param table - The process-wide table.
 * @param line - The line text (perhaps a slice of the page).
 * @param value - What was found out about it.
 * @returns `value`.
 * @example
 * ```ts
 * return wordCounts.get(text) ?? keepLine(wordCounts, text, count(text));
 * ```
 */
export function keepLine<T>(table: Map<string, T>, line: string, value: T): T {
  if (table.size > LINE_TABLE_SIZE) table.clear();
  table.set(detachString(line), value);
  return value;
}

/**
 * Empties every table of {@link createLineMemo}: called by the runner when a run ends, so no table keeps
 * the page's lines (and through them the page) alive.
 *
 * @example
 * ```ts
 * try { run(); } finally { forgetLineMemos(); }
 * ```
 */
export function forgetLineMemos(): void {
  for (const memo of memos) memo.map = new Map();
}
