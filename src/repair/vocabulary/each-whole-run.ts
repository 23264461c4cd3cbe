import { letterAt, letterBefore } from '../../model/characters.js';

/**
 * Calls `visit` with each place where `form` stands in `text` as a whole run of letters (no letter, read
 * as a code point, touches it on either side: the runs `tallyWordForms` counts), left to right,
 * from `from`, until `count` have been found. The vocabulary says how often each form stands and, often,
 * where it first does, so most searches end where they start instead of reading the text through: the
 * search stops at the `count`-th run, without looking past it.
 *
 * A hit inside a longer run is passed over by the form's length: no whole run can start inside it, since
 * the letter before such a place is one of the form's own.
 *
 * @param text - The text.
 * @param form - A run of letters (non-empty).
 * @param from - Where to start: no whole run of `form` stands before it.
 * @param count - Stop after this many (the form's count in the text's vocabulary).
 * @param visit - Called with each run's offset.
 * @example
 * ```ts
 * eachWholeRun('upto the upto, uptown', 'upto', 0, 2, (at) => console.log(at)); // 0, 9
 * ```
 */
export function eachWholeRun(text: string, form: string, from: number, count: number, visit: (at: number) => void): void {
  // The count is checked right after a visit: the last run found, no further search (which, for a form
  // that stands once, read the rest of the text to find nothing).
  if (count <= 0) return;
  let seen = 0;
  for (let at = text.indexOf(form, from); at >= 0; at = text.indexOf(form, at + form.length)) {
    if (letterBefore(text, at) > 0 || letterAt(text, at + form.length) > 0) continue;
    visit(at);
    if (++seen === count) return;
  }
}
