import { describe, expect, it } from 'vitest';
import { documentVocabulary, vocabularyAfterInsertions, vocabularyForms } from '../../src/repair/vocabulary/document-vocabulary.js';
import { tallyWordForms } from '../../src/repair/vocabulary/tally-word-forms.js';
import {
  FORM_TABLE_LIMIT, FormNumber, FormProperty, formHash, formOf, formTableGeneration, internForm, internRun, internRuns, prepareFormTable,
} from '../../src/repair/vocabulary/word-form-table.js';

describe('word-form-table', () => {
  it('gives one id and one string per form, found in place or by the string', () => {
    const text = 'the Kyiv forces';
    const id = internRun(text, 4, 4, formHash('Kyiv'));
    expect(internForm('Kyiv')).toBe(id);
    expect(formOf(id)).toBe('Kyiv');
    expect(internForm('Kyi')).not.toBe(id); // a prefix is another form
    expect(internForm('kyiv')).not.toBe(id); // case kept
  });

  it('tells apart forms that share a beginning, long ones and ones past ASCII too', () => {
    const forms = ['counteroffensive', 'counteroffensives', 'counteroff', 'counterofff', 'Ωμέγα', 'Ωμέγαα', '𝒜𝒷c', '𝒜𝒷d', 'ｋｙｉｖ', 'ｋｙｉｗ'];
    const ids = forms.map(internForm);
    expect(new Set(ids).size).toBe(forms.length);
    expect(ids.map(formOf)).toEqual(forms);
    const text = forms.join(' ');
    let at = 0;
    forms.forEach((form, k) => {
      expect(internRun(text, at, form.length, formHash(form))).toBe(ids[k]);
      at += form.length + 1;
    });
  });

  it('interns many runs at once as one call per run would, new forms in order', () => {
    const text = 'Zqxw said Zqxv said counteroffensivesss';
    const runs = [[0, 4], [5, 4], [10, 4], [15, 4], [20, 19]] as const;
    const starts = Int32Array.from(runs, ([s]) => s);
    const lengths = Int32Array.from(runs, ([, l]) => l);
    const hashes = Int32Array.from(runs, ([s, l]) => formHash(text.slice(s, s + l)));
    const ids = new Int32Array(runs.length);
    internRuns(text, starts, lengths, hashes, runs.length, ids);
    expect([...ids].map(formOf)).toEqual(['Zqxw', 'said', 'Zqxv', 'said', 'counteroffensivesss']);
    expect(ids[1]).toBe(ids[3]);
    expect(ids[2]).toBeGreaterThan(ids[0]!); // new forms get their ids in the order of the runs
    expect([...ids]).toEqual(runs.map(([s, l]) => internForm(text.slice(s, s + l))));
  });

  it('hashes a form as the tally does: the ids of a tally are the interned forms', () => {
    const t = tallyWordForms('Kyiv said. Kyiv forces 𝒜𝒷c café', 3);
    expect(t.generation).toBe(formTableGeneration());
    expect([...t.ids].map(formOf)).toEqual(t.forms);
    expect([...t.ids]).toEqual(t.forms.map(internForm));
    // Another text: a form seen before keeps its id and its one string.
    const u = tallyWordForms('forces of Kyiv', 3);
    expect(u.ids[2]).toBe(t.ids[0]);
    expect(u.forms[2]).toBe(t.forms[0]);
  });

  it('judges a property once per form', () => {
    let calls = 0;
    const long = new FormProperty((form) => {
      calls++;
      return form.length > 9;
    });
    const id = internForm('hodgepodge');
    expect(long.of(id)).toBe(true);
    expect(long.of(id)).toBe(true);
    expect(long.of(internForm('upto'))).toBe(false);
    expect(calls).toBe(2);
  });

  it('empties when full, at the start of a tally; a new generation and properties judged afresh', () => {
    let calls = 0;
    const seen = new FormProperty(() => {
      calls++;
      return true;
    });
    const before = tallyWordForms('alpha beta gamma', 3);
    const vocab = documentVocabulary('alpha beta gamma');
    expect(seen.of(before.ids[0]!)).toBe(true);
    const generation = formTableGeneration();
    let k = 0;
    while (formTableGeneration() === generation) {
      // Fill the table past its limit; the next tally (prepareFormTable) empties it.
      internForm(`w${k++}x`);
      if (k % 1000 === 0) prepareFormTable();
    }
    expect(k).toBeLessThanOrEqual(FORM_TABLE_LIMIT + 1000);
    const after = tallyWordForms('alpha beta gamma', 3);
    expect(after.forms).toEqual(before.forms);
    expect(seen.of(after.ids[0]!)).toBe(true);
    expect(calls).toBe(2); // judged again: the old ids meant nothing
    // A vocabulary counted under the old generation gets its forms interned again, same order, same counts.
    const forms = vocabularyForms(vocab);
    expect(forms.generation).toBe(formTableGeneration());
    expect([...forms.ids].map(formOf)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('lists a derived vocabulary in the order of its counts', () => {
    const base = documentVocabulary('the LegionIn the field');
    const spaced = vocabularyAfterInsertions(base, 'the LegionIn the field', [10], 'the Legion In the field');
    const forms = vocabularyForms(spaced);
    expect(forms.forms).toEqual([...spaced.counts.keys()]);
    expect(Array.from(forms.counts)).toEqual([...spaced.counts.values()]);
    expect([...forms.ids].map(formOf)).toEqual(forms.forms);
  });
});

describe('FormNumber', () => {
  it('computes a number once per form', () => {
    let calls = 0;
    const length = new FormNumber((form) => {
      calls++;
      return form.length;
    });
    expect(length.of(internForm('upto'))).toBe(4);
    expect(length.of(internForm('upto'))).toBe(4);
    expect(length.of(internForm('a'))).toBe(1);
    expect(calls).toBe(2);
  });
});
