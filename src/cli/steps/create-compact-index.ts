import type { DocumentDuplicate, DuplicateIndex, ParagraphDuplicate, ParagraphOverlap, ParagraphRef } from '../../dedup/find-duplicates.js';
import { mix32 } from '../../dedup/hash-string.js';
import { resolveDedupeOptions, type DedupeOptions, type SignatureSettings } from '../../dedup/options.js';

/** An indexed paragraph: what a later one is compared with and reported against. */
interface Seen {
  /** The last paragraph this was compared with as a candidate (to compare each pair once). */
  visit: number;
  readonly ref: ParagraphRef;
  readonly root: ParagraphRef;
  readonly shingles: number;
  /** Its number in the index: where its MinHash values and LSH entries are. */
  readonly p: number;
}

/** Paragraphs per chunk of the value and link stores (a power of two): a store grows a chunk at a time. */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;

/** Slots of a new bucket table (a power of two); it doubles when three quarters are used. */
const FIRST_SLOTS = 1 << 12;

/**
 * The CLI's {@link DuplicateIndex} (`clean --dedupe`): the same findings as the library's `createDuplicateIndex`,
 * in a third of its memory or less per distinct paragraph. The library's index keeps a `Map` per LSH band (an
 * entry a band, 64 a paragraph, each ~30-40 bytes) and a typed array of its own per paragraph's MinHash; this one
 * keeps no object per LSH entry:
 *
 * - the MinHash values of paragraph `p` in chunks of {@link CHUNK} paragraphs (`hashes` 32-bit values each: 512
 *   bytes with the defaults), never copied when the index grows;
 * - one open-addressing table of buckets (an `Int32Array`) holding each bucket's newest entry + 1, where entry
 *   `e = p * bands + b` is paragraph `p` in band `b`; a bucket's key is not stored but recomputed from its
 *   entry's values (two rows with the defaults), so a bucket costs one slot, 4 bytes at a load of 3/8 to 3/4;
 * - per entry, the entry before it in its bucket + 1 (4 bytes), in chunks like the values.
 *
 * A bucket is walked from its newest entry and read oldest first, and takes no more entries once it holds
 * `maxBucket` (but a lone entry always gets a second, as the library's does), so the candidates, the order they
 * are compared in, and so every finding are those of the library's index (a test compares the two on the seeds
 * and on random texts). Measured on the bench corpus: about 1.0 KB per distinct paragraph against 2.3 KB.
 *
 * @param settings - The settings the signatures are made with.
 * @param options - `threshold` and `maxBucket`. Default: `DedupeOptions`'.
 * @returns The index.
 * @example
 * ```ts
 * const index = createCompactIndex(collectParagraphSignatures(doc).settings);
 * const { paragraphs } = index.add(collectParagraphSignatures(doc).documents[0]);
 * ```
 */
export function createCompactIndex(settings: SignatureSettings, options: DedupeOptions = {}): DuplicateIndex {
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

  /** The link of entry e: its older neighbour in its bucket + 1 (0: none). */
  const olderOf = (e: number): number => {
    const p = Math.floor(e / bands);
    return older[p >>> CHUNK_BITS]![(p & (CHUNK - 1)) * bands + (e - p * bands)]!;
  };
  /** The key of paragraph p in band b: a 32-bit hash of the band's rows, signed, as the library computes it. */
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
  /** The slot of band b's bucket with key k, or the empty slot where it goes. */
  const slotOf = (k: number, b: number): number => {
    const mask = slots.length - 1;
    for (let i = mix32(k + b) & mask; ; i = (i + 1) & mask) {
      const e = slots[i]! - 1;
      if (e < 0 || (e % bands === b && keyOf(Math.floor(e / bands), b) === k)) return i;
    }
  };
  /** Doubles the bucket table: each bucket's newest entry moves to its slot there (the links stay as they are). */
  const growSlots = (): void => {
    const old = slots;
    slots = new Int32Array(old.length * 2);
    for (const head of old) {
      if (head === 0) continue;
      const e = head - 1;
      const b = e % bands;
      slots[slotOf(keyOf(Math.floor(e / bands), b), b)] = head;
    }
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
          values.push(new Uint32Array(near ? CHUNK * hashes : 0));
          older.push(new Int32Array(near ? CHUNK * bands : 0));
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
          // A full bucket takes no more, but a lone entry always gets a second (as the library's index). The
          // bucket is as the lookup found it: this paragraph's other entries went to other bands.
          const size = sizes[b]!;
          if (size >= maxBucket && size > 1) continue;
          const i = slotOf(k, b);
          older[p >>> CHUNK_BITS]![(p & (CHUNK - 1)) * bands + b] = slots[i]!;
          slots[i] = p * bands + b + 1;
          if (size === 0 && ++used * 4 > slots.length * 3) growSlots();
        }
      }
      return { document, paragraphs, overlaps };
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
