import { nextWholeRun } from '../vocabulary/next-whole-run.js';

/**
 * Where some word forms of a text stand as whole runs of letters: for each of `wanted` (ASCII-letter forms),
 * the offsets of its first `wanted.get(form)` occurrences that no letter touches on either side
 * ({@link nextWholeRun}), in the order of the text. Each form is searched for from
 * where the caller knows it first stands (`VocabularyForms.firsts`): a damaged page has a hundred candidate
 * fusions, most standing once, so most searches end where they start and the text is not read through (a
 * search of the whole text per candidate was once the largest part of `word-join`'s own time there).
 *
 * @param text - The text.
 * @param wanted - The forms to find (each of ASCII letters only, non-empty), and how many occurrences of
 *   each at most (its count in the text's vocabulary).
 * @param from - Where to start looking for each form: no whole run of it stands before. Default: the start of
 *   the text, for every form.
 * @returns The occurrences, ascending by offset, each as `[start, form]`.
 * @example
 * ```ts
 * findWholeRuns('upto the upto, uptown', new Map([['upto', 2]])); // [[0, 'upto'], [9, 'upto']]
 * ```
 */
export function findWholeRuns(text: string, wanted: ReadonlyMap<string, number>, from?: ReadonlyMap<string, number>): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  for (const [form, count] of wanted) {
    for (let at = from?.get(form) ?? 0, n = count; n-- > 0 && (at = nextWholeRun(text, form, at)) >= 0; at += form.length) found.push([at, form]);
  }
  return found.sort((x, y) => x[0] - y[0]);
}
