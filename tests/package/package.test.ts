import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_FILES, CORE_BUDGET_BYTES, EXCLUDED_FROM_BUDGET, REQUIRED_FILES, measureCore, packedFiles, runAttw, runPublint,
} from '../../scripts/check-package.mjs';

// The package as users install it (dist/ is built by tests/setup/build.ts). Same checks as
// `npm run check:package`, which prints the numbers.
describe('the published package', () => {
  it('publint reports no problems', async () => {
    expect(await runPublint()).toEqual([]);
  });

  it('@arethetypeswrong/cli reports no problems (strict profile)', () => {
    expect(runAttw()).toEqual([]);
  }, 60_000);

  it('npm pack ships only what users need, and all of it', () => {
    const { files } = packedFiles();
    expect(files.filter((f) => !ALLOWED_FILES.test(f))).toEqual([]);
    expect(REQUIRED_FILES.filter((f) => !files.includes(f))).toEqual([]);
  }, 60_000);

  it('knows a stray file when it sees one (the check can fail)', () => {
    for (const f of ['dist/browser/unscrape.js', 'src/index.ts', 'tests/exports.test.ts', 'docs/site/index.html', 'seeds/a.txt', 'dist/.DS_Store', 'dist/notes.txt']) {
      expect(ALLOWED_FILES.test(f), f).toBe(false);
    }
    for (const f of [...REQUIRED_FILES, 'dist/chunk-HCCSSXAU.js', 'dist/cli-worker.js.map']) expect(ALLOWED_FILES.test(f), f).toBe(true);
  });

  it('the bin is an executable node script', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const bin = pkg.bin.unscrape as string;
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it(`the core stays within its size budget (${CORE_BUDGET_BYTES / 1024} KB minified, without deps and the lexicon)`, async () => {
    const core = await measureCore();
    expect(core.bytes).toBeGreaterThan(1000); // it measured something
    expect(core.bytes).toBeLessThanOrEqual(CORE_BUDGET_BYTES);
  });

  it('leaves only the lexicon out of the budget', () => {
    for (const p of ['src/data/english-lexicon.ts', '/abs/src/data/english-lexicon.js', 'src/data/word-freq.json', 'src/data/english-wordlist.ts']) expect(EXCLUDED_FROM_BUDGET.test(p), p).toBe(true);
    for (const p of ['src/repair/vocabulary/english-lexicon.ts', 'src/repair/split-word-join.ts', 'src/data/repair-words.ts', 'src/data/lexicon/x.ts']) expect(EXCLUDED_FROM_BUDGET.test(p), p).toBe(false);
  });
});
