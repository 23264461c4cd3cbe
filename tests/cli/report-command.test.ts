import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runReportCommand } from '../../src/cli/commands/report.js';
import { clean } from '../../src/pipeline/clean.js';

function io(stdinText = '') {
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) => {
    const s = new PassThrough();
    s.on('data', (c) => into.push(String(c)));
    return s;
  };
  return { io: { stdin, stdout: sink(out), stderr: sink(err) }, out, err };
}

const seedDir = join(__dirname, '../../seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), ...clean(readFileSync(join(seedDir, f), 'utf8'), { lang: false }) }));

describe('unscrape report', () => {
  it('draws every valid JSONL record and names each rejected line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-report-'));
    // clean's output records carry no `source`: the report rebuilds it from `text` and `edits`.
    const { source: _s, ...noSource } = seeds[0]!;
    const { source: _t, text: _x, ...noText } = seeds[0]!;
    const lines = [...seeds.map((d) => JSON.stringify(d)), '{not json', JSON.stringify(noSource), JSON.stringify(noText), JSON.stringify([1])];
    writeFileSync(join(dir, 'docs.jsonl'), `${lines.join('\n')}\n`);
    const t = io();
    const code = await runReportCommand([join(dir, 'docs.jsonl'), '--out', join(dir, 'r.html'), '--title', 'Seeds <1>'], t.io);
    expect(code).toBe(1);
    const err = t.err.join('');
    expect(err).toContain('docs.jsonl:6: invalid JSON');
    expect(err).not.toContain('docs.jsonl:7');
    expect(err).toMatch(/docs\.jsonl:8: neither `source` nor `text`/);
    expect(err).toContain('docs.jsonl:9[0]: not a JSON object');
    const doc = parseHTML(readFileSync(join(dir, 'r.html'), 'utf8')).document;
    expect(doc.querySelectorAll('article').length).toBe(seeds.length + 1);
    const articles = Array.from(doc.querySelectorAll('article') as unknown as ArrayLike<HTMLElement>);
    expect(articles[seeds.length]!.innerHTML).toBe(articles[0]!.innerHTML.replaceAll('doc-0', `doc-${seeds.length}`));
    expect(doc.querySelector('h1')!.textContent).toBe('Seeds <1>');
    expect(doc.querySelectorAll('.m').length).toBe(seeds.reduce((n, d) => n + d.edits.length, 0) + seeds[0]!.edits.length);
  });

  it('reads a pretty-printed JSON document and a JSON array from stdin', async () => {
    const pretty = io(JSON.stringify(seeds[1], null, 2));
    expect(await runReportCommand(['--out', '-'], pretty.io)).toBe(0);
    expect(parseHTML(pretty.out.join('')).document.querySelectorAll('article').length).toBe(1);
    const array = io(JSON.stringify(seeds.slice(0, 3), null, 2));
    expect(await runReportCommand(['-', '--out', '-', '--limit', '2'], array.io)).toBe(0);
    const page = parseHTML(array.out.join('')).document;
    expect(page.querySelectorAll('article').length).toBe(2);
    expect(page.querySelector('#doc-count')!.textContent).toBe('3');
  });

  it('reads a JSON array element by element: a broken element or a truncated end costs only itself', async () => {
    const texts = seeds.slice(0, 3).map((d) => JSON.stringify(d, null, 2));
    const broken = io(`[\n${texts[0]},\n{"id": oops},\n${texts[1]},\n${texts[2]}`); // no closing bracket
    expect(await runReportCommand(['--out', '-'], broken.io)).toBe(1);
    const err = broken.err.join('');
    expect(err).toContain('stdin[1]: invalid JSON');
    expect(err).toContain('stdin: invalid JSON: the array is not closed');
    const page = parseHTML(broken.out.join('')).document;
    expect(Array.from(page.querySelectorAll('article h2')).map((h) => h.textContent)).toEqual(seeds.slice(0, 3).map((d) => d.id));
    expect(err).toContain('report: 3 documents in stdout, 2 rejected');
  });

  it('writes the page as it reads, to a temporary file renamed over --out at the end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-report-'));
    const target = join(dir, 'r.html');
    writeFileSync(target, 'the previous report');
    const stdin = new PassThrough();
    const t = io();
    const running = runReportCommand(['--out', target], { ...t.io, stdin });
    stdin.write(`${JSON.stringify(seeds[0])}\n`);
    const tmp = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    // The first document's section reaches the temporary file before the input ends...
    for (let i = 0; i < 200 && !(tmp().length === 1 && readFileSync(join(dir, tmp()[0]!), 'utf8').includes('id="doc-1"')); i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(tmp()).toHaveLength(1);
    expect(readFileSync(join(dir, tmp()[0]!), 'utf8')).toContain('id="doc-1"');
    // ...while --out still holds the previous page.
    expect(readFileSync(target, 'utf8')).toBe('the previous report');
    stdin.end(`${JSON.stringify(seeds[1])}\n`);
    expect(await running).toBe(0);
    expect(tmp()).toEqual([]);
    expect(parseHTML(readFileSync(target, 'utf8')).document.querySelectorAll('article').length).toBe(2);
  });

  it('a page that cannot be written: exit 3, no file left behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-report-'));
    const t = io(`${JSON.stringify(seeds[0])}\n`);
    expect(await runReportCommand(['--out', join(dir, 'missing', 'r.html')], t.io)).toBe(3);
    expect(t.err.join('')).toMatch(/fatal: .*ENOENT/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a page that cannot be written is a failure of the output, never blamed on a readable input file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-report-'));
    writeFileSync(join(dir, 'docs.jsonl'), `${JSON.stringify(seeds[0])}\n`);
    const t = io();
    expect(await runReportCommand([join(dir, 'docs.jsonl'), '--out', join(dir, 'missing', 'r.html')], t.io)).toBe(3);
    const err = t.err.join('');
    expect(err).not.toContain('cannot read');
    expect(err).toMatch(/fatal: cannot write .*r\.html: .*ENOENT/);
  });

  it('rejects a record whose ledger does not fit its source, and keeps going', async () => {
    const bad = { ...seeds[0]!, source: 'short' };
    const t = io(`${JSON.stringify(bad)}\n${JSON.stringify(seeds[2])}\n`);
    expect(await runReportCommand(['--out', '-'], t.io)).toBe(1);
    expect(t.err.join('')).toMatch(/stdin:1: .*outside a source of length 5/);
    expect(parseHTML(t.out.join('')).document.querySelectorAll('article').length).toBe(1);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [[], ['--out'], ['--out', 'x', '--limit', 'many'], ['--bogus', '--out', 'x']]) {
      const t = io();
      expect(await runReportCommand(args, t.io)).toBe(2);
      expect(t.err.join('')).toContain('usage: unscrape report');
    }
  });
});
