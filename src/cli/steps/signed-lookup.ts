import { createDuplicateIndex, type DocumentFindings, type DuplicateIndex, type ParagraphDuplicate } from '../../dedup/find-duplicates.js';
import { resolveDedupeOptions } from '../../dedup/options.js';
import { readSigned } from '../transforms/signed-document.js';

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

/** What the lookup says about one signed document ({@link createSignedLookup}). */
export interface LookupTurn {
  /** Its `duplicates` field, as JSON. */
  readonly duplicates: string;
  /** Its paragraphs to remove (`paragraphs` mode; empty in `report` mode or when it repeats nothing). */
  readonly remove: readonly ParagraphDuplicate[];
  /** How many of its paragraphs repeat earlier ones (for the summary). */
  readonly paragraphs: number;
  /** Whether it repeats an earlier document word for word (for the summary). */
  readonly document: boolean;
}

/**
 * The dedup lookup of `clean --dedupe` on documents signed and packed by the workers
 * (`packSigned`), one at a time in input order: the index (made with the settings the workers sign with,
 * `collectParagraphSignatures`' defaults, as `createDeduplicator` makes it) learns each document and says
 * what it repeats. It runs on a thread of its own (src/cli/pool/lookup-worker.ts), whose heap is the
 * index's, or in the calling thread (`--jobs 0`).
 *
 * @param mode - `report` or `paragraphs`.
 * @returns The lookup: give it each packed document in input order.
 *
 * @example
 * ```ts
 * const lookUp = createSignedLookup('paragraphs');
 * const turn = lookUp(outcome.signed);
 * ```
 */
export function createSignedLookup(mode: DedupeMode): (signed: Uint8Array) => LookupTurn {
  let index: DuplicateIndex | undefined;
  return (signed) => {
    const idx = (index ??= newIndex());
    const findings = idx.add(readSigned(signed, idx.knows).signature);
    return {
      duplicates: JSON.stringify(describeFindings(findings)),
      remove: mode === 'paragraphs' ? findings.paragraphs : [],
      paragraphs: findings.paragraphs.length,
      document: findings.document !== null,
    };
  };
}

function newIndex(): DuplicateIndex {
  const r = resolveDedupeOptions({});
  return createDuplicateIndex({ shingleSize: r.shingleSize, hashes: r.hashes, bands: r.bands, minWords: r.minWords, seed: r.seed, near: r.near }, r);
}
