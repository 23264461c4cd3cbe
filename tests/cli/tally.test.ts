import { describe, expect, it } from 'vitest';
import { addTallies, Tally, type BatchTallies } from '../../src/cli/progress/tally.js';
import type { TaskResult } from '../../src/cli/transforms/run-task.js';

describe('Tally.addBatch', () => {
  it('counts summed tallies as addResult counts each document', () => {
    const results: TaskResult[] = [{ lang: 'en', edits: { layout: 2, 'duplicate-paragraph': 1 } }, { edits: { layout: 1 } }, { lang: 'de', edits: {} }];
    const one = new Tally();
    for (const r of results) one.addResult(r);
    const batch: BatchTallies = { documents: 0, edits: {}, langs: {} };
    for (const r of results) addTallies(batch, r);
    const summed = new Tally();
    summed.addBatch(batch);
    expect(summed.out).toBe(3);
    expect([...summed.edits]).toEqual([...one.edits]);
    expect([...summed.langs]).toEqual([...one.langs]);
  });

  it('a rule named like an Object property counts from zero', () => {
    const batch: BatchTallies = { documents: 0, edits: {}, langs: {} };
    addTallies(batch, { lang: 'constructor', edits: { toString: 2 } });
    expect(batch).toEqual({ documents: 1, edits: { toString: 2 }, langs: { constructor: 1 } });
  });
});
