import { createWriteStream, type WriteStream } from 'node:fs';
import { endStream, writeAll } from '../stream/write-all.js';

/**
 * One rejected input, as written to the `--rejects` file (one JSON object per line).
 * JSONL input gives `line` and `raw`; file input gives `file`.
 */
export interface RejectEntry {
  /** 1-based line number in the JSONL input. */
  readonly line?: number;
  /** The input file (directory mode). */
  readonly file?: string;
  /** Why it was rejected. */
  readonly reason: string;
  /** The line as read (invalid UTF-8 bytes shown as U+FFFD). */
  readonly raw?: string;
  /** The exact bytes, base64, when the line was not valid UTF-8 (so nothing is lost). */
  readonly rawBase64?: string;
}

/**
 * Where rejected input goes: always a line on stderr (`stdin:3: invalid JSON ...`), and the
 * `--rejects` file when one is given.
 *
 * @example
 * ```ts
 * const rejects = new RejectSink((m) => process.stderr.write(m), 'rejects.jsonl');
 * await rejects.reject('stdin', { line: 3, reason: 'missing "id"', raw: '{}' });
 * await rejects.close();
 * ```
 */
export class RejectSink {
  private readonly file: WriteStream | undefined;
  private failure: Error | undefined;

  /**
   * @param log - Prints a report line (stderr, above the progress bar).
   * @param path - The `--rejects` file; created or truncated. Default: none.
   */
  constructor(
    private readonly log: (message: string) => void,
    path?: string,
  ) {
    if (path !== undefined) {
      this.file = createWriteStream(path);
      this.file.on('error', (e) => (this.failure = e));
    }
  }

  /**
   * Reports and records one rejection.
   *
   * @param where - The input's name for the stderr report (`stdin`, a file path).
   * @param entry - The rejection.
   */
  async reject(where: string, entry: RejectEntry): Promise<void> {
    this.log(`${where}${entry.line !== undefined ? `:${entry.line}` : ''}: rejected: ${entry.reason}\n`);
    if (this.failure) throw this.failure;
    if (this.file) await writeAll(this.file, `${JSON.stringify(entry)}\n`);
  }

  /** Flushes and closes the rejects file. */
  async close(): Promise<void> {
    if (this.file) await endStream(this.file);
    if (this.failure) throw this.failure;
  }
}
