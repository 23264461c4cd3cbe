import { describe, expect, it } from 'vitest';
import { sentenceSeamRule } from '../../src/repair/split-sentence-seam.js';
import { runOne } from './helpers.js';

const fix = (t: string) => runOne(sentenceSeamRule, t);

describe('sentence-seam', () => {
  it.each([
    ['many Russians dont want to fight.And some are', 'many Russians dont want to fight. And some are'],
    ['alongside the Ukrainian army.The Freedom', 'alongside the Ukrainian army. The Freedom'],
    ['over 1,000 soldiers.Ukrainian Presidential', 'over 1,000 soldiers. Ukrainian Presidential'],
    ['Is it over?Yes it is!Then go', 'Is it over? Yes it is! Then go'],
    ['he said.“We will win”', 'he said. “We will win”'],
    ['“We will win.”They cheered', '“We will win.” They cheered'],
    ['He said "we will win."They cheered', 'He said "we will win." They cheered'],
    ['their own nation.PHOTOS BY SPENCER PLATT', 'their own nation. PHOTOS BY SPENCER PLATT'],
    ['Mr.Trump said so', 'Mr. Trump said so'],
    ['in St.Petersburg today', 'in St. Petersburg today'],
    ['Russian President Vladimir V.Putin spoke', 'Russian President Vladimir V. Putin spoke'],
    // A candidate start inside the last seam (`!` of `?!`, `.` after `!`) is passed over; the next one is not.
    ['Is it over?!Yes.Then!.No', 'Is it over?! Yes. Then!. No'],
    ['he won.”“We.”Then', 'he won.” “We.” Then'],
  ])('inserts the lost space: %j', (input, expected) => {
    expect(fix(input)).toBe(expected);
  });

  it.each([
    'the U.S. Army and the U.S.Army',
    'Vladimir V. Putin',
    'St. Petersburg and U.S.Army and Ph.D',
    'it cost 3.5 million at 10.30 p.m. sharp',
    'see example.com or Example.Com for more',
    'visit https://www.Example.org/Path.Html now',
    'write to Jane.Doe@Example.com today',
    'and then...And then',
    'wait…Then',
    'R-W.Va. said',
    'E.ON and the IQ.LIGHT lamps',
    'e.g.The list',
  ])('leaves %j alone', (input) => {
    expect(fix(input)).toBe(input);
  });

  it('repairs a title abbreviation fused to a name but never splits the abbreviation itself', () => {
    expect(fix('Kentucky Gov.Matt Bevin')).toBe('Kentucky Gov. Matt Bevin');
    expect(fix('he was ill.The doctor came')).toBe('he was ill. The doctor came');
  });
});
