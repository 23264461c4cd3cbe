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
  const tally = tallyWordForms(text, JUDGE_TOKENS);
  // The judge reads the first JUDGE_TOKENS tokens: tally them once per distinct word, not per token.
  let common = 0;
  const judged = tally.earlyCounts ?? tally.counts;
  for (let k = 0; k < judged.length; k++) if (COMMON.of(tally.ids[k]!)) common += judged[k]!;
  const tokens = tally.tokens;
  const vocab = { counts: FormCounts.of(tally), tokens, english: judge(tokens, common) || readsAsEnglishList(tally, tokens, common) };
  judgedOf.set(vocab, [common, tally.earlyEnd]);
  return vocab;
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

/**
 * What a vocabulary's language verdict was judged from, kept beside it for {@link vocabularyAfterInsertions}:
 * the number of common-word tokens among the first {@link JUDGE_TOKENS}, and where the last of those tokens
 * ends in the text (-1 when the text has fewer tokens: all of them were judged).
 */
const judgedOf = new WeakMap<DocumentVocabulary, readonly [common: number, end: number]>();

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
function readsAsEnglishList(forms: { readonly ids: Int32Array; readonly counts: ArrayLike<number> }, tokens: number, common: number): boolean {
  const { ids, counts } = forms;
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

/**
 * The vocabulary of `text` with a space inserted at each of `positions`, derived from `text`'s own
 * vocabulary instead of counted afresh: only the words a space falls inside change (`LegionIn` becomes
 * `Legion` and `In`). Gives exactly what {@link documentVocabulary} gives for the spaced text.
 *
 * The language verdict is carried too: the common words among the first {@link JUDGE_TOKENS} tokens change
 * by the words split before the last of them, less the tokens those splits push past it (read back from
 * there), and the list judge is asked again, on the carried counts, where a fresh count would ask it. A text
 * of more tokens than that is counted afresh only when its insertions are not all of one character (where
 * its last judged token now stands is then not known).
 *
 * @param base - `documentVocabulary(text)`.
 * @param text - The text `base` counts.
 * @param positions - Offsets in `text`, ascending and distinct, where a space goes (one or more characters
 *   that are no letters each).
 * @param spaced - The spaced text itself (counted afresh when the shortcut does not apply).
 * @param exact - Never hand back `base` itself, even when no word changed (what `carryVocabulary` asks for:
 *   what a caller derives from a vocabulary, it keys by the object). Default: `false`.
 * @returns The {@link DocumentVocabulary} of `spaced`.
 * @example
 * ```ts
 * vocabularyAfterInsertions(documentVocabulary('LegionIn'), 'LegionIn', [6], 'Legion In').counts.get('In'); // 1
 * ```
 */
export function vocabularyAfterInsertions(
  base: DocumentVocabulary, text: string, positions: readonly number[], spaced: string, exact = false,
): DocumentVocabulary {
  const judged = judgedOf.get(base);
  if (judged === undefined) return documentVocabulary(spaced);
  // The judged tokens stand before `end`.
  const end = judged[1] < 0 ? text.length : judged[1];
  // The changes to the counts, in order: each word a space falls inside loses one, its pieces gain one each.
  const changed: string[] = [];
  const deltas: number[] = [];
  let tokens = base.tokens;
  let common = judged[0];
  let window = Math.min(tokens, JUDGE_TOKENS); // tokens before `end`
  let i = 0;
  while (i < positions.length) {
    // The run of letters a position falls inside, if any.
    const p = positions[i]!;
    const s = runEdge(text, p, -1, true);
    const e = runEdge(text, p, 1, true);
    if (s < 0 || e < 0) return documentVocabulary(spaced);
    if (s === p || e === p) {
      i++;
      continue;
    }
    const judgedWord = e <= end;
    const whole = text.slice(s, e);
    changed.push(whole);
    deltas.push(-1);
    if (judgedWord && isCommon(whole)) common--;
    let from = s;
    for (;;) {
      const cut = i < positions.length && positions[i]! < e ? positions[i++]! : e;
      if (cut <= from) continue;
      const piece = text.slice(from, cut);
      changed.push(piece);
      deltas.push(1);
      if (judgedWord && isCommon(piece)) common++;
      if (cut === e) break;
      tokens++;
      if (judgedWord) window++;
      from = cut;
    }
  }
  if (changed.length === 0 && !exact) return base;
  let last = -1;
  if (window > JUDGE_TOKENS || judged[1] >= 0) {
    // Past JUDGE_TOKENS tokens: the splits pushed the last few judged ones out (read back from `end`).
    const dropped = droppedTokens(text, end, positions, window - JUDGE_TOKENS);
    if (dropped === null || spaced.length - text.length !== positions.length) return documentVocabulary(spaced);
    common -= dropped[0];
    last = dropped[1];
  }
  // A new object even with no word changed, so that what a caller derives from one vocabulary for another
  // text (keyed by the object: part-sieve, split-lower-case) never shares an entry by accident.
  const counts = base.counts.patched(changed, deltas, { before: text, positions, text: spaced });
  // A fresh count's verdict: the list judge asked, on the same counts, where the function-word judge says no.
  const vocab = { counts, tokens, english: judge(tokens, common) || readsAsEnglishList(counts.listed(), tokens, common) };
  judgedOf.set(vocab, [common, last]);
  return vocab;
}

/**
 * Where the run of letters (`letters` true) or of other characters (false) that `k` stands at the edge of
 * starts (`step` -1: the run before `k`) or ends (1: the run from `k`); `k` itself when there is none; -1 on
 * a surrogate (the caller counts afresh).
 */
function runEdge(text: string, k: number, step: -1 | 1, letters: boolean): number {
  for (;;) {
    const at = step < 0 ? k - 1 : k;
    if (at < 0 || at >= text.length) return k;
    const c = text.charCodeAt(at);
    if (c >= 0xd800 && c <= 0xdfff) return -1;
    if (isLetterCode(c) !== letters) return k;
    k += step;
  }
}

/**
 * The last `drop` tokens before `end` in `text` with one character inserted at each of `positions`, read
 * back from `end` (its runs of letters, cut at the positions inside them): how many of them are common
 * words, and where the token before them ends in the spaced text; `null` on a surrogate.
 */
function droppedTokens(text: string, end: number, positions: readonly number[], drop: number): [common: number, end: number] | null {
  let e = end;
  let k = positions.length; // the positions before `e`
  let common = 0;
  for (;;) {
    e = runEdge(text, e, -1, false);
    if (e < 0) return null;
    while (k > 0 && positions[k - 1]! >= e) k--;
    if (drop <= 0 || e === 0) return [common, e + k];
    const s = runEdge(text, e, -1, true);
    if (s < 0) return null;
    const from = k > 0 && positions[k - 1]! > s ? positions[--k]! : s;
    if (isCommon(text.slice(from, e))) common++;
    drop--;
    e = from;
  }
}
