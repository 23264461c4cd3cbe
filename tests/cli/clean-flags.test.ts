import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'unscrape-flags-'));
mkdirSync(join(dir, 'in'));
mkdirSync(join(dir, 'other', 'in'), { recursive: true });
writeFileSync(join(dir, 'in', 'a.txt'), 'Hello.\n');
writeFileSync(join(dir, 'other', 'in', 'b.txt'), 'Hello.\n');
writeFileSync(join(dir, 'c.jsonl'), '');
mkdirSync(join(dir, 'dir.ndjson'));
symlinkSync(join(dir, 'in'), join(dir, 'link-to-in'));

describe('clean: usage errors exit 2 with a message naming the problem', () => {
  it.each([
    { args: ['--bogus'], says: "Unknown option '--bogus'" },
    { args: ['--out'], says: "--out <value>' argument missing" },
    { args: ['--rejects'], says: "--rejects <value>' argument missing" },
    { args: [join(dir, 'in'), '--out', '--quiet'], says: '--out' },
    { args: ['--format', 'xml', join(dir, 'in')], says: '--format must be text, json or jsonl (got "xml")' },
    { args: ['--jobs', '0'], says: '--jobs must be a whole number >= 1 (got "0")' },
    { args: ['--jobs', 'two'], says: '--jobs must be a whole number >= 1 (got "two")' },
    { args: ['--jobs', '1.5'], says: '--jobs must be a whole number' },
    { args: ['--out', join(dir, 'o')], says: '--out needs text FILE or DIR arguments' },
    { args: [join(dir, 'c.jsonl'), '--out', join(dir, 'o')], says: '--out needs text FILE or DIR arguments' },
    { args: [join(dir, 'c.jsonl'), join(dir, 'in')], says: 'give either JSONL files (.jsonl, .ndjson) or text files and directories, not both' },
    { args: [join(dir, 'missing.jsonl')], says: 'no such file: ' },
    { args: [join(dir, 'dir.ndjson')], says: 'not a file: ' },
    { args: ['--resume', join(dir, 'in')], says: '--resume needs --out' },
    { args: ['--format', 'text'], says: '--format text|json needs text FILE or DIR arguments' },
    { args: ['-', '--format', 'json'], says: '--format text|json needs text FILE or DIR arguments' },
    { args: [join(dir, 'in'), '--out', join(dir, 'o'), '--format', 'json'], says: '--format does not apply with --out' },
    { args: ['--disable', 'no-such-rule'], says: '--disable: unknown rule "no-such-rule"' },
    { args: ['--min-confidence', '2'], says: '--min-confidence must be a number from 0 to 1 (got "2")' },
    { args: ['--min-confidence', 'high'], says: '--min-confidence must be a number from 0 to 1' },
    { args: [join(dir, 'missing.txt')], says: 'no such file or directory' },
    { args: [join(dir, 'in'), '--out', join(dir, 'in')], says: 'overlaps the input' },
    { args: [join(dir, 'in'), '--out', join(dir, 'in', 'out')], says: 'overlaps the input' },
    { args: [join(dir, 'in', 'a.txt'), '--out', join(dir, 'in')], says: 'overlaps the input' },
    { args: [join(dir, 'other', 'in'), '--out', join(dir, 'other')], says: 'overlaps the input' },
    { args: [join(dir, 'in'), join(dir, 'other', 'in'), '--out', join(dir, 'o')], says: 'would write to the same outputs' },
    // An --out that does not exist yet, under a link into the input.
    { args: [join(dir, 'in'), '--out', join(dir, 'link-to-in', 'new')], says: 'overlaps the input' },
    { args: ['--worker-heap', '8'], says: '--worker-heap must be a whole number of MB >= 32 (got "8")' },
    // Files the command writes never replace an input, nor land where the next run would read them.
    { args: [join(dir, 'c.jsonl'), '--rejects', join(dir, 'c.jsonl')], says: '--rejects ' + join(dir, 'c.jsonl') + ' is the input' },
    { args: [join(dir, 'in', 'a.txt'), '--rejects', join(dir, 'link-to-in', 'a.txt')], says: 'is the input' },
    { args: [join(dir, 'in'), '--rejects', join(dir, 'in', 'rejects.txt')], says: 'is inside the input' },
    { args: [join(dir, 'c.jsonl'), '--report', join(dir, 'c.jsonl')], says: '--report ' + join(dir, 'c.jsonl') + ' is the input' },
  ])('clean $args', async ({ args, says }) => {
    const r = await run(['clean', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(says);
    expect(r.stderr).toContain('usage: unscrape clean');
    expect(r.stdout).toBe('');
  });

  it('a refused --rejects leaves the input as it was', async () => {
    writeFileSync(join(dir, 'keep.jsonl'), '{"id":1,"text":"Hi."}\n');
    expect((await run(['clean', join(dir, 'keep.jsonl'), '--rejects', join(dir, 'keep.jsonl')])).code).toBe(2);
    expect(readFileSync(join(dir, 'keep.jsonl'), 'utf8')).toBe('{"id":1,"text":"Hi."}\n');
  });

  it('accepts --name=value and short flags', async () => {
    const r = await run(['clean', '-j', '1', '-q', `--format=jsonl`], '{"id":"a","text":"Hi."}\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).id).toBe('a');
  });

  it('--disable turns a rule off and --min-confidence is passed to clean', async () => {
    const input = '{"id":1,"text":"One.\\n\\n\\n\\nTwo."}\n';
    const on = JSON.parse((await run(['clean', '-j', '1'], input)).stdout);
    const off = JSON.parse((await run(['clean', '-j', '1', '--disable', 'layout', '--min-confidence', '0.9'], input)).stdout);
    expect(on.stats.layout.edits).toBeGreaterThan(0);
    expect(off.stats.layout).toBeUndefined();
    expect(off.text).toBe('One.\n\n\n\nTwo.');
  });
});
