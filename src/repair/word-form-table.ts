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

let generation = 0;
let count = 0;
let strings: string[] = [];
let hashes = new Int32Array(1024);
let capacity = 2048;
let slotId = new Int32Array(capacity); // id + 1; 0: empty
let slotHash = new Int32Array(capacity);

function slotOf(hash: number): number {
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
  slotId = new Int32Array(capacity);
  slotHash = new Int32Array(capacity);
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
    const f = slotId[slot]!;
    if (f === 0) break;
    if (slotHash[slot] === hash) {
      const s = strings[f - 1]!;
      if (s.length === length && sameAt(text, start, s)) return f - 1;
    }
    slot = (slot + 1) & mask;
  }
  return add(text.slice(start, start + length), hash, slot);
}

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
  const hash = formHash(form);
  const mask = capacity - 1;
  let slot = slotOf(hash) & mask;
  for (;;) {
    const f = slotId[slot]!;
    if (f === 0) break;
    if (slotHash[slot] === hash && strings[f - 1] === form) return f - 1;
    slot = (slot + 1) & mask;
  }
  return add(form, hash, slot);
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
  if (id === hashes.length) {
    const next = new Int32Array(hashes.length * 2);
    next.set(hashes);
    hashes = next;
  }
  hashes[id] = hash;
  slotId[slot] = id + 1;
  slotHash[slot] = hash;
  if (count * 2 > capacity) rehash(capacity * 2);
  return id;
}

function rehash(slots: number): void {
  capacity = slots;
  slotId = new Int32Array(slots);
  slotHash = new Int32Array(slots);
  const mask = slots - 1;
  for (let id = 0; id < count; id++) {
    let slot = slotOf(hashes[id]!) & mask;
    while (slotId[slot] !== 0) slot = (slot + 1) & mask;
    slotId[slot] = id + 1;
    slotHash[slot] = hashes[id]!;
  }
}

/** True when `form` stands in `text` at `start`. */
function sameAt(text: string, start: number, form: string): boolean {
  for (let k = 0; k < form.length; k++) if (text.charCodeAt(start + k) !== form.charCodeAt(k)) return false;
  return true;
}

/**
 * A yes/no judgement of a word form alone (no document: the same form always gets the same answer),
 * made once per form of the {@link internForm intern table} and read by id afterwards.
 *
 * @example
 * ```ts
 * const long = new FormProperty((form) => form.length > 9);
 * long.of(internForm('hodgepodge')); // true, computed; asked again, read from a byte
 * ```
 */
export class FormProperty {
  private values = new Uint8Array(1024); // 0 not yet judged, 1 no, 2 yes
  private generation = generation;

  /**
   * @param judge - The judgement; must depend on the form alone.
   */
  constructor(private readonly judge: (form: string) => boolean) {}

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
    if (this.generation !== generation) {
      this.generation = generation;
      this.values.fill(0);
    }
    let values = this.values;
    if (id >= values.length) {
      const next = new Uint8Array(Math.max(values.length * 2, id + 1));
      next.set(values);
      this.values = values = next;
    }
    let v = values[id]!;
    if (v === 0) {
      v = this.judge(strings[id]!) ? 2 : 1;
      values[id] = v;
    }
    return v === 2;
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
  private values = new Int32Array(1024);
  private known = new Uint8Array(1024);
  private generation = generation;

  /**
   * @param compute - The number; must depend on the form alone and fit in an int32.
   */
  constructor(private readonly compute: (form: string) => number) {}

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
    if (this.generation !== generation) {
      this.generation = generation;
      this.known.fill(0);
    }
    if (id >= this.known.length) {
      const size = Math.max(this.known.length * 2, id + 1);
      const values = new Int32Array(size);
      values.set(this.values);
      const known = new Uint8Array(size);
      known.set(this.known);
      this.values = values;
      this.known = known;
    }
    if (this.known[id] === 0) {
      this.values[id] = this.compute(strings[id]!) | 0;
      this.known[id] = 1;
    }
    return this.values[id]!;
  }
}
