import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.js';
import { jsonl, parseJsonl, run } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'unscrape-jsonl-'));
const article = 'Main Headline\n\nThe council voted on Tuesday to build the bridge.\n\n\n\nWork starts in May.';

describe('clean: JSONL on stdin', () => {
  it('writes {id, title, byline, date, lang, text, edits, stats} and passes other fields through, after them', async () => {
    const r = await run(['clean', '-j', '1'], jsonl([{ url: 'https://x', id: 'a', text: article, meta: { n: 1 } }]));
    expect(r.code).toBe(0);
    const [out] = parseJsonl(r.stdout);
    const doc = clean(article);
    expect(Object.keys(out!)).toEqual(['id', 'title', 'byline', 'date', 'lang', 'text', 'edits', 'stats', 'url', 'meta']);
    expect(out).toEqual({
      id: 'a', title: doc.title, byline: doc.byline, date: doc.date, lang: doc.lang, text: doc.text,
      edits: doc.edits, stats: doc.stats, url: 'https://x', meta: { n: 1 },
    });
  });

  it("the cleaner's fields win over input fields of the same name", async () => {
    const r = await run(['clean', '-j', '1'], jsonl([{ id: 7, text: 'Body.', title: 'from the scraper', lang: 'fra', edits: 'x' }]));
    const [out] = parseJsonl(r.stdout);
    expect(out).toMatchObject({ id: 7, title: null, lang: 'und', text: 'Body.', edits: [] });
  });

  it('keeps numeric and string ids as given', async () => {
    const r = await run(['clean', '-j', '1'], jsonl([{ id: 0, text: 'a' }, { id: '0', text: 'b' }, { id: -1.5, text: 'c' }]));
    expect(parseJsonl(r.stdout).map((o) => o.id)).toEqual([0, '0', -1.5]);
  });

  it.each([
    { line: 'not json', reason: 'invalid JSON: ' },
    { line: '{"id": 1, "text": "unterminated', reason: 'invalid JSON: ' },
    { line: '[1, 2]', reason: 'not a JSON object (got an array)' },
    { line: '"a string"', reason: 'not a JSON object (got a string)' },
    { line: 'null', reason: 'not a JSON object (got null)' },
    { line: '42', reason: 'not a JSON object (got number 42)' },
    { line: '{"text": "no id"}', reason: 'missing "id"' },
    { line: '{"id": null, "text": "x"}', reason: '"id" must be a non-empty string or a finite number (got null)' },
    { line: '{"id": "", "text": "x"}', reason: '"id" must be a non-empty string or a finite number (got an empty string)' },
    { line: '{"id": true, "text": "x"}', reason: '"id" must be a non-empty string or a finite number (got boolean true)' },
    { line: '{"id": {"a": 1}, "text": "x"}', reason: '"id" must be a non-empty string or a finite number (got an object)' },
    { line: '{"id": 1}', reason: 'missing "text"' },
    { line: '{"id": 1, "text": 5}', reason: '"text" must be a string (got number 5)' },
    { line: '{"id": 1, "text": null}', reason: '"text" must be a string (got null)' },
    { line: '{"id": 1, "text": ["a"]}', reason: '"text" must be a string (got an array)' },
  ])('rejects $line: $reason (stderr with its line number, --rejects file, exit 1)', async ({ line, reason }) => {
    const rejects = join(dir, `r-${Math.random()}.jsonl`);
    const input = `${jsonl([{ id: 'ok1', text: 'a' }])}${line}\n${jsonl([{ id: 'ok2', text: 'b' }])}`;
    const r = await run(['clean', '-j', '1', '--rejects', rejects], input);
    expect(r.code).toBe(1);
    expect(parseJsonl(r.stdout).map((o) => o.id)).toEqual(['ok1', 'ok2']);
    expect(r.stderr).toContain(`stdin:2: rejected: ${reason}`);
    const [entry, ...more] = parseJsonl(readFileSync(rejects, 'utf8'));
    expect(more).toEqual([]);
    expect(entry).toEqual({ line: 2, reason: expect.stringContaining(reason), raw: line });
  });

  it('rejects invalid UTF-8 per line, with its line number and the exact bytes in base64', async () => {
    const rejects = join(dir, 'utf8.jsonl');
    const bad = Buffer.concat([Buffer.from('{"id":2,"text":"caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const input = Buffer.concat([Buffer.from(jsonl([{ id: 1, text: 'café ✓' }])), bad, Buffer.from('\n'), Buffer.from(jsonl([{ id: 3, text: '日本' }]))]);
    const r = await run(['clean', '-j', '1', '--rejects', rejects], input);
    expect(r.code).toBe(1);
    expect(parseJsonl(r.stdout).map((o) => [o.id, o.text])).toEqual([[1, 'café ✓'], [3, '日本']]);
    expect(r.stderr).toContain('stdin:2: rejected: invalid UTF-8');
    const [entry] = parseJsonl(readFileSync(rejects, 'utf8'));
    expect(entry).toMatchObject({ line: 2, reason: 'invalid UTF-8', raw: '{"id":2,"text":"caf\uFFFD("}' });
    expect(Buffer.from(entry!.rawBase64 as string, 'base64').equals(bad)).toBe(true);
  });

  it('ignores blank lines but counts them (line numbers still count them)', async () => {
    const input = `\n${jsonl([{ id: 'a', text: 'x' }])}   \n\r\n\t\n{"id":"b"}\n`;
    const r = await run(['clean', '-j', '1'], input);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('stdin:6: rejected: missing "text"');
    expect(r.stderr).toContain('2 in, 1 out, 1 rejected (in = out + rejected)');
    expect(r.stderr).toContain('blank lines ignored: 4');
  });

  it('reads CRLF lines and a last line without a newline', async () => {
    const r = await run(['clean', '-j', '1'], '{"id":1,"text":"a"}\r\n{"id":2,"text":"b"}');
    expect(r.code).toBe(0);
    expect(parseJsonl(r.stdout).map((o) => o.id)).toEqual([1, 2]);
  });

  it('empty input: nothing out, exit 0', async () => {
    const r = await run(['clean', '-j', '1'], '');
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toContain('0 in, 0 out, 0 rejected');
  });

  it.each([1, 2, 3])('keeps input order with --jobs %i, whatever each document costs', async (jobs) => {
    const records = Array.from({ length: 60 }, (_, i) => ({ id: `d${i}`, text: `${'Word after word. '.repeat((i * 37) % 90)}Doc ${i}.` }));
    const r = await run(['clean', '--jobs', String(jobs)], jsonl(records));
    expect(r.code).toBe(0);
    const out = parseJsonl(r.stdout);
    expect(out.map((o) => o.id)).toEqual(records.map((x) => x.id));
    expect(out.map((o) => o.text)).toEqual(records.map((x) => clean(x.text).text));
  });

  it('the summary accounts for every line: in = out + rejected, edits per rule, languages', async () => {
    const input = `${jsonl([{ id: 1, text: 'One.\n\n\n\nTwo.' }, { id: 2, text: 'x' }])}oops\n`;
    const r = await run(['clean', '-j', '1'], input);
    expect(r.stderr).toContain('unscrape clean: 3 in, 2 out, 1 rejected (in = out + rejected)');
    expect(r.stderr).toMatch(/edits by rule: layout \d+/);
    expect(r.stderr).toContain('languages: und 2');
    expect(r.stderr).toMatch(/time: \d+\.\d s \(\d+\.\d\d MB\/s, \d+ docs\/s\)/);
  });

  it('--quiet: no summary, rejections still reported', async () => {
    const r = await run(['clean', '-j', '1', '--quiet'], `${jsonl([{ id: 1, text: 'a' }])}oops\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^stdin:2: rejected: invalid JSON/);
    expect(r.stderr).not.toContain(' in, ');
  });

  it('--rejects file is created empty when nothing is rejected', async () => {
    const rejects = join(dir, 'none.jsonl');
    const r = await run(['clean', '-j', '1', '--rejects', rejects], jsonl([{ id: 1, text: 'a' }]));
    expect(r.code).toBe(0);
    expect(readFileSync(rejects, 'utf8')).toBe('');
  });

  it('an unwritable --rejects file is a fatal error (exit 3), not a silent loss', async () => {
    const r = await run(['clean', '-j', '1', '--rejects', join(dir, 'no', 'such', 'dir', 'r.jsonl')], 'oops\n');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('fatal');
  });

  it('says it is waiting for records when stdin is a terminal (not with --quiet)', async () => {
    const tty = () => Object.assign(Readable.from([Buffer.from(jsonl([{ id: 1, text: 'a' }]))]), { isTTY: true });
    expect((await run(['clean', '-j', '1'], tty())).stderr).toMatch(/^unscrape clean: reading JSONL records from the terminal; end with Ctrl-D/);
    expect((await run(['clean', '-j', '1', '-q'], tty())).stderr).toBe('');
    expect((await run(['clean', '-j', '1'], jsonl([{ id: 1, text: 'a' }]))).stderr).not.toContain('terminal');
  });

  it('--no-repair cleans as clean(text, { repair: false }): no repair edits, the damage left as scraped', async () => {
    const damaged = 'Many dont want to fight.And some formedin March said they would stay.\n\nThe town stayed calm after that.';
    const repairIds = new Set(['unicode-tidy', 'sentence-seam', 'case-seam', 'word-join', 'apostrophe']);
    const [plain] = parseJsonl((await run(['clean', '-j', '1', '-q', '--no-repair'], jsonl([{ id: 1, text: damaged }]))).stdout);
    expect(plain!.text).toBe(clean(damaged, { repair: false }).text);
    expect(plain!.text).toContain('dont want to fight.And some formedin');
    expect((plain!.edits as Array<{ rule: string }>).filter((e) => repairIds.has(e.rule))).toEqual([]);
    // Without the flag the same record is repaired: the flag is what turned the repairs off.
    const [repaired] = parseJsonl((await run(['clean', '-j', '1', '-q'], jsonl([{ id: 1, text: damaged }]))).stdout);
    expect(repaired!.text).toContain("don't want to fight. And some formed in");
  });

  it('`-` reads stdin', async () => {
    const r = await run(['clean', '-', '-j', '1'], jsonl([{ id: 1, text: 'a' }]));
    expect(r.code).toBe(0);
    expect(parseJsonl(r.stdout).map((o) => o.id)).toEqual([1]);
  });
});

describe('clean: JSONL files', () => {
  it('reads .jsonl/.ndjson arguments in order, line numbers per file, rejects name the file', async () => {
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.NDJSON');
    writeFileSync(a, `${jsonl([{ id: 'a1', text: 'x' }])}oops\n${jsonl([{ id: 'a3', text: 'y' }])}`);
    writeFileSync(b, `{"id":"b1"}\n${jsonl([{ id: 'b2', text: 'z' }])}`);
    const rejects = join(dir, 'files-rejects.jsonl');
    const r = await run(['clean', a, b, '-j', '2', '--rejects', rejects]);
    expect(r.code).toBe(1);
    expect(parseJsonl(r.stdout).map((o) => o.id)).toEqual(['a1', 'a3', 'b2']);
    expect(r.stderr).toContain(`${a}:2: rejected: invalid JSON`);
    expect(r.stderr).toContain(`${b}:1: rejected: missing "text"`);
    expect(parseJsonl(readFileSync(rejects, 'utf8'))).toEqual([
      { file: a, line: 2, reason: expect.stringContaining('invalid JSON'), raw: 'oops' },
      { file: b, line: 1, reason: 'missing "text" or "html"', raw: '{"id":"b1"}' },
    ]);
    expect(r.stderr).toContain('5 in, 3 out, 2 rejected (in = out + rejected)');
  });
});
