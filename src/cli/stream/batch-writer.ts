import type { Writable } from 'node:stream';
import { writeAll } from './write-all.js';

/**
 * Coalesces many small writes (one per output line) into chunks of about `limit` characters: a chunk
 * is written when it is full, or as soon as the caller stops producing for a moment (a `setImmediate`
 * flush), so output is never held back while waiting for input. Backpressure is kept: a write after
 * a chunk that filled the stream's buffer waits for `drain`.
 *
 * @example
 * ```ts
 * const out = new BatchWriter(process.stdout);
 * for (const line of lines) await out.write(line + '\n');
 * await out.close();
 * ```
 */
export class BatchWriter {
  private buffer = '';
  private scheduled = false;
  private inFlight: Promise<void> | undefined;
  private failure: unknown;

  /**
   * @param stream - Where to write.
   * @param limit - Characters per chunk. Default: `65536`.
   */
  constructor(
    private readonly stream: Writable,
    private readonly limit = 65_536,
  ) {}

  /** Queues `text`; resolves when the caller may go on (waits for `drain` when the stream is full). */
  async write(text: string): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (this.inFlight) await this.inFlight;
    this.buffer += text;
    if (this.buffer.length >= this.limit) await this.send();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        if (this.buffer !== '' && !this.inFlight) this.inFlight = this.send().finally(() => (this.inFlight = undefined));
      });
    }
  }

  /**
   * Writes a block of bytes (already a big chunk: a batch's output from a worker) after what is
   * queued, in order, with backpressure.
   */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (this.inFlight) await this.inFlight;
    await this.send();
    if (this.failure !== undefined) throw this.failure;
    try {
      await writeAll(this.stream, bytes);
    } catch (e) {
      this.failure = e;
      throw e;
    }
  }

  /** Writes what is queued and waits until the stream took it. Does not end the stream. */
  async close(): Promise<void> {
    if (this.inFlight) await this.inFlight;
    if (this.failure !== undefined) throw this.failure;
    await this.send();
    if (this.failure !== undefined) throw this.failure;
  }

  private async send(): Promise<void> {
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    try {
      await writeAll(this.stream, chunk);
    } catch (e) {
      this.failure = e;
    }
  }
}
