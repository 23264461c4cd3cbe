import { englishLexicon } from './english-lexicon.js';

/** What the repair rules know about one document's own words. */
export interface DocumentVocabulary {
  /** How often each exact word form (letters only, case kept) stands in the text. */
  readonly counts: ReadonlyMap<string, number>;
  /** How often each case-folded word form stands in the text. */
  readonly folded: ReadonlyMap<string, number>;
  /** Number of word tokens. */
  readonly tokens: number;
  /** True when the text reads as English (or is too short to tell). */
  readonly english: boolean;
}

const WORD = /\p{L}+/gu;
/** Share of tokens among the 200 most frequent English words above which a text counts as English. */
const ENGLISH_SHARE = 0.22;
/** Texts with fewer tokens than this are given the benefit of the doubt. */
const MIN_TOKENS_TO_JUDGE = 30;

/**
 * Counts the word forms of a text (runs of letters; apostrophes and hyphens split words, so `pro-Kremlin`
 * attests `Kremlin`) and judges whether it is English by the share of its tokens that are among the most
 * frequent English words (function words make up a third or more of running English text).
 *
 * @param text - Any text.
 * @returns The {@link DocumentVocabulary}.
 * @example
 * ```ts
 * documentVocabulary('Kyiv said. Kyiv forces').counts.get('Kyiv'); // 2
 * ```
 */
export function documentVocabulary(text: string): DocumentVocabulary {
  const counts = new Map<string, number>();
  const folded = new Map<string, number>();
  const lex = englishLexicon();
  let tokens = 0;
  let common = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    tokens++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
    const f = w.toLowerCase();
    folded.set(f, (folded.get(f) ?? 0) + 1);
    const r = lex.get(f);
    if (r !== undefined && r < 200) common++;
  }
  const english = tokens < MIN_TOKENS_TO_JUDGE || common / tokens >= ENGLISH_SHARE;
  return { counts, folded, tokens, english };
}
