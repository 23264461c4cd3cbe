import { describe, expect, it } from 'vitest';
import { listedPartCost } from '../../src/repair/word-join/listed-part-cost.js';
import { segment } from '../../src/repair/word-join/segment.js';

/** The part cost of the word lists alone (what a document could add left out). */
const listed = (token: string) => (i: number, j: number): number | undefined => listedPartCost(token.slice(i, j)) ?? undefined;

describe('segment: the cheapest cut into two to four parts', () => {
  it.each([
    ['formedin', [6]],
    ['ontheway', [2, 5]],
    ['claimedlast', [7]],
  ])('%s -> %j', (token, cuts) => {
    expect(segment(token, listed(token))?.cuts).toEqual(cuts);
  });

  it('finds nothing when no last part is admitted', () => {
    expect(segment('thezqxjv', listed('thezqxjv'))).toBeNull();
  });

  it('sums the costs of its parts', () => {
    const r = segment('formedin', listed('formedin'))!;
    expect(r.cost).toBeCloseTo(listedPartCost('formed')! + listedPartCost('in')!, 12);
  });
});
