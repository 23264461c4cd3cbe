import { englishLexicon } from './english-lexicon.js';
import { FormCounts, type VocabularyForms } from './form-counts.js';
import { tallyWordForms } from './tally-word-forms.js';
import { FormProperty } from './word-form-table.js';
import { isLetterCode } from '../../model/characters.js';

export type { VocabularyForms } from './form-counts.js';

/** What the repair rules know about one document's own words. */
export interface DocumentVocabulary {
  /** How often each exact word form (a run of letters, case kept) stands in the text: a read-only `Map`. */
  readonly counts: FormCounts;
  /** Number of word tokens. */
  readonly tokens: number;
  /** True when the text reads as English (or is too short to tell). */
  readonly english: boolean;
}

/** Share of tokens among the 200 most frequent English words above which a text counts as English. */
const ENGLISH_SHARE = 0.22;
/** Texts with fewer tokens than this are given the benefit of the doubt. */
const MIN_TOKENS_TO_JUDGE = 30;
/** Tokens looked at to judge the language (enough to tell; keeps long texts cheap). */
const JUDGE_TOKENS = 3_000;

/**
 * Counts the word forms of a text (runs of letters; apostrophes and hyphens split words, so `pro-Kremlin`
 * attests `Kremlin`) and judges whether it is English by the share of its tokens that are among the most
 * frequent English words (function words make up a third or more of running English text), or, for a
 * list-like text with fewer function words, by the share of its tokens that are English words at all.
 *
 * Inside the pipeline the repair rules share one count per text through `repairVocabulary` (repair-vocabulary.ts).
 *
 * @param text - Any text.
 * @returns The {@link DocumentVocabulary}.
 * @example
 * ```ts
 * documentVocabulary('Kyiv said. Kyiv forces').counts.get('Kyiv'); // 2
 * ```
 */
export function documentVocabulary(text: string): DocumentVocabulary {
  return countVocabulary(text);
}

/**
 * How often a lower-case word stands in the document in any of its usual casings (`upto`, `Upto`, `UPTO`).
 *
 * @param vocab - A {@link DocumentVocabulary}.
 * @param lower - A lower-case word.
 * @returns The count.
 * @example
 * ```ts
 * foldedCount(documentVocabulary('Kyiv and kyiv'), 'kyiv'); // 2
 * ```
 */
export function foldedCount(vocab: DocumentVocabulary, lower: string): number {
  const title = lower.charAt(0).toUpperCase() + lower.slice(1);
  return (vocab.counts.get(lower) ?? 0) + (vocab.counts.get(title) ?? 0) + (vocab.counts.get(lower.toUpperCase()) ?? 0);
}

/**
 * The forms of a vocabulary with their intern-table ids, in the order of `vocab.counts`, so that the repair
 * rules read what they know of each form alone from a {@link FormProperty} instead of judging it again on
 * every page. Free for a counted vocabulary (the tally found the ids); for a derived one made once from the
 * tally's ids and the few forms the insertions added ({@link FormCounts.listed}).
 *
 * @param vocab - A {@link DocumentVocabulary}.
 * @returns Its {@link VocabularyForms} (ids of the current generation).
 * @example
 * ```ts
 * const v = vocabularyForms(documentVocabulary('Kyiv said'));
 * v.forms; // ['Kyiv', 'said']
 * ```
 */
export function vocabularyForms(vocab: DocumentVocabulary): VocabularyForms {
  return vocab.counts.listed();
}

/** Share-of-common-words tally behind `english`, kept beside each vocabulary for {@link vocabularyAfterInsertions}. */
const commonTally = new WeakMap<DocumentVocabulary, number>();
function countVocabulary(text: string): DocumentVocabulary {
  const tally = tallyWordForms(text, JUDGE_TOKENS);
  const counts = FormCounts.of(tally);
  // The judge reads the first JUDGE_TOKENS tokens: tally them once per distinct word, not per token.
  let common = 0;
  const judged = tally.earlyCounts ?? tally.counts;
  for (let k = 0; k < judged.length; k++) if (COMMON.of(tally.ids[k]!)) common += judged[k]!;
  const tokens = tally.tokens;
  const list = !judge(tokens, common) && readsAsEnglishList(tally.ids, tally.counts, tokens, common);
  const vocab = { counts, tokens, english: list || judge(tokens, common) };
  commonTally.set(vocab, common);
  if (list) listEnglish.add(vocab);
  return vocab;
}

/** Vocabularies judged English by {@link readsAsEnglishList}: a vocabulary derived from one keeps the verdict. */
const listEnglish = new WeakSet<DocumentVocabulary>();
/** A list-like text (a product list, a recipe) counts as English with this share of common words ... */
const LIST_ENGLISH_SHARE = 0.08;
/** ... when at least this share of its tokens are words of the English lexicon (ranked < 30,000). */
const LIST_KNOWN_SHARE = 0.75;

/**
 * The second judge, for texts with few function words (lists of products, recipes, box scores): English
 * when most tokens are English words. German, Portuguese or Indonesian text reaches at most about half
 * (the Wikipedia list holds many foreign names, few foreign function words and inflections). Only asked
 * when the first judge says no, so the lexicon probes are spent only on such texts.
 */
function readsAsEnglishList(ids: Int32Array, counts: Int32Array, tokens: number, common: number): boolean {
  const judged = Math.min(tokens, JUDGE_TOKENS);
  if (judged < MIN_TOKENS_TO_JUDGE || common / judged < LIST_ENGLISH_SHARE) return false;
  // Stops as soon as the tokens not yet looked at could no longer lift the share to LIST_KNOWN_SHARE (a page
  // in another language fails after about a quarter of its tokens): the same verdict as counting them all.
  let unknown = 0;
  for (let k = 0; k < ids.length; k++) {
    if (!LISTED.of(ids[k]!) && (unknown += counts[k]!) > tokens * (1 - LIST_KNOWN_SHARE)) return false;
  }
  return true;
}

/** A form whose lower case the lexicon ranks under 30,000 ({@link readsAsEnglishList}), per interned form. */
const LISTED = new FormProperty((form) => (englishLexicon().get(form.toLowerCase()) ?? Infinity) < 30_000);

function judge(tokens: number, common: number): boolean {
  const judged = Math.min(tokens, JUDGE_TOKENS);
  return judged < MIN_TOKENS_TO_JUDGE || common / judged >= ENGLISH_SHARE;
}

/** The words the lexicon ranks among its first 200, and the longest of them: a small set, cheap to probe. */
let commonWords: { set: Set<string>; longest: number } | null = null;

/** {@link isCommon} per interned form. */
const COMMON = new FormProperty(isCommon);

function isCommon(word: string): boolean {
  if (commonWords === null) {
    const lex = englishLexicon();
    const set = new Set<string>();
    let longest = 0;
    for (const [w, r] of lex) {
      if (r >= 200) continue;
      set.add(w);
      longest = Math.max(longest, w.length);
    }
    commonWords = { set, longest };
  }
  if (word.length > commonWords.longest) return false;
  if (commonWords.set.has(word)) return true; // most tokens are lower-case already: no new string
  const c = word.charCodeAt(0);
  return !(c >= 97 && c <= 122) && commonWords.set.has(word.toLowerCase());
}

/** True when the code unit at `k` is a letter; `null` on a surrogate (the caller counts afresh). */
function letterUnitAt(text: string, k: number): boolean | null {
  const c = text.charCodeAt(k);
  if (c >= 0xd800 && c <= 0xdfff) return null;
  return isLetterCode(c);
}

/**
 * The vocabulary of `text` with a space inserted at each of `positions`, derived from `text`'s own
 * vocabulary instead of counted afresh: only the words a space falls inside change (`LegionIn` becomes
 * `Legion` and `In`). Gives exactly what {@link documentVocabulary} gives for the spaced text.
 *
 * @param base - `documentVocabulary(text)`.
 * @param text - The text `base` counts.
 * @param positions - Offsets in `text`, ascending and distinct, where a space goes.
 * @param spaced - The spaced text itself (counted afresh when the shortcut does not apply).
 * @param exact - Also give what a fresh count would give in the language verdict's bookkeeping: count afresh
 *   when the verdict came from the list judge (which a derived vocabulary keeps without asking again) or
 *   the function-word judge now says no, and never hand back `base` itself. Default: `false` (keep the
 *   verdict; what the rounds of `case-seam` and `word-join` asked for, before they went: the repair rules'
 *   only caller now, `carryVocabulary`, asks for `true`).
 * @returns The {@link DocumentVocabulary} of `spaced`.
 * @example
 * ```ts
 * vocabularyAfterInsertions(documentVocabulary('LegionIn'), 'LegionIn', [6], 'Legion In').counts.get('In'); // 1
 * ```
 */
export function vocabularyAfterInsertions(
  base: DocumentVocabulary, text: string, positions: readonly number[], spaced: string, exact = false,
): DocumentVocabulary {
  const baseCommon = commonTally.get(base);
  if (baseCommon === undefined || (exact && listEnglish.has(base))) return documentVocabulary(spaced);
  // The changes to the counts, in order: each word a space falls inside loses one, its pieces gain one each.
  const changed: string[] = [];
  const deltas: number[] = [];
  let tokens = base.tokens;
  let common = baseCommon;
  let i = 0;
  while (i < positions.length) {
    const p = positions[i]!;
    const before = p > 0 ? letterUnitAt(text, p - 1) : false;
    const after = p < text.length ? letterUnitAt(text, p) : false;
    if (before === null || after === null) return documentVocabulary(spaced);
    if (!before || !after) {
      i++;
      continue;
    }
    let s = p - 1;
    for (;;) {
      if (s === 0) break;
      const l = letterUnitAt(text, s - 1);
      if (l === null) return documentVocabulary(spaced);
      if (!l) break;
      s--;
    }
    let e = p;
    for (;;) {
      if (e === text.length) break;
      const l = letterUnitAt(text, e);
      if (l === null) return documentVocabulary(spaced);
      if (!l) break;
      e++;
    }
    const whole = text.slice(s, e);
    changed.push(whole);
    deltas.push(-1);
    if (isCommon(whole)) common--;
    let from = s;
    while (i < positions.length && positions[i]! < e) {
      const cut = positions[i]!;
      i++;
      if (cut <= from) continue;
      const piece = text.slice(from, cut);
      changed.push(piece);
      deltas.push(1);
      if (isCommon(piece)) common++;
      tokens++;
      from = cut;
    }
    const piece = text.slice(from, e);
    changed.push(piece);
    deltas.push(1);
    if (isCommon(piece)) common++;
  }
  if (changed.length === 0) {
    if (!exact) return base;
    // A new object all the same (what a caller derives from a vocabulary, it keys by the object: part-sieve,
    // split-lower-case), so that one derived for another text never shares an entry by accident; its counts
    // the same, and where its forms stand moved past the insertions.
    const same = { counts: base.counts.patched([], [], { before: text, positions, text: spaced }), tokens: base.tokens, english: base.english };
    commonTally.set(same, baseCommon);
    return same;
  }
  // The language judge reads only the first tokens: past that, the shortcut's tally would be wrong.
  if (tokens > JUDGE_TOKENS) return documentVocabulary(spaced);
  if (exact && !judge(tokens, common)) return documentVocabulary(spaced); // a fresh count asks the list judge
  const wasList = listEnglish.has(base);
  const vocab = { counts: base.counts.patched(changed, deltas, { before: text, positions, text: spaced }), tokens, english: judge(tokens, common) || wasList };
  commonTally.set(vocab, common);
  if (wasList) listEnglish.add(vocab);
  return vocab;
}
