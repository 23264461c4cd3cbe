import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/ledger/apply-edits.js';
import { clean } from '../../src/pipeline/clean.js';
import { parseVariantDictionary } from '../../src/variants/variant-dictionary.js';
import { jsonl, parseJsonl, run } from './helpers.js';

const LEGION = /\bFree(?:dom of)? Russian? Legion\b/gu;

describe('unscrape variants (wired into the CLI)', () => {
  it('variants cluster and --help run through runCli', async () => {
    const r = await run(['variants', 'cluster'], 'Slutsky\nSlutskiy\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].members).toEqual(expect.arrayContaining(['Slutsky', 'Slutskiy']));
    const help = await run(['variants', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/variants discover/);
    expect((await run(['--help'])).stdout).toMatch(/variants/);
  });
});

describe('clean --variants FILE', () => {
  // The CLI's part is to load the dictionary and hand it to clean() in every worker: its output must be
  // the library's, seed by seed, and unify the Legion's spellings. (Seed 004 still keeps a second
  // spelling where the variants rule itself declines "Freedom of Russia Legion In ..." at a seam the
  // repairs leave joined: tests/variants/seeds.test.ts owns that and fails on it at this merge. Once it
  // passes, every seed here has one spelling and the count check below tightens to zero by itself.)
  it('discover over seeds/, then clean --variants: the library result, the canonical Legion spelling (ledger intact)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-variants-'));
    const discovered = await run(['variants', 'discover', 'seeds']);
    expect(discovered.code).toBe(0);
    const file = join(dir, 'variants.json');
    writeFileSync(file, discovered.stdout);
    // Without the dictionary the seeds mix spellings (so the test can fail).
    const plain = await run(['clean', 'seeds', '--format', 'jsonl', '-q', '-j', '1']);
    const spellingsIn = (texts: readonly unknown[]): Set<string> => new Set(texts.flatMap((t) => String(t).match(LEGION) ?? []));
    expect(spellingsIn(parseJsonl(plain.stdout).map((d) => d.text)).size).toBeGreaterThan(1);

    const r = await run(['clean', 'seeds', '--variants', file, '--format', 'jsonl', '-q', '-j', '2']);
    expect(r.code).toBe(0);
    const docs = parseJsonl(r.stdout);
    expect(docs).toHaveLength(readdirSync('seeds').length);
    const dictionary = parseVariantDictionary(discovered.stdout);
    let stillMixed = 0;
    for (const doc of docs) {
      const source = readFileSync(join('seeds', `${String(doc.id)}.txt`), 'utf8');
      const expected = clean(source, { variants: dictionary });
      expect(doc.text, String(doc.id)).toBe(expected.text);
      expect(applyEdits(source, doc.edits as never)).toBe(doc.text);
      const spellings = new Set(String(doc.text).match(LEGION));
      if (spellings.size > 1) stillMixed++;
      // Where two spellings remain, the library skipped the other one with a reason (not a wiring miss).
      if (spellings.size > 1) expect(expected.skipped.some((f) => f.rule === 'variants'), String(doc.id)).toBe(true);
    }
    // Across the seeds, the dictionary's canonical spelling is the one left (bar what the library declines).
    const canonical = Object.keys(dictionary).find((k) => /Legion/.test(k))!;
    const minority = (texts: readonly unknown[]) => texts.flatMap((t) => String(t).match(LEGION) ?? []).filter((m) => m !== canonical).length;
    expect(minority(docs.map((d) => d.text))).toBeLessThan(minority(parseJsonl(plain.stdout).map((d) => d.text)) / 2);
    expect(stillMixed).toBe(docs.filter((d) => new Set(clean(readFileSync(join('seeds', `${String(d.id)}.txt`), 'utf8'), { variants: dictionary }).text.match(LEGION)).size > 1).length);
    expect(docs.some((d) => (d.edits as { rule: string }[]).some((e) => e.rule === 'variants'))).toBe(true);
  });

  it('JSONL records too; a plain dictionary file works', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-variants-'));
    const file = join(dir, 'v.json');
    writeFileSync(file, JSON.stringify({ Kyiv: ['Kiev'] }));
    const r = await run(['clean', '--variants', file, '-q', '-j', '1'], jsonl([{ id: 1, text: 'The mayor of Kiev spoke in Kyiv on Monday about the city.' }]));
    expect(r.code).toBe(0);
    expect(parseJsonl(r.stdout)[0]!.text).not.toMatch(/Kiev/);
  });

  it('a bad dictionary file is a usage error (exit 2) naming the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-variants-'));
    const cases: [string, string | null, RegExp][] = [
      ['missing.json', null, /--variants: cannot read .*missing\.json/],
      ['broken.json', '{"Kyiv": [', /--variants .*broken\.json: .*not valid JSON/],
      ['shape.json', '{"Kyiv": "Kiev"}', /--variants .*shape\.json: .*Kyiv.*array/],
      ['chain.json', '{"Kyiv": ["Kiev"], "Kiev": ["Kyjiw"]}', /--variants .*chain\.json: /],
    ];
    for (const [name, content, message] of cases) {
      const file = join(dir, name);
      if (content !== null) writeFileSync(file, content);
      const r = await run(['clean', '--variants', file], jsonl([{ id: 1, text: 'Kiev.' }]));
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(message);
      expect(r.stdout, name).toBe('');
    }
  });
});
