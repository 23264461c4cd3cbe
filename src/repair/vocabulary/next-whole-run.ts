import { letterAt, letterBefore } from '../../model/characters.js';

/**
 * The first place at or after `from` where `form` stands in `text` as a whole run of letters (no letter,
 * read as a code point, touches it on either side: the runs `tallyWordForms` counts), or -1.
 *
 * The callers visit a form's runs in a loop of their own, `for (let at = from, n = count; n-- > 0 &&
 * (at = nextWholeRun(text, form, at)) >= 0; at += form.length)`, not through a callback: a closure per form
 * was the largest allocation of the `apostrophe` rule (11 KB a damaged page). The vocabulary says how often
 * each form stands (`count`) and, often, where it first does (`from`), so most searches end where they start
 * instead of reading the text through, and the loop stops at the `count`-th run without looking past it.
 *
 * A hit inside a longer run is passed over by the form's length: no whole run can start inside it, since
 * the letter before such a place is one of the form's own.
 *
 * @param text - The text.
 * @param form - A run of letters (non-empty).
 * @param from - Where to start: no whole run of `form` stands before it.
 * @returns The run's offset, or -1.
 * @example
 * ```ts
 * nextWholeRun('upto the upto, uptown', 'upto', 1); // 9
 * ```
 */
export function nextWholeRun(text: string, form: string, from: number): number {
  for (let at = text.indexOf(form, from); at >= 0; at = text.indexOf(form, at + form.length)) {
    if (letterBefore(text, at) === 0 && letterAt(text, at + form.length) === 0) return at;
  }
  return -1;
}
