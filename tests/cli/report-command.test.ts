import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
