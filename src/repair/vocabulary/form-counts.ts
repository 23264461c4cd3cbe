import type { WordFormTally } from './tally-word-forms.js';
import { copyInts, newInts } from './int-blocks.js';
import { formHash, formTableGeneration, internForm, slotOf } from './word-form-table.js';

/** A vocabulary's forms as ids of the process-wide intern table (word-form-table.ts), beside their counts. */
export interface VocabularyForms {
  /** The distinct forms, in the order `counts` lists them. */
  readonly forms: readonly string[];
  /** How often each of `forms` stands in the text. */
  readonly counts: ArrayLike<number>;
  /** The intern-table id of each of `forms`: what a `FormProperty` is read by. */
  readonly ids: Int32Array;
  /** The intern table's generation the ids belong to. */
  readonly generation: number;
  /**
   * Where to start looking for each of `forms` in `text`: no whole run of letters of the form stands in
   * `text` before it. Exact (its first occurrence) for the counts of a text as counted; for counts carried
   * across insertions ({@link FormCounts.patched}), a form the insertions left alone has its first
   * occurrence moved by the insertions before it, and a form they touched starts at 0. `null` when unknown.
   */
  readonly firsts: Int32Array | null;
  /** The text `firsts` refer to, or `null`. */
  readonly text: string | null;
}

/** What a counted text and every vocabulary derived from it share: its tally and the tally's index of forms. */
interface Root {
  readonly tally: WordFormTally;
  /** Two numbers a slot: the index in `tally.forms` + 1 (0: an empty slot), and the form's {@link formHash}. */
  readonly index: Int32Array;
  /** Slots - 1. */
  readonly mask: number;
}

/**
 * How often each word form stands in a text: a read-only `Map` from form to count, over the arrays of the
 * text's {@link WordFormTally} instead of a map of its own. A page has some 700 forms and the repair rules
 * ask for a few dozen of them (a few hundred on damaged text): filling a `Map` cost more than all the
 * questions. A form is found through the tally's own hash index (one {@link formHash} of the form asked
 * for, one or two probes).
 *
 * A text that a repair changed by a few insertions gets its counts by {@link FormCounts.patched}: the same
 * tally, its counts copied and changed for the forms the insertions touched, and the forms it gained after
 * them. It lists its forms in the order a `Map` copied from the old counts and changed the same way would:
 * the tally's forms still counted, in their order, then the forms gained, in the order they came.
 *
 * @example
 * ```ts
 * const counts = FormCounts.of(tallyWordForms('Kyiv said. Kyiv forces', 0));
 * counts.get('Kyiv'); // 2
 * [...counts.keys()]; // ['Kyiv', 'said', 'forces']
 * ```
 */
export class FormCounts implements ReadonlyMap<string, number> {
  /** Number of forms counted. */
  readonly size: number;
  /** The forms with their ids, made when first asked for ({@link FormCounts.listed}). */
  #list: VocabularyForms | null = null;
  // ES private fields (`#`), not TypeScript's `private`: the minifier shortens their names (the core's size budget).
  readonly #root: Root;
  /** The count of each of the tally's forms in this text; 0: no longer in it. */
  readonly #rootCounts: Int32Array;
  /** Forms not among the tally's forms still counted, with their counts, in the order they came. */
  readonly #added: ReadonlyMap<string, number> | null;
  /** Number of the tally's forms still counted. */
  readonly #rootLive: number;
  /** Where to start looking for each of the tally's forms in `text` (see {@link VocabularyForms.firsts}), or `null`. */
  readonly #rootFirsts: Int32Array | null;
  /** The text `rootFirsts` refer to. */
  readonly #text: string | null;

  private constructor(
    root: Root, rootCounts: Int32Array, added: ReadonlyMap<string, number> | null, rootLive: number,
    rootFirsts: Int32Array | null, text: string | null,
  ) {
    this.#root = root;
    this.#rootCounts = rootCounts;
    this.#added = added;
    this.#rootLive = rootLive;
    this.#rootFirsts = rootFirsts;
    this.#text = text;
    this.size = rootLive + (added?.size ?? 0);
  }

  /**
   * The counts of a tally.
   *
   * @param tally - A {@link WordFormTally} (it is kept, not copied: it must not change).
   * @returns The counts, in the order of `tally.forms`.
   * @example
   * ```ts
   * FormCounts.of(tallyWordForms('the cat and the hat', 0)).get('the'); // 2
   * ```
   */
  static of(tally: WordFormTally): FormCounts {
    const root: Root = { tally, index: tally.index, mask: (tally.index.length >>> 1) - 1 };
    return new FormCounts(root, tally.counts, null, tally.forms.length, tally.firsts, tally.text);
  }

  /**
   * How often `form` stands in the text.
   *
   * @param form - A word form.
   * @returns Its count, or `undefined` when it does not stand in the text.
   * @example
   * ```ts
   * FormCounts.of(tallyWordForms('the cat', 0)).get('dog'); // undefined
   * ```
   */
  get(form: string): number | undefined {
    if (this.#added !== null) {
      const n = this.#added.get(form);
      if (n !== undefined) return n;
    }
    const k = this.#rootIndexOf(form);
    if (k < 0) return undefined;
    const n = this.#rootCounts[k]!;
    return n > 0 ? n : undefined;
  }

  /**
   * Whether `form` stands in the text.
   *
   * @param form - A word form.
   * @returns True when its count is above 0.
   * @example
   * ```ts
   * FormCounts.of(tallyWordForms('the cat', 0)).has('cat'); // true
   * ```
   */
  has(form: string): boolean {
    return this.get(form) !== undefined;
  }

  /**
   * The counts of the text with some forms' counts changed, as a `Map` copied from these counts would hold
   * them after `map.set(form, count + delta)` for each change in turn (a form whose count falls to 0 is
   * deleted; one added again comes last). These counts stay as they are.
   *
   * @param forms - The forms whose counts change, in the order of the changes (a form may come more than once).
   * @param deltas - What each change adds to its form's count (the counts never fall below 0).
   * @param moved - `text`: the text `before` (the one these counts are of) with characters that are no
   *   letters inserted at `positions` (offsets in `before`, ascending and distinct; one or more characters
   *   at each), `forms` being the changes those insertions made: where to look for each form the insertions
   *   left alone is carried over ({@link VocabularyForms.firsts}). Without it, or for another `before`, the
   *   changed counts know no places.
   * @returns The changed counts.
   * @example
   * ```ts
   * const counts = FormCounts.of(tallyWordForms('the LegionIn', 0));
   * counts.patched(['LegionIn', 'Legion', 'In'], [-1, 1, 1]).get('In'); // 1
   * ```
   */
  patched(
    forms: readonly string[], deltas: readonly number[],
    moved?: { readonly before: string; readonly positions: readonly number[]; readonly text: string },
  ): FormCounts {
    const counts = copyInts(this.#rootCounts, this.#rootCounts.length);
    const firsts = this.#rootFirsts !== null && moved?.before === this.#text ? movedFirsts(this.#rootFirsts, moved.positions) : null;
    let live = this.#rootLive;
    let added: Map<string, number> | null = this.#added === null ? null : new Map(this.#added);
    for (let c = 0; c < forms.length; c++) {
      const form = forms[c]!;
      const delta = deltas[c]!;
      const k = this.#rootIndexOf(form);
      if (k >= 0 && firsts !== null) firsts[k] = 0; // an occurrence made or unmade: look from the start
      if (k >= 0 && counts[k]! > 0) {
        // Still where the tally found it: its place in the order is kept; gone when its count falls to 0.
        counts[k]! += delta;
        if (counts[k]! <= 0) {
          counts[k] = 0;
          live--;
        }
        continue;
      }
      added ??= new Map();
      const n = (added.get(form) ?? 0) + delta;
      if (n > 0) added.set(form, n);
      else added.delete(form);
    }
    return new FormCounts(this.#root, counts, added !== null && added.size > 0 ? added : null, live, firsts, firsts && moved!.text);
  }

  /**
   * The forms with their counts and intern-table ids, in the order the counts list them: free for the
   * counts of a tally (the tally found the ids), made once otherwise (the tally's ids are kept; only the
   * forms gained are interned), and made again when the intern table was emptied since.
   *
   * @returns The {@link VocabularyForms} (ids of the current generation).
   * @example
   * ```ts
   * FormCounts.of(tallyWordForms('Kyiv said', 0)).listed().forms; // ['Kyiv', 'said']
   * ```
   */
  listed(): VocabularyForms {
    const generation = formTableGeneration();
    if (this.#list !== null && this.#list.generation === generation) return this.#list;
    const tally = this.#root.tally;
    const stale = tally.generation !== generation;
    let list: VocabularyForms;
    if (this.#rootCounts === tally.counts && !stale) {
      list = { forms: tally.forms, counts: tally.counts, ids: tally.ids, generation, firsts: tally.firsts, text: tally.text };
    } else {
      const forms: string[] = new Array(this.size);
      const counts = newInts(this.size);
      const ids = newInts(this.size);
      const from = this.#rootFirsts;
      const firsts = from && newInts(this.size); // the forms gained start at 0
      const rootCounts = this.#rootCounts;
      const { forms: rootForms, ids: rootIds } = tally;
      let f = 0;
      for (let k = 0; k < rootCounts.length; k++) {
        const n = rootCounts[k]!;
        if (n === 0) continue;
        forms[f] = rootForms[k]!;
        counts[f] = n;
        ids[f] = rootIds[k]!;
        if (firsts) firsts[f] = from![k]!;
        f++;
      }
      if (stale) for (let g = 0; g < f; g++) ids[g] = internForm(forms[g]!); // in the same order
      if (this.#added !== null) {
        for (const [form, n] of this.#added) {
          forms[f] = form;
          counts[f] = n;
          ids[f] = internForm(form);
          f++;
        }
      }
      list = { forms, counts, ids, generation, firsts, text: firsts && this.#text };
    }
    this.#list = list;
    return list;
  }

  /**
   * Calls `callback` with each count and form, in order.
   *
   * @param callback - Called as `callback(count, form, counts)`.
   * @param thisArg - `this` in the calls.
   * @example
   * ```ts
   * FormCounts.of(tallyWordForms('a b a', 0)).forEach((n, form) => console.log(form, n)); // a 2, b 1
   * ```
   */
  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (const [form, n] of this) callback.call(thisArg, n, form, this);
  }

  /**
   * The forms and their counts, in order.
   *
   * @returns An iterator of `[form, count]`.
   * @example
   * ```ts
   * [...FormCounts.of(tallyWordForms('a b a', 0)).entries()]; // [['a', 2], ['b', 1]]
   * ```
   */
  entries(): MapIterator<[string, number]> {
    return this.#pairs().values();
  }

  /**
   * The forms, in order.
   *
   * @returns An iterator of the forms.
   * @example
   * ```ts
   * [...FormCounts.of(tallyWordForms('a b a', 0)).keys()]; // ['a', 'b']
   * ```
   */
  keys(): MapIterator<string> {
    return this.#pairs().map(([form]) => form).values();
  }

  /**
   * The counts, in the order of the forms.
   *
   * @returns An iterator of the counts.
   * @example
   * ```ts
   * [...FormCounts.of(tallyWordForms('a b a', 0)).values()]; // [2, 1]
   * ```
   */
  values(): MapIterator<number> {
    return this.#pairs().map(([, n]) => n).values();
  }

  /**
   * The forms and their counts, in order: what `for (const [form, n] of counts)` reads.
   *
   * @returns An iterator of `[form, count]`.
   * @example
   * ```ts
   * new Map(FormCounts.of(tallyWordForms('a b a', 0))); // Map {'a' => 2, 'b' => 1}
   * ```
   */
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  /** Every `[form, count]`, in order. */
  #pairs(): [string, number][] {
    const { forms, counts } = this.listed();
    const pairs: [string, number][] = new Array(forms.length);
    for (let f = 0; f < forms.length; f++) pairs[f] = [forms[f]!, counts[f]!];
    return pairs;
  }

  /** Where `form` stands in the tally's forms, or -1. */
  #rootIndexOf(form: string): number {
    const { index, mask, tally } = this.#root;
    const hash = formHash(form);
    let slot = slotOf(hash) & mask;
    for (;;) {
      const f = index[slot * 2]!;
      if (f === 0) return -1;
      if (index[slot * 2 + 1] === hash && tally.forms[f - 1] === form) return f - 1;
      slot = (slot + 1) & mask;
    }
  }
}

/**
 * Where to look for each form after characters were inserted at `positions`: a place `p` moves past the
 * insertions at or before it (at least one character each), so no occurrence of the form stands before
 * `p` plus their number.
 */
function movedFirsts(firsts: Int32Array, positions: readonly number[]): Int32Array {
  const moved = newInts(firsts.length);
  // A tally lists its forms in the order they first stand in the text, so the places mostly ascend: the
  // number of positions at or before each is carried on from the last (a binary search only where a place
  // is lower than the one before, as a form the insertions touched has 0).
  let lo = 0; // the number of positions <= p
  let last = 0;
  for (let k = 0; k < firsts.length; k++) {
    const p = firsts[k]!;
    if (p < last) {
      lo = 0;
      let hi = positions.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (positions[mid]! <= p) lo = mid + 1;
        else hi = mid;
      }
    } else {
      while (lo < positions.length && positions[lo]! <= p) lo++;
    }
    last = p;
    moved[k] = p + lo;
  }
  return moved;
}
