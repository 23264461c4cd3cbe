import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanOutput } from '../../src/cli/transforms/clean-record.js';
import { createDeduplicator, dedupeDocuments } from '../../src/dedup/dedupe-documents.js';
import { describeFindings } from '../../src/cli/steps/signed-lookup.js';
import { DUPLICATES_SLOT } from '../../src/cli/transforms/signed-document.js';
import { renderReport } from '../../src/emit/render-report.js';
import { applyEdits } from '../../src/ledger/apply-edits.js';
import { clean } from '../../src/pipeline/clean.js';
import { jsonl, parseJsonl, run } from './helpers.js';

const files = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();
const seed = (n: string): string => readFileSync(join('seeds', files.find((f) => f.startsWith(n))!), 'utf8');
// Seed 003 quotes, inside a longer paragraph, a NYT paragraph that seed 001 carries on its own.
const SHARED = 'The group operates under the umbrella of Ukraine’s International Legion';

describe('clean --dedupe', () => {
  it('report: every output gets a duplicates field, nothing is removed (seeds: 003 contains a 001 paragraph)', async () => {
    const plain = parseJsonl((await run(['clean', 'seeds', '--format', 'jsonl', '-q', '-j', '1'])).stdout);
    const r = await run(['clean', 'seeds', '--format', 'jsonl', '--dedupe', 'report', '-j', '2']);
    expect(r.code).toBe(0);
    const docs = parseJsonl(r.stdout);
    expect(docs.map((d) => d.text)).toEqual(plain.map((d) => d.text));
    for (const d of docs) expect(d.duplicates).toBeDefined();
    const d003 = docs.find((d) => String(d.id).startsWith('003'))!;
    const overlaps = (d003.duplicates as { overlaps: { contains: { id: string } }[] }).overlaps;
    expect(overlaps.some((o) => o.contains.id.startsWith('001'))).toBe(true);
    expect(Object.keys(d003).slice(-2)).toEqual(['stats', 'duplicates']);
    expect(r.stderr).toMatch(/dedupe: 0 duplicate paragraphs found in 0 of 5 documents/);
  });

  it('paragraphs: 003 then 001 (JSONL) removes 001’s copy, first occurrence kept, as the library does', async () => {
    const input = [{ id: '003', text: seed('003') }, { id: '001', text: seed('001') }];
    const expected = dedupeDocuments(input.map((r) => ({ id: r.id, ...clean(r.text) }))).documents;
    const outputs: string[] = [];
    for (const jobs of ['1', '2']) {
      const r = await run(['clean', '--dedupe', 'paragraphs', '-j', jobs], jsonl(input));
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/dedupe: 1 duplicate paragraphs removed in 1 of 2 documents/);
      outputs.push(r.stdout);
    }
    expect(outputs[1]).toBe(outputs[0]);
    const [first, second] = parseJsonl(outputs[0]!);
    expect(first!.text).toBe(expected[0]!.text);
    expect(String(first!.text)).toContain('under the umbrella of Ukraine’s International Legion');
    expect(second!.text).toBe(expected[1]!.text);
    expect(String(seed('001'))).toContain(SHARED);
    expect(String(second!.text)).not.toContain(SHARED);
    const removal = (second!.edits as { rule: string; reason: string }[]).filter((e) => e.rule === 'duplicate-paragraph');
    expect(removal).toHaveLength(1);
    expect(removal[0]!.reason).toMatch(/document "003"/);
    expect(applyEdits(seed('001'), second!.edits as never)).toBe(second!.text);
    expect((second!.stats as Record<string, { edits: number }>)['duplicate-paragraph']!.edits).toBe(1);
    const dup = second!.duplicates as { paragraphs: { duplicateOf: { id: string } }[] };
    expect(dup.paragraphs.map((p) => p.duplicateOf.id)).toEqual(['003']);
  });

  it('in the default order (001 first) the longer 003 paragraph is kept: an overlap is never removed', async () => {
    const input = [{ id: '001', text: seed('001') }, { id: '003', text: seed('003') }];
    const r = await run(['clean', '--dedupe', 'paragraphs', '-q', '-j', '1'], jsonl(input));
    const [, d003] = parseJsonl(r.stdout);
    expect(d003!.text).toBe(clean(seed('003')).text);
  });

  it('an exact duplicate document: duplicates.document names the first; paragraphs mode empties its text', async () => {
    const text = seed('002');
    const input = jsonl([{ id: 'a', text }, { id: 'b', text: 'Something else entirely, said the spokesman on Monday in Kyiv.' }, { id: 'c', text }]);
    const report = parseJsonl((await run(['clean', '--dedupe', 'report', '-q', '-j', '1'], input)).stdout);
    expect(report[2]!.duplicates).toMatchObject({ document: { duplicateOf: 'a' } });
    expect(report[2]!.text).toBe(report[0]!.text);
    expect(report[0]!.duplicates).toMatchObject({ document: null, paragraphs: [] });
    const removed = parseJsonl((await run(['clean', '--dedupe', 'paragraphs', '-q', '-j', '2'], input)).stdout);
    expect(removed.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(removed[2]!.text).toBe('');
    expect(removed[0]!.text).toBe(report[0]!.text);
  });

  it('directory mode: <id>.json carries duplicates; with --report the page shows the removals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-dedupe-'));
    const r = await run(['clean', 'seeds', '--out', join(dir, 'out'), '--dedupe', 'report', '--report', join(dir, 'r.html'), '-q', '-j', '2']);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'out', `${files[3]!.replace(/\.txt$/, '')}.json`), 'utf8'));
    expect(json.duplicates.overlaps.length).toBeGreaterThan(0);
    expect(json.signature).toBeUndefined(); // made in the worker for the dedup, never written
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toMatch(/<article/);
  });

  it('JSONL with --dedupe and --report: records cross back as bytes, outputs and page exactly as the library gives them', async () => {
    // Every document comes back from the workers as packed bytes (packKept), decoded one at a time in
    // input order: the outputs must be byte for byte those built from the in-memory documents. Odd
    // input on purpose: a number id, passed-through fields (one named `source`, nested values), line
    // and paragraph separators, astral characters, an exact duplicate document.
    const extra = { url: 'https://example.com/a', source: 'wire', meta: { n: [1, 2.5, null, true], s: 'x\u2028y\u2029z 😀' } };
    const input = [
      { id: 7, text: seed('003'), ...extra },
      { id: 'b', text: `${seed('001')}\n\nA closing line with a \u2028 separator and 😀 emoji, repeated below.` },
      { id: 'c', text: seed('003') },
      { ...extra, id: 'd', text: `Intro paragraph of d.\n\n${seed('001')}` },
    ];
    const docs = input.map((r) => ({ id: String(r.id), ...clean(r.text) }));
    const { documents, report } = dedupeDocuments(docs);
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-dedupe-'));
    for (const jobs of ['1', '2']) {
      const page = join(dir, `report-${jobs}.html`);
      const r = await run(['clean', '--dedupe', 'paragraphs', '--report', page, '--keep-source', '-q', '-j', jobs], jsonl(input));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(input.length);
      expect(report.paragraphs.length).toBeGreaterThan(0);
      for (const [i, line] of lines.entries()) {
        const { duplicates, ...rest } = JSON.parse(line) as Record<string, unknown>;
        expect(duplicates).toBeDefined();
        const expected = cleanOutput(input[i]!, documents[i]!, {}, true).record;
        expect(JSON.stringify(rest)).toBe(JSON.stringify(expected));
      }
      expect(readFileSync(page, 'utf8')).toBe(renderReport(documents));
    }
  });

  it('JSONL with --dedupe alone: lines spliced by bytes or finished in a worker are exactly the library’s', async () => {
    // Without --report a document crosses back packed (packSigned): its signature for the lookup thread,
    // and its output line with a slot for `duplicates`, spliced by bytes on the main thread, or, when it
    // has paragraphs to remove (or its slot's text also appears in an input field), parsed and finished
    // in a worker. Both must give the bytes the whole record would serialize to.
    const slotLike = { x: 1, duplicates: DUPLICATES_SLOT };
    const input = [
      { id: 7, text: seed('003'), duplicates: 'an input field of that name', 12: 'an index-like key', meta: { s: 'x\u2028y 😀' } },
      { id: 'b', text: `${seed('001')}\n\nA closing line of b.` },
      { id: 'c', text: seed('002'), note: slotLike },
      { id: 'd', text: seed('003'), url: 'https://example.com/d' },
      { id: 'e', text: `Intro paragraph of e, with words enough to count here.\n\n${seed('002')}`, note: slotLike },
    ];
    for (const mode of ['paragraphs', 'report'] as const) {
      const dedup = createDeduplicator({ remove: mode === 'paragraphs' ? 'paragraphs' : false });
      const expected = input.map((r) => {
        const step = dedup.add({ id: String(r.id), ...clean(r.text) });
        return `${JSON.stringify(cleanOutput(r, step.document!, { duplicates: describeFindings(step.findings) }).record)}\n`;
      });
      // Paragraphs mode removes some (finished in a worker); report mode splices all but the slot-like ones.
      expect(expected.some((line) => line.includes('"rule":"duplicate-paragraph"'))).toBe(mode === 'paragraphs');
      for (const jobs of ['1', '2']) {
        const r = await run(['clean', '--dedupe', mode, '-q', '-j', jobs], jsonl(input));
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(expected.join(''));
        for (const line of parseJsonl(r.stdout)) expect(line.duplicates).not.toBe(DUPLICATES_SLOT);
      }
    }
  });

  it('usage errors: an unknown mode, --dedupe with --resume', async () => {
    const bad = await run(['clean', '--dedupe', 'documents'], '');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--dedupe must be report or paragraphs/);
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-dedupe-'));
    const resume = await run(['clean', 'seeds', '--out', dir, '--resume', '--dedupe', 'paragraphs']);
    expect(resume.code).toBe(2);
    expect(resume.stderr).toMatch(/--dedupe needs every document/);
  });
});
