import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detachString } from '../../src/detect/detach-string.js';
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
});
