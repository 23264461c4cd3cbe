import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../../src/cli/stream/batch-writer.js';
import { runCli } from '../../src/cli/run-cli.js';
import { MemoryStream } from './helpers.js';

/** A stdout that holds every write until released: a consumer that has stopped reading. */
class StalledStream extends Writable {
  readonly chunks: string[] = [];
  private held: (() => void)[] = [];
  stalled = true;
  constructor() {
    super({ highWaterMark: 1024 });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.chunks.push(chunk.toString());
    if (this.stalled) this.held.push(cb);
    else cb();
  }
  release(): void {
    this.stalled = false;
    for (const cb of this.held.splice(0)) cb();
  }
}

describe('backpressure', () => {
  it.each([1, 2])('a stalled stdout stops the reading of stdin (--jobs %i); nothing is lost when it resumes', async (jobs) => {
    let pulled = 0;
    const total = 3000;
    const stdin = Readable.from(
      (function* () {
        for (let i = 0; i < total; i++) {
          pulled++;
          yield Buffer.from(`${JSON.stringify({ id: i, text: `Line ${i} of the corpus, long enough to matter. ${'x'.repeat(100)}` })}\n`);
        }
      })(),
      { objectMode: false, highWaterMark: 1024 },
    );
    const stdout = new StalledStream();
    const running = runCli(['clean', '--jobs', String(jobs), '-q'], { stdin, stdout, stderr: new MemoryStream() });
    // Wait until reading stops (workers may take a while to start on a loaded machine).
    let whileStalled = -1;
    for (let i = 0; i < 50 && pulled !== whileStalled; i++) {
      whileStalled = pulled;
      await new Promise((r) => setTimeout(r, 200));
    }
    // Reading has stopped (not merely slowed), bounded by the window, one output batch and stream buffers.
    expect(pulled).toBe(whileStalled);
    expect(whileStalled).toBeLessThan(1000);
    stdout.release();
    expect(await running).toBe(0);
    expect(pulled).toBe(total);
    const ids = stdout.chunks.join('').trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(Array.from({ length: total }, (_, i) => i));
  });
});

describe('BatchWriter', () => {
  it('coalesces small writes into chunks, in order, and flushes on close', async () => {
    const out = new MemoryStream();
    const w = new BatchWriter(out, 10);
    for (const s of ['ab', 'cd', 'efghij', 'k']) await w.write(s);
    await w.close();
    expect(out.text()).toBe('abcdefghijk');
    expect(out.chunks.length).toBe(2);
  });

  it('flushes on its own once the producer pauses (no output held back while waiting for input)', async () => {
    const out = new MemoryStream();
    const w = new BatchWriter(out);
    await w.write('line\n');
    await new Promise((r) => setTimeout(r, 10));
    expect(out.text()).toBe('line\n');
  });

  it('reports a stream error on the next write or close', async () => {
    const out = new Writable({ write: (_c, _e, cb) => cb(new Error('disk full')) });
    out.on('error', () => {});
    const w = new BatchWriter(out, 1);
    await w.write('ab').catch(() => {});
    await expect(w.close()).rejects.toThrow('disk full');
  });
});
