import { ENGLISH_WORDS_BY_RANK } from '../../data/english-lexicon.js';
import { detachString } from '../../model/detach-string.js';

let ranks: Map<string, number> | null = null;

/**
 * The frequency-ranked English lexicon (lower-case a-z words, rank 0 = most frequent), built on first use
 * from the compact string in `src/data/english-lexicon.ts` (80,000 words from Wikipedia frequencies; see
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
  const lex = englishLexicon();
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) {
    const r = lex.get(word); // the list is lower-case a-z: a hit is the answer
    if (r !== undefined || isLowerAscii(word)) return r;
  }
  // Capitalised forms (`Kyiv`, `Monday`): their folded rank is kept process-wide, so the same form met again,
  // in this document or the next, costs one probe and no new lower-case string.
  let r = foldedRanks.get(word);
  if (r === undefined) {
    r = lex.get(word.toLowerCase()) ?? -1;
    if (foldedRanks.size >= FOLDED_LIMIT) foldedRanks.clear();
    foldedRanks.set(detachString(word), r); // the memo outlives the page a word may be cut from
  }
  return r < 0 ? undefined : r;
}

/** {@link wordRank} of words that are not lower-case a-z, by the word as written (-1: not listed); bounded. */
const foldedRanks = new Map<string, number>();
const FOLDED_LIMIT = 50_000;

/**
 * True when every code unit is a-z: the lexicon's own spelling, looked up as it is.
 *
 * @param word - A word form.
 * @returns Whether it is lower-case ASCII letters only.
 * @example
 * ```ts
 * isLowerAscii('bridge'); // true
 * isLowerAscii('Bridge'); // false
 * ```
 */
export function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Number of words in the lexicon. */
export function lexiconSize(): number {
  return englishLexicon().size;
}
