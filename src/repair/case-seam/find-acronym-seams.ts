import type { Finding } from '../../model/finding.js';
import { vocabularyForms, type DocumentVocabulary } from '../vocabulary/document-vocabulary.js';
import { inUrl } from '../in-url.js';
import { FUNCTION } from '../word-join/join-words.js';
import { endsInClosedClass } from './ends-in-closed-class.js';
import { nextWholeRun } from '../vocabulary/next-whole-run.js';
import { caseChangeForms } from './seam-starts.js';

// The seams of `case-seam` without a case change inside a word: a closed-class word fused to a word in
// capitals (`theNASA`, `saidU.S.`, `butI did`). `split-case-seam` adds these to its seams in its first round.


/** Where a form in the acronym shape (a-z, then A-Z only, two letters or more before) leaves its lower-case run, or -1. */
function acronymCut(form: string): number {
  const c0 = form.charCodeAt(0);
  if (c0 < 97 || c0 > 122) return -1;
  const last = form.charCodeAt(form.length - 1);
  if (last < 65 || last > 90) return -1; // no capitals at the end: most forms end here, unscanned
  let k = 1;
  while (k < form.length && form.charCodeAt(k) >= 97 && form.charCodeAt(k) <= 122) k++;
  if (k < 2 || k === form.length || !/^[A-Z]+$/.test(form.slice(k))) return -1;
  return k;
}

/**
 * `theNASA`, `saidU.S.`, `areONLY`: a closed-class word fused to an acronym or a word in capitals. Found
 * among the document's word forms (a lower-case run, then capitals only), so the text is searched only for
 * forms that have the shape. The left part must be a closed-class word of two letters or more: product
 * names in this shape start with one letter or a short stem (`iOS`, `eSIM`, `macOS`, `mRNA`, `kWh`).
 *
 * @param text - A text.
 * @param vocab - The vocabulary of `text`.
 * @param rule - The id of the rule the findings belong to (`case-seam`, which owns it).
 * @returns One insertion finding per seam, in the order of the forms.
 * @example
 * ```ts
 * findAcronymSeams('a report by theNASA team', documentVocabulary('a report by theNASA team'), 'case-seam'); // a space at 15
 * ```
 */
export function findAcronymSeams(text: string, vocab: DocumentVocabulary, rule: string): Finding[] {
  const findings: Finding[] = [];
  const list = vocabularyForms(vocab);
  const { forms, counts } = list;
  for (const f of caseChangeForms(list)) {
    const form = forms[f]!;
    const k = acronymCut(form);
    if (k < 0) continue;
    const count = counts[f]!;
    const left = form.slice(0, k);
    if (!FUNCTION.has(left) && !endsInClosedClass(left, vocab)) continue; // `theNASA`, `aboutaNASA`
    for (let at = 0, n = count; n-- > 0 && (at = nextWholeRun(text, form, at)) >= 0; at += form.length) {
      const end = at + form.length;
      if (/[\p{N}'’@/_.\-]/u.test(text[at - 1] ?? '') || inUrl(text, at, end)) continue;
      // One capital only when an abbreviation with full stops follows (`U.S.`), or the pronoun `I` (`butI did`,
      // `whyI’m`), never `theX`.
      if (end - at - k === 1 && !(text[end] === '.' && /[A-Z]/.test(text[end + 1] ?? '')) && !isPronounI(text, at + k)) continue;
      findings.push({
        start: at + k, end: at + k, replacement: ' ', rule, confidence: 0.8,
        reason: `"${left}" is a closed-class word fused to "${form.slice(k)}" in capitals`,
      });
    }
  }
  return findings;
}

/** True when the pronoun `I` stands at `k`, then a space, a line end or a clitic (`I’m`, `I've`). */
function isPronounI(text: string, k: number): boolean {
  if (text[k] !== 'I') return false;
  const next = text[k + 1];
  return next === undefined || next === ' ' || next === '\n' || /[,;:]/.test(next)
    || (/['’]/.test(next) && /^(?:m|ve|ll|d)(?![\p{L}])/u.test(text.slice(k + 2, k + 5)));
}
