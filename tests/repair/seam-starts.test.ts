import { describe, expect, it } from 'vitest';
import { documentVocabulary } from '../../src/repair/vocabulary/document-vocabulary.js';
import { seamStarts } from '../../src/repair/case-seam/seam-starts.js';

describe('seamStarts: where a case seam can stand', () => {
  it.each([
    ['the LegionIn a statement', [9]],
    ['LegionIn and LegionIn', [5, 18]], // every occurrence of a form
    ['iPhone and McDonald', [0, 12]], // a seam's shape, not yet a verdict
    ['NASA and OpenAI', []], // `nAI`: no lower-case letter after the capital
    ['Ωmega ωΔω', [6]], // beyond ASCII
    ['no seams here', []],
  ])('%s -> %j', (text, expected) => {
    expect(seamStarts(text, documentVocabulary(text))).toEqual(expected);
  });
});
