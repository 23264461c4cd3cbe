import { describe, expect, it } from 'vitest';
import { authorName, extractByline } from '../../src/extract/extract-byline.js';
import { extractDate } from '../../src/extract/extract-date.js';
import { extractSignOff } from '../../src/extract/extract-sign-off.js';
import { extractTitle, isTitleLike } from '../../src/extract/extract-title.js';
import { clean } from '../../src/pipeline/clean.js';
import { PROSE, PROSE2, context } from '../detect/context.js';

const BODY = `${PROSE}\n\n${PROSE2}`;
const value = (fs: readonly { field?: { value: string } }[]) => fs[0]?.field?.value ?? null;

describe('isTitleLike', () => {
  it.each([
    ['a headline', 'Nadal keeps Spain alive in Davis Cup', true],
    ['a sentence', 'Nadal kept Spain alive on Friday.', false],
    ['a byline', 'By Jane Doe', false],
    ['previous/next navigation, split at its seam', 'Previous article Some Title Here', false],
    ['previous/next navigation, fused', 'Next articleFarmers Market Returns to the Square', false],
  ])('%s: %j -> %s', (_name, line, expected) => {
    expect(isTitleLike(line)).toBe(expected);
  });
});

describe('extractTitle', () => {
  it.each([
    ['the first line above the body', `Putin’s Deserters Poised to Fight\n\n${BODY}`, 'Putin’s Deserters Poised to Fight'],
    ['the page title repeated as the heading (suffix left out)', `New SUVs Highlight L.A. Auto Show - Connecticut Post\n\nHome\nNews\n\nNew SUVs Highlight L.A. Auto Show\n\n${BODY}`, 'New SUVs Highlight L.A. Auto Show'],
    ['the line above the body past the blog name and date', `A Blog by Jane Doe\n\nFeb 12, 2023\n\nThe Free Russia Legion - Russian Volunteers Fighting For Ukraine\n\n${BODY}`, 'The Free Russia Legion - Russian Volunteers Fighting For Ukraine'],
    ['a " | Site" suffix left out of the value', `Why Beijing Will Act | Washington Examiner\n\n${BODY}`, 'Why Beijing Will Act'],
  ])('takes %s', (_name, input, expected) => {
    expect(value(extractTitle(context(input)))).toBe(expected);
  });

  it('takes every copy of a title printed three times', () => {
    const input = `My Blog\nWorld News\n\nWho Are the Soldiers?\n\nWho Are the Soldiers?\nWho Are the Soldiers?\n\n${BODY}`;
    const doc = clean(input);
    expect(doc.title).toBe('Who Are the Soldiers?');
    expect(doc.text).toBe(BODY);
    expect(doc.edits.filter((e) => e.rule === 'title')).toHaveLength(3);
  });

  it.each([
    ['the first body paragraph', BODY],
    ['a one-word section label', `Russia\n\n${BODY}`],
    ['a photo credit', `Photo Credit: Jane Doe\nVolunteers at the border, June 23, 2022.\n\n${BODY}`],
    ['a byline', `By Jane Doe\n\n${BODY}`],
  ])('does not take %s', (_name, input) => {
    expect(extractTitle(context(input))).toEqual([]);
  });
});

describe('extractByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['by Bryan DeArdo', 'Bryan DeArdo'],
    ['By\nSarah E. Needleman', 'Sarah E. Needleman'],
    ['Jane Doe | Reuters', 'Jane Doe | Reuters'],
    ['Tom Krisher, AP Auto Writer', 'Tom Krisher, AP Auto Writer'],
    ['September 10, 2018 | by Catherine', 'Catherine'],
  ])('takes %j', (line, expected) => {
    expect(value(extractByline(context(`Headline Here Today\n\n${line}\n\n${BODY}`)))).toBe(expected);
  });

  it('keeps "by" inside a sentence', () => {
    expect(extractByline(context(`${PROSE}\n\nThe bridge was built by Jane Doe and her brother in 1921.`))).toEqual([]);
  });

  it('leaves an author line closing the article to sign-off', () => {
    expect(extractByline(context(`${PROSE}\n\nBy Jane Doe`))).toEqual([]);
  });
});

describe('authorName', () => {
  it.each([
    ['By Priya Natarajan', 'Priya Natarajan'],
    ['by Bryan DeArdo |', 'Bryan DeArdo'],
    ['Jane Doe | Reuters', 'Jane Doe | Reuters'],
    ['Stories by Jane Doe and friends', 'Stories by Jane Doe and friends'],
  ])('%j -> %j', (line, expected) => {
    expect(authorName(line)).toBe(expected);
  });
});

describe('extractSignOff', () => {
  it('takes an author line closing the article (a sign-off byline)', () => {
    expect(value(extractSignOff(context(`${PROSE}\n\nBy Jane Doe`)))).toBe('Jane Doe');
  });

  it('takes it when the noise below it is gone (clean runs it after the noise rules)', () => {
    const doc = clean('The council voted on Monday. The bridge will close for repairs in the spring.\nBy Jane Doe\nHome');
    expect(doc.byline).toBe('Jane Doe');
    expect(doc.text).not.toContain('Jane Doe');
  });

  it.each([
    ['a closing sentence that opens with "By"', 'By Monday the bridge was open again.'],
    ['a short closing line that opens with "By"', 'By Tuesday.'],
    ['a longer closing line', 'By Jane Doe and the town engineers of Mill Street'],
  ])('keeps %s', (_name, last) => {
    expect(extractSignOff(context(`${PROSE}\n\n${last}`))).toEqual([]);
  });
});

describe('extractDate', () => {
  it.each([
    ['Feb 12, 2023', 'Feb 12, 2023'],
    ['Nov 18, 2019 at 9:24 pm ET • 2 min read', 'Nov 18, 2019 at 9:24 pm ET'],
    ['Updated 1:39 am EST, Wednesday, November 20, 2019', '1:39 am EST, Wednesday, November 20, 2019'],
    ['12 February 2023', '12 February 2023'],
    ['2016.12.01', '2016.12.01'],
  ])('takes %j', (line, expected) => {
    expect(value(extractDate(context(`Headline Here Today\n\n${line}\n\n${BODY}`)))).toBe(expected);
  });

  it('keeps a date inside a sentence', () => {
    expect(extractDate(context(`Headline Here Today\n\nThe vote on Feb 12, 2023 was close, the council said.\n\n${BODY}`))).toEqual([]);
  });

  it('takes the date and the byline from one line, each its part', () => {
    const doc = clean(`Headline Here Today\n\nSeptember 10, 2018 | by Catherine\n\n${BODY}`);
    expect([doc.title, doc.byline, doc.date]).toEqual(['Headline Here Today', 'Catherine', 'September 10, 2018']);
    expect(doc.text).toBe(BODY);
  });
});
