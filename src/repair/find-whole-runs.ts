import { formHash } from './word-form-table.js';
import { isAsciiLetter, isLetterAt, isLetterCode } from '../model/characters.js';

/** With more forms to find than this, one pass over the text beats a search of the whole text per form. */
const SEARCHES_PER_PASS = 6;

/**
 * Where some word forms of a text stand as whole runs of letters: for each of `wanted` (ASCII-letter forms),
 * the offsets of its first `wanted.get(form)` occurrences that no letter touches on either side (a letter:
 * a-z, A-Z, or a code unit past ASCII in `\p{L}`), in the order of the text. What a search of the text for
 * each form in turn finds (`text.indexOf(form, ...)`, skipping the hits inside a longer run), at the cost of
 * one pass when there are many forms to find: damaged text has a hundred candidate fusions, and a search
 * of the whole text per candidate was the largest part of `word-join`'s own time there.
 *
 * @param text - The text.
 * @param wanted - The forms to find (each of ASCII letters only, non-empty), and how many occurrences of
 *   each at most (its count in the text's vocabulary).
 * @param from - Where to start looking for each form, when the caller knows that no whole run of it stands
 *   before (`VocabularyForms.firsts`): then each form is searched for from there, most of them found where
 *   the search starts, and the text is not read through. Default: no such knowledge.
 * @returns The occurrences, ascending by offset, each as `[start, form]`.
 * @example
 * ```ts
 * findWholeRuns('upto the upto, uptown', new Map([['upto', 2]])); // [[0, 'upto'], [9, 'upto']]
 * ```
 */
export function findWholeRuns(text: string, wanted: ReadonlyMap<string, number>, from?: ReadonlyMap<string, number>): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  if (from !== undefined || wanted.size <= SEARCHES_PER_PASS) {
    for (const [form, count] of wanted) {
      let seen = 0;
      for (let at = text.indexOf(form, from?.get(form) ?? 0); at >= 0; at = seen < count ? text.indexOf(form, at + form.length) : -1) {
        if (isLetterAt(text, at - 1) || isLetterAt(text, at + form.length)) continue;
        seen++;
        found.push([at, form]);
      }
    }
    return found.sort((x, y) => x[0] - y[0]);
  }
  // Each run of letters is hashed as it is read (the intern table's hash), and made a string only when its
  // hash is one of a wanted form's.
  const hashes = new Set<number>();
  for (const form of wanted.keys()) hashes.add(formHash(form));
  const seen = new Map<string, number>();
  let start = 0; // of the run of letters being read
  let hash = 0;
  let ascii = true; // only a run of ASCII letters can be a wanted form
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32; // a space past the end ends the last run (never NaN: `c` stays a small integer)
    if (isAsciiLetter(c)) hash = (Math.imul(hash, 31) + c) | 0;
    else if (c >= 128 && isLetterCode(c)) ascii = false;
    else {
      // The run [start, i) ends here.
      if (ascii && i > start && hashes.has(hash)) {
        const form = text.slice(start, i);
        const count = wanted.get(form);
        const k = seen.get(form) ?? 0;
        if (count !== undefined && k < count) {
          seen.set(form, k + 1);
          found.push([start, form]);
        }
      }
      start = i + 1;
      hash = 0;
      ascii = true;
    }
  }
  return found;
}
