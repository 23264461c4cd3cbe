import { ENGLISH_WORDS_BY_RANK } from '../data/english-lexicon.js';

let ranks: Map<string, number> | null = null;

/**
 * The frequency-ranked English lexicon (lower-case a-z words, rank 0 = most frequent), built on first use
 * from the compact string in `src/data/english-lexicon.ts` (60,000 words from Wikipedia frequencies; see
 * the provenance there). Building it costs a few milliseconds once per process; nothing is loaded until a
 * repair rule first asks.
 *
 * @returns A map from word to rank.
 * @example
 * ```ts
 * englishLexicon().get('the'); // 0
 * ```
 */
export function englishLexicon(): ReadonlyMap<string, number> {
  if (ranks === null) {
    const map = new Map<string, number>();
    const words = ENGLISH_WORDS_BY_RANK.split(' ');
    for (let i = 0; i < words.length; i++) map.set(words[i]!, i);
    ranks = map;
  }
  return ranks;
}

/**
 * The rank of a word in {@link englishLexicon} (case-folded), or `undefined` when it is not listed.
 *
 * @param word - Any word.
 * @returns 0 for the most frequent word; `undefined` when unknown.
 * @example
 * ```ts
 * wordRank('Kyiv'); // a number: the list is lower-case
 * ```
 */
export function wordRank(word: string): number | undefined {
  return englishLexicon().get(word.toLowerCase());
}

/** Number of words in the lexicon. */
export function lexiconSize(): number {
  return englishLexicon().size;
}
