import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/html/clean-html.js';
import { applyEdits } from '../../src/ledger/apply-edits.js';
import { goldenJson } from './golden-json.mjs';

// Golden cases: fixtures/html/<case>/{input.html, expected.txt, expected.json}, compared byte for byte.
// Regenerate with `npm run goldens:html` and read the diff before committing.
const root = join(import.meta.dirname, '../../fixtures/html');
const cases = readdirSync(root).filter((c) => existsSync(join(root, c, 'input.html'))).sort();

describe('HTML goldens', () => {
  it('has the cases the issue asks for', () => {
    expect(cases).toEqual(expect.arrayContaining(['byline', 'captions', 'comments', 'layout-tables', 'no-article', 'related-list']));
  });

  for (const name of cases) {
    it(name, () => {
      const doc = cleanHtml(readFileSync(join(root, name, 'input.html'), 'utf8'));
      expect(applyEdits(doc.source, doc.edits)).toBe(doc.text);
      expect(`${doc.text}\n`).toBe(readFileSync(join(root, name, 'expected.txt'), 'utf8'));
      expect(goldenJson(doc)).toBe(readFileSync(join(root, name, 'expected.json'), 'utf8'));
    });
  }
});
