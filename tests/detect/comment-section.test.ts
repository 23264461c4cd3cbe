import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectCommentSection } from '../../src/detect/detect-comment-section.js';
import { countWords } from '../../src/detect/line-shape.js';
import { PROSE, after, context } from './context.js';
import { runs } from '../setup/properties.js';

/** The author-line pattern as the rule holds it, tested on the whole line (the rule first tests the line's end). */
const AUTHOR_SAID = /^\p{Lu}[\p{L}'’.-]*(?: [\p{L}\d'’.,-]+){0,7} (?:said|says|wrote|dijo|disse|schrieb|a dit)(?:\.\.\.|…|:)?$/u;

describe('detectCommentSection', () => {
  it.each([
    ['Post a Comment', `${PROSE}\n\nPost a Comment`, PROSE],
    ['Enter comments here:', `${PROSE}\n\nEnter comments here:`, PROSE],
    ['Leave a Reply and everything after', `${PROSE}\n\nLeave a Reply\n\nJane: great article!\n\nBob: no.`, PROSE],
    ['"Name said..." author lines', `${PROSE}\n\nRebekah Roperto said...\n\nBest tutoring, click https://x.example for more details\n\nPost a Comment`, PROSE],
    ['"12 Comments"', `${PROSE}\n\n12 Comments\n\nNice.`, PROSE],
    ['Portuguese header', `${PROSE}\n\nDeixe um comentário\n\nÓtimo texto.`, PROSE],
  ])('removes a comment section: %s', (_name, input, expected) => {
    expect(after(input, detectCommentSection)).toBe(expected);
  });

  it.each([
    ['a sentence that mentions comments', `${PROSE}\n\nThe mayor declined to post a comment on the plan, her office said.\n\nMore prose.`],
    ['"Comments" in the menu above the article', `Home\nComments\nSports\n\n${PROSE}`],
    ['a one-line quote', `${PROSE}\n\n“We will rebuild it,” she said.`],
    ['a reporter reaching out for comment', `${PROSE}\n\nNewsweek reached out to the Free Russia Legion for comment.`],
  ])('keeps %s', (_name, input) => {
    expect(after(input, detectCommentSection)).toBe(input.split('\n').filter((l) => l.trim()).join('\n'));
  });

  it('opens a section at an author line exactly where the whole-line pattern matches', () => {
    const piece = fc.constantFrom('Jane', 'Rebekah Roperto', 'on', 'March 3, 2019', 'said', 'says', 'wrote', 'dijo', 'disse',
      'schrieb', 'a dit', 'Ana', 'at 9:24', '...', '…', ':', 'x', 'Müller', 'it', 'i', 'asaid', 'wrote:', 'said...', 'a', 'dit');
    const line = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 9 }), fc.constantFrom(' ', '')).map(([p, sep]) => p.join(' ') + sep);
    let matched = 0;
    fc.assert(fc.property(line, (l) => {
      if (AUTHOR_SAID.test(l.trim())) matched++;
      const found = detectCommentSection(context(`${PROSE}\n\n${l}`)).some((f) => f.reason.includes('author line'));
      expect(found).toBe(countWords(l) <= 8 && AUTHOR_SAID.test(l.trim()));
    }), runs(500));
    expect(matched).toBeGreaterThan(0);
  });

  it('removes a line of comment spam (promotional text with a link) outside a comment section', () => {
    const spam = 'Cheap tutoring for kids, click https://tutor.example/bekasi.html for more details';
    expect(after(`${PROSE}\n\n${spam}\n\n${PROSE}`, detectCommentSection)).toBe(`${PROSE}\n${PROSE}`);
  });

  it('finds comment spam exactly where the whole-line pattern matches, whatever the case of the link (property)', () => {
    // The rule searches only lines holding `://`: every match of the pattern holds one, `HTTP`, `hTtPs` or
    // `httpſ` (a long s folds to s under /iu) alike.
    const SPAM = /\b(?:click|visit|go to|check out|contact us|call us|whatsapp|for (?:more )?(?:details|information|info))\b[^\n]{0,200}https?:\/\/|https?:\/\/\S+[^\n]{0,80}\bfor (?:more )?(?:details|information|info)\b/iu;
    const piece = fc.constantFrom('click', 'Visit', 'go to', 'for more details', 'FOR INFO', 'http://', 'HTTPS://', 'hTtPs://', 'httpſ://', 'http:/', 'http', '://', 'x.example/a', 'tutor', ' ', ':', '/');
    const line = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(' '));
    let matched = 0;
    fc.assert(fc.property(line, (l) => {
      if (SPAM.test(l.trim())) matched++;
      const found = detectCommentSection(context(`${PROSE}\n\n${l}\n\n${PROSE}`)).some((f) => f.reason.includes('spam'));
      expect(found).toBe(SPAM.test(l.trim()));
    }), runs(500));
    expect(matched).toBeGreaterThan(0);
  });
});

