import { wordRank } from '../vocabulary/english-lexicon.js';
import type { DocumentVocabulary } from '../vocabulary/document-vocabulary.js';
import { FUNCTION, FUSED } from '../word-join/join-words.js';

// Two lost spaces in a row before a case seam (`Hospitalin|Aberdeen`, `onthe|Coupe`, `aboutaNASA`): the part
// before the seam is a word and a closed-class word run together. Read by the case seams
// (`split-case-seam`) and the acronym seams (`find-acronym-seams`).

/** Length of the longest closed-class word {@link endsInClosedClass} (and `split-case-seam`'s `mixedWordCut`) looks for. */
export const MAX_CLOSED = 7;

/**
 * `Hospitalin|Aberdeen`, `Reedon|Saturday`, `concludedthat|Epstein`, `onthe|Coupe`: the part before the
 * seam is no word and stands nowhere alone, but reads as a word (a lexicon word ranked < 20,000 of three
 * letters or more, or one the document uses alone) and a closed-class word run together, or is a listed
 * fusion (`onthe`): two lost spaces in a row. The seam is split here; `word-join`, which runs next, splits the rest.
 *
 * @param part - The part before the seam, as written.
 * @param vocab - The document's vocabulary.
 * @returns Why the seam is split, or `null`.
 * @example
 * ```ts
 * endsInClosedClass('Hospitalin', vocab)?.reason; // '"Hospital" and "in" run together before it'
 * endsInClosedClass('onthe', vocab)?.reason; // 'a well-known fusion before it'
 * ```
 */
export function endsInClosedClass(part: string, vocab: DocumentVocabulary): { reason: string; confidence: number } | null {
  const lower = part.toLowerCase();
  if (FUSED.has(lower)) return { reason: 'a well-known fusion before it', confidence: 0.8 };
  for (let at = lower.length - 1; at >= 3 && at >= lower.length - MAX_CLOSED; at--) {
    const tail = lower.slice(at);
    if (!FUNCTION.has(tail) || (tail.length < 2 && tail !== 'a')) continue;
    const head = part.slice(0, at);
    const r = wordRank(head);
    if ((r !== undefined && r < CLOSED_HEAD_RANK) || (vocab.counts.get(head) ?? 0) > 0) {
      return { reason: `"${head}" and "${tail}" run together before it`, confidence: 0.75 };
    }
  }
  return null;
}

/** The word before a closed-class word in {@link endsInClosedClass} must rank above this (or stand alone). */
const CLOSED_HEAD_RANK = 20_000;
