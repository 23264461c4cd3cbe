import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.js';
import { isChromeFact, isChromeLine } from '../../src/detect/classify-lines.js';
import { isCreditLine } from '../../src/detect/detect-photo-credit.js';
import { factsOfLine, lowerKey, tallyOf, titleCaseOf, type LineFacts } from '../../src/detect/line-facts.js';
import { createLineMemo, forgetLineMemos, keepLine, LINE_MEMO_SIZE, LINE_TABLE_SIZE, rememberLine } from '../../src/detect/line-memo.js';
import { countWords } from '../../src/detect/line-shape.js';
import { titleCaseRatio } from '../../src/detect/line-case.js';
import { tallyWords } from '../../src/detect/stop-language.js';
import { CREDIT_SOURCE, PICTURE_AGENCY_SOURCE } from '../../src/data/chrome-phrases.js';
import { runs } from '../setup/properties.js';

// The facts record answers for the plain functions it stands in for; each is checked against the plain
// computation on random lines and on real-looking ones.

const piece = fc.constantFrom(' ', '\t', '\u00a0', '\ufeff', 'Photo:', 'Getty Images', 'AP', 'Reuters', '/', ',', '.', '©', '2024',
  'All rights reserved', 'Subscribe', 'Sign up for our newsletter', 'Home', 'the', 'The', 'mayor', 'said', 'Σ', 'İ', '東京', '😀', '|');
const line = fc.oneof(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 30 }));
const real = [
  'Photo: Damian Dovarganes, AP', '  Michael Conroy, AP  ', 'Jane Doe | Bloomberg | Getty Images', 'The photos were taken by AP.',
  'Sign up for our newsletter', 'Subscribe', '© 2024 Daily Ledger. All rights reserved.', 'Home', '\tAdvertisement ',
  'The council voted on Monday to close the bridge for repairs, officials said.', '', '   ', 'Getty',
];

/** The plain credit test, as `isCreditLine` was written before the facts record (the same data, no record). */
const OPENER = new RegExp(`^(?:${CREDIT_SOURCE})`, 'iu');
const AGENCY_END = new RegExp(`(?:^|[\\s/|,(])(?:${PICTURE_AGENCY_SOURCE})\\)?$`, 'iu');
function plainCredit(text: string): boolean {
  const t = text.trim();
  const words = countWords(t);
  return (OPENER.test(t) && words <= 15) || (words <= 8 && !/[.!?]$/.test(t) && AGENCY_END.test(t));
}

describe('line facts', () => {
  it('hold the trimmed line, its word count, its key, its tally and its Title Case ratio', () => {
    fc.assert(fc.property(line, (t) => {
      const f = factsOfLine(t);
      expect(f.trimmed).toBe(t.trim());
      expect(f.words).toBe(countWords(t));
      expect(f.words).toBe(countWords(t.trim()));
      expect(lowerKey(f)).toBe(t.trim().toLowerCase());
      expect(tallyOf(f)).toEqual(tallyWords(t.toLowerCase()));
      expect(titleCaseOf(f)).toBe(titleCaseRatio(t));
      expect(titleCaseOf(f)).toBe(titleCaseRatio(t.trim()));
    }), runs(300));
  });

  it('take a long line\'s word count from its tally only where the two counts agree', () => {
    // Lines of 30 code units or more are tallied when their record is made; on these characters the tally's
    // runs (of the line lower-cased) and countWords part: İ (lower-cased with a combining dot), an emoji (a
    // surrogate pair inside a word), a Han run, a combining dot of the line's own.
    const odd = [
      'İSTANBUL BELEDİYESİ said the new bridge would open soon.', 'The match ended 2-1a😀b after extra time was played.',
      'The mayor of 東京 said the new bridge would open soon.', 'The mayor said the i\u0307stanbul bridge would open soon.',
      '  The council voted on Monday to close the bridge for repairs.  ',
    ];
    for (const t of odd) {
      const f = factsOfLine(t);
      expect(f.words, t).toBe(countWords(t.trim()));
      expect(tallyOf(f), t).toEqual(tallyWords(t.trim().toLowerCase()));
    }
    expect(tallyWords(odd[0]!.toLowerCase()).words).not.toBe(countWords(odd[0]!));
    expect(tallyWords(odd[1]!.toLowerCase()).words).not.toBe(countWords(odd[1]!));
  });

  it('answer isChromeLine of the trimmed line', () => {
    for (const t of real) expect(isChromeFact(factsOfLine(t)), t).toBe(isChromeLine(t.trim()));
    fc.assert(fc.property(line, (t) => {
      expect(isChromeFact(factsOfLine(t))).toBe(isChromeLine(t.trim()));
    }), runs(300));
  });

  it('answer isCreditLine as the plain test does, for a line and its trimmed text', () => {
    for (const t of real) expect(isCreditLine(t), t).toBe(plainCredit(t));
    fc.assert(fc.property(line, (t) => {
      expect(isCreditLine(t)).toBe(plainCredit(t));
      expect(isCreditLine(t.trim())).toBe(plainCredit(t));
    }), runs(300));
  });

  it('answer isCreditLine as its definition does', () => {
    expect(isCreditLine('Photo: Damian Dovarganes, AP')).toBe(true);
    expect(isCreditLine('  Michael Conroy, AP  ')).toBe(true);
    expect(isCreditLine('The photos were taken by AP.')).toBe(false);
    expect(isCreditLine('Photo: ' + 'word '.repeat(15))).toBe(false);
  });
});

describe('line facts of a line met once, twice and again', () => {
  // A line met for the first time gets a record for its run alone; from its second meeting on, the record of
  // the process-wide table. Every record answers the same.
  it('answer the same from a run record and from the table, and are kept from the second meeting', () => {
    let k = 0;
    fc.assert(fc.property(line, (t) => {
      const text = `${t} ${k++} met`;
      const records: LineFacts[] = [];
      for (let meeting = 0; meeting < 3; meeting++) {
        const f = factsOfLine(text);
        records.push(f);
        expect(factsOfLine(text)).toBe(f); // the run's memo
        expect(f.trimmed).toBe(text.trim());
        expect(f.words).toBe(countWords(text));
        expect(tallyOf(f)).toEqual(tallyWords(text.toLowerCase()));
        expect(titleCaseOf(f)).toBe(titleCaseRatio(text));
        expect(isChromeFact(f)).toBe(isChromeLine(text.trim()));
        expect(isCreditLine(text)).toBe(plainCredit(text));
        forgetLineMemos();
      }
      expect(records[2]).toBe(records[1]);
    }), runs(300));
  });

  it('answer the same for lines sharing their first 24 code units and length (one slot of the filter)', () => {
    const head = 'The council voted on Mon';
    const lines = ['day to close the bridge.', 'day to open the bridges.', 'day, officials said: no.'].map((tail) => head + tail);
    for (let meeting = 0; meeting < 3; meeting++) {
      for (const text of lines) {
        const f = factsOfLine(text);
        expect(f.trimmed).toBe(text);
        expect(f.words).toBe(countWords(text));
        expect(tallyOf(f)).toEqual(tallyWords(text.toLowerCase()));
      }
      forgetLineMemos();
    }
  });
});

describe('line memos', () => {
  it('start over when full, and are forgotten when a run ends', () => {
    const memo = createLineMemo<number>();
    for (let k = 0; k < LINE_MEMO_SIZE; k++) rememberLine(memo, `line ${k}`, k);
    expect(memo.map.size).toBe(LINE_MEMO_SIZE);
    rememberLine(memo, 'one more', 1);
    expect(memo.map.size).toBe(1);
    forgetLineMemos();
    expect(memo.map.size).toBe(0);
    rememberLine(memo, 'a line', 1);
    clean('Home\n\nThe council voted on Monday to close the bridge for repairs, officials said.', { lang: false });
    expect(memo.map.size).toBe(0);
  });
});

describe('process-wide line tables (keepLine)', () => {
  it('keep a value under the line, start over past LINE_TABLE_SIZE lines, and are not emptied when a run ends', () => {
    const table = new Map<string, number>();
    const line = 'The council voted on Monday to close the bridge for repairs.';
    expect(keepLine(table, line, 7)).toBe(7);
    expect(table.get(line)).toBe(7);
    for (let k = 0; table.size <= LINE_TABLE_SIZE; k++) keepLine(table, `line ${k}`, k);
    expect(table.size).toBe(LINE_TABLE_SIZE + 1);
    keepLine(table, 'one more', 1);
    expect([...table]).toEqual([['one more', 1]]);
    forgetLineMemos();
    expect(table.size).toBe(1);
  });
});
