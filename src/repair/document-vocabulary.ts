import { englishLexicon } from './english-lexicon.js';

/** What the repair rules know about one document's own words. */
export interface DocumentVocabulary {
  /** How often each exact word form (a run of letters, case kept) stands in the text. */
  readonly counts: ReadonlyMap<string, number>;
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
 * frequent English words (function words make up a third or more of running English text).
 *
 * The last result is kept: the repair rules run one after another on the same text when none of them
 * changed it, and count only once.
 *
 * @param text - Any text.
 * @returns The {@link DocumentVocabulary}.
 * @example
 * ```ts
 * documentVocabulary('Kyiv said. Kyiv forces').counts.get('Kyiv'); // 2
 * ```
 */
export function documentVocabulary(text: string): DocumentVocabulary {
  if (last !== null && last.text === text) return last.vocab;
  const vocab = countVocabulary(text);
  last = { text, vocab };
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

let last: { text: string; vocab: DocumentVocabulary } | null = null;
const NON_LETTERS = /[^\p{L}]+/u;

function countVocabulary(text: string): DocumentVocabulary {
  const counts = new Map<string, number>();
  const lex = englishLexicon();
  let tokens = 0;
  let common = 0;
  for (const w of text.split(NON_LETTERS)) {
    if (w === '') continue;
    if (tokens < JUDGE_TOKENS) {
      const r = lex.get(w.toLowerCase());
      if (r !== undefined && r < 200) common++;
    }
    tokens++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const judged = Math.min(tokens, JUDGE_TOKENS);
  const english = judged < MIN_TOKENS_TO_JUDGE || common / judged >= ENGLISH_SHARE;
  return { counts, tokens, english };
}
