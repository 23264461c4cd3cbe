import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/ledger/apply-edits.js';
import { applyFindings } from '../../src/pipeline/apply-findings.js';
import { clean } from '../../src/pipeline/clean.js';

describe('applyFindings', () => {
  const doc = clean('First paragraph here.\nSecond paragraph here.\nThird one.', { lang: false });

  it('folds findings into the ledger of a cleaned document; text, paragraphs and stats follow', () => {
    const start = doc.text.indexOf('Second');
    const out = applyFindings(doc, [{ start, end: start + 'Second paragraph here.\n\n'.length, rule: 'drop', reason: 'test', confidence: 1 }]);
    expect(out.text).toBe('First paragraph here.\n\nThird one.');
    expect(out.paragraphs).toEqual(['First paragraph here.', 'Third one.']);
    expect(applyEdits(out.source, out.edits)).toBe(out.text);
    expect(out.stats.drop?.edits).toBe(1);
    // The removed span took the output of one layout edit with it: that edit is merged into the removal.
    expect(out.stats.layout?.edits).toBe(doc.stats.layout!.edits - 1);
  });

  it('keeps findings under the threshold in skipped and leaves the text alone', () => {
    const out = applyFindings(doc, [{ start: 0, end: 5, rule: 'unsure', reason: 'test', confidence: 0.1 }]);
    expect(out.text).toBe(doc.text);
    expect(out.skipped).toHaveLength(doc.skipped.length + 1);
    expect(out.stats.unsure?.skipped).toBe(1);
  });
});
