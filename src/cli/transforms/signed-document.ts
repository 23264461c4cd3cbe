import type { DocumentSignature, ParagraphSignature } from '../../dedup/collect-signatures.js';
import { revertEdits } from '../../ledger/revert-edits.js';
import type { Edit } from '../../model/edit.js';
import type { Finding } from '../../model/finding.js';
import type { TaskResult } from './run-task.js';

/** A document's tallies for the summary: its language and its edits per rule. */
export type DocumentTallies = Pick<TaskResult, 'lang' | 'edits'>;

/**
 * What the `clean` transform puts in the `duplicates` field of a signed document's output record
 * (`--dedupe`): a stand-in the main thread replaces with the real field once the document's turn in
 * input order comes. Its JSON (a string starting with U+0000, which `JSON.stringify` writes as
 * `\u0000`) is what {@link packSigned} looks for in the output line.
 */
export const DUPLICATES_SLOT = '\u0000unscrape:duplicates';

const SLOT_MARK = `,"duplicates":${JSON.stringify(DUPLICATES_SLOT)}`;
const SLOT_VALUE_AT = SLOT_MARK.length - JSON.stringify(DUPLICATES_SLOT).length;
/** Header of a packed document: four 32-bit words (see {@link packSigned}). */
const HEADER_WORDS = 4;
const NO_SLOT = 0xffffffff;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The part of a signed document's `full` that {@link packSigned} reads. */
export interface SignedFull {
  readonly id: string;
  readonly source: string;
  readonly text: string;
  readonly edits: readonly Edit[];
  readonly skipped: readonly Finding[];
  readonly signature: DocumentSignature;
}

/**
 * Packs a cleaned, signed document (`clean --dedupe`, JSONL input) into one block of bytes for the
 * main thread, which keeps input order: what dedup reads there (the signature: the paragraphs' keys and
 * counts as a little JSON, their MinHash values as raw 32-bit words) and the output line with its
 * {@link DUPLICATES_SLOT}, as UTF-8, its tallies (so the thread that writes it counts it, and no
 * object per document crosses to the main thread), plus what a later removal needs besides the line (`skipped`, and
 * `source` when the ledger cannot rebuild it, which it always should). The whole document (`source`,
 * `paragraphs`) is not sent: the line carries `text`, `edits` and `stats`, and `source` is
 * `revertEdits(text, edits)`. So the main thread never parses a document it does not change: it looks
 * the signature up and splices the `duplicates` field into the line's bytes ({@link readSigned}); only a
 * document with paragraphs to remove goes back to a worker whole ({@link unpackSignedLine}).
 *
 * Layout: four 32-bit words (the byte lengths of the meta JSON, the line and the rest, and the number of
 * MinHash words), the MinHash words, then the meta JSON, the line and the rest JSON, as UTF-8.
 *
 * @param full - The document with its id, ledger and dedup signature.
 * @param line - Its output JSONL line (without newline), made with the slot as its `duplicates`.
 * @param tallies - Its language and edits per rule, as written (read back by {@link readSigned}).
 * @returns The bytes (their `buffer` holds nothing else).
 *
 * @example
 * ```ts
 * const bytes = packSigned(result.full, result.jsonl, { lang: result.lang, edits: result.edits });
 * readSigned(bytes).signature.id === result.full.id; // true
 * ```
 */
export function packSigned(full: SignedFull, line: string, tallies: DocumentTallies): Uint8Array {
  const sig = full.signature;
  if (sig === undefined) throw new Error('the document is not signed (the transform needs `sign`)');
  let words = 0;
  for (const p of sig.paragraphs) words += p.minhash.length;
  const meta = JSON.stringify({ id: sig.id, order: sig.order, hash: sig.hash, p: sig.paragraphs.map((p) => [p.index, p.words, p.hash, p.shingles, p.minhash.length]), t: tallies });
  let source: string | undefined;
  try {
    if (revertEdits(full.text, full.edits) !== full.source) source = full.source;
  } catch {
    source = full.source;
  }
  const rest = JSON.stringify(source === undefined ? { skipped: full.skipped } : { skipped: full.skipped, source });
  const at = line.indexOf(SLOT_MARK);
  // A slot spliced by bytes must be the record's own field: with a second copy (an input field holding
  // the same text), the main thread leaves the splicing to a worker, which parses the line.
  const unique = at >= 0 && line.indexOf(SLOT_MARK, at + 1) < 0;
  const start = HEADER_WORDS * 4 + words * 4;
  // Sized exactly (no room to trim afterwards): the batch's blocks are copied once more, into one list.
  const metaBytes = utf8Length(meta);
  const lineBytes = utf8Length(line);
  const bytes = new Uint8Array(start + metaBytes + lineBytes + utf8Length(rest));
  const head = new Uint32Array(bytes.buffer, 0, HEADER_WORDS + words);
  let w = HEADER_WORDS;
  for (const p of sig.paragraphs) for (const v of p.minhash) head[w++] = v;
  encoder.encodeInto(meta, bytes.subarray(start));
  encoder.encodeInto(line, bytes.subarray(start + metaBytes));
  encoder.encodeInto(rest, bytes.subarray(start + metaBytes + lineBytes));
  head[0] = metaBytes;
  head[1] = lineBytes;
  head[2] = unique ? utf8Length(line.slice(0, at + SLOT_VALUE_AT)) : NO_SLOT;
  head[3] = words;
  return bytes;
}

/** The length in bytes of a string's UTF-8 (a lone surrogate counts 3, as `TextEncoder` writes U+FFFD). */
function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** What the main thread reads of a packed document ({@link readSigned}). */
export interface SignedView {
  /** The dedup signature, as the worker made it. */
  readonly signature: DocumentSignature;
  /** Its tallies, as the worker counted them ({@link packSigned}). */
  readonly tallies: DocumentTallies;
  /** The output line's bytes (a view of the packed block, without newline). */
  readonly line: Uint8Array;
  /**
   * Where the slot's JSON starts in `line` (it ends {@link DUPLICATES_SLOT}'s JSON length later), or
   * `-1` when the line cannot be spliced by bytes (see {@link packSigned}).
   */
  readonly slot: number;
}

/**
 * Reads a packed document's signature and output line on the main thread, without decoding the line.
 * A paragraph whose exact key `known` says is indexed gets no MinHash values (as `signDocument` does:
 * an exact match never reads them).
 *
 * @param packed - From {@link packSigned}.
 * @param known - Whether a paragraph key is already indexed (`DuplicateIndex.knows`). Default: none is.
 * @returns The signature, the tallies, the line and where its slot is.
 *
 * @example
 * ```ts
 * const { signature, line, slot } = readSigned(outcome.signed);
 * ```
 */
export function readSigned(packed: Uint8Array, known?: (hash: string) => boolean): SignedView {
  const bytes = aligned(packed);
  const [metaBytes, lineBytes, slot, words] = headerOf(bytes);
  const start = HEADER_WORDS * 4 + words * 4;
  const meta = JSON.parse(decoder.decode(bytes.subarray(start, start + metaBytes))) as { id: string; order: number; hash: string; p: [number, number, string, number, number][]; t: DocumentTallies };
  const minhash = new Uint32Array(bytes.buffer, bytes.byteOffset + HEADER_WORDS * 4, words);
  let w = 0;
  const paragraphs: ParagraphSignature[] = meta.p.map(([index, count, hash, shingles, n]) => {
    // A plain loop: `Array.from` on a typed array makes an iterator result per value.
    const values = known?.(hash) === true ? [] : new Array<number>(n);
    for (let j = 0; j < values.length; j++) values[j] = minhash[w + j]!;
    w += n;
    return { index, words: count, hash, shingles, minhash: values };
  });
  const line = bytes.subarray(start + metaBytes, start + metaBytes + lineBytes);
  return { signature: { id: meta.id, order: meta.order, hash: meta.hash, paragraphs }, tallies: meta.t, line, slot: slot === NO_SLOT ? -1 : slot };
}

/** The length in bytes of {@link DUPLICATES_SLOT}'s JSON, the span {@link SignedView.slot} starts. */
export const SLOT_BYTES = JSON.stringify(DUPLICATES_SLOT).length;

/** What a worker reads of a packed document to change it ({@link unpackSignedLine}). */
export interface SignedLine {
  /** The output record, parsed (its `duplicates` is still the slot). */
  readonly record: Record<string, unknown>;
  /**
   * The document's `source` (rebuilt from the ledger, or as sent): asked only for a removal.
   *
   * @returns The source.
   */
  source(): string;
  /** The document's findings under the threshold (they count in `stats`). */
  readonly skipped: readonly Finding[];
}

/**
 * Decodes a packed document whole, in a worker that removes its duplicate paragraphs or splices a
 * slot that could not be spliced by bytes.
 *
 * @param bytes - From {@link packSigned}.
 * @returns The parsed output record, the source and the skipped findings.
 *
 * @example
 * ```ts
 * const { record, source, skipped } = unpackSignedLine(bytes);
 * ```
 */
export function unpackSignedLine(bytes: Uint8Array): SignedLine {
  const [metaBytes, lineBytes, , words] = headerOf(bytes);
  const start = HEADER_WORDS * 4 + words * 4 + metaBytes;
  const record = JSON.parse(decoder.decode(bytes.subarray(start, start + lineBytes))) as Record<string, unknown>;
  const rest = JSON.parse(decoder.decode(bytes.subarray(start + lineBytes))) as { skipped: Finding[]; source?: string };
  const source = (): string => rest.source ?? revertEdits(record.text as string, record.edits as Edit[]);
  return { record, source, skipped: rest.skipped };
}

/** The bytes at an offset that 32-bit words can be read from (a copy only when they are not). */
function aligned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
}

function headerOf(bytes: Uint8Array): [number, number, number, number] {
  const a = aligned(bytes);
  const h = new Uint32Array(a.buffer, a.byteOffset, HEADER_WORDS);
  return [h[0]!, h[1]!, h[2]!, h[3]!];
}
