import { describe, expect, it } from 'vitest';
import { documentVocabulary } from '../../src/repair/vocabulary/document-vocabulary.js';
import { seamStarts, startsAfterInsertions } from '../../src/repair/case-seam/seam-starts.js';

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

describe('startsAfterInsertions: the seams a round of inserted spaces leaves', () => {
  it('drops a seam a space split and moves the others by the spaces before them', () => {
    expect(startsAfterInsertions('the Legion In a LegionIn', [9, 20], [10])).toEqual([21]);
  });

  it('agrees with seamStarts of the text after the insertions', () => {
    const before = 'CanadaFreedom and theUnited andLegionIn';
    const after = 'Canada Freedom and theUnited and LegionIn';
    expect(startsAfterInsertions(after, seamStarts(before, documentVocabulary(before)), [6, 31])).toEqual(seamStarts(after, documentVocabulary(after)));
  });
});
