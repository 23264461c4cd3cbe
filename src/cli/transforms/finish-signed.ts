import { removeDuplicateParagraphs, type IdentifiedDocument } from '../../dedup/dedupe-documents.js';
import type { ParagraphDuplicate } from '../../dedup/find-duplicates.js';
import type { Edit } from '../../model/edit.js';
import type { RuleStats } from '../../model/document.js';
import { splitParagraphs } from '../../parse/split-lines.js';
import { Utf8Buffer } from '../stream/utf8-buffer.js';
import { addTallies, type BatchTallies } from '../progress/tally.js';
import { blockAt, blockCount } from '../stream/block-list.js';
import { serializeOutput } from './run-task.js';
import { unpackSignedLine } from './signed-document.js';

const decoder = new TextDecoder();

/**
 * The second trip of `clean --dedupe` (JSONL input) to the workers: the documents the lookup could not
 * only splice, as the lookup packed them (`LookedUp.finish`).
 */
export interface FinishTask {
  /**
   * Three blocks per document (`packBlocks`): the document as the worker packed it (`packSigned`), its
   * `duplicates` field's JSON, and the JSON of its paragraphs to remove (`ParagraphDuplicate[]`, empty
   * to only fill in the field).
   */
  readonly finish: Uint8Array;
}

/** The result of a {@link FinishTask}. */
export interface FinishResult {
  /** The documents' output lines, each ending in `\n`, one after another, as UTF-8 bytes. */
  readonly output: Uint8Array;
  /** Where each document's line ends in `output`. */
  readonly ends: readonly number[];
  /** The documents' tallies, summed (`lang`, edits per rule: a removal adds `duplicate-paragraph` edits). */
  readonly tallies: BatchTallies;
}

/**
 * Finishes signed documents in a worker, after the main thread looked their signatures up in input
 * order: removes each one's duplicate paragraphs (`removeDuplicateParagraphs`, as the library's
 * deduplicator does) and writes its output line with its `duplicates` field. The output record is
 * the worker's first line, parsed, with only what a removal changes put back (`text`, `edits`,
 * `stats`) and the field in its slot, so its fields keep their order: the bytes are those the whole
 * record would serialize to.
 *
 * @param task - The documents and what to do with each.
 * @returns Their output lines and tallies.
 *
 * @example
 * ```ts
 * const { output, ends, tallies } = finishSigned({ finish: lookedUp.finish });
 * ```
 */
export function finishSigned(task: FinishTask): FinishResult {
  const output = new Utf8Buffer(task.finish.length);
  const ends: number[] = [];
  const tallies: BatchTallies = { documents: 0, edits: {}, langs: {} };
  for (let i = 0; i < blockCount(task.finish); i += 3) {
    const { record, source, skipped } = unpackSignedLine(blockAt(task.finish, i));
    const remove = JSON.parse(decoder.decode(blockAt(task.finish, i + 2))) as ParagraphDuplicate[];
    if (remove.length > 0) {
      const text = record.text as string;
      const doc: IdentifiedDocument = {
        id: String(record.id),
        title: record.title as string | null,
        byline: record.byline as string | null,
        date: record.date as string | null,
        text,
        paragraphs: splitParagraphs(text),
        lang: record.lang as string,
        source: source(),
        edits: record.edits as Edit[],
        skipped,
        stats: record.stats as Record<string, RuleStats>,
      };
      const done = removeDuplicateParagraphs(doc, remove);
      if (done !== doc) {
        record.text = done.text;
        record.edits = done.edits;
        record.stats = done.stats;
      }
    }
    record.duplicates = JSON.parse(decoder.decode(blockAt(task.finish, i + 1))) as unknown;
    // The line and the tallies as every other output gets them; the line is kept only in `output`.
    const { jsonl, ...tally } = serializeOutput({ record, edits: record.edits as Edit[], ...(typeof record.lang === 'string' ? { lang: record.lang } : {}) }, ['jsonl']);
    output.appendLine(jsonl!);
    ends.push(output.size);
    addTallies(tallies, tally);
  }
  return { output: output.exactBytes(), ends, tallies };
}
