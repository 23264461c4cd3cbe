import { InvalidInputError } from '../errors.js';
import type { CorpusSignatures, DocumentSignature } from './collect-signatures.js';
import { resolveDedupeOptions, type DedupeOptions, type SignatureSettings } from './options.js';
import { mix32 } from './hash-string.js';
import { estimateSimilarity } from './shingle-paragraph.js';

/** Where a paragraph was seen first. */
export interface ParagraphRef {
  /** The document's id. */
  readonly id: string;
  /** The paragraph's index in that document. */
  readonly paragraph: number;
}

/** A paragraph that repeats one seen earlier in another document. */
export interface ParagraphDuplicate {
  /** The document holding the later copy. */
  readonly id: string;
  /** Its paragraph index (a block of the document's `text`). */
  readonly paragraph: number;
  /** The copy's exact key, so the paragraph can be checked before it is removed. */
  readonly hash: string;
  /** The first occurrence (in corpus order); never in the same document. */
  readonly duplicateOf: ParagraphRef;
  /** `true` for a copy whose normalised words are identical; `false` for a near copy. */
  readonly exact: boolean;
  /** 1 for an exact copy; otherwise the estimated Jaccard similarity of word shingles. */
  readonly similarity: number;
  /** 1 for an exact copy; otherwise the estimated share of this paragraph's shingles found in the first occurrence. */
  readonly containment: number;
}

/**
 * A later paragraph that holds most of an earlier one and adds text of its own (a quoted wire paragraph
 * with a new sentence around it). Reported, never removed: removing it would lose the new text.
 */
export interface ParagraphOverlap {
  /** The document holding the later, longer paragraph. */
  readonly id: string;
  /** Its paragraph index. */
  readonly paragraph: number;
  /** The earlier paragraph it contains. */
  readonly contains: ParagraphRef;
  /** Estimated share of the earlier paragraph's shingles found in this one. */
  readonly containment: number;
  /** Estimated Jaccard similarity of the two. */
  readonly similarity: number;
}

/** A document whose normalised text is identical to an earlier one's. */
export interface DocumentDuplicate {
  /** The later document, the copy. */
  readonly id: string;
  /** The first document with that text. */
  readonly duplicateOf: string;
}

/** What {@link findDuplicates} returns. */
export interface DuplicateReport {
  /** Exact duplicate documents, in corpus order. */
  readonly documents: readonly DocumentDuplicate[];
  /** Duplicate paragraphs, in corpus order (paragraphs of duplicate documents included). */
  readonly paragraphs: readonly ParagraphDuplicate[];
  /** Later paragraphs that contain an earlier one and add to it (report only), in corpus order. */
  readonly overlaps: readonly ParagraphOverlap[];
  /** Documents and paragraphs (of at least `minWords` words) looked at. */
  readonly counts: {
    /** Documents looked at. */
    readonly documents: number;
    /** Paragraphs of at least `minWords` normalised words looked at. */
    readonly paragraphs: number;
  };
}

interface Seen {
  /** The last paragraph this was compared with as a candidate (to compare each pair once). */
  visit: number;
  readonly ref: ParagraphRef;
  readonly root: ParagraphRef;
  readonly shingles: number;
  readonly minhash: Uint32Array;
}

/** What one document adds to a {@link DuplicateIndex}. */
export interface DocumentFindings {
  /** Set when the whole document repeats an earlier one. */
  readonly document: DocumentDuplicate | null;
  /** Its paragraphs that repeat earlier ones. */
  readonly paragraphs: readonly ParagraphDuplicate[];
  /** Its paragraphs that contain an earlier one and add to it. */
  readonly overlaps: readonly ParagraphOverlap[];
}

/**
 * The incremental form of {@link findDuplicates}: documents are added in corpus order and each is
 * answered at once, which lets a stream (e.g. the CLI's `--dedupe paragraphs`) remove copies without
 * holding the corpus. Memory grows with the distinct paragraphs seen: about 1.9-2.3 KB each with the
 * defaults (one LSH bucket entry per band, 64 a paragraph, and its 128 MinHash values), about 0.3 KB with
 * `near: false` (measured on 2,000-6,000 documents of the bench's scale corpus; the CLI's `--dedupe` keeps
 * the same buckets in typed arrays, about 1 KB a paragraph). For corpora with tens of millions of
 * paragraphs, use the map/reduce path.
 */
export interface DuplicateIndex {
  /** Adds the next document's signature (in corpus order) and says what it repeats. */
  add(doc: DocumentSignature): DocumentFindings;
  /** True when a paragraph with this exact key is indexed (a later copy then needs no MinHash). */
  knows(hash: string): boolean;
}

/**
 * Makes an empty {@link DuplicateIndex}.
 *
 * @param settings - The settings the signatures are made with (`CorpusSignatures.settings`).
 * @param options - `threshold` and `maxBucket`. Default: {@link DedupeOptions}.
 * @returns The index.
 * @example
 * ```ts
 * const sig = collectParagraphSignatures(doc, { order });
 * const index = createDuplicateIndex(sig.settings);
 * const { paragraphs } = index.add(sig.documents[0]);
 * ```
 */
export function createDuplicateIndex(settings: SignatureSettings, options: DedupeOptions = {}): DuplicateIndex {
  const { threshold, maxBucket } = resolveDedupeOptions({ ...options, ...settings });
  const { bands, hashes, near } = settings;
  const rows = hashes / bands;
  const firstDoc = new Map<string, string>();
  const exact = new Map<string, Seen>();
  // One map per band, keyed by the band's hash as a 32-bit signed integer, which V8 stores unboxed (one
  // key over 2^31 would be a heap number: 16 bytes per entry, 64 entries per paragraph). A bucket holds
  // one paragraph (most do) or a list: no array for the single ones saves half the memory.
  const buckets = Array.from({ length: bands }, () => new Map<number, Seen | Seen[]>());
  let visit = 0;

  return {
    knows: (hash) => exact.has(hash),
    add(doc) {
      let document: DocumentDuplicate | null = null;
      const paragraphs: ParagraphDuplicate[] = [];
      const overlaps: ParagraphOverlap[] = [];
      if (doc.hash !== '') {
        const first = firstDoc.get(doc.hash);
        if (first === undefined) firstDoc.set(doc.hash, doc.id);
        else if (first !== doc.id) document = { id: doc.id, duplicateOf: first };
      }
      for (const sig of doc.paragraphs) {
        const ref: ParagraphRef = { id: doc.id, paragraph: sig.index };
        const same = exact.get(sig.hash);
        if (same && same.ref.id !== doc.id) {
          paragraphs.push({ ...ref, hash: sig.hash, duplicateOf: same.root, exact: true, similarity: 1, containment: 1 });
          continue;
        }
        if (same) continue; // a repeat inside the first document: not cross-document
        // The constructor copies an array without iterating it (`Uint32Array.from` makes an iterator result per value).
        const mh = near && sig.minhash.length === hashes ? new Uint32Array(sig.minhash) : new Uint32Array(0);
        let best: Seen | null = null;
        let bestIn = 0;
        let bestSim = 0;
        let wider: Seen | null = null;
        let widerOut = 0;
        let widerSim = 0;
        const keys = mh.length > 0 ? bandKeys(mh, bands, rows) : [];
        visit++;
        for (const [b, key] of keys.entries()) {
          const bucket = buckets[b]!.get(key);
          if (bucket === undefined) continue;
          for (const cand of Array.isArray(bucket) ? bucket : [bucket]) {
            if (cand.visit === visit || cand.ref.id === doc.id) continue;
            cand.visit = visit;
            const sim = estimateSimilarity(mh, cand.minhash);
            const common = (sim * (sig.shingles + cand.shingles)) / (1 + sim);
            const inside = Math.min(1, common / sig.shingles);
            const outside = Math.min(1, common / cand.shingles);
            if (inside > bestIn || (inside === bestIn && sim > bestSim)) {
              best = cand;
              bestIn = inside;
              bestSim = sim;
            }
            if (outside > widerOut) {
              wider = cand;
              widerOut = outside;
              widerSim = sim;
            }
          }
        }
        const isNear = best !== null && bestIn >= threshold;
        const seen: Seen = { visit: 0, ref, root: isNear ? best!.root : ref, shingles: sig.shingles, minhash: mh };
        exact.set(sig.hash, seen);
        if (isNear) {
          paragraphs.push({ ...ref, hash: sig.hash, duplicateOf: best!.root, exact: false, similarity: round(bestSim), containment: round(bestIn) });
        } else if (wider !== null && widerOut >= threshold) {
          overlaps.push({ ...ref, contains: wider.ref, containment: round(widerOut), similarity: round(widerSim) });
        }
        for (const [b, key] of keys.entries()) {
          const band = buckets[b]!;
          const bucket = band.get(key);
          if (bucket === undefined) band.set(key, seen);
          else if (!Array.isArray(bucket)) band.set(key, [bucket, seen]);
          else if (bucket.length < maxBucket) bucket.push(seen);
        }
      }
      return { document, paragraphs, overlaps };
    },
  };
}

/**
 * Finds republished paragraphs and duplicate documents in merged signatures. Walks documents in
 * corpus order; a paragraph whose exact key was seen in an earlier document is an exact duplicate. Else
 * its LSH candidates from other, earlier documents are compared by MinHash: when the estimated share of
 * its shingles found in a candidate (containment, derived from the Jaccard estimate and the two shingle
 * counts: `|A∩B| = J(|A|+|B|)/(1+J)`) reaches `threshold`, it is a near duplicate of that candidate's
 * first occurrence: everything it says was said before, so removing it loses nothing. When instead the
 * candidate is contained in it (it quotes an earlier paragraph and adds text), it is reported in
 * `overlaps` and never removed. Copies inside one document are left to the within-document rules.
 * Deterministic: the same signatures give the same report.
 *
 * @param signatures - Merged signatures ({@link mergeSignatures}).
 * @param options - `threshold`, `maxBucket` (the others are fixed by the signatures). Default: {@link DedupeOptions}.
 * @returns The {@link DuplicateReport}.
 * @throws {@link InvalidInputError} when `signatures` are not signatures.
 * @example
 * ```ts
 * const report = findDuplicates(signatures, { threshold: 0.9 });
 * for (const d of report.paragraphs) console.log(d.id, d.paragraph, '<-', d.duplicateOf.id, d.containment);
 * ```
 */
export function findDuplicates(signatures: CorpusSignatures, options: DedupeOptions = {}): DuplicateReport {
  if (!signatures || signatures.version !== 1 || !Array.isArray(signatures.documents) || !signatures.settings) {
    throw new InvalidInputError('findDuplicates() takes signatures made by collectParagraphSignatures (version 1)');
  }
  const index = createDuplicateIndex(signatures.settings, options);
  const documents: DocumentDuplicate[] = [];
  const paragraphs: ParagraphDuplicate[] = [];
  const overlaps: ParagraphOverlap[] = [];
  let paragraphCount = 0;
  for (const doc of signatures.documents) {
    paragraphCount += doc.paragraphs.length;
    const found = index.add(doc);
    if (found.document) documents.push(found.document);
    paragraphs.push(...found.paragraphs);
    overlaps.push(...found.overlaps);
  }
  return { documents, paragraphs, overlaps, counts: { documents: signatures.documents.length, paragraphs: paragraphCount } };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** One number per band: a 32-bit hash of its rows, signed (a rare hash collision only adds a candidate, which is verified). */
function bandKeys(sig: Uint32Array, bands: number, rows: number): number[] {
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5;
    for (let r = b * rows; r < (b + 1) * rows; r++) h = mix32(Math.imul(h ^ sig[r]!, 0x01000193));
    keys.push(h | 0);
  }
  return keys;
}
