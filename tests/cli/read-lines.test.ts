import fc from 'fast-check';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/cli/jsonl/read-lines.js';
import { runs } from '../setup/properties.js';

async function lines(chunks: readonly (Buffer | string)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const l of readLines(Readable.from(chunks))) out.push(Buffer.from(l.bytes).toString('utf8'));
  return out;
}

describe('readLines', () => {
  it.each([
    { chunks: ['a\nb\n'], lines: ['a', 'b'] },
    { chunks: ['a\nb'], lines: ['a', 'b'] },
    { chunks: ['a\r\nb\r\n'], lines: ['a', 'b'] },
    { chunks: ['\n\n'], lines: ['', ''] },
    { chunks: [''], lines: [] },
    { chunks: ['ab', 'c\nd', 'e\n'], lines: ['abc', 'de'] },
    { chunks: ['a\r', '\nb'], lines: ['a', 'b'] },
    { chunks: ['a\rb\n'], lines: ['a\rb'] },
  ])('$chunks -> $lines', async ({ chunks, lines: expected }) => {
    expect(await lines(chunks)).toEqual(expected);
  });

  it('numbers lines from 1 and counts consumed bytes, terminators included', async () => {
    const got = [];
    for await (const l of readLines(Readable.from(['ab\n', 'c\r\nd']))) got.push([l.line, l.consumed]);
    expect(got).toEqual([[1, 3], [2, 3], [3, 1]]);
  });

  it('any chunking of any text gives the same lines, multi-byte characters split across chunks included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[\r\n]/g, '')), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), async (ls, cuts) => {
        const bytes = Buffer.from(ls.map((l) => `${l}\n`).join(''), 'utf8');
        const points = [...new Set(cuts.map((c) => (bytes.length === 0 ? 0 : c % bytes.length)))].sort((a, b) => a - b);
        const chunks: Buffer[] = [];
        let from = 0;
        for (const p of [...points, bytes.length]) {
          chunks.push(bytes.subarray(from, p));
          from = p;
        }
        expect(await lines(chunks)).toEqual(ls);
      }),
      runs(200),
    );
  });

  it('stops at once when the signal aborts, even while waiting for input', async () => {
    const controller = new AbortController();
    const source = new Readable({ read() {} });
    source.push('a\n');
    const got: number[] = [];
    const done = (async () => {
      for await (const l of readLines(source, controller.signal)) got.push(l.line);
    })();
    await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    await done;
    expect(got).toEqual([1]);
  });
});
