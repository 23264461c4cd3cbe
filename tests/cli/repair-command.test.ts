import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/ledger/apply-edits.js';
import { repair } from '../../src/repair/repair.js';
import { jsonl, parseJsonl, run } from './helpers.js';

const joined = 'Many dont want to fight.And some formedin March a unit.';

describe('unscrape repair', () => {
  it('JSONL in, JSONL out: only the repairs, the ledger rebuilds the text, other fields pass through', async () => {
    const noisy = 'Advertisement\n\nMany dont want to fight.And some stayed.';
    const r = await run(['repair', '-j', '1', '-q'], jsonl([{ id: 'a', text: joined, url: 'u' }, { id: 2, text: noisy }]));
    expect(r.code).toBe(0);
    const [a, b] = parseJsonl(r.stdout);
    expect(Object.keys(a!)).toEqual(['id', 'text', 'edits', 'stats', 'url']);
    expect(a!.text).toBe(repair(joined).text);
    expect(a!.text).not.toBe(joined);
    expect(applyEdits(joined, a!.edits as never)).toBe(a!.text);
    // No noise removal: the ad line stays (clean would drop it).
    expect(b!.text).toContain('Advertisement');
    expect(b!.text).toContain('fight. And');
    expect(b!.id).toBe(2);
  });

  it('every edit comes from a repair rule', async () => {
    const seed = readFileSync('seeds/001_7d637df9ad7c3987.txt', 'utf8');
    const r = await run(['repair', '-q', '-j', '1'], jsonl([{ id: 's', text: seed }]));
    const [doc] = parseJsonl(r.stdout);
    const rules = new Set((doc!.edits as { rule: string }[]).map((e) => e.rule));
    const repairIds = ['unicode-tidy', 'sentence-seam', 'case-seam', 'word-join', 'apostrophe'];
    for (const rule of rules) expect(repairIds).toContain(rule);
    expect(applyEdits(seed, doc!.edits as never)).toBe(doc!.text);
  });

  it('--disable takes repair rule ids; a clean-only rule is a usage error', async () => {
    const off = await run(['repair', '-q', '-j', '1', '--disable', 'apostrophe'], jsonl([{ id: 1, text: 'Many dont want it.' }]));
    expect(parseJsonl(off.stdout)[0]!.text).toBe('Many dont want it.');
    const on = await run(['repair', '-q', '-j', '1'], jsonl([{ id: 1, text: 'Many dont want it.' }]));
    expect(parseJsonl(on.stdout)[0]!.text).toBe(repair('Many dont want it.').text);
    const bad = await run(['repair', '--disable', 'layout'], '');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown rule "layout"/);
  });

  it('files: --out writes <id>.txt and <id>.json; rejects bad records like clean (exit 1)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'unscrape-repair-'));
    writeFileSync(join(root, 'a.txt'), joined);
    const out = join(root, 'out');
    expect((await run(['repair', join(root, 'a.txt'), '--out', out, '-q', '-j', '1'])).code).toBe(0);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe(`${repair(joined).text}\n`);
    const doc = JSON.parse(readFileSync(join(out, 'a.json'), 'utf8'));
    expect(doc.id).toBe('a');
    expect(doc.source).toBeUndefined();
    const bad = await run(['repair', '-j', '1'], '{"id":1}\n');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/missing "text"/);
  });

  it('is listed in the top-level help and has its own --help', async () => {
    expect((await run(['--help'])).stdout).toMatch(/repair/);
    const help = await run(['repair', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/usage: unscrape repair/);
  });

  it('runs in the worker pool too (same output as in-process)', async () => {
    const input = jsonl(Array.from({ length: 5 }, (_, i) => ({ id: i, text: `${joined} ${i}` })));
    const one = await run(['repair', '-q', '-j', '1'], input);
    const two = await run(['repair', '-q', '-j', '2'], input);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--no-corroborate restores a lost boundary that nothing else in a long text corroborates', async () => {
    const prose = 'The council met on Tuesday evening to discuss the budget for the coming year, and the meeting ran late. ';
    const long = `They formedin March a committee of five. ${prose.repeat(25)}`;
    const input = jsonl([{ id: 'a', text: long }]);
    const [kept] = parseJsonl((await run(['repair', '-q', '-j', '1'], input)).stdout);
    expect(kept!.text).toContain('formedin March');
    const [split] = parseJsonl((await run(['repair', '-q', '-j', '1', '--no-corroborate'], input)).stdout);
    expect(split!.text).toContain('formed in March');
    expect(split!.text).toBe(repair(long, { corroborateRepairs: false }).text);
    expect((await run(['repair', '--help'])).stdout).toMatch(/--no-corroborate/);
  });
});
