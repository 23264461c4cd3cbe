import { foldedCount, type DocumentVocabulary } from '../vocabulary/document-vocabulary.js';
import { wordRank } from '../vocabulary/english-lexicon.js';
import { countApart } from '../count-apart.js';
import { HEADS, PARTICLES, PREFIXES } from './join-words.js';
import { hasFoldedForm } from './join-evidence.js';

// The document's usage as evidence for a fusion the guards would refuse or a recurring form would keep
// whole: the page writes the two parts apart elsewhere, or uses each alone. Read by the judge
// (`split-lower-case`) and the capitalised readings (`split-capitalised`).

/** Both parts of a pair written apart elsewhere must rank above this to lift the pair guards. */
const APART_RANK = 10_000;

/** A pair written apart this often lifts the pair guards whatever the parts' ranks (both lexicon words). */
const APART_OFTEN = 2;

/**
 * Document evidence for a fusion the pair guards would refuse: the text itself writes the two parts as two
 * words (`protein intake` ... `proteinintake`, `first time` ... `firsttime`), so the page's own usage says
 * they are two words. Common words (rank < {@link APART_RANK}) written apart once, or any lexicon words
 * written apart {@link APART_OFTEN} times (`pear jam`, `jelly jars`).
 *
 * @param text - The round's text (`''`: no evidence).
 * @param a - The left part, lower-case.
 * @param b - The right part, lower-case.
 * @param vocab - The vocabulary of `text`.
 * @returns Whether the text writes `a b` apart often enough.
 * @example
 * ```ts
 * writtenApart(text, 'first', 'time', documentVocabulary(text)); // true when `text` holds `first time`
 * ```
 */
export function writtenApart(text: string, a: string, b: string, vocab: DocumentVocabulary): boolean {
  return apartAtLeast(text, a, b, vocab, (ra, rb) => (ra < APART_RANK && rb < APART_RANK ? 1 : APART_OFTEN));
}

/** How often `a b` (or `A b`) stands in the text as two whole words, counted up to `upTo`. */
function apartCount(text: string, a: string, b: string, upTo: number): number {
  const n = countApart(text, `${a} ${b}`, upTo);
  return n >= upTo ? n : n + countApart(text, `${a.charAt(0).toUpperCase()}${a.slice(1)} ${b}`, upTo - n);
}

/**
 * A recurring fused form that the document writes apart more often than fused (`jelly jars` five times,
 * `jellyjars` twice): one page, two spellings of one phrase, the spaced one its usual spelling. Written
 * apart at least {@link APART_OFTEN} times, and more often than the `fused` form stands.
 *
 * @param text - The round's text (`''`: no evidence).
 * @param parts - The parts of the reading (only a two-part reading can be written apart).
 * @param vocab - The vocabulary of `text`.
 * @param fused - How often the fused form stands in the document.
 * @returns Whether the document's usual spelling is the spaced one.
 * @example
 * ```ts
 * apartMoreOften(text, ['jelly', 'jars'], vocab, 2); // true when `text` holds `jelly jars` three times
 * ```
 */
export function apartMoreOften(text: string, parts: readonly string[], vocab: DocumentVocabulary, fused: number): boolean {
  return parts.length === 2 && apartAtLeast(text, parts[0]!, parts[1]!, vocab, () => Math.max(APART_OFTEN, fused + 1));
}

/**
 * The evidence {@link writtenApart} and {@link apartMoreOften} share: `a` and `b` are lexicon words of three letters or more that each
 * stand alone in the document (a cheap test before the text is searched), and `a b` stands apart in the
 * text at least `times(rank of a, rank of b)` times.
 */
function apartAtLeast(text: string, a: string, b: string, vocab: DocumentVocabulary, times: (ra: number, rb: number) => number): boolean {
  if (text === '' || a.length < 3 || b.length < 3) return false;
  const ra = wordRank(a);
  const rb = wordRank(b);
  if (ra === undefined || rb === undefined || !hasFoldedForm(vocab, a) || !hasFoldedForm(vocab, b)) return false;
  const need = times(ra, rb);
  return apartCount(text, a, b, need) >= need;
}

/**
 * Weaker document evidence, for two content words that are not compound parts: each stands alone elsewhere
 * in the document and both are common, ranked under 10,000 (`protein|cells` on a page that writes each
 * alone; not `tuft|cells` or `protein|intake`: `tuft` and `intake` rank lower).
 *
 * @param a - The left part, lower-case.
 * @param b - The right part, lower-case.
 * @param vocab - The document's vocabulary.
 * @returns Whether the document vouches for the two as words of their own.
 * @example
 * ```ts
 * bothStandAlone('protein', 'cells', documentVocabulary('protein ... cells')); // true
 * bothStandAlone('protein', 'intake', documentVocabulary('protein ... intake')); // false: `intake` ranks 10,067
 * ```
 */
export function bothStandAlone(a: string, b: string, vocab: DocumentVocabulary): boolean {
  if (a.length < 3 || b.length < 3 || PREFIXES.has(a) || HEADS.has(b) || PARTICLES.has(b)) return false;
  if ((wordRank(a) ?? APART_RANK) >= APART_RANK || (wordRank(b) ?? APART_RANK) >= APART_RANK) return false;
  return foldedCount(vocab, a) > 0 && foldedCount(vocab, b) > 0;
}
