import { vocabularyForms, type DocumentVocabulary } from '../vocabulary/document-vocabulary.js';
import type { CorpusVocabulary } from '../vocabulary/corpus-vocabulary.js';
import { FormProperty } from '../vocabulary/word-form-table.js';
import { isLowerAscii } from '../vocabulary/english-lexicon.js';
import { mayBeFoldedForm } from './part-sieve.js';
import { isAsciiLetter } from '../../model/characters.js';
import type { Split } from './cut-at.js';

// What one round of `word-join` judges a token against beyond the word lists: the document's vocabulary,
// the corpus vocabulary, and the verdicts made so far in the round ({@link JoinEvidence}); and whether the
// document attests a form in some casing ({@link hasFoldedForm}), the evidence a part that no list holds
// needs.

/**
 * What one round of a `splitWordJoin` call judges its tokens against, passed down to every reading:
 * the vocabulary of the round's text, the corpus vocabulary of the call's options, and the verdicts on
 * lower-case forms made so far in the round. No verdict that hangs on the document or the corpus is kept
 * anywhere else, so none outlives the round: the memos kept process-wide hang on the form alone, and the
 * folded forms and sieve bits kept per vocabulary are facts of that vocabulary, not verdicts.
 */
export interface JoinEvidence {
  /** The document's word forms (of the text as this round sees it). */
  readonly vocab: DocumentVocabulary;
  /** `options.vocabulary`: a lower-case form the corpus keeps whole recurs, as one the document writes twice does. */
  readonly corpus: CorpusVocabulary | undefined;
  /** Verdicts of `splitLowerCase`, without the text and with it (the document's usage may lift a guard). */
  readonly verdicts: readonly [Map<string, Split | null>, Map<string, Split | null>];
}

/**
 * A fresh {@link JoinEvidence} for one round, with no verdicts yet.
 *
 * @param vocab - The vocabulary of the round's text.
 * @param corpus - The corpus vocabulary of the call's options, if any.
 * @returns The round's evidence.
 * @example
 * ```ts
 * splitLowerCase('formedin', joinEvidence(documentVocabulary(text), undefined), text); // cuts [6]
 * ```
 */
export function joinEvidence(vocab: DocumentVocabulary, corpus: CorpusVocabulary | undefined): JoinEvidence {
  return { vocab, corpus, verdicts: [new Map(), new Map()] };
}

/**
 * Word forms that start with an ASCII letter in a casing other than lower-case a-z, capitalised a-z
 * (`Kyiv`) or capitals A-Z (`NATO`): `McDonald`, `iPhone`, `YouTube`, and forms with a letter past ASCII
 * (`José`). {@link hasFoldedForm} finds the usual casings by probing `counts`; only these need a set. Per
 * interned form.
 */
const IRREGULAR_CASE = new FormProperty((form) => {
  const c = form.charCodeAt(0);
  if (!isAsciiLetter(c) || isLowerAscii(form)) return false;
  let lower = 0;
  let upper = 0;
  for (let i = 1; i < form.length; i++) {
    const d = form.charCodeAt(i);
    if (d >= 97 && d <= 122) lower++;
    else if (d >= 65 && d <= 90) upper++;
    else return true;
  }
  return c >= 97 || (lower > 0 && upper > 0);
});

/**
 * The lower-cased {@link IRREGULAR_CASE} forms of a vocabulary, built once per vocabulary when a split first
 * asks for a word whose usual casings the document lacks (few pages have more than a handful).
 */
const irregular = new WeakMap<DocumentVocabulary, Set<string>>();

/**
 * True when some word form of the document starting with an ASCII letter lower-cases to `lower` (a
 * lower-case a-z word): as written, capitalised, in capitals (`foldedCount`'s casings, probed), or in
 * any other casing (`McDonald` for `mcdonald`).
 *
 * @param vocab - The document's vocabulary.
 * @param lower - A lower-case a-z word.
 * @returns Whether the document attests it in some casing.
 * @example
 * ```ts
 * hasFoldedForm(documentVocabulary('Big Mac at McDonald'), 'mcdonald'); // true
 * hasFoldedForm(documentVocabulary('Big Mac at McDonald'), 'burger'); // false
 * ```
 */
export function hasFoldedForm(vocab: DocumentVocabulary, lower: string): boolean {
  const counts = vocab.counts;
  if (counts.has(lower)) return true;
  if (!mayBeFoldedForm(vocab, lower)) return false; // most words: no probe needed
  if (counts.has(String.fromCharCode(lower.charCodeAt(0) - 32) + lower.slice(1)) || counts.has(lower.toUpperCase())) return true;
  let set = irregular.get(vocab);
  if (!set) {
    set = new Set();
    const { forms, ids } = vocabularyForms(vocab);
    for (let f = 0; f < ids.length; f++) if (IRREGULAR_CASE.of(ids[f]!)) set.add(forms[f]!.toLowerCase());
    irregular.set(vocab, set);
  }
  return set.has(lower);
}
