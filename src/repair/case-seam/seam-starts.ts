import { FormProperty } from '../vocabulary/word-form-table.js';
import { vocabularyForms, type DocumentVocabulary } from '../vocabulary/document-vocabulary.js';
import type { VocabularyForms } from '../vocabulary/form-counts.js';
import { nextWholeRun } from '../vocabulary/next-whole-run.js';

// Where a case seam can stand in a text (a lower-case letter, a capital, a lower-case letter: `LegionIn`),
// found among the document's word forms rather than by scanning the text. `split-case-seam` judges the
// seams found here.

/** `\p{Ll}` and `\p{Lu}`, for the code points {@link caseOf} has not seen yet. */
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** A lower-case letter before a capital somewhere in the form: what a case seam and an acronym seam both need. */
const CASE_CHANGE = new FormProperty((form) => {
  for (let at = 0, len = 0; at < form.length; at += len) {
    len = cpLength(form, at);
    if (caseOf(form.codePointAt(at)!) === 2 && caseOf(form.codePointAt(at + len) ?? 0) === 4) return true;
  }
  return false;
});

/** {@link caseChangeForms} per list of forms (the rules of one text share the list). */
const caseChanges = new WeakMap<VocabularyForms, number[]>();

/**
 * The forms of a vocabulary in which a lower-case letter precedes a capital, as indices into its lists: the
 * only forms that may hold a case seam ({@link seamStarts}) or an acronym seam (`find-acronym-seams`). Found
 * once per vocabulary for both, so each of them reads a few forms rather than all of them.
 *
 * @param list - The forms of a vocabulary ({@link vocabularyForms}).
 * @returns The indices, ascending.
 * @example
 * ```ts
 * caseChangeForms(vocabularyForms(documentVocabulary('the LegionIn theNASA report'))); // [1, 2]
 * ```
 */
export function caseChangeForms(list: VocabularyForms): number[] {
  let found = caseChanges.get(list);
  if (!found) {
    found = [];
    for (let f = 0; f < list.ids.length; f++) if (CASE_CHANGE.of(list.ids[f]!)) found.push(f);
    caseChanges.set(list, found);
  }
  return found;
}

/**
 * Where {@link seamAt} holds in `text`, ascending: the seam starts inside each occurrence (as a
 * whole run of letters) of each form of `vocab` (the vocabulary of `text` itself) that has a seam. The
 * three letters of a seam stand in one run, one form, so no other place can hold one.
 *
 * @param text - A text.
 * @param vocab - The vocabulary of `text`.
 * @returns The offsets of the lower-case letters that start a seam, ascending.
 * @example
 * ```ts
 * seamStarts('the LegionIn a statement', documentVocabulary('the LegionIn a statement')); // [9]
 * ```
 */
export function seamStarts(text: string, vocab: DocumentVocabulary): number[] {
  const starts: number[] = [];
  const list = vocabularyForms(vocab);
  const { forms, counts, ids, firsts, text: counted } = list;
  for (const f of caseChangeForms(list)) {
    const form = forms[f]!;
    const inside: number[] = [];
    for (let at = 0; at < form.length; at += cpLength(form, at)) if (seamAt(form, at)) inside.push(at);
    if (inside.length === 0) continue;
    // From where the vocabulary says it first stands (most stand once: the search ends where it starts).
    for (let at = counted === text ? firsts![f]! : 0, n = counts[f]!; n-- > 0 && (at = nextWholeRun(text, form, at)) >= 0; at += form.length) {
      for (const k of inside) starts.push(at + k);
    }
  }
  return starts.sort((a, b) => a - b);
}

/**
 * Where the case seams of a form are: the offset of each capital that a lower-case letter precedes and a
 * lower-case letter follows, as `form.matchAll(/(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu)` finds them (code point by
 * code point), without a regular expression and its iterator for each form.
 *
 * @param form - A word form (or any text).
 * @returns The offsets, ascending.
 * @example
 * ```ts
 * seamCuts('LegionInUkraine'); // [6, 8]
 * seamCuts('NASAs'); // []
 * ```
 */
export function seamCuts(form: string): number[] {
  const cuts: number[] = [];
  for (let at = 0; at < form.length; at += cpLength(form, at)) if (seamAt(form, at)) cuts.push(at + cpLength(form, at));
  return cuts;
}

/** Case class of each BMP code unit, filled on first sight: bit 1 known, 2 lower-case (`Ll`), 4 upper-case (`Lu`). */
let caseClass: Uint8Array | null = null;

/** 2 when the code point is `\p{Ll}`, 4 when `\p{Lu}`, 0 otherwise. */
function caseOf(cp: number): number {
  if (cp < 128) return cp >= 97 && cp <= 122 ? 2 : cp >= 65 && cp <= 90 ? 4 : 0;
  if (cp > 0xffff) {
    const ch = String.fromCodePoint(cp);
    return LOWER.test(ch) ? 2 : UPPER.test(ch) ? 4 : 0;
  }
  caseClass ??= new Uint8Array(0x10000);
  let c = caseClass[cp]!;
  if (c === 0) {
    const ch = String.fromCharCode(cp);
    c = 1 | (LOWER.test(ch) ? 2 : UPPER.test(ch) ? 4 : 0);
    caseClass[cp] = c;
  }
  return c & 6;
}

/** Length in code units of the code point at `i` (2 for a surrogate pair). */
function cpLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/**
 * True when a lower-case letter, a capital and a lower-case letter stand in a row from the code point at `i`
 * (what `/\p{Ll}\p{Lu}\p{Ll}/u` matches there): a seam's start. Read with a cached case class.
 */
function seamAt(text: string, i: number): boolean {
  const n = text.length;
  const len = cpLength(text, i);
  if (caseOf(len === 2 ? text.codePointAt(i)! : text.charCodeAt(i)) !== 2) return false;
  const j = i + len;
  if (j >= n) return false;
  const lenJ = cpLength(text, j);
  if (caseOf(lenJ === 2 ? text.codePointAt(j)! : text.charCodeAt(j)) !== 4) return false;
  const k = j + lenJ;
  return k < n && caseOf(text.codePointAt(k)!) === 2;
}
