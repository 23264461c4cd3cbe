import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/html/clean-html.js';
import { applyEdits } from '../../src/ledger/apply-edits.js';
import { clean } from '../../src/pipeline/clean.js';
import { jsonl, parseJsonl, run } from './helpers.js';

const pages = readdirSync('fixtures/html').sort();
const page = (name: string): string => readFileSync(join('fixtures/html', name, 'input.html'), 'utf8');

describe('clean: HTML records and files', () => {
  it('a JSONL {"id","html"} record goes through cleanHtml: the library result, url set, html passed through', async () => {
    const html = page(pages[0]!);
    const r = await run(['clean', '-q', '-j', '1'], jsonl([{ id: 'p', html, site: 's' }]));
    expect(r.code).toBe(0);
    const [out] = parseJsonl(r.stdout);
    const doc = cleanHtml(html);
    expect(out!.text).toBe(doc.text);
    expect(out!.title).toBe(doc.title);
    expect(out!.url).toBe(doc.url);
    expect(out!.edits).toEqual(doc.edits);
    expect(Object.keys(out!)).toEqual(['id', 'title', 'byline', 'date', 'lang', 'url', 'text', 'edits', 'stats', 'html', 'site']);
    expect(out!.html).toBe(html);
    expect(applyEdits(doc.source, out!.edits as never)).toBe(out!.text);
    expect(String(out!.text)).not.toMatch(/<[a-z]/i);
  });

  it('html wins over text when a record has both; text-only records are cleaned as text (no url)', async () => {
    const html = page(pages[1]!);
    const text = 'A scraper text.\n\n\nWith gaps.';
    const r = await run(['clean', '-q', '-j', '2'], jsonl([{ id: 1, html, text }, { id: 2, text }]));
    expect(r.code).toBe(0);
    const [both, plain] = parseJsonl(r.stdout);
    expect(both!.text).toBe(cleanHtml(html).text);
    expect(both!.html).toBe(html);
    expect(plain!.text).toBe(clean(text).text);
    expect('url' in plain!).toBe(false);
  });

  it('rejects a record with neither a string text nor html, naming both fields', async () => {
    const r = await run(['clean', '-j', '1'], jsonl([{ id: 1, html: 5 }, { id: 2 }]));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/"html" must be a string/);
    expect(r.stderr).toMatch(/missing "text" or "html"/);
  });

  it('directory mode: .html and .htm files are cleaned as pages beside .txt files; --out writes <id>.txt/.json', async () => {
    const root = mkdtempSync(join(tmpdir(), 'unscrape-html-'));
    const input = join(root, 'in');
    mkdirSync(join(input, 'site'), { recursive: true });
    copyFileSync(join('fixtures/html', pages[0]!, 'input.html'), join(input, 'site', 'a.html'));
    copyFileSync(join('fixtures/html', pages[2]!, 'input.html'), join(input, 'b.htm'));
    writeFileSync(join(input, 'c.txt'), 'Plain text.\n\n\nMore.');
    const out = join(root, 'out');
    const r = await run(['clean', input, '--out', out, '-q', '-j', '1']);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['b.json', 'b.txt', 'c.json', 'c.txt', 'site']);
    const a = cleanHtml(page(pages[0]!));
    expect(readFileSync(join(out, 'site', 'a.txt'), 'utf8')).toBe(`${a.text}\n`);
    const json = JSON.parse(readFileSync(join(out, 'site', 'a.json'), 'utf8'));
    expect(json).toMatchObject({ id: 'site/a', url: a.url, title: a.title });
    expect(json.source).toBeUndefined();
    expect(readFileSync(join(out, 'b.txt'), 'utf8')).toBe(`${cleanHtml(page(pages[2]!)).text}\n`);
    expect(readFileSync(join(out, 'c.txt'), 'utf8')).toBe(`${clean('Plain text.\n\n\nMore.').text}\n`);
  });

  it('a single .html FILE argument prints its clean text', async () => {
    const r = await run(['clean', join('fixtures/html', pages[0]!, 'input.html'), '-q', '-j', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${cleanHtml(page(pages[0]!)).text}\n`);
  });

  it('repair stays text-only: .html files are not walked by repair', async () => {
    const root = mkdtempSync(join(tmpdir(), 'unscrape-html-'));
    copyFileSync(join('fixtures/html', pages[0]!, 'input.html'), join(root, 'a.html'));
    writeFileSync(join(root, 'b.txt'), 'Text.');
    const r = await run(['repair', root, '--format', 'jsonl', '-q', '-j', '1']);
    expect(parseJsonl(r.stdout).map((d) => d.id)).toEqual(['b']);
  });
});
