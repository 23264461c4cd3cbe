import { describe, expect, it } from 'vitest';
import { internForm } from '../../src/repair/vocabulary/word-form-table.js';
import { formEntry, tokenEntry } from '../../src/repair/word-join/token-memo.js';

describe('formEntry: a token entry found by the form id', () => {
  it('is the token memo entry of the form itself', () => {
    for (const w of ['upto', 'formedin', 'claimedlast', 'bridge']) {
      const byId = formEntry(internForm(w), w);
      expect(byId, w).toBe(tokenEntry(w));
      expect(formEntry(internForm(w), w), w).toBe(byId);
    }
    expect(formEntry(internForm('upto'), 'upto').spelling?.cuts).toEqual([2]);
  });

  it('gives each form its own entry', () => {
    expect(formEntry(internForm('formedin'), 'formedin')).not.toBe(formEntry(internForm('claimedlast'), 'claimedlast'));
  });
});
