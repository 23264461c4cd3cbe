import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import type { Finding } from '../../src/model/finding.js';
import { clean } from '../../src/pipeline/clean.js';
import {
  CORROBORATED_CONFIDENCE, CORROBORATING_BOUNDARIES, MIN_TEXT_TO_CORROBORATE, corroborateBoundaries, spelledLikeAWord,
} from '../../src/pipeline/corroborate-boundaries.js';
import { repair } from '../../src/repair/repair.js';

/** Ordinary article prose with no damage, long enough to judge. */
const PROSE = [
  'The council met on Tuesday evening to discuss the budget for the coming year, and the meeting ran late.',
  'Several residents spoke about the condition of the roads near the school, which they said had been neglected.',
  'The mayor said that the city would look again at its plans for the park and report back next month.',
  'Officials from the water department described the work that remains to be done on the old pipes downtown.',
].join(' ');
const long = (...inserts: string[]): string => {
  const paragraphs: string[] = [];
  for (let k = 0; paragraphs.join('\n\n').length < MIN_TEXT_TO_CORROBORATE + 500; k++) paragraphs.push(`${inserts[k] ?? ''}${inserts[k] ? ' ' : ''}${PROSE}`);
  return paragraphs.join('\n\n');
};
const gap = (start: number, confidence: number): Finding => ({ start, end: start, replacement: ' ', rule: 'word-join', reason: 'r', confidence });

describe('corroborated lost word boundaries', () => {
  it('leaves one doubtful join in a long, otherwise intact text alone, and says why in skipped', () => {
    const text = long('They formedin March a committee of five.');
    const doc = repair(text, { lang: false });
    expect(doc.text).toContain('formedin March');
    const left = doc.skipped.find((f) => f.rule === 'word-join');
    expect(left?.reason).toMatch(/left alone: no other lost word boundary/);
    expect(text.slice(left!.start - 6, left!.start)).toBe('formed');
    // Turned off, the join is repaired on its own evidence.
    expect(repair(text, { lang: false, corroborateRepairs: false }).text).toContain('formed in March');
  });

  it('repairs doubtful joins that corroborate one another, or follow other lost boundaries', () => {
    const joins = repair(long('They formedin March a committee.', 'It claimedlast month a victory.', 'The unit wasformed there.'), { lang: false }).text;
    expect(joins).toContain('formed in March');
    expect(joins).toContain('claimed last month');
    expect(joins).toContain('was formed there');
    // Sentence seams (sure on their own) restored earlier in the run corroborate a later join.
    const seams = repair(long('We will fight.And we will win.', 'They came.Then they left.', 'They formedin March a committee.'), { lang: false }).text;
    expect(seams).toContain('fight. And');
    expect(seams).toContain('formed in March');
  });

  it('trusts a short text, and a sure boundary on its own', () => {
    expect(repair('They formedin March a committee of five.', { lang: false }).text).toBe('They formed in March a committee of five.');
    expect(repair(long('We will fight.And we will win.'), { lang: false }).text).toContain('fight. And');
  });

  it('counts the others for each boundary: those of the same pass and those restored before', () => {
    const text = 'x'.repeat(MIN_TEXT_TO_CORROBORATE); // one long run of lower-case letters
    const doubtful = CORROBORATED_CONFIDENCE - 0.05;
    const one = [gap(10, doubtful)];
    expect(corroborateBoundaries(one, 0, text).kept).toEqual([]);
    expect(corroborateBoundaries(one, CORROBORATING_BOUNDARIES - 1, text).kept).toEqual([]);
    expect(corroborateBoundaries(one, CORROBORATING_BOUNDARIES, text).kept).toEqual(one);
    const three = [gap(10, doubtful), gap(20, doubtful), gap(30, doubtful)];
    expect(corroborateBoundaries(three, 0, text).kept).toEqual(three);
    // A sure boundary and a finding that is no boundary (an apostrophe) are never held back.
    const mixed = [gap(10, CORROBORATED_CONFIDENCE), { ...gap(20, doubtful), replacement: '’' }, gap(30, doubtful)];
    const { kept, isolated } = corroborateBoundaries(mixed, 0, text);
    expect(kept).toEqual(mixed.slice(0, 2));
    expect(isolated.map((f) => f.start)).toEqual([30]);
    expect(corroborateBoundaries(one, 0, text.slice(1)).kept).toEqual(one);
  });

  it('needs no corroboration inside a form spelled like no word (lower case, then a capital)', () => {
    const doc = repair(long('Read this articleLarry said it all.'), { lang: false });
    expect(doc.text).toContain('article Larry');
    expect(spelledLikeAWord('this articleLarry said', 12)).toBe(false);
    expect(spelledLikeAWord('they assailed him', 7)).toBe(true);
    expect(spelledLikeAWord('the HawaiiNewsNow site', 10)).toBe(true);
    expect(spelledLikeAWord('a Realme phone', 6)).toBe(true);
    expect(spelledLikeAWord('ServiceNow said', 7)).toBe(true);
    // A caption fused to the sentence after it: no name ends with `The`.
    expect(spelledLikeAWord('the LegionThe unit', 10)).toBe(false);
    expect(spelledLikeAWord('the LegionTheory unit', 10)).toBe(true);
    const fused = repair(long('Soldiers of the Freedom of Russia LegionThe unit is made up of Russian citizens.'), { lang: false });
    expect(fused.text).toContain('Legion The unit');
  });

  it('rejects an option that is not a boolean, naming it', () => {
    expect(() => clean('text', { corroborateRepairs: 'yes' as unknown as boolean })).toThrow(InvalidOptionError);
    expect(() => clean('text', { corroborateRepairs: 'yes' as unknown as boolean })).toThrow(/corroborateRepairs/);
  });
});
