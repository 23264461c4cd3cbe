import type { LineClass } from './classify-lines.js';
import { countWordsOnce } from './line-shape.js';
import { titleCaseRatio } from './line-case.js';
import { tallyWords, type LineTally } from './stop-language.js';
import { LINE_TABLE_SIZE, createLineMemo, rememberLine } from './line-memo.js';
import { detachString } from '../model/detach-string.js';

/**
 * What the rules ask about a line again and again, computed once per line text and found again with one
 * lookup: the trimmed line, its word count, its lower-cased form, its stop-list tally, whether it is page
 * chrome or a photo credit, and its classes. The pipeline classifies a page again after each rule that edits
 * it and each detector reads every line, while most lines stay the same string from rule to rule; before
 * this record, each question was a lookup by line text in a table of its own (a word count was looked up
 * about ten times per line and run).
 *
 * Fields left `undefined` are filled by the one function that computes them, on first use:
 * `lower` by `lowerKey`, `tally` by `tallyOf`, `titleCase` by `titleCaseOf` (all three here; a line of 30 code units or more gets its
 * tally, and its key when it is at most 40 long, with its record), `chrome` by `classify-lines`'s `isChromeFact`,
 * `credit` by `isCreditLine`, `fused` by `findFusedCredits`, `verdictKey`/`verdictCls`/`verdictScore` by `classifyLines` (keyed by the page's stop list
 * and whether the line recurs: class and score depend on nothing else).
 */
export interface LineFacts {
  /** The line without white space at its ends. */
  readonly trimmed: string;
  /** Its word count (`countWords`; trimming does not change it). */
  readonly words: number;
  /** `trimmed` lower-cased (a key for counting recurring labels). */
  lower: string | undefined;
  /** What the stop lists say about the line. */
  tally: LineTally | undefined;
  /** `titleCaseRatio` of the line (`null`: no cased word). */
  titleCase: number | null | undefined;
  /** Whether `trimmed` is page chrome (`isChromeLine`). */
  chrome: boolean | undefined;
  /** Whether the line is a photo credit (`isCreditLine`). */
  credit: boolean | undefined;
  /** Whether the line holds a Title Case fragment fused between sentences (`findFusedCredits`' scan of it finds one). */
  fused: boolean | undefined;
  /** The key (stop-list slot and recurrence) of the line's verdict, `-1` before it. */
  verdictKey: number;
  /**
   * The line's class under `verdictKey`: a line is almost always judged under one key only (its page's stop
   * list), so its first verdict is kept in the record itself (`verdictCls`, `verdictScore`), with no object; a
   * line met under another key (a label recurring on one page and not on another) is judged again there.
   */
  verdictCls: LineClass | undefined;
  /** The line's score under `verdictKey` (NaN before it). */
  verdictScore: number;
}

/**
 * Facts of lines met more than once in this process, by line text (untrimmed: the string the pipeline keeps while
 * a line is unchanged); the keys are copies of the lines ({@link detachString}), so the table keeps no page alive.
 */
const lineFacts = new Map<string, LineFacts>();

/** The facts of this run's lines, in front of `lineFacts` (each line is asked about many times per run). */
const runLineFacts = createLineMemo<LineFacts>();

/**
 * Slots of {@link metLines}: a line's slot is a hash of its length and its first code units. A power of two; at
 * 128 KB the filter stays in the CPU's cache where the big table's probe does not.
 */
const MET_SLOTS = 1 << 17;

/**
 * Which lines this process may have met before (a one-byte flag per slot, set when a line of that slot is met;
 * emptied when a quarter of the slots are set). A line whose slot is empty was never met since: its facts go to
 * the run's memo alone, without a probe of `lineFacts` (a miss costs a few cache misses), a copy of the line
 * and its insertion (kept there, the record lives on into the old generation). A line is kept in `lineFacts`
 * from its second meeting on, so a label that recurs from page to page is still judged once. Most of a
 * corpus's lines are met once: see BENCHMARKS.md, "Noise rules' throughput, stop 17".
 */
const metLines = new Uint8Array(MET_SLOTS);
let metCount = 0;

/** Whether a line may have been met before; marks it met. False only for a line never met (since the last emptying). */
function metBefore(text: string): boolean {
  // Only the line's length and first 24 code units are hashed (FNV-1a): two lines that share a slot cost a probe
  // of the table, as every line did before the filter, never a wrong fact.
  let h = text.length;
  for (let i = 0; i < text.length && i < 24; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const slot = (h ^ (h >>> 15)) & (MET_SLOTS - 1);
  if (metLines[slot] !== 0) return true;
  if (++metCount > MET_SLOTS / 4) {
    metLines.fill(0);
    metCount = 1;
  }
  metLines[slot] = 1;
  return false;
}

/**
 * A character of a lower-cased line on which the tally's word count and `countWords` may part: a combining dot
 * (`İ` lower-cases to `i` and one, which ends a word), a surrogate (the two scans split astral characters
 * differently), or anything from U+2E80 on (every Han and Kana character is there: `countWords` counts their
 * runs its own way). Without one, lower-casing kept each character's length and word-ness (see `char-scan`'s
 * `LOWER_KEEPS_WORDS_BIT`), so both count the same runs of `[\p{L}\p{N}]`.
 */
const MAY_COUNT_APART = /[\u0307\u2e80-\uffff]/;

/**
 * A new facts record of a line. A line the stop-list guess reads (30 code units or more) is tallied at once,
 * and its word count taken from the tally: the tally's scan finds the same words `countWords` would, so the
 * line is scanned for words once instead of twice (the scan, not the look-ups, is most of a tally's cost).
 */
function newFacts(text: string): LineFacts {
  const trimmed = text.trim();
  let words: number;
  let lower: string | undefined;
  let tally: LineTally | undefined;
  if (text.length >= 30) {
    const low = trimmed.toLowerCase();
    tally = tallyWords(low);
    words = MAY_COUNT_APART.test(low) ? countWordsOnce(trimmed) : tally.words;
    // Kept as the line's key only where `classifyLines` asks for one (lines of at most 40 code units).
    if (text.length <= 40) lower = low;
  } else words = countWordsOnce(trimmed);
  // `verdictScore` starts as NaN (never read before `verdictKey` is set), a double as most scores are: made with
  // the small integer 0, the field changed representation at the first fractional score, which gave every record
  // a new hidden class and deoptimised the code compiled for the old one.
  return { trimmed, words, lower, tally, titleCase: undefined, chrome: undefined, credit: undefined, fused: undefined, verdictKey: -1, verdictCls: undefined, verdictScore: NaN };
}

/**
 * The facts record of a line (made when the line is new).
 *
 * @param text - One line, as `Line.text` holds it.
 * @returns Its record, shared by every rule that asks about the same text.
 * @example
 * ```ts
 * factsOfLine('  Home  ').trimmed; // 'Home'
 * ```
 */
export function factsOfLine(text: string): LineFacts {
  const recent = runLineFacts.map.get(text);
  if (recent !== undefined) return recent;
  // A line met for the first time: a record for this run only (its `trimmed` may be a slice of the page).
  if (!metBefore(text)) return rememberLine(runLineFacts, text, newFacts(text));
  let f = lineFacts.get(text);
  if (f === undefined) {
    // The table outlives the page: its key and the trimmed line are copies that do not point into the page.
    const key = detachString(text);
    f = newFacts(key);
    if (lineFacts.size > LINE_TABLE_SIZE) lineFacts.clear();
    lineFacts.set(key, f);
  }
  return rememberLine(runLineFacts, text, f);
}

/**
 * The trimmed line lower-cased, built once.
 *
 * @param f - A line's facts.
 * @returns `f.trimmed.toLowerCase()`.
 * @example
 * ```ts
 * lowerKey(factsOfLine('Home')); // 'home'
 * ```
 */
export function lowerKey(f: LineFacts): string {
  return (f.lower ??= f.trimmed.toLowerCase());
}

/**
 * The line's stop-list tally, computed once (from the lower-cased key when it is built; not kept otherwise).
 *
 * @param f - A line's facts.
 * @returns `tallyWords(f.trimmed.toLowerCase())`, the tally of the untrimmed line too.
 * @example
 * ```ts
 * tallyOf(factsOfLine('The end')).words; // 2
 * ```
 */
export function tallyOf(f: LineFacts): LineTally {
  return (f.tally ??= tallyWords(f.lower ?? f.trimmed.toLowerCase()));
}

/**
 * The line's Title Case ratio, computed once (the classifier and `related-links` both read it).
 *
 * @param f - A line's facts.
 * @returns `titleCaseRatio(f.trimmed)`, the ratio of the untrimmed line too (white space holds no word).
 * @example
 * ```ts
 * titleCaseOf(factsOfLine('Nadal Keeps Spain Alive')); // 1
 * ```
 */
export function titleCaseOf(f: LineFacts): number | null {
  return f.titleCase !== undefined ? f.titleCase : (f.titleCase = titleCaseRatio(f.trimmed));
}
