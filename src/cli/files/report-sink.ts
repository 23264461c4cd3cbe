import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { endStream, writeAll } from '../stream/write-all.js';

/**
 * Where the parts of a review report go as they are drawn (`createReportStream`): the head, one
 * section per document, the tail. Writes wait for the stream to drain, so a slow disk or reader slows
 * the run instead of filling memory.
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

let counter = 0;

/**
 * A {@link ReportSink} that writes a file atomically, as it goes: the parts go to a temporary file
 * beside the target (`.<name>.<pid>.<n>.tmp`), which {@link ReportSink.commit} renames over it, so a
 * reader never sees half a page, and a run that fails leaves an earlier report in place.
 *
 * @param path - The report's path.
 * @returns The sink.
 *
 * @example
 * ```ts
 * const report = createReportStream();
 * const sink = reportFileSink('report.html');
 * await sink.write(report.head);
 * for (const doc of docs) await sink.write(report.add(doc));
 * await sink.write(report.tail());
 * await sink.commit();
 * ```
 */
export function reportFileSink(path: string): ReportSink {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  const stream = createWriteStream(tmp);
  // An error (disk full, no permission) fails the next write or the commit; keep it from being unhandled.
  let failure: Error | undefined;
  stream.on('error', (e) => (failure ??= e));
  return {
    async write(part) {
      if (failure) throw failure;
      if (part !== '') await writeAll(stream, part);
    },
    async commit() {
      if (failure) throw failure;
      await endStream(stream);
      if (failure) throw failure;
      await rename(tmp, path);
    },
    async abort() {
      stream.destroy();
      await rm(tmp, { force: true });
    },
  };
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
