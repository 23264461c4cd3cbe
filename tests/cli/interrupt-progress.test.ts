import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MemoryStream, jsonl, parseJsonl, run } from './helpers.js';

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('SIGINT', () => {
  it.each([1, 2])('JSONL (--jobs %i): stops reading, flushes what is done, says how far it got, exits 130', async (jobs) => {
    const controller = new AbortController();
    const stdin = new PassThrough();
    const stdout = new MemoryStream();
    stdin.write(jsonl([{ id: 1, text: 'a' }, { id: 2, text: 'b' }]));
    stdin.write('oops\n');
    const running = run(['clean', '--jobs', String(jobs)], stdin, { signal: controller.signal, stdout });
    await waitFor(() => parseJsonl(stdout.text()).length === 2);
    controller.abort();
    stdin.write(jsonl([{ id: 'late', text: 'never read' }]));
    const r = await running;
    expect(r.code).toBe(130);
    expect(parseJsonl(r.stdout).map((o) => o.id)).toEqual([1, 2]);
    expect(r.stderr).toContain('3 in, 2 out, 1 rejected (in = out + rejected)');
    expect(r.stderr).toContain('interrupted after input line 3');
    expect(r.stderr).toContain('tail -n +4');
  });

  it('directory mode: stops after the files in flight; --resume then finishes the rest', async () => {
    const root = mkdtempSync(join(tmpdir(), 'unscrape-int-'));
    mkdirSync(join(root, 'in'));
    for (let i = 0; i < 20; i++) writeFileSync(join(root, 'in', `d${String(i).padStart(2, '0')}.txt`), `Doc ${i}.`);
    const out = join(root, 'out');
    const controller = new AbortController();
    controller.abort();
    const first = await run(['clean', join(root, 'in'), '--out', out, '-j', '1'], '', { signal: controller.signal });
    expect(first.code).toBe(130);
    expect(first.stderr).toContain('Run again with --resume to continue');
    const done = readdirSync(out).filter((f) => f.endsWith('.txt')).length;
    expect(done).toBeLessThan(20);
    const second = await run(['clean', join(root, 'in'), '--out', out, '--resume', '-j', '1']);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`20 in, ${20 - done} out, 0 rejected, ${done} skipped`);
    expect(readdirSync(out).filter((f) => f.endsWith('.txt'))).toHaveLength(20);
  });
});

describe('progress', () => {
  it('draws docs/s and MB/s on a terminal', async () => {
    const r = await run(['clean', '-j', '1'], jsonl(Array.from({ length: 20 }, (_, i) => ({ id: i, text: 'Some text.' }))), { tty: true });
    expect(r.code).toBe(0);
    // The bar's format, not the summary's.
    expect(r.stderr).toMatch(/\d+ docs \| \d+ docs\/s \| [\d.]+ MB\/s/);
    expect(r.stderr).toContain('20 in, 20 out, 0 rejected');
  });

  it('is silent when stderr is not a terminal, and with --quiet on a terminal', async () => {
    const input = jsonl([{ id: 1, text: 'x' }]);
    expect((await run(['clean', '-j', '1'], input)).stderr).not.toMatch(/ docs \| /);
    expect((await run(['clean', '-j', '1', '--quiet'], input, { tty: true })).stderr).toBe('');
  });
});
