import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { clean } from '../../src/pipeline/clean.js';
import { defaultRules } from '../../src/pipeline/default-rules.js';
import { repairRules } from '../../src/repair/repair-rules.js';
import { repair } from '../../src/repair/repair.js';

const DAMAGED = 'Many Russians dont want to fight.And some formedin March gave themselves upto Kyivs forces in Kyiv. It doesnt matter.';

describe('repairs in clean', () => {
  it('run first in defaultRules, in phase order', () => {
    expect(defaultRules.slice(0, repairRules.length)).toEqual(repairRules);
    expect(repairRules.map((r) => r.id)).toEqual(['unicode-tidy', 'sentence-seam', 'case-seam', 'word-join', 'apostrophe']);
    expect(repairRules.map((r) => r.phase)).toEqual(['tidy', 'repair', 'repair', 'repair', 'repair']);
  });

  it('are on by default, each with its rule id in the ledger and stats', () => {
    const doc = clean(DAMAGED);
    expect(doc.text).toBe("Many Russians don't want to fight. And some formed in March gave themselves up to Kyiv's forces in Kyiv. It doesn't matter.");
    for (const id of ['sentence-seam', 'word-join', 'apostrophe']) expect(doc.stats[id]?.edits).toBeGreaterThan(0);
  });

  it('turn off one by one, or all with repair: false', () => {
    expect(clean(DAMAGED, { rules: { 'word-join': false } }).text).toContain('formedin');
    expect(clean(DAMAGED, { rules: { 'word-join': false } }).text).toContain("don't");
    expect(clean(DAMAGED, { repair: false }).text).toBe(DAMAGED);
    expect(() => clean(DAMAGED, { repair: 'no' as never })).toThrow(InvalidOptionError);
  });

  it('repair() runs only the repairs (no layout)', () => {
    const doc = repair(`  ${DAMAGED}\n\n\n`);
    expect(doc.text).toBe(`  Many Russians don't want to fight. And some formed in March gave themselves up to Kyiv's forces in Kyiv. It doesn't matter.\n\n\n`);
    expect(new Set(doc.edits.map((e) => e.rule))).toEqual(new Set(['sentence-seam', 'word-join', 'apostrophe']));
  });
});

describe('a split that exposes or attests another', () => {
  // `case-seam` and `word-join` look once per pass; the runner's next pass (it runs again after any pass
  // that changed the text) finds what the split exposed or attested. These are what the rules' own rounds
  // (`untilStable`, gone) were for; the texts are what they gave.
  it.each([
    ['the Freedom of Russia LegionInLegionIn a statement on Monday', 'the Freedom of Russia Legion In Legion In a statement on Monday'],
    ['Many dontclaimedlast month that it would fight.', "Many don't claimed last month that it would fight."],
    ['fight.Andthe LegionIn east. AndLegion fighters', 'fight. And the Legion In east. And Legion fighters'],
    ['Mr.TrumpMr.Trumpis here', 'Mr. Trump Mr. Trump is here'],
  ])('%j -> %j', (input, expected) => {
    const once = repair(input, { lang: false }).text;
    expect(once).toBe(expected);
    expect(repair(once, { lang: false }).text).toBe(once);
  });
});
