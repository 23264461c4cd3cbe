import type { Writable } from 'node:stream';

/**
 * Writes a chunk and waits for `drain` when the stream's buffer is full: backpressure on the output.
 * Rejects when the stream errors or closes while waiting.
 *
 * @param stream - Where to write.
 * @param chunk - What to write.
 *
 * @example
 * ```ts
 * await writeAll(process.stdout, line + '\n');
 * ```
 */
export async function writeAll(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (stream.destroyed) throw new Error('output stream is closed');
  if (stream.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (err?: Error) => {
      stream.off('drain', onDrain);
      stream.off('error', onError);
      stream.off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (err: Error) => done(err);
    const onClose = () => done(new Error('output stream closed'));
    stream.on('drain', onDrain);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}

/**
 * Ends a writable stream and waits until everything is flushed.
 *
 * @param stream - The stream to end.
 *
 * @example
 * ```ts
 * await endStream(createWriteStream('rejects.jsonl'));
 * ```
 */
export async function endStream(stream: Writable): Promise<void> {
  if (stream.writableFinished) return;
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}
