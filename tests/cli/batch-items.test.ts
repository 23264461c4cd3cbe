import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { batchItems } from '../../src/cli/stream/batch-items.js';
import { readLines } from '../../src/cli/jsonl/read-lines.js';

async function* from<T>(items: readonly T[]) {
  for (const item of items) yield item;
}

async function all<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('batchItems', () => {
  it.each([
    { items: [], limits: {}, batches: [] },
    { items: [1, 2, 3, 4, 5], limits: { maxItems: 2 }, batches: [[1, 2], [3, 4], [5]] },
    { items: [1, 2, 3], limits: { maxItems: 10 }, batches: [[1, 2, 3]] },
    { items: [5, 1, 1, 9, 1], limits: { maxWeight: 6, weight: (x: number) => x }, batches: [[5, 1], [1, 9], [1]] },
  ])('$items with $limits -> $batches', async ({ items, limits, batches }) => {
    expect(await all(batchItems(from(items), limits))).toEqual(batches);
  });

  it('cuts a batch as soon as the source has nothing ready, so a slow producer is not held back', async () => {
    const input = new PassThrough();
    const gen = batchItems(readLines(input), { maxItems: 64 });
    input.write('a\nb\n');
    const first = await gen.next();
    expect((first.value as { line: number }[]).map((l) => l.line)).toEqual([1, 2]);
    input.end('c\n');
    const rest = await all({ [Symbol.asyncIterator]: () => gen });
    expect(rest.map((b) => b.map((l) => l.line))).toEqual([[3]]);
  });
});
