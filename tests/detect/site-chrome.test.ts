import { describe, expect, it } from 'vitest';
import { detectSiteChrome } from '../../src/detect/detect-site-chrome.js';
import { PROSE, after } from './context.js';

describe('detectSiteChrome', () => {
  it.each([
    ['menu items and buttons', 'Subscribe\nSign In\nAdvertisement'],
    ['subscribe / advertise / merchandise / contribute', 'ADVERTISE\nMerchandise (Peace Series)\nUnlimited Portal Access + Monthly Magazine - 12 issues\nContribute US to Start Broadcasting - It\'s Voluntary!'],
    ['"Follow us" lines', 'Follow The New York Times Opinion section on Facebook, Twitter and Instagram.\nSign up for our newsletter'],
    ['a copyright line', '© 2019 Hearst Communications, Inc.'],
    ['a reporting credit', '(Reporting by Will Dunham; Editing by Tom Brown)'],
  ])('removes %s after the article', (_name, chrome) => {
    expect(after(`${PROSE}\n\n${chrome}`, detectSiteChrome)).toBe(PROSE);
  });

  it('removes a blog name and a section label above the article, and an author blurb after it', () => {
    expect(after(`My Blog\nWorld News\n\n${PROSE}\n\nDavid writes news at`, detectSiteChrome)).toBe(PROSE);
  });

  it.each([
    ['a sentence that mentions subscribing', 'Readers who subscribe to the paper will get the map in print on Sunday.'],
    ['a short one-line paragraph', 'It worked.'],
    ['a quoted sentence', '“Follow the money,” he told the committee.'],
    ['a sentence that mentions photos', 'The photos were published by the agency on Tuesday, officials said.'],
    ['a sentence that mentions related news', 'The council said the related news reports had overstated the cost.'],
    ['a sentence that mentions more stories', 'Officials said more stories like this would surface as the audit went on.'],
  ])('keeps %s', (_name, line) => {
    expect(after(`${PROSE}\n\n${line}`, detectSiteChrome)).toBe(`${PROSE}\n${line}`);
  });
});
