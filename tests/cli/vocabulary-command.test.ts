import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.js';
import { repair } from '../../src/repair/repair.js';
import { countCorpusVocabulary, parseCorpusVocabulary, serializeCorpusVocabulary } from '../../src/repair/vocabulary/corpus-vocabulary.js';
import { createRunner } from '../../src/cli/pool/create-runner.js';
import { jsonl, parseJsonl, run } from './helpers.js';

const SEEDS = readdirSync('seeds').sort().map((f) => readFileSync(join('seeds', f), 'utf8'));
/** An HTML fixture page with an article and page chrome around it. */
const HTML_CASE = readdirSync('fixtures/html').sort()[0]!;

describe('unscrape vocabulary', () => {
  it('counts .txt files as the library does, and is listed in the top-level help', async () => {
    const r = await run(['vocabulary', 'seeds']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(serializeCorpusVocabulary(countCorpusVocabulary(SEEDS)));
    expect(parseCorpusVocabulary(r.stdout).documents).toBe(SEEDS.length);
    expect((await run(['--help'])).stdout).toMatch(/vocabulary/);
    expect((await run(['vocabulary', '--help'])).stdout).toMatch(/--merge/);
  });

  it('reads JSONL on stdin and reports every bad line with its number, never dropping one silently', async () => {
    const input = ['{"id":1,"text":"assailed him"}', 'not json', '{"id":2}', '{"id":3,"text":"assailed her"}', ''].join('\n');
    const r = await run(['vocabulary'], input);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stdin line 2 rejected: invalid JSON/);
    expect(r.stderr).toMatch(/stdin line 3 rejected: missing "text"/);
    const v = parseCorpusVocabulary(r.stdout);
    expect(v.documents).toBe(2);
    expect(v.forms.get('assailed')).toBe(2);
  });

  it('counts an HTML page by the article text clean extracts, unrepaired, in JSONL and in directories', async () => {
    const html = readFileSync(join('fixtures/html', HTML_CASE, 'input.html'), 'utf8');
    const article = clean({ html }, { repair: false, lang: false }).text;
    const expected = serializeCorpusVocabulary(countCorpusVocabulary([article, 'assailed him']));
    const fromJsonl = await run(['vocabulary'], jsonl([{ id: 'p', html }, { id: 't', text: 'assailed him' }]));
    expect(fromJsonl.code).toBe(0);
    expect(fromJsonl.stdout.trim()).toBe(expected);
    // Not the page's markup: a tag name or attribute counted as a word would be a form no document wrote.
    expect(parseCorpusVocabulary(fromJsonl.stdout).forms.has('href')).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-vocabulary-'));
    writeFileSync(join(dir, 'page.html'), html);
    writeFileSync(join(dir, 'note.txt'), 'assailed him');
    const fromDir = await run(['vocabulary', dir]);
    expect(fromDir.code).toBe(0);
    expect(parseCorpusVocabulary(fromDir.stdout).documents).toBe(2);
    expect(fromDir.stdout.trim()).toBe(serializeCorpusVocabulary(countCorpusVocabulary(['assailed him', article]))); // files in name order
  });

  it('rejects by path a file that is not UTF-8 and a second file with the same id, and counts the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-vocabulary-'));
    writeFileSync(join(dir, 'a.txt'), 'assailed him');
    writeFileSync(join(dir, 'a.html'), '<html><body><article><p>Critics assailed her plan on Monday, saying that it came too late and that it would cost the city far more than the council had said it would.</p></article></body></html>');
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0x61, 0xff, 0x62]));
    writeFileSync(join(dir, 'c.txt'), 'assailed them');
    const r = await run(['vocabulary', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.txt rejected: same id "a"|a\.html rejected: same id "a"/);
    expect(r.stderr).toMatch(/b\.txt rejected: invalid UTF-8/);
    const v = parseCorpusVocabulary(r.stdout);
    expect(v.documents).toBe(2);
    expect(v.forms.get('assailed')).toBe(2);
  });

  it('merges shard counts into the count over all (map and reduce), and --min-documents prunes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-vocabulary-'));
    const shard = (name: string, docs: readonly string[]): string => {
      const file = join(dir, name);
      writeFileSync(file, serializeCorpusVocabulary(countCorpusVocabulary(docs)));
      return file;
    };
    const a = shard('a.json', SEEDS.slice(0, 2));
    const b = shard('b.json', SEEDS.slice(2));
    const merged = await run(['vocabulary', '--merge', a, b]);
    expect(merged.code).toBe(0);
    expect(merged.stdout.trim()).toBe(serializeCorpusVocabulary(countCorpusVocabulary(SEEDS)));
    const pruned = parseCorpusVocabulary((await run(['vocabulary', '--merge', a, b, '--min-documents', '3'])).stdout);
    expect(pruned.forms.size).toBeGreaterThan(0);
    expect([...pruned.forms.values()].every((n) => n >= 3)).toBe(true);
    expect(pruned.forms.size).toBeLessThan(parseCorpusVocabulary(merged.stdout).forms.size);
    // A broken shard is rejected by name; the others are still added.
    writeFileSync(join(dir, 'bad.json'), '{"format": "other"}');
    const partial = await run(['vocabulary', '--merge', a, join(dir, 'bad.json')]);
    expect(partial.code).toBe(1);
    expect(partial.stderr).toMatch(/bad\.json rejected: not a vocabulary/);
    expect(parseCorpusVocabulary(partial.stdout).documents).toBe(2);
  });

  it.each([
    [['vocabulary', '--min-documents', '0'], /--min-documents must be a whole number/],
    [['vocabulary', '--merge'], /--merge needs/],
    [['vocabulary', '--bogus'], /--bogus/],
    [['clean', 'seeds', '--vocabulary', 'no-such-file.json'], /--vocabulary: cannot read no-such-file\.json/],
  ])('%j is a usage error naming the problem', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('clean --vocabulary FILE, repair --vocabulary FILE', () => {
  const page = 'Over the weekend, Trump assailed Williams, and those who anted up were angry; you dont overdo it. Iwas there, and it was formedin March. It is one of the things that we have to do with the work that is in the news of the day.';
  const corpus = ['They assailed the plan and anted up; do not overdo it.', 'Critics assailed it. Players anted more. Never overdo.', 'He assailed them. All anted. They overdo things.'];

  it('gives every worker the vocabulary: the output is the library\'s with it, and differs from the output without', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-vocabulary-'));
    const file = join(dir, 'vocabulary.json');
    writeFileSync(file, serializeCorpusVocabulary(countCorpusVocabulary(corpus)));
    const vocabulary = parseCorpusVocabulary(readFileSync(file, 'utf8'));
    const input = jsonl([{ id: 'a', text: page }, { id: 'b', text: page }, { id: 'c', text: page }]);
    for (const jobs of ['1', '2']) {
      const r = await run(['clean', '--vocabulary', file, '-q', '-j', jobs, '--no-lang'], input);
      expect(r.code).toBe(0);
      const docs = parseJsonl(r.stdout);
      expect(docs).toHaveLength(3);
      for (const doc of docs) expect(doc.text).toBe(clean(page, { vocabulary, lang: false }).text);
      const repaired = parseJsonl((await run(['repair', '--vocabulary', file, '-q', '-j', jobs], input)).stdout);
      for (const doc of repaired) expect(doc.text).toBe(repair(page, { vocabulary }).text);
    }
    // In this thread too (`createRunner(0)`, as the library's tests run it).
    const inThread = createRunner(0, { vocabulary });
    const one = await inThread.run({ transform: 'repair', record: { id: 'a', text: page }, options: {}, want: ['jsonl'] });
    expect(JSON.parse(one.jsonl!).text).toBe(repair(page, { vocabulary }).text);
    const plain = parseJsonl((await run(['clean', '-q', '-j', '1', '--no-lang'], input)).stdout);
    expect(plain[0]!.text).toBe(clean(page, { lang: false }).text);
    expect(plain[0]!.text).not.toBe(clean(page, { vocabulary, lang: false }).text);
  });
});
