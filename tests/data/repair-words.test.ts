import { describe, expect, it } from 'vitest';
import * as words from '../../src/data/repair-words.js';

describe('repair word lists', () => {
  it('list each word once (a doubled entry is a sign of a list edited without reading it)', () => {
    for (const [name, value] of Object.entries(words)) {
      if (!Array.isArray(value)) continue;
      const seen = new Set<string>();
      const doubled = (value as string[]).filter((w) => seen.size === seen.add(w).size);
      expect(doubled, name).toEqual([]);
    }
  });
});
