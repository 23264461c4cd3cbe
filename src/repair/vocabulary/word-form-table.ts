import { detachString } from '../../model/detach-string.js';
/**
 * A process-wide intern table of word forms (one per worker thread), bounded: each distinct form seen in
 * any text gets a small id and one string, so that a form met on an earlier page costs no new string, and
 * what the repair rules judge from the form alone ({@link FormProperty}) is judged once per form, not once
 * per page and rule. When it holds {@link FORM_TABLE_LIMIT} forms it is emptied at the start of the next
 * tally and its generation ({@link formTableGeneration}) moves on; ids of an older generation mean nothing.
 * A cache only: it changes no answer, whatever was counted before.
 */

/** Forms held before the table is emptied. */
export const FORM_TABLE_LIMIT = 50_000;

/** Numbers a slot of the table: id + 1, hash, length, then {@link INLINE} code units two a number. */
const STRIDE = 8;
const INLINE = (STRIDE - 3) * 2;

let generation = 0;
let count = 0;
let strings: string[] = [];
let capacity = 2048;
/**
 * {@link STRIDE} numbers a slot, side by side: the id + 1 (0: empty), the form's hash, its length, and its
 * first {@link INLINE} code units, two a number. A probe reads one slot and compares the form there, not
 * in its string: a page's tally probes the table once per distinct form (some 700), and between two pages
 * the rest of `clean()` has evicted the table from the cache, so each read elsewhere was a miss of its own.
 */
let slots = new Int32Array(capacity * STRIDE);

/**
 * Spreads a {@link formHash} over the slots of an open-addressing table (mask the result to its size): the
 * one mixer of every word-keyed hash table of the repairs (this table, `tallyWordForms`, the corpus's pair counters).
 *
 * @param hash - A 32-bit hash.
 * @returns A well-mixed unsigned 32-bit number.
 * @example
 * ```ts
 * const slot = slotOf(formHash('upto')) & (slots - 1);
 * ```
 */
export function slotOf(hash: number): number {
  return Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0;
}

/**
 * The generation of the table: ids handed out under one generation are valid until it changes.
 *
 * @returns The current generation.
 * @example
 * ```ts
 * const g = formTableGeneration(); // compare later: a change means the ids kept are stale
 * ```
 */
export function formTableGeneration(): number {
  return generation;
}

/**
 * Empties the table when it is full; called before a text is tallied (never in the middle of one, so the
 * ids of the text being counted stay valid to its end).
 *
 * @example
 * ```ts
 * prepareFormTable();
 * ```
 */
export function prepareFormTable(): void {
  if (count < FORM_TABLE_LIMIT) return;
  generation++;
  count = 0;
  strings = [];
  capacity = 2048;
  slots = new Int32Array(capacity * STRIDE);
}

/**
 * The hash the table keys a form by: a polynomial over its UTF-16 code units (what
 * `tallyWordForms` computes as it reads a run of letters).
 *
 * @param form - A word form.
 * @returns The hash (a 32-bit integer).
 * @example
 * ```ts
 * formHash('ab'); // 97 * 31 + 98
 * ```
 */
export function formHash(form: string): number {
  let h = 0;
  for (let i = 0; i < form.length; i++) h = (Math.imul(h, 31) + form.charCodeAt(i)) | 0;
  return h;
}

/**
 * The id of the form `text.slice(start, start + length)`, whose {@link formHash} is `hash`, added when new:
 * found by the hash and compared in place, so a form held already costs no string.
 *
 * @param text - The text the form stands in.
 * @param start - Where it starts.
 * @param length - Its length in code units.
 * @param hash - `formHash` of the form.
 * @returns Its id (valid while {@link formTableGeneration} stays the same).
 * @example
 * ```ts
 * internRun('the Kyiv', 4, 4, formHash('Kyiv')) === internForm('Kyiv'); // true
 * ```
 */
export function internRun(text: string, start: number, length: number, hash: number): number {
  const mask = capacity - 1;
  let slot = slotOf(hash) & mask;
  for (;;) {
    const at = slot * STRIDE;
    const f = slots[at]!;
    if (f === 0) break;
    if (slots[at + 1] === hash && slots[at + 2] === length && sameRun(text, start, length, at, f - 1)) return f - 1;
    slot = (slot + 1) & mask;
  }
  return add(detachString(text.slice(start, start + length)), hash, slot);
}

/**
 * {@link internRun} for `n` runs of one text at once, in order (so the ids are those `n` calls would give):
 * the slots the runs hash to are read first, all of them, and only then compared and filled. The table is
 * large (a slot of 32 bytes per form, some 50,000 forms) and cold when a page is counted, so a run's probe
 * waits on memory; reads that do not wait on each other are in flight together, where a probe per run as
 * the text is read waited for each in turn.
 *
 * @param text - The text the runs stand in.
 * @param starts - Where each run starts.
 * @param lengths - Each run's length in code units.
 * @param hashes - Each run's {@link formHash}.
 * @param n - The number of runs (the first `n` of each array).
 * @param ids - Receives each run's id (valid while {@link formTableGeneration} stays the same).
 * @example
 * ```ts
 * const ids = new Int32Array(1);
 * internRuns('the Kyiv', Int32Array.of(4), Int32Array.of(4), Int32Array.of(formHash('Kyiv')), 1, ids);
 * ids[0] === internForm('Kyiv'); // true
 * ```
 */
export function internRuns(text: string, starts: Int32Array, lengths: Int32Array, hashes: Int32Array, n: number, ids: Int32Array): void {
  const table = slots;
  const mask = capacity - 1;
  let touched = 0;
  for (let k = 0; k < n; k++) touched |= table[(slotOf(hashes[k]!) & mask) * STRIDE]!;
  touchedSink = touched;
  for (let k = 0; k < n; k++) ids[k] = internRun(text, starts[k]!, lengths[k]!, hashes[k]!);
}

/** Where {@link internRuns} leaves what it read ahead, so the reads are not optimised away. */
let touchedSink = 0;

/**
 * The id of a form given as a string, added when new.
 *
 * @param form - A word form.
 * @returns Its id (valid while {@link formTableGeneration} stays the same).
 * @example
 * ```ts
 * formOf(internForm('Kyiv')); // 'Kyiv'
 * ```
 */
export function internForm(form: string): number {
  return internRun(form, 0, form.length, formHash(form));
}

/**
 * The form an id stands for.
 *
 * @param id - An id of the current generation.
 * @returns The form's one string.
 * @example
 * ```ts
 * formOf(internForm('upto')); // 'upto'
 * ```
 */
export function formOf(id: number): string {
  return strings[id]!;
}

function add(form: string, hash: number, slot: number): number {
  const id = count++;
  strings.push(form);
  put(slot, id, form, hash);
  if (count * 2 > capacity) rehash(capacity * 2);
  return id;
}

/** Writes form `id` into slot `slot`. */
function put(slot: number, id: number, form: string, hash: number): void {
  const at = slot * STRIDE;
  slots[at] = id + 1;
  slots[at + 1] = hash;
  slots[at + 2] = form.length;
  for (let k = 0; k < form.length && k < INLINE; k += 2) slots[at + 3 + (k >> 1)] = form.charCodeAt(k) | (form.charCodeAt(k + 1) << 16); // NaN | 0 past the end
}

function rehash(size: number): void {
  capacity = size;
  slots = new Int32Array(size * STRIDE);
  for (let id = 0; id < count; id++) {
    const hash = formHash(strings[id]!);
    let slot = slotOf(hash) & (size - 1);
    while (slots[slot * STRIDE] !== 0) slot = (slot + 1) & (size - 1);
    put(slot, id, strings[id]!, hash);
  }
}

/**
 * True when the `length` code units of `text` at `start` are the form of the slot at `at` (form `id`, of
 * that length): its first {@link INLINE} read from the slot, the rest (a long form) from its string.
 */
function sameRun(text: string, start: number, length: number, at: number, id: number): boolean {
  // Two code units a number, as `put` packed them (the last one of an odd length alone: `NaN << 16` is 0).
  const inline = Math.min(length, INLINE);
  for (let k = 0; k < inline; k += 2) {
    if ((text.charCodeAt(start + k) | (k + 1 < inline ? text.charCodeAt(start + k + 1) << 16 : 0)) !== slots[at + 3 + (k >> 1)]) return false;
  }
  if (length <= INLINE) return true;
  const form = strings[id]!;
  for (let k = INLINE; k < length; k++) if (text.charCodeAt(start + k) !== form.charCodeAt(k)) return false;
  return true;
}

/**
 * The answers of every {@link FormProperty}, two bits each (judged, and the answer) in one word per id: the
 * repair rules read several properties of each form of a page in turn (`COMMON`, `CASE_CHANGE`,
 * `CANDIDATE`, `STRIPPED`), and one word per form brings them all into the cache at once, where an array
 * per property (eight bytes a form) cost a cache miss per property and form. Sixteen properties a bank.
 */
const banks: Uint32Array[] = [];
let banksGeneration = -1;
let properties = 0;

/** The bank of properties `bank` (16 a bank), long enough for id `id`, emptied when the table's generation moved on. */
function bankOf(bank: number, id: number): Uint32Array {
  if (banksGeneration !== generation) {
    banksGeneration = generation;
    banks.length = 0; // the old ids mean nothing now
  }
  let bits = banks[bank];
  if (bits === undefined || id >= bits.length) {
    const next = new Uint32Array(Math.max(1024, (bits?.length ?? 0) * 2, id + 1024));
    if (bits !== undefined) next.set(bits);
    banks[bank] = bits = next;
  }
  return bits;
}

/**
 * A yes/no judgement of a word form alone (no document: the same form always gets the same answer),
 * made once per form of the {@link internForm intern table} and read by id afterwards.
 *
 * @example
 * ```ts
 * const long = new FormProperty((form) => form.length > 9);
 * long.of(internForm('hodgepodge')); // true, computed; asked again, read from two bits
 * ```
 */
export class FormProperty {
  // ES private fields (`#`): the minifier shortens their names (the core's size budget).
  readonly #judge: (form: string) => boolean;
  readonly #bank: number;
  /** The bit that says the form was judged; the bit above it holds the answer. */
  readonly #judged: number;

  /**
   * @param judge - The judgement; must depend on the form alone.
   */
  constructor(judge: (form: string) => boolean) {
    const k = properties++;
    this.#judge = judge;
    this.#bank = k >>> 4;
    this.#judged = 1 << ((k & 15) * 2);
  }

  /**
   * The judgement of the form with id `id`.
   *
   * @param id - An id of the current generation.
   * @returns What `judge` says of the form.
   * @example
   * ```ts
   * new FormProperty((f) => f === 'the').of(internForm('the')); // true
   * ```
   */
  of(id: number): boolean {
    let bits = banks[this.#bank];
    if (bits === undefined || id >= bits.length || banksGeneration !== generation) bits = bankOf(this.#bank, id);
    const word = bits[id]!;
    if ((word & this.#judged) !== 0) return (word & (this.#judged << 1)) !== 0;
    const v = this.#judge(strings[id]!);
    // The judgement may have asked other properties (and grown the bank): write into the bank as it is now.
    bankOf(this.#bank, id)[id]! |= this.#judged | (v ? this.#judged << 1 : 0);
    return v;
  }
}

/**
 * A number computed from a word form alone (an int32), computed once per form of the
 * {@link internForm intern table} and read by id afterwards: {@link FormProperty} for numbers.
 *
 * @example
 * ```ts
 * const length = new FormNumber((form) => form.length);
 * length.of(internForm('upto')); // 4
 * ```
 */
export class FormNumber {
  #values = new Float64Array(0); // NaN: not computed yet
  #generation = -1;
  readonly #compute: (form: string) => number;

  /**
   * @param compute - The number; must depend on the form alone and fit in an int32.
   */
  constructor(compute: (form: string) => number) {
    this.#compute = compute;
  }

  /**
   * The number of the form with id `id`.
   *
   * @param id - An id of the current generation.
   * @returns What `compute` gives for the form.
   * @example
   * ```ts
   * new FormNumber((f) => f.length).of(internForm('the')); // 3
   * ```
   */
  of(id: number): number {
    let values = this.#values;
    if (this.#generation !== generation) {
      this.#generation = generation;
      values = new Float64Array(0); // the old ids mean nothing now
    }
    if (id >= values.length) {
      const next = new Float64Array(values.length * 2 + id + 1024).fill(NaN);
      next.set(values);
      values = next;
    }
    this.#values = values;
    let v = values[id]!;
    if (v !== v) values[id] = v = this.#compute(strings[id]!) | 0;
    return v;
  }
}
