import { formOf, formTableGeneration, internRuns, prepareFormTable, slotOf } from './word-form-table.js';
import { flatString } from '../../model/flat-string.js';
import { copyInts, newInts } from './int-blocks.js';
import { isLetterCode } from '../../model/characters.js';

/** The distinct word forms of a text and how often each stands in it. */
export interface WordFormTally {
  /** The distinct forms (maximal runs of letters), in order of first occurrence. */
  readonly forms: readonly string[];
  /** How often each of `forms` stands in the text. */
  readonly counts: Int32Array;
  /** Number of word tokens. */
  readonly tokens: number;
  /**
   * How often each form stands among the first `early` tokens (for the forms seen by then, a prefix of
   * `forms`), or `null` when the text has fewer tokens than that.
   */
  readonly earlyCounts: Int32Array | null;
  /** Where the `early`-th token ends in the text, or -1 when the text has fewer tokens. */
  readonly earlyEnd: number;
  /** The id of each of `forms` in the process-wide intern table (word-form-table.ts), of generation `generation`. */
  readonly ids: Int32Array;
  /** The intern table's generation the `ids` belong to. */
  readonly generation: number;
  /**
   * The tally's index of `forms`, an open-addressing table of a power of two slots: two numbers a slot,
   * the index in `forms` + 1 (0: an empty slot) and the form's `formHash`, at `slotOf(hash) & (slots - 1)`
   * or the first slot after it (wrapping) that holds the form or is empty.
   */
  readonly index: Int32Array;
  /** The text counted. */
  readonly text: string;
  /** Where each of `forms` first stands in `text`. */
  readonly firsts: Int32Array;
}

// The open-addressing table of the text being counted (a tally runs to its end before the next begins): a
// table of its own per text, which the tally hands out as its index; the form arrays are reused from text to text.
/** Slots of the table for the text being counted: a power of two. */
let capacity = 0;
/** Two numbers a slot: the index into the forms of the tally + 1 (0: empty), and the form's hash; `capacity` slots in use. */
let slots: Int32Array = new Int32Array(0);
let formStart: Int32Array = new Int32Array(0);
let formLength: Int32Array = new Int32Array(0);
let formHash: Int32Array = new Int32Array(0);
let formCount: Int32Array = new Int32Array(0);
let formId: Int32Array = new Int32Array(0);

/** Sizes the form arrays for `forms` distinct forms, keeping those held that fit. */
function growForms(forms: number): void {
  const grow = (old: Int32Array): Int32Array => {
    const next = new Int32Array(forms);
    next.set(old.subarray(0, Math.min(old.length, forms)));
    return next;
  };
  formStart = grow(formStart);
  formLength = grow(formLength);
  formHash = grow(formHash);
  formCount = grow(formCount);
  formId = grow(formId);
}

const MIN_SLOTS = 64;
/** Slots a text's table starts with at most (a longer text's grows); also bounds the form arrays kept for the next text. */
const MAX_KEPT_SLOTS = 8192;
/**
 * A text starts with a slot per this many characters (a power of two above it): a page has a distinct form
 * per 12 characters or so (5.4 at the least on the bench's pages), and the table is kept at most half
 * full, so almost no text grows its table and none clears many more slots than it needs.
 */
const CHARS_PER_SLOT = 4;

/**
 * A new, empty table of `size` slots for the text to count. Made afresh (zero-filled by {@link newInts}) and
 * handed out as the tally's index, where a buffer kept from text to text had to be emptied, and then copied
 * for the index: two passes over it more.
 */
function clearSlots(size: number): void {
  capacity = size;
  slots = newInts(size * 2);
}

/**
 * Counts the maximal runs of letters (code points in `\p{L}`) of a text by form: the tokens
 * `text.split(/[^\p{L}]+/u)` gives. Tokens are found in an open-addressing table keyed by a hash of their
 * code units and compared in place in the text, so one string is made per distinct form, not per token
 * (a page of 1,700 tokens has some 700 forms), and a repeated token costs no string and no map probe.
 * Each distinct form is then looked up the same way in the process-wide intern table (word-form-table.ts),
 * all of them once the text is read (`internRuns`): a form seen in an earlier text costs no string at all,
 * and comes with its id there.
 *
 * @param whole - Any text.
 * @param early - Also report the counts among the first this many tokens.
 * @returns The {@link WordFormTally}.
 * @example
 * ```ts
 * const t = tallyWordForms('Kyiv said. Kyiv forces', 2);
 * t.forms; // ['Kyiv', 'said', 'forces']
 * t.counts; // Int32Array [2, 1, 1]
 * ```
 */
export function tallyWordForms(whole: string, early: number): WordFormTally {
  prepareFormTable();
  const text = flatString(whole); // read flat, not as the runner's rope (model/flat-string.ts)
  const n = text.length;
  let size = MIN_SLOTS;
  while (size * CHARS_PER_SLOT < n && size < MAX_KEPT_SLOTS) size *= 2;
  clearSlots(size);
  if (formStart.length < MIN_SLOTS) growForms(MIN_SLOTS);
  let distinct = 0;
  let tokens = 0;
  let earlyCounts: Int32Array | null = null;
  let earlyEnd = -1;
  // The table and the form arrays in locals: a module variable is read again after each call the loop makes.
  let table = slots;
  let mask = capacity - 1;
  let starts = formStart;
  let lengths = formLength;
  let counts = formCount;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    // a-z or A-Z by one test (`c | 32` folds A-Z onto a-z and nothing else onto it); other ASCII is no letter.
    let len = ((c | 32) - 97) >>> 0 < 26 ? 1 : c < 128 ? -1 : letterUnits(text, i, c, n);
    if (len < 0) {
      i -= len;
      continue;
    }
    // A run of letters from here: hash its code units as it is read.
    const start = i;
    let hash = 0;
    for (;;) {
      hash = (Math.imul(hash, 31) + c) | 0;
      if (len === 2) hash = (Math.imul(hash, 31) + text.charCodeAt(i + 1)) | 0;
      i += len;
      // The ASCII letters that follow (most of a run) in a loop of their own.
      while (i < n && (((c = text.charCodeAt(i)) | 32) - 97) >>> 0 < 26) {
        hash = (Math.imul(hash, 31) + c) | 0;
        i++;
      }
      if (i >= n || c < 128 || (len = letterUnits(text, i, c, n)) < 0) break;
    }
    // The token [start, i): find its form, or add it; then step over what ended it (no letter).
    const length = i - start;
    if (i < n) i += c < 128 ? 1 : -len;
    let slot = slotOf(hash) & mask;
    let form = 0;
    for (;;) {
      const f = table[slot * 2]!;
      if (f === 0) break;
      if (table[slot * 2 + 1] === hash && lengths[f - 1] === length && sameRun(text, starts[f - 1]!, start, length)) {
        form = f;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (form === 0) {
      if (distinct === starts.length) {
        growForms(distinct * 2);
        starts = formStart;
        lengths = formLength;
        counts = formCount;
      }
      starts[distinct] = start;
      lengths[distinct] = length;
      formHash[distinct] = hash;
      counts[distinct] = 0;
      table[slot * 2] = ++distinct;
      table[slot * 2 + 1] = hash;
      form = distinct;
      if (distinct * 2 > capacity) {
        rehash(capacity * 2, distinct);
        table = slots;
        mask = capacity - 1;
      }
    }
    counts[form - 1]!++;
    if (++tokens === early) {
      earlyCounts = copyInts(counts, distinct);
      earlyEnd = start + length;
    }
  }
  // Each distinct form's id in the intern table, all at once when the text is read (see internRuns).
  internRuns(text, formStart, formLength, formHash, distinct, formId);
  const forms: string[] = new Array(distinct);
  for (let k = 0; k < distinct; k++) forms[k] = formOf(formId[k]!); // one string per form, shared with earlier texts
  const tally = {
    forms, counts: copyInts(formCount, distinct), tokens, earlyCounts, earlyEnd, ids: copyInts(formId, distinct), generation: formTableGeneration(),
    index: slots, text: whole, firsts: copyInts(formStart, distinct),
  };
  // A long text's form arrays are not kept: what stays between texts is bounded.
  if (formStart.length > MAX_KEPT_SLOTS / 2) growForms(0);
  return tally;
}

/**
 * For the code unit `c` (not ASCII) at `i`: the length in code units of the letter that starts there (1,
 * or 2 for a surrogate pair), or minus the length of the code point when it is no letter.
 */
function letterUnits(text: string, i: number, c: number, n: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return isLetterCode((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) ? 2 : -2;
  }
  return isLetterCode(c) ? 1 : -1;
}

/** Grows the table to `size` slots and puts the `distinct` forms back (from their own arrays, not from the old slots). */
function rehash(size: number, distinct: number): void {
  clearSlots(size);
  const mask = size - 1;
  for (let k = 0; k < distinct; k++) {
    let slot = slotOf(formHash[k]!) & mask;
    while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = k + 1;
    slots[slot * 2 + 1] = formHash[k]!;
  }
}

/** True when the `length` code units at `a` and at `b` are the same. */
function sameRun(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}
