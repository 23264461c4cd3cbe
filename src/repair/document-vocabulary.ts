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
const LETTER = /\p{L}/u;

function isLetter(code: number, ch: string): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(ch);
}

function countVocabulary(text: string): DocumentVocabulary {
  const counts = new Map<string, number>();
  const lex = englishLexicon();
  let tokens = 0;
  let judged = 0;
  let common = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const letter = i < text.length && (code < 0xd800 || code > 0xdfff) ? isLetter(code, text[i]!) : false;
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const w = text.slice(start, i);
    start = -1;
    tokens++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
    if (judged < JUDGE_TOKENS) {
      judged++;
      const r = lex.get(w.toLowerCase());
      if (r !== undefined && r < 200) common++;
    }
  }
  const english = judged < MIN_TOKENS_TO_JUDGE || common / judged >= ENGLISH_SHARE;
  return { counts, tokens, english };
}
