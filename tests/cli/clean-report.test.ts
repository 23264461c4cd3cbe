import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/emit/render-report.js';
import { cleanHtml } from '../../src/html/clean-html.js';
import { clean } from '../../src/pipeline/clean.js';
import { PassThrough } from 'node:stream';
import { MemoryStream, jsonl, parseJsonl, run } from './helpers.js';

const seedFiles = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();
const seedDocs = seedFiles.map((f) => ({ id: f.replace(/\.txt$/, ''), ...clean(readFileSync(join('seeds', f), 'utf8')) }));

describe('clean --report FILE', () => {
  for (const jobs of ['1', '2']) {
    it(`directory mode (--jobs ${jobs}): the page is the library's report of the documents cleaned in this run`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'unscrape-clean-report-'));
      const report = join(dir, 'review.html');
      const r = await run(['clean', 'seeds', '--out', join(dir, 'out'), '--report', report, '-j', jobs]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`report: ${seedDocs.length} documents in ${report}`);
      expect(readFileSync(report, 'utf8')).toBe(renderReport(seedDocs));
      // Written as it went to a temporary file beside it, renamed into place: none is left.
      expect(readdirSync(dir).sort()).toEqual(['out', 'review.html']);
      // The documents themselves are unchanged by asking for a report.
      expect(readFileSync(join(dir, 'out', `${seedDocs[0]!.id}.txt`), 'utf8')).toBe(`${seedDocs[0]!.text}\n`);
    });
  }

  it('JSONL mode: text and HTML records, one article per record, ids as given; stdout unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-clean-report-'));
    const html = readFileSync(join('fixtures/html', readdirSync('fixtures/html').sort()[0]!, 'input.html'), 'utf8');
    const input = jsonl([{ id: 7, text: 'Hello there.\n\n\nAdvertisement\n\nBye.' }, { id: 'page', html }]);
    const report = join(dir, 'r.html');
    const withReport = await run(['clean', '--report', report, '-q', '-j', '2'], input);
    const without = await run(['clean', '-q', '-j', '2'], input);
    expect(withReport.code).toBe(0);
    expect(withReport.stdout).toBe(without.stdout);
    const expected = renderReport([
      { id: '7', ...clean('Hello there.\n\n\nAdvertisement\n\nBye.') },
      { id: 'page', ...cleanHtml(html) },
    ]);
    expect(readFileSync(report, 'utf8')).toBe(expected);
    const page = parseHTML(readFileSync(report, 'utf8')).document;
    expect(page.querySelectorAll('article').length).toBe(2);
  });

  it('writes each section as its document is done; SIGINT still ends the page of what was done', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-clean-report-'));
    const report = join(dir, 'r.html');
    const controller = new AbortController();
    const stdin = new PassThrough();
    const stdout = new MemoryStream();
    const texts = ['One.\n\n\nTwo.', 'Three.  '];
    stdin.write(jsonl(texts.map((text, i) => ({ id: i + 1, text }))));
    const running = run(['clean', '--report', report, '-q', '-j', '1'], stdin, { signal: controller.signal, stdout });
    const tmp = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    const drawn = () => tmp().length === 1 && readFileSync(join(dir, tmp()[0]!), 'utf8').includes('id="doc-2"');
    for (let i = 0; i < 500 && !(parseJsonl(stdout.text()).length === 2 && drawn()); i++) await new Promise((r) => setTimeout(r, 5));
    expect(drawn()).toBe(true); // both sections are on disk while the run waits for more input
    expect(existsSync(report)).toBe(false);
    controller.abort();
    stdin.write(jsonl([{ id: 'late', text: 'never read' }]));
    const r = await running;
    expect(r.code).toBe(130);
    expect(readFileSync(report, 'utf8')).toBe(renderReport(texts.map((t, i) => ({ id: String(i + 1), ...clean(t) }))));
    expect(tmp()).toEqual([]);
  });

  it('JSONL over several batches: drawn in the workers up to --report-limit, then only counted; the same page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-clean-report-'));
    const texts = Array.from({ length: 150 }, (_, i) => `Story ${i}.\n\n\nShare this article\n\nIt said so.Then left.  `);
    const input = jsonl(texts.map((text, i) => ({ id: `s${i}`, text })));
    for (const [limit, jobs] of [['70', '2'], ['0', '1'], ['all', '2']] as const) {
      const report = join(dir, `r-${limit}-${jobs}.html`);
      const r = await run(['clean', '--report', report, '--report-limit', limit, '--no-lang', '-q', '-j', jobs], input);
      expect(r.code).toBe(0);
      const docs = texts.map((t, i) => ({ id: `s${i}`, ...clean(t, { lang: false }) }));
      expect(readFileSync(report, 'utf8')).toBe(renderReport(docs, { limit: limit === 'all' ? false : Number(limit) }));
    }
  });

  it('--report-limit draws N documents and counts the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-clean-report-'));
    const report = join(dir, 'r.html');
    const r = await run(['clean', 'seeds', '--format', 'jsonl', '--report', report, '--report-limit', '2', '-j', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 drawn in full/);
    const page = parseHTML(readFileSync(report, 'utf8')).document;
    expect(page.querySelectorAll('article').length).toBe(2);
    expect(page.querySelector('#doc-count')!.textContent).toBe(String(seedDocs.length));
  });

  it('rejected records are not in the report; the exit status still says 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-clean-report-'));
    const report = join(dir, 'r.html');
    const r = await run(['clean', '--report', report, '-q', '-j', '1'], `${jsonl([{ id: 1, text: 'One.' }])}{"id":2}\n${jsonl([{ id: 3, text: 'Three.' }])}`);
    expect(r.code).toBe(1);
    expect(readFileSync(report, 'utf8')).toBe(renderReport([{ id: '1', ...clean('One.') }, { id: '3', ...clean('Three.') }]));
  });

  it('usage errors (exit 2, nothing cleaned): no directory, stdout, a directory, inside an input dir, bad limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-clean-report-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), 'Text.');
    const cases: [string[], RegExp][] = [
      [['--report', join(dir, 'nope', 'r.html')], /no such directory/],
      [['--report', '-'], /needs a file name/],
      [['--report', dir], /is a directory/],
      [[join(dir, 'in'), '--report', join(dir, 'in', 'r.html')], /inside the input/],
      [['--report', join(dir, 'r.html'), '--report-limit', 'some'], /--report-limit must be/],
      [['--report-limit', '3'], /--report-limit needs --report/],
    ];
    for (const [args, message] of cases) {
      const r = await run(['clean', ...args, '-j', '1'], jsonl([{ id: 1, text: 'x' }]));
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stdout, args.join(' ')).toBe('');
    }
    expect(existsSync(join(dir, 'in', 'r.html'))).toBe(false);
    // A usage error found after the options (a missing input file) leaves an earlier report as it was.
    writeFileSync(join(dir, 'r.html'), 'earlier');
    const r = await run(['clean', join(dir, 'nope.jsonl'), '--report', join(dir, 'r.html'), '-j', '1']);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toBe('earlier');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('unscrape report (wired into the CLI)', () => {
  it('renders clean output (JSON or JSONL) with or without --keep-source: the source is rebuilt from text + edits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-clean-report-'));
    const plain = await run(['clean', 'seeds', '--format', 'jsonl', '-q', '-j', '1']);
    expect(plain.stdout).not.toMatch(/"source"/);
    const noSource = await run(['report', '--out', '-'], plain.stdout);
    expect(noSource.code).toBe(0);
    expect(noSource.stdout).toBe(renderReport(seedDocs));
    const lines = await run(['clean', 'seeds', '--format', 'jsonl', '--keep-source', '-q', '-j', '2']);
    const fromJsonl = await run(['report', '--out', '-'], lines.stdout);
    expect(fromJsonl.code).toBe(0);
    expect(fromJsonl.stdout).toBe(renderReport(seedDocs));
    const cleaned = await run(['clean', 'seeds', '--format', 'json', '--keep-source', '-q', '-j', '1']);
    const docs = join(dir, 'docs.json');
    writeFileSync(docs, cleaned.stdout);
    const r = await run(['report', docs, '--out', '-']);
    expect(r.code).toBe(0);
    expect(parseHTML(r.stdout).document.querySelectorAll('article').length).toBe(seedDocs.length);
    expect((await run(['--help'])).stdout).toMatch(/report/);
  });
});
