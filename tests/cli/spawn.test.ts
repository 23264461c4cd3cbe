import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, parseJsonl } from './helpers.js';

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const seeds = join(import.meta.dirname, '..', '..', 'seeds');

describe('the built CLI (node dist/cli.js)', () => {
  it('cleans JSONL from stdin with --jobs 2 (worker entry found beside cli.js), in order, exit 1 on a bad line', () => {
    const records = Array.from({ length: 30 }, (_, i) => ({ id: i, text: `Paragraph ${i}.\n\n\n\n${'More words here. '.repeat(i * 5)}` }));
    const input = `${jsonl(records.slice(0, 10))}{"id": 99}\n${jsonl(records.slice(10))}`;
    const r = spawnSync('node', [cli, 'clean', '--jobs', '2'], { input, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(parseJsonl(r.stdout).map((o) => o.id)).toEqual(records.map((x) => x.id));
    expect(r.stderr).toContain('stdin:11: rejected: missing "text"');
    expect(r.stderr).toContain('31 in, 30 out, 1 rejected (in = out + rejected)');
    expect(r.stderr).not.toMatch(/ docs \| /);
  });

  it('a record too big for the worker heap is rejected with what to do; its batch and the rest are cleaned, in order', () => {
    const records = [{ id: 'a', text: 'Hello there.' }, { id: 'huge', text: 'word '.repeat(3_000_000) }, { id: 'b', text: 'Bye now.' }];
    const r = spawnSync('node', [cli, 'clean', '--jobs', '1', '--worker-heap', '32', '--no-lang'], { input: jsonl(records), encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.status).toBe(1);
    expect(parseJsonl(r.stdout).map((o) => o.id)).toEqual(['a', 'b']);
    expect(r.stderr).toMatch(/stdin:2: rejected: clean failed: .*out of memory.*--worker-heap/);
    expect(r.stderr).toContain('3 in, 2 out, 1 rejected (in = out + rejected)');
  });

  it('cleans seeds/ into --out like `npm start`: one .txt and one .json per seed', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'unscrape-spawn-')), 'out');
    const r = spawnSync('node', [cli, 'clean', seeds, '--out', out], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const names = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));
    expect(readdirSync(out).sort()).toEqual(names.flatMap((n) => [`${n}.json`, `${n}.txt`]).sort());
  });

  it('exits 2 with the usage on an unknown flag', () => {
    const r = spawnSync('node', [cli, 'clean', '--nope'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: unscrape clean');
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('on %s: flushes what is done, says how far it got, exits %i', async (signal, exit) => {
    const child = spawn('node', [cli, 'clean', '--jobs', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.write(jsonl([{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }]));
    for (let i = 0; i < 400 && parseJsonl(stdout).length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    child.kill(signal);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(exit);
    expect(parseJsonl(stdout).map((o) => o.id)).toEqual(['a', 'b']);
    expect(stderr).toContain('interrupted after input line 2');
  });

  it('stops with 141 (like SIGPIPE) when the reader of stdout goes away, without a stack trace', async () => {
    const child = spawn('node', [cli, 'clean', '--jobs', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const line = `${JSON.stringify({ id: 1, text: 'x'.repeat(100) })}\n`;
    const feed = () => {
      while (child.stdin.writable && child.stdin.write(line));
    };
    child.stdin.on('drain', feed);
    child.stdin.on('error', () => {});
    feed();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(141);
    expect(stderr).not.toContain('Error');
  });
});
