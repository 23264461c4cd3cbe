import { describe, expect, it } from 'vitest';
import { orderedWindow } from '../../src/cli/stream/ordered-window.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('orderedWindow', () => {
  it('yields results in input order although later tasks finish first', async () => {
    const delays = [30, 5, 20, 1, 10, 0];
    const out: number[] = [];
    for await (const r of orderedWindow(delays.keys(), async (i) => (await sleep(delays[i]!), i * 10), { size: 4 })) {
      if (r.ok) out.push(r.value);
    }
    expect(out).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('never has more than `size` tasks in flight and pulls the source lazily', async () => {
    let inFlight = 0;
    let peak = 0;
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 50; i++) {
        pulled++;
        yield i;
      }
    }
    const gen = orderedWindow(source(), async (i) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await sleep(i % 3);
      inFlight--;
      return i;
    }, { size: 3 });
    const first = await gen.next();
    expect(first.value).toMatchObject({ ok: true, value: 0 });
    expect(pulled).toBeLessThanOrEqual(3);
    for await (const _ of gen);
    expect(peak).toBeLessThanOrEqual(3);
    expect(pulled).toBe(50);
  });

  it('a task that throws settles as {ok: false} and the run goes on', async () => {
    const out = [];
    for await (const r of orderedWindow([1, 2, 3], (i) => {
      if (i === 2) throw new Error('boom');
      return i;
    }, { size: 2 })) out.push(r.ok ? r.value : (r.error as Error).message);
    expect(out).toEqual([1, 'boom', 3]);
  });

  it('stop() ends the reading; tasks in flight still come out', async () => {
    let stop = false;
    const out: number[] = [];
    for await (const r of orderedWindow(Array.from({ length: 100 }, (_, i) => i), async (i) => i, { size: 4, stop: () => stop })) {
      if (r.ok) out.push(r.value);
      if (r.input === 10) stop = true;
    }
    expect(out.slice(0, 11)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(out.length).toBeLessThan(20);
    expect(out).toEqual(out.map((_, i) => i));
  });
});
