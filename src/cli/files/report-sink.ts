import type { Writable } from 'node:stream';
import { writeAll } from '../stream/write-all.js';

/**
 * Where the parts of a review report go as they are drawn (`createReportStream`): the head, one
 * section per document, the tail. Writes wait for the stream to drain, so a slow disk or reader slows
 * the run instead of filling memory. A file is an `openAtomic` file (write-atomic.ts); stdout is
 * {@link reportStreamSink}.
 */
export interface ReportSink {
  /**
   * Writes the next part of the page (an empty part writes nothing).
   *
   * @param part - The text.
   */
  write(part: string): Promise<void>;
  /** Finishes the page: a file is flushed, closed and renamed into place. */
  commit(): Promise<void>;
  /** Gives up: a file's temporary copy is removed and the target is left as it was. */
  abort(): Promise<void>;
}

/**
 * A {@link ReportSink} onto an open stream (`unscrape report --out -`): parts are written as they come;
 * `commit` and `abort` leave the stream open.
 *
 * @param stream - Normally stdout.
 * @returns The sink.
 *
 * @example
 * ```ts
 * const sink = reportStreamSink(process.stdout);
 * await sink.write(createReportStream().head);
 * ```
 */
export function reportStreamSink(stream: Writable): ReportSink {
  return {
    async write(part) {
      if (part !== '') await writeAll(stream, part);
    },
    async commit() {},
    async abort() {},
  };
}
