import { describe, expect, it } from 'vitest';
import { detectPhotoCredit, isCreditLine } from '../../src/detect/detect-photo-credit.js';
import { PROSE, after } from './context.js';

describe('detectPhotoCredit', () => {
  it.each([
    ['Photo Credit: Just Click\'s With A Camera', ''],
    ['Image Credit: WeWork', ''],
    ['Photo: Damian Dovarganes, AP', ''],
    ['Michael Conroy, AP', ''],
    ['Sanjeev Verma/Hindustan Times/Getty Images', ''],
    ['...against their own nation.PHOTOS BY SPENCER PLATT/GETTY IMAGES', '...against their own nation.'],
    ['Screenshot / Interview with the LegionThe most high-profile member of the group is Igor, a former executive at a bank in Moscow.',
      'The most high-profile member of the group is Igor, a former executive at a bank in Moscow.'],
  ])('removes the credit in %j', (input, expected) => {
    expect(after(`${PROSE}\n\n${input}`, detectPhotoCredit)).toBe(expected ? `${PROSE}\n${expected}` : PROSE);
  });

  it('removes a credit fused between sentences when it recurs', () => {
    const input = 'It is a PR project.Freedom LegionIn what it described as a manifesto, it pledged to fight.\nThe soldier said.Freedom LegionThe unit is active online.';
    expect(after(input, detectPhotoCredit)).toBe('It is a PR project.In what it described as a manifesto, it pledged to fight.\nThe soldier said.The unit is active online.');
  });

  it('removes the same credit once the repairs have split its seams, and where a name follows it', () => {
    const input = 'It is a PR project. Freedom Legion In what it described as a manifesto, it pledged to fight.\nThe soldier said. Freedom Legion The unit is active online.\nIt was PR. Freedom Legion Ponomarenko said so.';
    expect(after(input, detectPhotoCredit)).toBe('It is a PR project. In what it described as a manifesto, it pledged to fight.\nThe soldier said. The unit is active online.\nIt was PR. Ponomarenko said so.');
  });

  it('removes a split credit at the start of a paragraph up to the clause it was fused to', () => {
    const input = 'Screenshot / Interview with the Legion The most high-profile member of the group is Igor, a former executive at a bank in Moscow.';
    expect(after(`${PROSE}\n\n${input}`, detectPhotoCredit)).toBe(`${PROSE}\n The most high-profile member of the group is Igor, a former executive at a bank in Moscow.`);
  });

  it.each([
    ['a Title Case subject that opens several sentences', 'He spoke first. Prime Minister Boris Johnson said no.\nThen it rained. Prime Minister Boris Johnson left early.'],
    ['a name before a capitalised word, once', 'It was late. United States Senator Jane Doe The Younger spoke.\nIt was later. United States Senator John Roe spoke.'],
  ])('keeps %s', (_name, text) => {
    expect(after(text, detectPhotoCredit)).toBe(text);
  });

  it.each([
    ['a sentence that mentions photos', 'The photos were taken by Jane Doe, a freelancer who works with the AP.'],
    ['a sentence that ends with an agency', 'The figures were first reported by the news agency Reuters.'],
    ['a one-off camel-cased word after a sentence', 'He said so.Apple\'s new iPhone sold well.'],
  ])('keeps %s', (_name, line) => {
    expect(after(`${PROSE}\n\n${line}`, detectPhotoCredit)).toBe(`${PROSE}\n${line}`);
  });

  it('tells a credit line', () => {
    expect(isCreditLine('Photo: Damian Dovarganes, AP')).toBe(true);
    expect(isCreditLine('The photos were taken by AP.')).toBe(false);
  });
});
