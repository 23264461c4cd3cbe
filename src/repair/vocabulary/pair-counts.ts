import { InvalidOptionError } from '../../errors.js';
import { formHash, slotOf } from './word-form-table.js';
import { isAsciiLetter } from '../../model/characters.js';

/**
 * How often a corpus writes two words side by side, one space apart (`I was`): the pair counters of a
 * `CorpusVocabulary` (corpus-vocabulary.ts). Pairs are hashed into {@link PAIR_SLOTS} counters, one row of a
 * count-min sketch (Cormode and Muthukrishnan 2005): two pairs that share a counter add up, so a count may
 * be too high, never too low.
 */

/** Counters of a pair table: 2^20 (4 MB). */
export const PAIR_SLOTS = 1 << 20;

/** The most a counter holds (it stops there rather than wrap). */
const MAX_COUNT = 0xffffffff;

/**
 * Adds each pair of runs of ASCII letters one space apart (`I was`, `impeachment inquiry`) in `text` to
 * `pairs`, in {@link pairSlot}'s hash. The repairs split runs of ASCII letters only, so no other pair is
 * ever asked for.
 *
 * @param text - A document's text.
 * @param pairs - A table of {@link PAIR_SLOTS} counters, added to in place.
 * @example
 * ```ts
 * const pairs = new Uint32Array(PAIR_SLOTS);
 * countPairs('I was there', pairs);
 * pairs[pairSlot('I', 'was')]; // 1
 * ```
 */
export function countPairs(text: string, pairs: Uint32Array): void {
  const n = text.length;
  let i = 0;
  let prevHash = 0; // hash of the run before, with its space, when one stands right before `i`
  let havePrev = false;
  while (i < n) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      havePrev = false;
      i++;
      continue;
    }
    const start = i;
    let h = havePrev ? prevHash : 0;
    let own = 0;
    while (i < n && isAsciiLetter(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      h = (Math.imul(h, 31) + c) | 0;
      own = (Math.imul(own, 31) + c) | 0;
      i++;
    }
    // A run glued to other letters, digits or marks (`café`, `x2`) is no word the repairs look at.
    const glued = (start > 0 && !isSeparator(text.charCodeAt(start - 1))) || (i < n && !isSeparator(text.charCodeAt(i)));
    if (havePrev && !glued) {
      const slot = mixSlot(h);
      if (pairs[slot]! < MAX_COUNT) pairs[slot]!++;
    }
    havePrev = !glued && text.charCodeAt(i) === 32 && i + 1 < n && isAsciiLetter(text.charCodeAt(i + 1));
    if (havePrev) {
      prevHash = (Math.imul(own, 31) + 32) | 0;
      i++; // the space
    }
  }
}

/** Characters that end a word for {@link countPairs}: white space and punctuation, not letters, digits or marks. */
function isSeparator(c: number): boolean {
  if (c < 128) return !isAsciiLetter(c) && !(c >= 48 && c <= 57);
  return c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013 || c === 0xa0;
}

/** The counter of a pair's hash. */
function mixSlot(hash: number): number {
  return slotOf(hash) & (PAIR_SLOTS - 1);
}

/**
 * The counter of the pair `a b`: the `formHash` of `a b` (word-form-table.ts), which {@link countPairs}
 * computes as it scans.
 *
 * @param a - The first word (ASCII letters, case kept).
 * @param b - The second word.
 * @returns The counter's index, from 0 to {@link PAIR_SLOTS} - 1.
 * @example
 * ```ts
 * pairs[pairSlot('I', 'was')]; // how often `I was` stands in the counted texts (at least)
 * ```
 */
export function pairSlot(a: string, b: string): number {
  return mixSlot(formHash(`${a} ${b}`));
}

/**
 * Adds the counters of `from` to `into`, in place (stopping at the largest count rather than wrapping): the
 * reduce step of a pair count, since counting two shards and adding gives what one count over both would.
 *
 * @param into - A table of {@link PAIR_SLOTS} counters, added to.
 * @param from - Another such table.
 * @example
 * ```ts
 * addPairCounts(total, shardPairs);
 * ```
 */
export function addPairCounts(into: Uint32Array, from: Uint32Array): void {
  for (let k = 0; k < PAIR_SLOTS; k++) {
    const n = from[k]!;
    if (n !== 0) into[k] = Math.min(MAX_COUNT, into[k]! + n);
  }
}

/**
 * The counters of a table that are not zero, as `[slot, count, slot, count, ...]` in slot order: how a pair
 * table is written to JSON (most of its 2^20 counters are zero).
 *
 * @param pairs - A table of {@link PAIR_SLOTS} counters.
 * @returns The flat list of slots and counts.
 * @example
 * ```ts
 * pairEntries(pairs); // [1234, 2, 90210, 1]
 * ```
 */
export function pairEntries(pairs: Uint32Array): number[] {
  const entries: number[] = [];
  for (let k = 0; k < PAIR_SLOTS; k++) if (pairs[k] !== 0) entries.push(k, pairs[k]!);
  return entries;
}

/**
 * Reads a table written by {@link pairEntries}, checking each entry.
 *
 * @param entries - What the JSON held where the list should be.
 * @param option - The option name to blame in an error (`vocabulary.pairs`).
 * @returns The table of {@link PAIR_SLOTS} counters.
 * @throws InvalidOptionError naming the entry when the list is not an array of an even length, a slot is
 *   not a whole number from 0 to {@link PAIR_SLOTS} - 1, or a count is not a whole number from 1 up.
 * @example
 * ```ts
 * readPairEntries([1234, 2], 'vocabulary.pairs')[1234]; // 2
 * ```
 */
export function readPairEntries(entries: unknown, option: string): Uint32Array {
  if (!Array.isArray(entries) || entries.length % 2 !== 0) throw new InvalidOptionError(option, 'must be an array of slot, count, slot, count, ...');
  const pairs = new Uint32Array(PAIR_SLOTS);
  for (let k = 0; k < entries.length; k += 2) {
    const slot = entries[k] as unknown;
    const n = entries[k + 1] as unknown;
    if (typeof slot !== 'number' || !Number.isInteger(slot) || slot < 0 || slot >= PAIR_SLOTS) {
      throw new InvalidOptionError(`${option}[${k}]`, `must be a slot from 0 to ${PAIR_SLOTS - 1}`);
    }
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_COUNT) {
      throw new InvalidOptionError(`${option}[${k + 1}]`, 'must be a whole number >= 1 (a count)');
    }
    pairs[slot] = n;
  }
  return pairs;
}
