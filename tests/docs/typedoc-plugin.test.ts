import { describe, expect, it } from 'vitest';
import { areaOf } from '../../scripts/typedoc-plugin-unscrape.mjs';

describe('docs site: API categories by source folder', () => {
  it.each([
    ['src/ledger/apply-edits.ts', 'Edit ledger'],
    ['src/pipeline/clean.ts', 'Pipeline'],
    ['src/detect/detect-caption.ts', 'Noise detectors'],
    ['src/errors.ts', 'Errors and basics'],
    ['src/index.ts', 'Errors and basics'],
    ['src/newarea/thing.ts', 'Newarea'],
    ['src/cli/jsonl/run-jsonl.ts', 'CLI'],
  ])('%s -> %s', (path, area) => expect(areaOf(path)).toBe(area));

  it('gives no area outside src/ (the export keeps its kind group)', () => {
    expect(areaOf('tests/x.ts')).toBeUndefined();
    expect(areaOf(undefined)).toBeUndefined();
  });
});
