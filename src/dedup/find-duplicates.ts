import { InvalidInputError } from '../errors.js';
import type { CorpusSignatures, DocumentSignature } from './collect-signatures.js';
import { resolveDedupeOptions, type DedupeOptions, type SignatureSettings } from './options.js';
import { mix32 } from './hash-string.js';

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
  /** Its number in the index: where its MinHash values and LSH entries are. */
  readonly p: number;
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
 * holding the corpus. Memory grows with the distinct paragraphs seen: about 1 KB each with the defaults
 * (its 128 MinHash values and one LSH bucket entry per band, 64 a paragraph, in typed arrays), about
 * 0.15 KB with `near: false` (measured on 2,000-6,000 documents of the bench's scale corpus). For corpora
 * with tens of millions of paragraphs, use the map/reduce path.
 */
export interface DuplicateIndex {
  /** Adds the next document's signature (in corpus order) and says what it repeats. */
  add(doc: DocumentSignature): DocumentFindings;
  /** True when a paragraph with this exact key is indexed (a later copy then needs no MinHash). */
  knows(hash: string): boolean;
}

/** Paragraphs per chunk of the value and link stores (a power of two): a store grows a chunk at a time. */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;

/** Slots of a new bucket table (a power of two); it doubles when three quarters are used. */
const FIRST_SLOTS = 1 << 12;

/**
 * Makes an empty {@link DuplicateIndex}. It keeps no object per LSH entry, so that a stream of documents
 * (`clean --dedupe`, {@link createDeduplicator}) holds about 1 KB per distinct paragraph with the defaults:
 *
 * - the MinHash values of paragraph `p` in chunks of 4,096 paragraphs (`hashes` 32-bit values each: 512
 *   bytes with the defaults), never copied when the index grows;
 * - one open-addressing table of buckets (an `Int32Array`) holding each bucket's newest entry + 1, where entry
 *   `e = p * bands + b` is paragraph `p` in band `b`; a bucket's key is not stored but recomputed from its
 *   entry's values (two rows with the defaults), so a bucket costs one slot, 4 bytes at a load of 3/8 to 3/4;
 * - per entry, the entry before it in its bucket + 1 (4 bytes), in chunks like the values.
 *
 * A bucket is read oldest first and takes no more entries once it holds `maxBucket` (but a lone entry always
 * gets a second). The findings are those of a plain index with one `Map` per band, which kept 1.9-2.3 KB per
 * paragraph (stop 18; a test compares the two on the seeds and on random corpora).
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
  const seen: Seen[] = [];
  const values: Uint32Array[] = [];
  const older: Int32Array[] = [];
  const bucket: Seen[] = [];
  let slots = new Int32Array(FIRST_SLOTS);
  let used = 0;
  let visit = 0;

  /** Entries per chunk of links: a chunk's paragraphs' entries, in order. */
  const span = CHUNK * bands;
  /** The link of entry e: its older neighbour in its bucket + 1 (0: none). */
  const olderOf = (e: number): number => older[Math.floor(e / span)]![e % span]!;
  /** The key of paragraph p in band b: a 32-bit hash of the band's rows, signed (a rare collision only adds a candidate, which is compared). */
  const keyOf = (p: number, b: number): number => {
    const v = values[p >>> CHUNK_BITS]!;
    const at = (p & (CHUNK - 1)) * hashes + b * rows;
    let h = 0x811c9dc5;
    for (let r = at; r < at + rows; r++) h = mix32(Math.imul(h ^ v[r]!, 0x01000193));
    return h | 0;
  };
  /** `estimateSimilarity` of paragraphs p and q's values (the same division, so the same number), without a view of each. */
  const similarity = (p: number, q: number): number => {
    const a = values[p >>> CHUNK_BITS]!;
    const b = values[q >>> CHUNK_BITS]!;
    const i = (p & (CHUNK - 1)) * hashes;
    const j = (q & (CHUNK - 1)) * hashes;
    let same = 0;
    for (let r = 0; r < hashes; r++) if (a[i + r] === b[j + r]) same++;
    return same / hashes;
  };
  /** The key of entry e (paragraph `e / bands` in band `e % bands`). */
  const keyOfEntry = (e: number): number => keyOf(Math.floor(e / bands), e % bands);
  /** The slot of band b's bucket with key k, or the empty slot where it goes. */
  const slotOf = (k: number, b: number): number => {
    const mask = slots.length - 1;
    for (let i = mix32(k + b) & mask; ; i = (i + 1) & mask) {
      const e = slots[i]! - 1;
      if (e < 0 || (e % bands === b && keyOfEntry(e) === k)) return i;
    }
  };
  /** Doubles the bucket table: each bucket's newest entry moves to its slot there (the links stay as they are). */
  const growSlots = (): void => {
    const old = slots;
    slots = new Int32Array(old.length * 2);
    for (const head of old) if (head !== 0) slots[slotOf(keyOfEntry(head - 1), (head - 1) % bands)] = head;
  };

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
        const p = seen.length;
        const signed = near && sig.minhash.length === hashes;
        if (p % CHUNK === 0) {
          const n = near ? CHUNK : 0;
          values.push(new Uint32Array(n * hashes));
          older.push(new Int32Array(n * bands));
        }
        if (signed) values[p >>> CHUNK_BITS]!.set(sig.minhash, (p & (CHUNK - 1)) * hashes);
        let best: Seen | null = null;
        let bestIn = 0;
        let bestSim = 0;
        let wider: Seen | null = null;
        let widerOut = 0;
        let widerSim = 0;
        const keys: number[] = [];
        const sizes: number[] = [];
        visit++;
        for (let b = 0; signed && b < bands; b++) {
          const k = keyOf(p, b);
          keys.push(k);
          // The bucket's entries, read oldest first (`bucket` is reused: no array per band).
          bucket.length = 0;
          for (let head = slots[slotOf(k, b)]!; head !== 0; head = olderOf(head - 1)) bucket.push(seen[Math.floor((head - 1) / bands)]!);
          sizes.push(bucket.length);
          for (let j = bucket.length - 1; j >= 0; j--) {
            const cand = bucket[j]!;
            if (cand.visit === visit || cand.ref.id === doc.id) continue;
            cand.visit = visit;
            const sim = similarity(p, cand.p);
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
        const entry: Seen = { visit: 0, ref, root: isNear ? best!.root : ref, shingles: sig.shingles, p };
        exact.set(sig.hash, entry);
        seen.push(entry);
        if (isNear) {
          paragraphs.push({ ...ref, hash: sig.hash, duplicateOf: best!.root, exact: false, similarity: round(bestSim), containment: round(bestIn) });
        } else if (wider !== null && widerOut >= threshold) {
          overlaps.push({ ...ref, contains: wider.ref, containment: round(widerOut), similarity: round(widerSim) });
        }
        for (const [b, k] of keys.entries()) {
          // A full bucket takes no more, but a lone entry always gets a second (as the plain index did). The
          // bucket is as the lookup found it: this paragraph's other entries went to other bands.
          const size = sizes[b]!;
          if (size >= maxBucket && size > 1) continue;
          const i = slotOf(k, b);
          const e = p * bands + b;
          older[Math.floor(e / span)]![e % span] = slots[i]!;
          slots[i] = e + 1;
          if (size === 0 && ++used * 4 > slots.length * 3) growSlots();
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
