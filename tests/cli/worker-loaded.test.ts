import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { describe, expect, it } from 'vitest';
import { trackLoaded } from '../../src/cli/pool/worker-loaded.js';

/** A pool stand-in: threads by id, and the events a piscina pool emits. */
class FakePool extends EventEmitter {
  threads: { threadId: number }[];
  constructor(ids: number[]) {
    super();
    this.threads = ids.map((threadId) => ({ threadId }));
  }
  loaded(id: number): void {
    this.emit('message', { unscrapeWorkerLoaded: id });
  }
}

/** Whether `promise` has settled after the pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 5));
  return done;
}

describe('trackLoaded: a pool is never closed while a thread is still loading', () => {
  it('waits for every thread the pool has, and only for the loaded message', async () => {
    const pool = new FakePool([1, 2]);
    const tracker = trackLoaded(pool);
    pool.loaded(1);
    const all = tracker.allLoaded(60_000);
    expect(await settled(all)).toBe(false);
    pool.emit('message', { other: 2 });
    pool.emit('message', null);
    expect(await settled(all)).toBe(false);
    pool.loaded(2);
    expect(await settled(all)).toBe(true);
  });

  it('resolves at once when every thread loaded before it was asked', async () => {
    const pool = new FakePool([3]);
    const tracker = trackLoaded(pool);
    pool.loaded(3);
    expect(await settled(tracker.allLoaded(60_000))).toBe(true);
  });

  it('stops waiting for a thread that died', async () => {
    const pool = new FakePool([1, 2]);
    const tracker = trackLoaded(pool);
    pool.loaded(1);
    const all = tracker.allLoaded(60_000);
    expect(await settled(all)).toBe(false);
    pool.threads = [{ threadId: 1 }];
    pool.emit('workerDestroy', {});
    expect(await settled(all)).toBe(true);
  });

  it('gives up after the timeout on a thread that neither loads nor dies', async () => {
    const tracker = trackLoaded(new FakePool([7]));
    const all = tracker.allLoaded(20);
    expect(await settled(all)).toBe(false);
    await new Promise((r) => setTimeout(r, 40));
    expect(await settled(all)).toBe(true);
  });

  it('the real worker entry announces itself, so a fresh pool is waited for until both threads have loaded', async () => {
    const pool = new Piscina({ filename: pathToFileURL('dist/cli-worker.js').href, minThreads: 2, maxThreads: 2 });
    const announced: number[] = [];
    pool.on('message', (m: { unscrapeWorkerLoaded?: number }) => {
      if (typeof m?.unscrapeWorkerLoaded === 'number') announced.push(m.unscrapeWorkerLoaded);
    });
    const tracker = trackLoaded(pool);
    const ids = pool.threads.map((t) => t.threadId).sort();
    expect(ids).toHaveLength(2);
    await tracker.allLoaded(20_000);
    // Loaded, not timed out: each thread said so, and it is the thread the pool knows.
    expect([...announced].sort()).toEqual(ids);
    await pool.destroy();
  });
});
