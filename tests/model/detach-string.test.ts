import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detachString } from '../../src/model/detach-string.js';
import { runs } from '../setup/properties.js';

describe('detachString', () => {
  it('gives the same characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(20), (s, k) => {
      const slice = `${'x'.repeat(k)}${s}`.slice(k);
      expect(detachString(slice)).toBe(s);
    }), runs(300));
    expect(detachString('')).toBe('');
    expect(detachString('A line of more than thirteen characters')).toBe('A line of more than thirteen characters');
  });

  it('gives the same characters for short and long slices of a page, surrogate pairs included', () => {
    const page = `a page with counterrevolutionaries and \ud83d\udc4dthumbsupthumbsup in it`;
    for (const [s, e] of [[0, 1], [12, 31], [40, 58], [0, page.length]]) expect(detachString(page.slice(s, e))).toBe(page.slice(s, e));
  });
});
