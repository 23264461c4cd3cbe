import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../src/ledger/apply-edits.js';
import { clean } from '../src/pipeline/clean.js';

// The seed goldens: fixtures/seeds/<id>/expected.{txt,json}, written by `npm run goldens` and read line by
// line against the seed before each commit. Compared byte for byte.
const root = join(__dirname, '..');
const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();

describe('seed goldens', () => {
  it('has a golden for every seed', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
  });
  for (const file of seeds) {
    const id = file.replace(/\.txt$/, '');
    it(`cleans ${id} exactly as its golden says`, () => {
      const source = readFileSync(join(root, 'seeds', file), 'utf8');
      const doc = clean(source);
      const { source: _s, ...rest } = doc;
      expect(`${doc.text}\n`).toBe(readFileSync(join(root, 'fixtures/seeds', id, 'expected.txt'), 'utf8'));
      expect(`${JSON.stringify(rest, null, 2)}\n`).toBe(readFileSync(join(root, 'fixtures/seeds', id, 'expected.json'), 'utf8'));
      expect(applyEdits(source, doc.edits)).toBe(doc.text);
    });
  }
});
