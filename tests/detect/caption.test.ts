import { describe, expect, it } from 'vitest';
import { detectCaption } from '../../src/detect/detect-caption.js';
import { PROSE, after } from './context.js';

describe('detectCaption', () => {
  it.each([
    ['a caption ending with a fused credit', 'Ukrainian soldiers drive a tank down a street on January 21, 2023. In inset, Putin speaks.PHOTOS BY SPENCER PLATT/GETTY IMAGES'],
    ['a caption ending with a parenthesised credit', 'Spain\'s Rafael Nadal celebrates a point against Russia in Madrid, Spain. (Manu Fernandez/AP)'],
    ['an "Above:" caption', 'Above: A WeWork coworking space in San Francisco.'],
    ['a gallery counter', 'Image 1 of 23'],
  ])('removes %s', (_name, caption) => {
    expect(after(`${caption}\n\n${PROSE}`, detectCaption)).toBe(PROSE);
  });

  it('removes a caption beside its credit line (the credit is photo-credit\'s)', () => {
    expect(after(`Photo Credit: Jane Doe\nFreedom of Russia Legion volunteer, June 23, 2022.\n\n${PROSE}`, detectCaption)).toBe(`Photo Credit: Jane Doe\n${PROSE}`);
  });

  it('removes a verbless sentence fused right before a recurring fused credit, and keeps sentences with a verb there', () => {
    const input = 'It is a PR project.Freedom LegionIn what it described, it pledged to fight.\nThe soldier said.Freedom LegionThe unit is active.\nIt was more PR than reality.Rally in support of the Legion in Toronto, Canada.Freedom LegionPonomarenko said so.';
    expect(after(input, detectCaption)).toBe('It is a PR project.Freedom LegionIn what it described, it pledged to fight.\nThe soldier said.Freedom LegionThe unit is active.\nIt was more PR than reality.Freedom LegionPonomarenko said so.');
  });

  it('keeps a verbless sentence when no credit recurs after it', () => {
    const text = 'It was more PR than reality. Rally in support of the Legion in Toronto, Canada. Ponomarenko said so.';
    expect(after(text, detectCaption)).toBe(text);
  });

  it.each([
    ['a sentence about a photo', 'The photo, taken on Tuesday, shows the bridge after the storm.'],
    ['a short paragraph', 'Nobody was hurt.'],
    ['a sentence with a slash in parentheses', 'The vote was 5-4 (with one abstention) on the 2024/25 budget.'],
  ])('keeps %s', (_name, line) => {
    expect(after(`${PROSE}\n\n${line}`, detectCaption)).toBe(`${PROSE}\n${line}`);
  });
});
