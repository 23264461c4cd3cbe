import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsWithPeriod } from '../../src/detect/line-shape.js';
import { runs } from '../setup/properties.js';

describe('endsWithPeriod', () => {
  it('says what its regex says', () => {
    const unit = fc.constantFrom('a', ' ', '.', '。', "'", '"', '”', '’', ')', '!', '“', ']');
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }).map((u) => u.join('')), (t) => {
      expect(endsWithPeriod(t)).toBe(/[.。]['"”’)]*$/u.test(t));
    }), runs(3000));
  });
});
