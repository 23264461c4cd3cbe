import { InvalidInputError } from '../errors.js';
import { splitBlocks, splitLines } from '../parse/split-lines.js';
import { hashKey } from './hash-string.js';
import { resolveDedupeOptions, type DedupeOptions, type SignatureSettings } from './options.js';
import { minhash, minhashSeeds, normalizeWords, shingleHashes } from './shingle-paragraph.js';

/** What duplicate detection keeps of one paragraph. */
export interface ParagraphSignature {
  /** The paragraph's position among the document's paragraphs (blocks of `text`), from 0. */
  readonly index: number;
  /** Normalised words in it. */
  readonly words: number;
  /** 64-bit key of the normalised words (exact copies share it). */
  readonly hash: string;
  /** Distinct word shingles in it (to estimate containment from the Jaccard estimate). */
  readonly shingles: number;
  /** MinHash signature of its word shingles (empty when `near` is off). */
  readonly minhash: readonly number[];
}

/** What duplicate detection keeps of one document. */
export interface DocumentSignature {
  /** The document's id. */
  readonly id: string;
  /** Its position in the corpus: the lower one is the first occurrence. */
  readonly order: number;
  /** 64-bit key of the whole normalised text, or `''` for a document without words. */
  readonly hash: string;
  /** Paragraphs with at least `minWords` words. */
  readonly paragraphs: readonly ParagraphSignature[];
}

/**
 * Signatures of part of a corpus: the serialisable value of the map step. Merge any two with
 * {@link mergeSignatures}; plain JSON, so it can cross processes and machines.
 */
export interface CorpusSignatures {
  /** Format version. */
  readonly version: 1;
  /** The settings the signatures were made with. */
  readonly settings: SignatureSettings;
  /** Documents, sorted by `order`, then `id`. */
  readonly documents: readonly DocumentSignature[];
}

/** A document as duplicate detection reads it: an id and a clean text (paragraphs split by blank lines). */
export interface SignableDocument {
  /** Names the document in findings and edit reasons; unique within a corpus. */
  readonly id: string;
  /** The clean text; paragraphs are separated by blank lines, as `clean` leaves them. */
  readonly text: string;
}

/** Options of {@link collectParagraphSignatures}. */
export interface CollectOptions extends DedupeOptions {
  /**
   * The document's position in the corpus (input order; e.g. a global line number). Decides which copy
   * is the first occurrence. Default: `0` (ties are broken by id).
   */
  readonly order?: number;
}

/**
 * The map step of cross-document dedup: hashes one document's paragraphs (exact key and MinHash).
 *
 * @param doc - A document with `id` and `text` (e.g. a `CleanDocument` plus its id).
 * @param options - {@link CollectOptions}.
 * @returns Signatures of a one-document corpus.
 * @throws {@link InvalidInputError} when `id` or `text` is not a string.
 * @example
 * ```ts
 * const sigs = docs.map((d, i) => collectParagraphSignatures(d, { order: i })).reduce(mergeSignatures);
 * const report = findDuplicates(sigs);
 * ```
 */
export function collectParagraphSignatures(doc: SignableDocument, options: CollectOptions = {}): CorpusSignatures {
  if (!doc || typeof doc.id !== 'string' || typeof doc.text !== 'string') {
    throw new InvalidInputError('collectParagraphSignatures() takes a document with a string `id` and `text`');
  }
  const order = options.order ?? 0;
  if (typeof order !== 'number' || !Number.isFinite(order)) throw new InvalidInputError('`order` must be a finite number');
  const s = resolveDedupeOptions(options);
  const settings: SignatureSettings = { shingleSize: s.shingleSize, hashes: s.hashes, bands: s.bands, minWords: s.minWords, seed: s.seed, near: s.near };
  return { version: 1, settings, documents: [signDocument(doc, order, settings, s.near ? minhashSeeds(s.hashes, s.seed) : [])] };
}

/**
 * Signs one document (the work behind {@link collectParagraphSignatures}). A paragraph whose exact key
 * `known` says is already indexed gets no shingles or MinHash: an exact match never needs them.
 *
 * @internal
 */
export function signDocument(doc: SignableDocument, order: number, settings: SignatureSettings, seeds: readonly number[], known?: (hash: string) => boolean): DocumentSignature {
  const paragraphs: ParagraphSignature[] = [];
  const all: string[] = [];
  for (const block of splitBlocks(splitLines(doc.text))) {
    const words = normalizeWords(doc.text.slice(block.start, block.end));
    if (words.length === 0) continue;
    const joined = words.join(' ');
    all.push(joined);
    if (words.length < settings.minWords) continue;
    const hash = hashKey(joined);
    if (known?.(hash)) {
      paragraphs.push({ index: block.index, words: words.length, hash, shingles: 0, minhash: [] });
      continue;
    }
    const shingles = shingleHashes(words, settings.shingleSize);
    const sig = settings.near ? minhash(shingles, seeds) : [];
    paragraphs.push({ index: block.index, words: words.length, hash, shingles: shingles.length, minhash: sig });
  }
  const hash = all.length === 0 ? '' : hashKey(all.join('\n'));
  return { id: doc.id, order, hash, paragraphs };
}

/**
 * The exact key of a paragraph's normalised words (what {@link ParagraphSignature.hash} holds).
 *
 * @param words - Normalised words.
 * @returns 16 hex digits.
 * @example
 * ```ts
 * paragraphKey(normalizeWords('Don’t go.')) === paragraphKey(normalizeWords('dont  go')); // true
 * ```
 */
export function paragraphKey(words: readonly string[]): string {
  return hashKey(words.join(' '));
}

/**
 * The reduce step: joins two sets of signatures. Associative and commutative, so shards can be merged
 * in any grouping and order and give the same result.
 *
 * @param a - Signatures of some documents.
 * @param b - Signatures of other documents, made with the same settings.
 * @returns The signatures of both, sorted by `order`, then `id`.
 * @throws {@link InvalidInputError} when the settings differ or an input is not signatures.
 * @example
 * ```ts
 * mergeSignatures(shard1, shard2);
 * ```
 */
export function mergeSignatures(a: CorpusSignatures, b: CorpusSignatures): CorpusSignatures {
  for (const x of [a, b]) {
    if (!x || x.version !== 1 || !Array.isArray(x.documents) || !x.settings) {
      throw new InvalidInputError('mergeSignatures() takes signatures made by collectParagraphSignatures (version 1)');
    }
  }
  const keys = ['shingleSize', 'hashes', 'bands', 'minWords', 'seed', 'near'] as const;
  for (const k of keys) {
    if (a.settings[k] !== b.settings[k]) {
      throw new InvalidInputError(`cannot merge signatures made with different \`${k}\` (${String(a.settings[k])} and ${String(b.settings[k])})`);
    }
  }
  const documents = mergeSorted(a.documents, b.documents);
  return { version: 1, settings: a.settings, documents };
}

function compareDocs(x: DocumentSignature, y: DocumentSignature): number {
  return x.order - y.order || compareStrings(x.id, y.id) || compareStrings(x.hash, y.hash);
}

function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function mergeSorted(a: readonly DocumentSignature[], b: readonly DocumentSignature[]): DocumentSignature[] {
  const out: DocumentSignature[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compareDocs(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
