import { describe, expect, it } from 'vitest';
import { detectRelatedLinks, isHeadlineShaped } from '../../src/detect/detect-related-links.js';
import { PROSE, after } from './context.js';

describe('detectRelatedLinks', () => {
  it.each([
    ['"Related posts" and headlines alternating with a site name',
      'Related posts\n\nBiden Bets High-Level Diplomacy Can Cool Relations\n\nsitename\n\nHow Japan Changed America’s View of Asia\n\nsitename'],
    ['"[Section] - Headline" lines', '[Russia] - Interior Ministry Issues Arrest Warrant\n\n[Russia] - Airport Welcomes First Flight\n\nU.K. Sanctions Russian GRU Agents Over Attacks'],
    ['a run of Title Case headlines', 'Weston Captures Seventh Straight Swim Title\nSeymour Sweeps Weston in Volleyball\nPolice Say Man Threatened to Stab Clerk\nHimes Rips Trump Tweets as Intimidation'],
    ['"Most Read" and a numbered list', 'Most Read\n\n1\n\nLongtime gunmaker leaving state for Wyoming\n\n2\n\nTeacher realizes dream on game show'],
    ['teasers: headline, summary, age', 'More in World\n\nWoman Risks Her Life to Save a Koala\n\nAt least six people have died and hundreds of homes have been destroyed by bushfires.\n\n14H ago\n\nTwo Troops Killed in Helicopter Crash\n\n2H ago'],
  ])('removes %s', (_name, list) => {
    expect(after(`${PROSE}\n\n${list}`, detectRelatedLinks)).toBe(PROSE);
  });

  it('stops at the next paragraphs of prose', () => {
    expect(after(`${PROSE}\n\nTrending News\n\nMan Arrested After Victims Found in Car\n\nJail Guards Charged With Falsifying Records\n\n${PROSE}\n\n${PROSE}`, detectRelatedLinks)).toBe(`${PROSE}\n${PROSE}\n${PROSE}`);
  });

  it.each([
    ['a list inside the article, introduced by a colon', 'The teams that qualified:\nSwitzerland (Group D): Fifth Appearance\nDenmark (Group D): Ninth Appearance\nItaly (Group J): Tenth Appearance\nSpain (Group F): Eleventh Appearance'],
    ['a list in sentence case', 'Eat 60 minutes before your workout\nDrink during your workout\nDrink within 30 minutes after your workout\nEat every two to three hours'],
    ['a dated schedule', 'June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre\nJune 10 – Tampa, FL @ Credit Union Amphitheatre\nJune 14 – Alpharetta, GA @ Ameris Bank Amphitheatre\nJune 17 – Nashville, TN @ Bridgestone Arena'],
    ['a table', '1 Kyle Busch 5040 5 1 17 27\n2 Martin Truex Jr. 5035 7 0 15 24\n3 Kevin Harvick 5033 4 6 15 26\n4 Denny Hamlin 5027 6 3 19 24'],
    ['a short subheading between paragraphs', `US FALLS\n${PROSE}\nFRANCE WINS`],
  ])('keeps %s', (_name, block) => {
    expect(after(`${PROSE}\n\n${block}`, detectRelatedLinks)).toBe(`${PROSE}\n${block}`);
  });

  it('knows a headline from a sentence', () => {
    expect(isHeadlineShaped('Who Are the Soldiers Behind the Free Russia Legion?')).toBe(true);
    expect(isHeadlineShaped('The soldiers said they struggled to explain their decision.')).toBe(false);
  });
});
