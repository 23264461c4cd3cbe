import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.js';
import { parseJsonl, run } from './helpers.js';

const texts: Record<string, string> = {
  'a.txt': 'Alpha Headline\n\nAlpha body.\n\n\n\nMore.',
  'world/b.txt': 'Beta body.',
  'world/europe/c.txt': 'Gamma body.\n\n\nEnd.',
};
let root: string;
let input: string;

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  ).sort();
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'unscrape-files-'));
  input = join(root, 'in');
  for (const [rel, text] of Object.entries(texts)) {
    mkdirSync(join(input, rel, '..'), { recursive: true });
    writeFileSync(join(input, rel), text);
  }
  writeFileSync(join(input, 'notes.md'), 'not an input');
});

describe('clean: files and directories', () => {
  it('--out mirrors the tree: <id>.txt is the clean text, <id>.json the document without source, plus id', async () => {
    const out = join(root, 'out');
    const r = await run(['clean', input, '--out', out, '-j', '1']);
    expect(r.code).toBe(0);
    expect(walk(out)).toEqual(['a.json', 'a.txt', 'world/b.json', 'world/b.txt', 'world/europe/c.json', 'world/europe/c.txt']);
    for (const [rel, text] of Object.entries(texts)) {
      const id = rel.replace(/\.txt$/, '');
      const doc = clean(text);
      expect(readFileSync(join(out, `${id}.txt`), 'utf8')).toBe(`${doc.text}\n`);
      const { source: _s, ...rest } = doc;
      expect(JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8'))).toEqual({ id, ...rest });
    }
    expect(r.stderr).toContain('3 in, 3 out, 0 rejected');
    expect(readFileSync(join(input, 'a.txt'), 'utf8')).toBe(texts['a.txt']);
  });

  it('with several arguments, each directory goes under its name and each file under its base name', async () => {
    const out = join(root, 'out');
    const r = await run(['clean', join(input, 'world'), join(input, 'a.txt'), '--out', out, '-j', '2']);
    expect(r.code).toBe(0);
    expect(walk(out)).toEqual(['a.json', 'a.txt', 'world/b.json', 'world/b.txt', 'world/europe/c.json', 'world/europe/c.txt']);
  });

  it('writes atomically: no temporary files are left behind', async () => {
    const out = join(root, 'out');
    await run(['clean', input, '--out', out, '-j', '1']);
    expect(walk(out).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('--resume skips documents whose .txt and .json exist, and redoes one with only a .json', async () => {
    const out = join(root, 'out');
    mkdirSync(join(out, 'world'), { recursive: true });
    writeFileSync(join(out, 'a.txt'), 'DONE BEFORE');
    writeFileSync(join(out, 'a.json'), '{"done": true}');
    writeFileSync(join(out, 'world', 'b.json'), '{"half": true}');
    const r = await run(['clean', input, '--out', out, '--resume', '-j', '1']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('DONE BEFORE');
    expect(JSON.parse(readFileSync(join(out, 'world', 'b.json'), 'utf8')).id).toBe('world/b');
    expect(r.stderr).toContain('3 in, 2 out, 0 rejected, 1 skipped (--resume) (in = out + rejected + skipped)');
  });

  it('without --resume, existing outputs are replaced', async () => {
    const out = join(root, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'a.txt'), 'OLD');
    await run(['clean', input, '--out', out, '-j', '1']);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe(`${clean(texts['a.txt']!).text}\n`);
  });

  it('a file that is not UTF-8 is rejected with its path, the others are written (exit 1)', async () => {
    writeFileSync(join(input, 'world', 'bad.txt'), Buffer.from([0x66, 0xff, 0x66]));
    const out = join(root, 'out');
    const rejects = join(root, 'rejects.jsonl');
    const r = await run(['clean', input, '--out', out, '--rejects', rejects, '-j', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(input, 'world', 'bad.txt')}: rejected: invalid UTF-8`);
    expect(parseJsonl(readFileSync(rejects, 'utf8'))).toEqual([{ file: join(input, 'world', 'bad.txt'), reason: 'invalid UTF-8' }]);
    expect(existsSync(join(out, 'world', 'bad.txt'))).toBe(false);
    expect(r.stderr).toContain('4 in, 3 out, 1 rejected');
  });

  it('--format text (default): one file -> its clean text; several -> each headed by ==> id <==', async () => {
    const one = await run(['clean', join(input, 'a.txt'), '-j', '1']);
    expect(one.stdout).toBe(`${clean(texts['a.txt']!).text}\n`);
    const all = await run(['clean', input, '-j', '1']);
    expect(all.stdout).toBe(
      Object.entries(texts).map(([rel, t]) => `==> ${rel.replace(/\.txt$/, '')} <==\n${clean(t).text}\n`).join('\n'),
    );
  });

  it('--format json: one file -> an object; a directory -> an array in walk order', async () => {
    const one = JSON.parse((await run(['clean', join(input, 'a.txt'), '-f', 'json', '-j', '1'])).stdout);
    expect(one).toMatchObject({ id: 'a', text: clean(texts['a.txt']!).text });
    expect(one.source).toBeUndefined();
    const all = JSON.parse((await run(['clean', input, '--format', 'json', '-j', '2'])).stdout);
    expect(all.map((d: { id: string }) => d.id)).toEqual(['a', 'world/b', 'world/europe/c']);
  });

  it('--format jsonl: the same records as for JSONL on stdin', async () => {
    const r = await run(['clean', input, '--format', 'jsonl', '-j', '1']);
    const out = parseJsonl(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a', 'world/b', 'world/europe/c']);
    expect(Object.keys(out[0]!)).toEqual(['id', 'title', 'byline', 'date', 'lang', 'text', 'edits', 'stats']);
  });

  it('an empty directory gives an empty array in json', async () => {
    mkdirSync(join(root, 'empty'));
    const r = await run(['clean', join(root, 'empty'), '-f', 'json', '-j', '1']);
    expect(r).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  it('a file named explicitly is taken whatever its extension', async () => {
    const r = await run(['clean', join(input, 'notes.md'), '-j', '1']);
    expect(r.stdout).toBe(`${clean('not an input').text}\n`);
  });

  it('an --out that cannot be written (a file) is a fatal error: exit 3 with the reason', async () => {
    const out = join(root, 'taken');
    writeFileSync(out, 'a file, not a directory');
    const r = await run(['clean', input, '--out', out, '-j', '1']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/unscrape clean: fatal: .*(ENOTDIR|EEXIST)/);
  });
});
