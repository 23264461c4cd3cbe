import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STOP_SETS } from '../../src/data/stopwords.js';
import { detectPhotoCredit, findFusedCredits, isCreditLine } from '../../src/detect/detect-photo-credit.js';
import { countWords } from '../../src/detect/line-shape.js';
import { titleCaseRatio } from '../../src/detect/line-case.js';
import { splitLines } from '../../src/parse/split-lines.js';
import { forgetLineMemos } from '../../src/detect/line-memo.js';
import { runs } from '../setup/properties.js';
import { PROSE, after } from './context.js';

describe('detectPhotoCredit', () => {
  it.each([
    ['Photo Credit: Just Click\'s With A Camera', ''],
    ['Image Credit: WeWork', ''],
    ['Photo: Damian Dovarganes, AP', ''],
    ['Michael Conroy, AP', ''],
    ['Sanjeev Verma/Hindustan Times/Getty Images', ''],
    ['...against their own nation.PHOTOS BY SPENCER PLATT/GETTY IMAGES', '...against their own nation.'],
    // The credit's slash is the line's last; another stands more than 82 code units before the end.
    ['The 24/7 hotline took calls from across the region all night, and the council thanked the volunteers who staffed it. Jane Doe/Reuters',
      'The 24/7 hotline took calls from across the region all night, and the council thanked the volunteers who staffed it.'],
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

describe('findFusedCredits', () => {
  // The fragment pattern as the rule builds it, tried at every sentence start with no cheap test before it.
  const CAPITAL_STOPWORD = `(?:${[...new Set([...STOP_SETS.values()].flatMap((set) => [...set]))]
    .filter((w) => w.length > 1 && /^\p{L}+$/u.test(w))
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('|')})`;
  const FRAGMENT = new RegExp(`(?<=[.!?”"’)] ?)\\p{Lu}[^.!?\\n]{1,60}?\\p{Lu}\\p{Ll}{2,}(?=\\p{Lu}\\p{Ll}| ${CAPITAL_STOPWORD} \\p{Ll})`, 'gu');
  const fragments = (text: string): string[] => [...text.matchAll(FRAGMENT)].map((m) => `${m.index}:${m[0]}`);
  const pieces = ['project.', 'Freedom', 'of', 'Russia', 'Legion', 'LegionIn', 'In', 'what', 'The', 'the', 'most', 'Über', 'über', 'Été',
    '’', '”', '.', '!', ')', ' ', 'é', 'É', 'Ab', 'said.', 'New', 'York', 'Der', 'ist', '\u{1d400}', 'a', 'Aa'];
  const line = fc.tuple(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), fc.constantFrom('', ' ')).map(([p, sep]) => p.join(sep));

  it('finds each recurring fragment the plain pattern finds, at the same places', () => {
    fc.assert(fc.property(line, line, (a, b) => {
      const text = `${a}\n${b}\n${a}`;
      const found = findFusedCredits(splitLines(text));
      // Every fragment the rule keeps is a match of the plain pattern, and every match of the plain pattern that
      // recurs (in Title Case, of 8 words or fewer) is kept.
      const plain = new Set(fragments(text));
      for (const [fragment, spans] of found) {
        for (const sp of spans) expect(text.slice(sp.start, sp.end)).toBe(fragment);
        expect([...plain].some((p) => p.endsWith(`:${fragment}`))).toBe(true);
      }
      const counts = new Map<string, number>();
      for (const p of plain) {
        const f = p.slice(p.indexOf(':') + 1);
        counts.set(f, (counts.get(f) ?? 0) + 1);
      }
      for (const [f, n] of counts) {
        const tc = titleCaseRatio(f);
        if (n >= 2 && countWords(f) <= 8 && tc !== null && tc >= 0.6) expect(found.has(f), f).toBe(true);
      }
      // Met again (the lines' facts now say whether each holds a fragment), the same credits at the same places.
      forgetLineMemos();
      expect(findFusedCredits(splitLines(text))).toEqual(found);
      forgetLineMemos();
      expect(findFusedCredits(splitLines(`${text}\n`))).toEqual(found);
    }), runs(500));
  });
});
