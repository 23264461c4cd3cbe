import { createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { endStream, writeAll } from '../stream/write-all.js';

let counter = 0;

/** A fresh temporary path beside `path` (`.<name>.<pid>.<n>.tmp`): same directory, so a rename replaces it. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
}

/**
 * An error writing `path`, named as such: it has no `code` of its own (the system error is its `cause`),
 * so a caller that tells unreadable inputs by their error code never blames an input for it.
 */
function writeFailure(path: string, e: unknown): Error {
  return new Error(`cannot write ${path}: ${(e as Error).message}`, { cause: e });
}

/**
 * Writes a file atomically: the content goes to a temporary file in the same directory, which is
 * then renamed over the target, so a reader (or `--resume`) never sees a half-written file.
 *
 * @param path - The target.
 * @param content - The text to write (UTF-8).
 *
 * @example
 * ```ts
 * await writeAtomic('out/a.txt', doc.text + '\n');
 * ```
 */
export async function writeAtomic(path: string, content: string): Promise<void> {
  const tmp = tempPathFor(path);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** A file written part by part and put in place at the end ({@link openAtomic}). */
export interface AtomicFile {
  /**
   * Writes the next part (an empty part writes nothing); waits while the stream drains.
   *
   * @param part - The text.
   */
  write(part: string): Promise<void>;
  /** Flushes and closes the temporary file and renames it over the target. */
  commit(): Promise<void>;
  /** Gives up: the temporary file is removed and the target is left as it was. */
  abort(): Promise<void>;
}

/**
 * {@link writeAtomic} for content that comes in parts (the review report, one section per document): the
 * parts go to a temporary file beside the target as they come, with backpressure, and
 * {@link AtomicFile.commit} renames it over the target, so a reader never sees half a file and a run that
 * fails leaves an earlier file in place. A failure (no such directory, disk full) surfaces as
 * `cannot write <path>: ...` on the next write or the commit.
 *
 * @param path - The target.
 * @returns The open file.
 *
 * @example
 * ```ts
 * const file = openAtomic('report.html');
 * await file.write(report.head);
 * await file.commit();
 * ```
 */
export function openAtomic(path: string): AtomicFile {
  const tmp = tempPathFor(path);
  const stream = createWriteStream(tmp);
  // An error fails the next write or the commit; kept here so that it is never unhandled.
  let failure: Error | undefined;
  stream.on('error', (e) => (failure ??= writeFailure(path, e)));
  return {
    async write(part) {
      if (failure) throw failure;
      if (part !== '') await writeAll(stream, part);
    },
    async commit() {
      if (failure) throw failure;
      await endStream(stream);
      if (failure) throw failure;
      try {
        await rename(tmp, path);
      } catch (e) {
        throw writeFailure(path, e);
      }
    },
    async abort() {
      stream.destroy();
      await rm(tmp, { force: true });
    },
  };
}
