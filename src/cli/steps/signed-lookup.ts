import { createDuplicateIndex, type DocumentFindings, type DuplicateIndex } from '../../dedup/find-duplicates.js';
import { resolveDedupeOptions } from '../../dedup/options.js';
import { readSigned, SLOT_BYTES, type SignedView } from '../transforms/signed-document.js';
import { addTallies, type BatchTallies } from '../progress/tally.js';
import { blockAt, blockCount, packBlocks } from '../stream/block-list.js';

/** `--dedupe`: `report` adds a `duplicates` field to every output; `paragraphs` also removes the later copies. */
export type DedupeMode = 'report' | 'paragraphs';

/** The `duplicates` field of an output record: what this document repeats, without the internal hashes. */
export interface DuplicatesField {
  /** The earlier document this one repeats word for word, or `null`. */
  readonly document: { readonly duplicateOf: string } | null;
  /** Its paragraphs (indices in the text before any removal) that repeat an earlier document's. */
  readonly paragraphs: readonly { paragraph: number; duplicateOf: { id: string; paragraph: number }; exact: boolean; similarity: number }[];
  /** Its paragraphs that contain an earlier one and add text (reported, never removed). */
  readonly overlaps: readonly { paragraph: number; contains: { id: string; paragraph: number }; containment: number }[];
}

/**
 * The `duplicates` field for a document's findings.
 *
 * @param f - What the index found for the document.
 * @returns The field.
 *
 * @example
 * ```ts
 * JSON.stringify(describeFindings(index.add(signature)));
 * ```
 */
export function describeFindings(f: DocumentFindings): DuplicatesField {
  return {
    document: f.document ? { duplicateOf: f.document.duplicateOf } : null,
    paragraphs: f.paragraphs.map((p) => ({ paragraph: p.paragraph, duplicateOf: { ...p.duplicateOf }, exact: p.exact, similarity: round(p.similarity) })),
    overlaps: f.overlaps.map((o) => ({ paragraph: o.paragraph, contains: { ...o.contains }, containment: round(o.containment) })),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** What the lookup says about a batch of signed documents ({@link createSignedLookup}), all in bytes but a few counts. */
export interface LookedUp {
  /**
   * The finished output lines (each ending in a newline, UTF-8) of the documents that only get their
   * `duplicates` field, spliced in here by bytes, in order.
   */
  readonly lines: Uint8Array;
  /**
   * Per document of the batch, in order: where its line ends in `lines` (`>= 0`; it starts where the
   * previous such line ended), or `-1 - k` when it is the `k`-th item of `finish`.
   */
  readonly ends: Int32Array;
  /**
   * The documents a worker must finish (`finishSigned`: paragraphs to remove, or a slot that cannot be
   * spliced by bytes), three blocks each (`packBlocks`): the packed document, its `duplicates` field's
   * JSON, the JSON of its paragraphs to remove. `undefined` when there are none.
   */
  readonly finish?: Uint8Array;
  /** The tallies of the documents in `lines` (those in `finish` are counted once finished). */
  readonly tallies: BatchTallies;
  /** For the summary: documents looked up, those that repeat anything, paragraphs that repeat earlier ones, documents that repeat one whole. */
  readonly found: { readonly documents: number; readonly withDuplicates: number; readonly paragraphs: number; readonly duplicateDocuments: number };
}

const encoder = new TextEncoder();
const NEWLINE = 0x0a;

/**
 * The dedup lookup of `clean --dedupe` on documents signed and packed by the workers (`packSigned`,
 * a batch's documents as one list of blocks), batch after batch, each document in input order: the
 * index (made with the settings the workers sign with, `collectParagraphSignatures`' defaults, as
 * `createDeduplicator` makes it) learns each document and says what it repeats. A document that only
 * gets its `duplicates` field is spliced here, by bytes, and its tallies summed; the others (paragraphs
 * to remove in `paragraphs` mode) are packed for a worker to finish. So what goes back to the main thread
 * is a few blocks of bytes per batch, not objects per document. It runs on a thread of its own
 * (src/cli/pool/lookup-worker.ts), whose heap is the index's, or in the calling thread (`--jobs 0`).
 *
 * @param mode - `report` or `paragraphs`.
 * @returns The lookup: give it each batch (`packBlocks` of packed documents) in input order.
 *
 * @example
 * ```ts
 * const lookUp = createSignedLookup('paragraphs');
 * const { lines, ends, finish } = lookUp(result.signed);
 * ```
 */
export function createSignedLookup(mode: DedupeMode): (list: Uint8Array) => LookedUp {
  let index: DuplicateIndex | undefined;
  return (list) => {
    const idx = (index ??= newIndex());
    const n = blockCount(list);
    const ends = new Int32Array(n);
    const finish: Uint8Array[] = [];
    const tallies: BatchTallies = { documents: 0, edits: {}, langs: {} };
    const found = { documents: n, withDuplicates: 0, paragraphs: 0, duplicateDocuments: 0 };
    // First each document's field (the index learns them in order), then the spliced lines, written
    // once into a block of their exact size: the batch's large blocks are what fragments the memory.
    const spliced: { view: SignedView; duplicates: string }[] = [];
    let size = 0;
    for (let i = 0; i < n; i++) {
      const bytes = blockAt(list, i);
      const view = readSigned(bytes, idx.knows);
      const findings = idx.add(view.signature);
      const duplicates = JSON.stringify(describeFindings(findings));
      const remove = mode === 'paragraphs' ? findings.paragraphs : [];
      if (findings.paragraphs.length > 0 || findings.document !== null) found.withDuplicates++;
      found.paragraphs += findings.paragraphs.length;
      if (findings.document !== null) found.duplicateDocuments++;
      if (remove.length === 0 && view.slot >= 0) {
        size += view.line.length - SLOT_BYTES + Buffer.byteLength(duplicates, 'utf8') + 1;
        ends[i] = size;
        spliced.push({ view, duplicates });
        addTallies(tallies, view.tallies);
      } else {
        ends[i] = -1 - finish.length / 3;
        finish.push(bytes, encoder.encode(duplicates), encoder.encode(JSON.stringify(remove)));
      }
    }
    const lines = new Uint8Array(size);
    let at = 0;
    for (const { view, duplicates } of spliced) {
      lines.set(view.line.subarray(0, view.slot), at);
      at += view.slot;
      at += encoder.encodeInto(duplicates, lines.subarray(at)).written;
      const tail = view.line.subarray(view.slot + SLOT_BYTES);
      lines.set(tail, at);
      at += tail.length;
      lines[at++] = NEWLINE;
    }
    return { lines, ends, ...(finish.length > 0 ? { finish: packBlocks(finish) } : {}), tallies, found };
  };
}

function newIndex(): DuplicateIndex {
  const r = resolveDedupeOptions({});
  return createDuplicateIndex({ shingleSize: r.shingleSize, hashes: r.hashes, bands: r.bands, minWords: r.minWords, seed: r.seed, near: r.near }, r);
}
