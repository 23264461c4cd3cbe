import { applyFindings } from '../pipeline/apply-findings.js';
import { InvalidInputError, InvalidOptionError } from '../errors.js';
import { applyEdits } from '../ledger/apply-edits.js';
import type { CleanDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { splitBlocks, splitLines, type Block } from '../parse/split-lines.js';
import { paragraphKey, signDocument, type DocumentSignature } from './collect-signatures.js';
import { createDuplicateIndex, type DocumentDuplicate, type DocumentFindings, type DuplicateIndex, type DuplicateReport, type ParagraphDuplicate, type ParagraphOverlap } from './find-duplicates.js';
import { resolveDedupeOptions, type DedupeOptions, type SignatureSettings } from './options.js';
import { minhashSeeds, normalizeWords } from './shingle-paragraph.js';

/** The rule id of removed duplicate paragraphs, in edits and stats. */
export const DUPLICATE_PARAGRAPH_RULE = 'duplicate-paragraph';

/** A clean document with the id dedup refers to it by. */
export type IdentifiedDocument = CleanDocument & {
  /** Names the document in the report and in the reasons of its `duplicate-paragraph` edits. */
  readonly id: string;
};

/** Options of {@link dedupeDocuments}. */
export interface DedupeDocumentsOptions extends DedupeOptions {
  /**
   * What to take out: `'paragraphs'` removes every later copy of a paragraph (so an exact duplicate
   * document is left with an empty text), `'documents'` drops exact duplicate documents from the result
   * and leaves paragraphs alone, `false` only reports. Default: `'paragraphs'`.
   */
  readonly remove?: 'paragraphs' | 'documents' | false;
}

/** What {@link dedupeDocuments} returns. */
export interface DedupeResult<D extends IdentifiedDocument> {
  /** The documents, in input order, with duplicate paragraphs removed (or duplicate documents dropped). */
  readonly documents: D[];
  /** What was found. */
  readonly report: DuplicateReport;
}

/**
 * Cross-document dedup of a corpus held in memory, in one call. Gives what the map
 * ({@link collectParagraphSignatures}), reduce ({@link mergeSignatures}, {@link findDuplicates}) and apply
 * ({@link removeDuplicateParagraphs}) steps give over shards. The first occurrence (input order) is
 * kept; later copies leave as ledger edits with rule `duplicate-paragraph`, so
 * `applyEdits(doc.source, doc.edits) === doc.text` still holds. Ids should be unique: documents that
 * share an id count as one document when copies are matched.
 *
 * @param docs - Clean documents with ids, in corpus order.
 * @param options - {@link DedupeDocumentsOptions}.
 * @returns The documents and the {@link DuplicateReport}.
 * @throws {@link InvalidOptionError} on a bad option; {@link InvalidInputError} when a document has no string `id`.
 * @example
 * ```ts
 * const docs = texts.map((t, i) => ({ id: `doc-${i}`, ...clean(t) }));
 * const { documents, report } = dedupeDocuments(docs);
 * ```
 */
export function dedupeDocuments<D extends IdentifiedDocument>(docs: readonly D[], options: DedupeDocumentsOptions = {}): DedupeResult<D> {
  if (!Array.isArray(docs)) throw new InvalidInputError('dedupeDocuments() takes an array of documents');
  const dedup = createDeduplicator<D>(options);
  const documents: D[] = [];
  const duplicates: DocumentDuplicate[] = [];
  const paragraphs: ParagraphDuplicate[] = [];
  const overlaps: ParagraphOverlap[] = [];
  let paragraphCount = 0;
  for (const doc of docs) {
    const step = dedup.add(doc);
    if (step.document !== null) documents.push(step.document);
    if (step.findings.document) duplicates.push(step.findings.document);
    paragraphs.push(...step.findings.paragraphs);
    overlaps.push(...step.findings.overlaps);
    paragraphCount += step.signature.paragraphs.length;
  }
  return { documents, report: { documents: duplicates, paragraphs, overlaps, counts: { documents: docs.length, paragraphs: paragraphCount } } };
}

/** What a {@link Deduplicator} answers for one document. */
export interface DedupeStep<D extends IdentifiedDocument> {
  /** The document with its later copies removed, or `null` when `remove: 'documents'` drops it. */
  readonly document: D | null;
  /** What it repeats. */
  readonly findings: DocumentFindings;
  /** Its signature (given or computed; paragraphs already indexed word for word carry no MinHash). */
  readonly signature: DocumentSignature;
}

/** Dedup of a stream, one document at a time in corpus order ({@link createDeduplicator}). */
export interface Deduplicator<D extends IdentifiedDocument> {
  /**
   * Takes the next document; answers at once. `signature` (its `collectParagraphSignatures(doc).documents[0]`,
   * made with the same options) may be computed elsewhere, e.g. in the worker that cleaned the document,
   * so that the thread keeping order does only the cheap part. Default: computed here.
   */
  add(doc: D, signature?: DocumentSignature): DedupeStep<D>;
}

/**
 * Dedup for a stream: each document is checked against the ones before it and returned at once with
 * its copies removed, so a streaming run (`unscrape clean --dedupe paragraphs`) keeps its order and
 * never holds the corpus. Gives the same result as {@link dedupeDocuments} over the same documents.
 * Memory grows with the distinct paragraphs seen (see {@link DuplicateIndex}).
 *
 * @param options - {@link DedupeDocumentsOptions}.
 * @returns A {@link Deduplicator}.
 * @throws {@link InvalidOptionError} on a bad option.
 * @example
 * ```ts
 * const dedup = createDeduplicator({ remove: 'paragraphs' });
 * for await (const doc of cleanedInOrder) write(dedup.add(doc).document);
 * ```
 */
export function createDeduplicator<D extends IdentifiedDocument>(options: DedupeDocumentsOptions = {}): Deduplicator<D> {
  const remove = checkRemove(options.remove);
  const r = resolveDedupeOptions(options);
  const settings: SignatureSettings = { shingleSize: r.shingleSize, hashes: r.hashes, bands: r.bands, minWords: r.minWords, seed: r.seed, near: r.near };
  const seeds = r.near ? minhashSeeds(r.hashes, r.seed) : [];
  let index: DuplicateIndex | null = null;
  let order = 0;
  return {
    add(doc, signature) {
      if (!doc || typeof doc.id !== 'string' || typeof doc.text !== 'string') {
        throw new InvalidInputError('a document needs a string `id` and `text`');
      }
      const idx = (index ??= createDuplicateIndex(settings, r));
      const sig = signature ?? signDocument(doc, order, settings, seeds, idx.knows);
      order++;
      const findings = idx.add(sig);
      if (remove === false) return { document: doc, findings, signature: sig };
      if (remove === 'documents') return { document: findings.document ? null : doc, findings, signature: sig };
      return { document: removeDuplicateParagraphs(doc, findings.paragraphs), findings, signature: sig };
    },
  };
}

function checkRemove(remove: unknown): 'paragraphs' | 'documents' | false {
  const value = remove ?? 'paragraphs';
  if (value !== 'paragraphs' && value !== 'documents' && value !== false) {
    throw new InvalidOptionError('remove', "must be 'paragraphs', 'documents' or false");
  }
  return value;
}

/**
 * The apply step: removes a document's duplicate paragraphs as ledger edits (rule `duplicate-paragraph`,
 * the reason naming the first document). A paragraph whose words no longer match the duplicate's `hash`
 * (the document changed since it was signed) is left alone. Each removal takes the paragraph and one
 * separator, so the text keeps exactly one blank line between the paragraphs that stay.
 *
 * @param doc - A clean document.
 * @param duplicates - The report's entries for this document (others are ignored).
 * @returns A new document (the same object when nothing is removed).
 * @example
 * ```ts
 * const mine = report.paragraphs.filter((p) => p.id === doc.id);
 * removeDuplicateParagraphs(doc, mine).text;
 * ```
 */
export function removeDuplicateParagraphs<D extends IdentifiedDocument>(doc: D, duplicates: readonly ParagraphDuplicate[]): D {
  const blocks = splitBlocks(splitLines(doc.text));
  const chosen = new Map<number, ParagraphDuplicate>();
  for (const d of duplicates) {
    const block = blocks[d.paragraph];
    if (d.id !== doc.id || !block || chosen.has(d.paragraph)) continue;
    if (paragraphKey(normalizeWords(doc.text.slice(block.start, block.end))) !== d.hash) continue;
    chosen.set(d.paragraph, d);
  }
  if (chosen.size === 0) return doc;
  const findings: Finding[] = [];
  for (const [index, d] of [...chosen].sort((x, y) => x[0] - y[0])) {
    const [start, end] = removalSpan(doc.text, blocks, index, chosen);
    findings.push({ start, end, rule: DUPLICATE_PARAGRAPH_RULE, reason: describe(d), confidence: d.exact ? 1 : d.containment });
  }
  return applyFindings(doc, findings, 0);
}

/** The paragraph and one separator: the next gap when a kept paragraph follows, else the gap before. */
function removalSpan(text: string, blocks: readonly Block[], i: number, removed: ReadonlyMap<number, unknown>): [number, number] {
  let next = i + 1;
  while (next < blocks.length && removed.has(next)) next++;
  if (next < blocks.length) return [blocks[i]!.start, blocks[i + 1]!.start];
  let prev = i - 1;
  while (prev >= 0 && removed.has(prev)) prev--;
  if (prev >= 0) return [blocks[i - 1]!.end, blocks[i]!.end];
  return [i === 0 ? 0 : blocks[i]!.start, i === blocks.length - 1 ? text.length : blocks[i + 1]!.start];
}

function describe(d: ParagraphDuplicate): string {
  const where = `paragraph ${d.duplicateOf.paragraph + 1} of document "${d.duplicateOf.id}"`;
  if (d.exact) return `repeats ${where} word for word (first occurrence kept)`;
  return `near copy of ${where}: about ${Math.round(d.containment * 100)}% of its word shingles are there (first occurrence kept)`;
}

function groupById(list: readonly ParagraphDuplicate[]): Map<string, ParagraphDuplicate[]> {
  const out = new Map<string, ParagraphDuplicate[]>();
  for (const d of list) {
    const l = out.get(d.id);
    if (l) l.push(d);
    else out.set(d.id, [d]);
  }
  return out;
}
