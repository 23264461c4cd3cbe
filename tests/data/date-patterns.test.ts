import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_CLUE_SOURCE, DATE_SOURCE } from '../../src/data/date-patterns.js';
import { runs } from '../setup/properties.js';

describe('DATE_CLUE_SOURCE', () => {
  const DATE = new RegExp(DATE_SOURCE, 'iu');
  const CLUE = new RegExp(DATE_CLUE_SOURCE, 'u');

  it('is held by every date shape', () => {
    for (const t of ['Feb 12, 2023', '12 February 2023', '3rd de março de 2021', '2016.12.01', '05/10/2018', '2018-09-28 17:32', '2019年11月20日', 'Nov 18, 2019 at 9:24 pm ET']) {
      expect(DATE.test(t), t).toBe(true);
      expect(CLUE.test(t), t).toBe(true);
    }
  });

  it('a line without the clue holds no date', () => {
    const pieces = ['Feb', 'march', 'de', '12', '3rd', '1', '20', '201', '2019', '.', '/', '-', ',', ' ', '年', '月', '日', 'at', '9:24', 'pm'];
    const line = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join('')), fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(' ')));
    fc.assert(fc.property(line, (t) => {
      if (!CLUE.test(t)) expect(DATE.test(t)).toBe(false);
    }), runs(2000));
  });
});
