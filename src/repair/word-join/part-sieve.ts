import { vocabularyForms, type DocumentVocabulary } from '../vocabulary/document-vocabulary.js';
import { FormNumber, formHash } from '../vocabulary/word-form-table.js';
import { isAsciiLetter } from '../../model/characters.js';
import { UNAMBIGUOUS_CONTRACTIONS } from '../../data/contractions.js';
import { KNOWN_FUSED_FORMS, LEXICON_NOISE } from '../../data/repair-words.js';
import { englishLexicon } from '../vocabulary/english-lexicon.js';

/**
 * Hash bits of the lexicon's words, of the contractions written without their apostrophe (`itll`,
 * `youll`: word-join takes those as parts though the lexicon lacks most of them) and of the words the
 * lists refuse as parts (markup debris, well-known fusions: so a `false` also says no list names it): a bit set (a Bloom filter with one hash) over 2^22 bits, 512 KB.
 * With 80,000 words about one probe in 52 of a string that is no word finds its bit set (1 - e^(-n/2^22)).
 */
const LEXICON_BITS = 22;
/** Hash bits of one document's folded word forms: 2^16 bits (8 KB) for the few thousand forms of a page. */
const FORM_BITS = 16;
/** The base of `formHash` (the hash every bit here is of), and its powers for the lengths a token may have. */
const BASE = 31;
const POWERS = new Int32Array(64);
POWERS[0] = 1;
for (let k = 1; k < POWERS.length; k++) POWERS[k] = Math.imul(POWERS[k - 1]!, BASE);

let lexiconBits: Uint32Array | null = null;
/**
 * Bits of the forms of the vocabulary asked last ({@link forms}): one buffer, filled again when another
 * vocabulary asks. A round of `word-join` asks of its own vocabulary only; an 8 KB array made per
 * vocabulary cost more (a buffer outside the heap, some 3 µs) than filling this one again.
 */
const formBits = new Uint32Array(1 << (FORM_BITS - 5));
let formBitsOf: DocumentVocabulary | undefined;

/** The bit of a hash in a set of `bits` bits (the hash mixed first: the polynomial's low bits are weak). */
function bitOf(h: number, bits: number): number {
  return Math.imul(h ^ (h >>> 16), 0x9e3779b1) >>> (32 - bits);
}

function setBit(set: Uint32Array, bit: number): void {
  set[bit >>> 5]! |= 1 << (bit & 31);
}

function hasBit(set: Uint32Array, bit: number): boolean {
  return (set[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

function lexicon(): Uint32Array {
  if (lexiconBits === null) {
    const set = new Uint32Array(1 << (LEXICON_BITS - 5));
    for (const word of englishLexicon().keys()) setBit(set, bitOf(formHash(word), LEXICON_BITS));
    for (const word of [...Object.keys(UNAMBIGUOUS_CONTRACTIONS), ...LEXICON_NOISE, ...Object.keys(KNOWN_FUSED_FORMS)]) setBit(set, bitOf(formHash(word), LEXICON_BITS));
    lexiconBits = set;
  }
  return lexiconBits;
}

/**
 * The bit in a set of {@link FORM_BITS} bits of a form lower-cased, or -1 when it does not start with an
 * ASCII letter; per interned form.
 */
const FOLDED_BIT = new FormNumber((form) => (isAsciiLetter(form.charCodeAt(0)) ? bitOf(formHash(form.toLowerCase()), FORM_BITS) : -1));

/**
 * The lower-cased forms of the document that start with an ASCII letter: the forms `hasFoldedForm` in
 * `split-lower-case` can find for a lower-case a-z word (as written, or lower-cased).
 */
function forms(vocab: DocumentVocabulary): Uint32Array {
  if (vocab !== formBitsOf) {
    formBits.fill(0);
    const { ids } = vocabularyForms(vocab);
    for (let f = 0; f < ids.length; f++) {
      const bit = FOLDED_BIT.of(ids[f]!);
      if (bit >= 0) setBit(formBits, bit);
    }
    formBitsOf = vocab;
  }
  return formBits;
}

/**
 * What a segmentation may ask of the substrings `token.slice(i, j)` of one token without making them:
 * whether one may be a word of the lexicon, and whether it may be a word form of the document (lower-cased).
 * A `false` is certain; a `true` only says the string must be made and looked up (hash bits, so a few
 * strings that are neither answer `true`). Substring hashes come from the token's prefix hashes.
 */
export interface PartSieve {
  /**
   * False when `token.slice(i, j)` is certainly neither in {@link englishLexicon} nor a contraction without its
   * apostrophe, nor listed as markup debris (`LEXICON_NOISE`) or a well-known fusion (`KNOWN_FUSED_FORMS`).
   */
  mayBeListed(i: number, j: number): boolean;
  /**
   * The form bit of `token.slice(i, j)`: {@link mayBeAttestedBit} of it is false when no word form of the
   * document that starts with an ASCII letter lower-cases to the part. Kept, it answers in any document.
   */
  formBit(i: number, j: number): number;
}

/**
 * A {@link PartSieve} for one lower-case a-z token. The cheapest reading of a token looks at every
 * substring of it (up to 435 for 30 letters); most are no word at all, and telling that from hash bits
 * spares making each one and probing the 80,000-word lexicon with it.
 *
 * @param token - A lower-case a-z token (at most 63 letters).
 * @returns The sieve.
 * @example
 * ```ts
 * const sieve = partSieve('formedin');
 * sieve.mayBeListed(0, 6); // true: 'formed'
 * sieve.mayBeListed(2, 5); // false (almost surely: hash bits): 'rme' is no word
 * ```
 */
export function partSieve(token: string): PartSieve {
  if (token.length >= POWERS.length) return { mayBeListed: () => true, formBit: () => -1 };
  const prefix = new Int32Array(token.length + 1);
  for (let k = 0; k < token.length; k++) prefix[k + 1] = (Math.imul(prefix[k]!, BASE) + token.charCodeAt(k)) | 0;
  const hash = (i: number, j: number): number => (prefix[j]! - Math.imul(prefix[i]!, POWERS[j - i]!)) | 0;
  const listed = lexicon();
  return {
    mayBeListed: (i, j) => hasBit(listed, bitOf(hash(i, j), LEXICON_BITS)),
    formBit: (i, j) => bitOf(hash(i, j), FORM_BITS),
  };
}

/**
 * False when no word form of the document that starts with an ASCII letter lower-cases to `lower`: the
 * same hash bits as {@link PartSieve.formBit}, for a whole word. Lets a caller skip building the
 * set of lower-cased forms for a word no form can match.
 *
 * @param vocab - The document's vocabulary.
 * @param lower - A lower-case a-z word.
 * @returns Whether some form may lower-case to `lower` (`false` is certain).
 * @example
 * ```ts
 * mayBeFoldedForm(documentVocabulary('Kyiv said'), 'kyiv'); // true
 * ```
 */
export function mayBeFoldedForm(vocab: DocumentVocabulary, lower: string): boolean {
  return mayBeAttestedBit(vocab, bitOf(formHash(lower), FORM_BITS));
}

/**
 * False when no word form of the document that starts with an ASCII letter has the form bit `bit`
 * ({@link PartSieve.formBit}; -1, a token too long to hash, may always be attested).
 *
 * @param vocab - The document's vocabulary.
 * @param bit - A form bit, or -1.
 * @returns Whether a form with that bit may stand in the document (`false` is certain).
 * @example
 * ```ts
 * mayBeAttestedBit(vocab, partSieve('kyivsaid').formBit(0, 4)); // true when `Kyiv` stands in it
 * ```
 */
export function mayBeAttestedBit(vocab: DocumentVocabulary, bit: number): boolean {
  return bit < 0 || hasBit(forms(vocab), bit);
}
