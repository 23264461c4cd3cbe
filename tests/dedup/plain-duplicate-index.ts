import type { DocumentDuplicate, DuplicateIndex, ParagraphDuplicate, ParagraphOverlap, ParagraphRef } from '../../src/dedup/find-duplicates.js';
import { mix32 } from '../../src/dedup/hash-string.js';
import { resolveDedupeOptions, type DedupeOptions, type SignatureSettings } from '../../src/dedup/options.js';
import { estimateSimilarity } from '../../src/dedup/shingle-paragraph.js';

// The oracle of tests/dedup/duplicate-index.test.ts: the index `createDuplicateIndex` was until stop 18, one
// `Map` per LSH band and a typed array per paragraph (1.9-2.3 KB a paragraph). Plain to read; the library's
// index, in typed arrays, must find exactly what this one finds.

interface Seen {
  visit: number;
  readonly ref: ParagraphRef;
  readonly root: ParagraphRef;
  readonly shingles: number;
  readonly minhash: Uint32Array;
}

/** An empty index with one `Map` per band: what `createDuplicateIndex` must agree with. */
export function plainDuplicateIndex(settings: SignatureSettings, options: DedupeOptions = {}): DuplicateIndex {
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


function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** One number per band: a 32-bit hash of its rows, signed. */
function bandKeys(sig: Uint32Array, bands: number, rows: number): number[] {
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5;
    for (let r = b * rows; r < (b + 1) * rows; r++) h = mix32(Math.imul(h ^ sig[r]!, 0x01000193));
    keys.push(h | 0);
  }
  return keys;
}
