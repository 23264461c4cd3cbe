import { lexiconSize } from '../vocabulary/english-lexicon.js';
import { mayBeAttestedBit, partSieve } from './part-sieve.js';
import { PART_RANK } from './join-words.js';
import { ATTESTED_OR_KNOWN, REFUSED, listedCell, rankCost } from './listed-part-cost.js';
import { segment, type Reading } from './segment.js';
import { hasFoldedForm, type JoinEvidence } from './join-evidence.js';
import type { DocumentVocabulary } from '../vocabulary/document-vocabulary.js';
import { cellsOf, keepAlone, type TokenEntry } from './token-memo.js';

// The part cost of a lower-case token's segmentation: what the word lists say of each part (kept in the
// token's memo), else what the document attests. It hands the cost to the segmenter (`segment`) and the
// reading to the judge (`split-lower-case`); whether an attested part is itself a fusion is the judge's
// question, asked back through the `isFusion` it passes in.

/**
 * The cheapest segmentation of `token` into two to four parts that the part cost admits ({@link segment}):
 * what a plain unigram segmenter would choose. The caller vetoes it with the pair guards rather than
 * searching for a second-best.
 *
 * The part cost is what the lists say (judged once per token, process-wide), else a form the document
 * attests, unless it is itself a fusion (`formedin` in `formedinfight`: else the verdict on one token would
 * hang on whether another was repaired yet), else an inflected form of a lexicon word of six letters or
 * more (`divulged`, `hydrated`). The document changes a reading only through a part it attests, so the
 * reading the lists alone give is found once per token (process-wide, with the form bits of the parts it
 * asked about that a document could admit); a document whose form bits rule out all of those parts reads
 * the token the same, and only the others are segmented again.
 *
 * @param token - A lower-case a-z token that its spelling leaves open (`judgeSpelling`).
 * @param entry - Its {@link TokenEntry}.
 * @param ev - The round's evidence.
 * @param isFusion - Whether an attested form is itself a fusion (then it is no part), or `null` where every
 *   attested form is a part (one level inside an attested part).
 * @returns The cheapest reading, or `null`.
 * @example
 * ```ts
 * cheapestReading('formedin', tokenEntry('formedin'), ev, isAttestedFusion)?.cuts; // [6]
 * ```
 */
export function cheapestReading(
  token: string, entry: TokenEntry, ev: JoinEvidence, isFusion: ((word: string, ev: JoinEvidence) => boolean) | null,
): Reading | null {
  const w = token.length + 1;
  const vocab = ev.vocab;
  // The reading the lists alone give, when the document attests none of the parts it left open: read
  // from the form bits kept with it, before a sieve or a cell is made for the token.
  const alone = entry.alone;
  if (alone !== undefined && !attestsSome(vocab, alone.open)) return alone.reading;
  const sieve = partSieve(token);
  const cells = cellsOf(entry, w);
  // What the lists say of a part: a cost, REFUSED, or what only the document can admit.
  const listed = (i: number, j: number): number => {
    const at = i * w + j;
    let v = cells[at]!;
    if (v !== v) { // NaN: not judged yet
      v = listedCell(token, i, j, sieve);
      cells[at] = v;
    }
    return v;
  };
  if (alone === undefined) {
    const open: number[] = [];
    const asked = new Uint8Array(w * w);
    const reading = segment(token, (i, j) => {
      const v = listed(i, j);
      if (v >= 0) return v;
      if (v === REFUSED) return undefined;
      const at = i * w + j;
      if (asked[at] === 0) {
        asked[at] = 1;
        open.push(sieve.formBit(i, j));
      }
      return v === ATTESTED_OR_KNOWN ? rankCost(lexiconSize()) + 1 : undefined;
    });
    const bits = Int32Array.from(open);
    keepAlone(entry, { reading, open: bits });
    if (!attestsSome(vocab, bits)) return reading;
  }
  return segment(token, (i, j) => {
    const v = listed(i, j);
    if (v >= 0) return v;
    if (v === REFUSED) return undefined;
    // Only the document can admit it (the part cost): a form it attests that is no fusion itself.
    if (mayBeAttestedBit(vocab, sieve.formBit(i, j))) {
      const word = token.slice(i, j);
      if (hasFoldedForm(vocab, word) && (isFusion === null || !isFusion(word, ev))) return rankCost(PART_RANK);
    }
    return v === ATTESTED_OR_KNOWN ? rankCost(lexiconSize()) + 1 : undefined;
  });
}

/** True when the document may attest one of the parts whose form bits are `bits` ({@link mayBeAttestedBit}). */
function attestsSome(vocab: DocumentVocabulary, bits: Int32Array): boolean {
  for (let k = 0; k < bits.length; k++) if (mayBeAttestedBit(vocab, bits[k]!)) return true;
  return false;
}
