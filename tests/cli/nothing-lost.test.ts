import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonl, run } from './helpers.js';
import { runs } from '../setup/properties.js';

const dir = mkdtempSync(join(tmpdir(), 'unscrape-lost-'));

type Kind = 'valid' | 'blank' | 'bad-json' | 'no-id' | 'bad-text' | 'bad-utf8' | 'array';
const kinds: Kind[] = ['valid', 'valid', 'valid', 'blank', 'bad-json', 'no-id', 'bad-text', 'bad-utf8', 'array'];

function line(kind: Kind, i: number, text: string): Buffer {
  switch (kind) {
    case 'valid': return Buffer.from(JSON.stringify({ id: `r${i}`, text, n: i }));
    case 'blank': return Buffer.from(i % 2 ? '' : '  \t');
    case 'bad-json': return Buffer.from(`{"id": "r${i}", "text": ${JSON.stringify(text)}`);
    case 'no-id': return Buffer.from(JSON.stringify({ text }));
    case 'bad-text': return Buffer.from(JSON.stringify({ id: i, text: i }));
    case 'bad-utf8': return Buffer.concat([Buffer.from(`{"id":${i},"text":"`), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    case 'array': return Buffer.from(JSON.stringify([i, text]));
  }
}

describe('nothing lost', () => {
  it('every non-blank line ends as one output record (in order) or one rejection with its line number', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ kind: fc.constantFrom(...kinds), text: fc.string({ unit: 'grapheme', maxLength: 60 }) }), { maxLength: 25 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        async (specs, eol, finalEol) => {
          const lines = specs.map((s, i) => line(s.kind, i + 1, s.text));
          const parts = lines.flatMap((l, i) => (i < lines.length - 1 || finalEol ? [l, Buffer.from(eol)] : [l]));
          const rejects = join(dir, `r${Math.random()}.jsonl`);
          const r = await run(['clean', '-j', '1', '--rejects', rejects], Buffer.concat(parts));
          const valid = specs.flatMap((s, i) => (s.kind === 'valid' ? [`r${i + 1}`] : []));
          const bad = specs.flatMap((s, i) => (s.kind !== 'valid' && s.kind !== 'blank' ? [i + 1] : []));
          const out = parseJsonl(r.stdout);
          expect(out.map((o) => o.id)).toEqual(valid);
          expect(out.map((o) => o.n)).toEqual(valid.map((id) => Number(id.slice(1))));
          expect(parseJsonl(readFileSync(rejects, 'utf8')).map((e) => e.line)).toEqual(bad);
          expect(r.stderr).toContain(`${valid.length + bad.length} in, ${valid.length} out, ${bad.length} rejected (in = out + rejected)`);
          expect(r.code).toBe(bad.length > 0 ? 1 : 0);
        },
      ),
      runs(40),
    );
    // Each case is a whole CLI run, which starts its worker thread (~0.3 s of CPU, more on a loaded machine).
  }, 120_000);
});
