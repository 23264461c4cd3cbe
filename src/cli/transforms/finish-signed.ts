import { removeDuplicateParagraphs, type IdentifiedDocument } from '../../dedup/dedupe-documents.js';
import type { ParagraphDuplicate } from '../../dedup/find-duplicates.js';
import type { Edit } from '../../model/edit.js';
import type { RuleStats } from '../../model/document.js';
import { splitParagraphs } from '../../parse/split-lines.js';
import { Utf8Buffer } from '../stream/utf8-buffer.js';
import { serializeOutput, type TaskResult } from './run-task.js';
import { unpackSignedLine } from './signed-document.js';

/** One signed document the main thread sends back to a worker to be finished ({@link finishSigned}). */
export interface FinishItem {
  /** The document as the worker packed it (`packSigned`). */
  readonly bytes: Uint8Array;
  /** Its `duplicates` field's JSON, to put in the slot. */
  readonly duplicates: string;
  /** Its paragraphs to remove (`--dedupe paragraphs`); empty to only fill in the field. */
  readonly remove: readonly ParagraphDuplicate[];
}

/** A batch of {@link FinishItem}s: the second trip of `clean --dedupe` (JSONL input) to the workers. */
export interface FinishTask {
  readonly finish: readonly FinishItem[];
}

/** The result of a {@link FinishTask}. */
export interface FinishResult {
  /** The items' output lines, each ending in `\n`, one after another, as UTF-8 bytes. */
  readonly output: Uint8Array;
  /** Where each item's line ends in `output`. */
  readonly ends: readonly number[];
  /** Each item's tallies (`lang`, edits per rule: a removal adds `duplicate-paragraph` edits). */
  readonly tallies: readonly TaskResult[];
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
 * const { output } = finishSigned({ finish: [{ bytes, duplicates, remove: findings.paragraphs }] });
 * ```
 */
export function finishSigned(task: FinishTask): FinishResult {
  const output = new Utf8Buffer(task.finish.reduce((n, item) => n + item.bytes.length, 0));
  const ends: number[] = [];
  const tallies: TaskResult[] = [];
  for (const item of task.finish) {
    const { record, source, skipped } = unpackSignedLine(item.bytes);
    if (item.remove.length > 0) {
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
      const done = removeDuplicateParagraphs(doc, item.remove);
      if (done !== doc) {
        record.text = done.text;
        record.edits = done.edits;
        record.stats = done.stats;
      }
    }
    record.duplicates = JSON.parse(item.duplicates) as unknown;
    // The line and the tallies as every other output gets them; the line is kept only in `output`.
    const { jsonl, ...tally } = serializeOutput({ record, edits: record.edits as Edit[], ...(typeof record.lang === 'string' ? { lang: record.lang } : {}) }, ['jsonl']);
    output.appendLine(jsonl!);
    ends.push(output.size);
    tallies.push(tally);
  }
  return { output: output.exactBytes(), ends, tallies };
}
