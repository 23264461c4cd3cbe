import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apostropheRule, apostropheStyle } from '../../src/repair/restore-apostrophe.js';
import { previousWord } from '../../src/repair/apostrophe/words-around.js';
import { runs } from '../setup/properties.js';
import { runOne } from './helpers.js';

const fix = (t: string) => runOne(apostropheRule, t);

// Seed 004's damage: apostrophes stripped from the body, while a few survive.
const STRIPPED = 'Units from Georgians to Belarusians operating in Ukraine. The Kremlins war against Ukraine is one many Russians dont want to fight. Kyiv said over 100 soldiers gave themselves up to Kyivs forces. It doesnt mean that people join us. Its clearer with the International Legion, he said. One of the legions most closely guarded secrets is its size. A recent report in Harpers Magazine described it. Putin and his allies want to get rid of Putins regime, a symbol of Russias anti-war movement. Russia said so, and pro-Kremlin channels agreed.';

describe('apostrophe', () => {
  it('restores contractions and proper-noun possessives in a stripped document', () => {
    const out = fix(STRIPPED);
    for (const s of ["Kremlin's war", "Russians don't", "Kyiv's forces", "It doesn't", "It's clearer", "Putin's regime", "Russia's anti-war"]) {
      expect(out).toContain(s);
    }
  });

  it('leaves ambiguous forms alone', () => {
    const out = fix(STRIPPED);
    for (const s of ['many Russians', 'the legions most', 'is its size', 'Harpers Magazine', 'to Belarusians operating']) expect(out).toContain(s);
  });

  it.each([
    ['Its not over and its a fact that its been hard.', "It's not over and it's a fact that it's been hard."],
    ['Well be testing it. Were not certain. Ill see. Im sure. Ive been there.', "We'll be testing it. We're not certain. I'll see. I'm sure. I've been there."],
    ['Lets talk about it. They wont stop and we cant win.', "Let's talk about it. They won't stop and we can't win."],
    ['Dont go. DONT go. Youre here and theyve left.', "Don't go. DON'T go. You're here and they've left."],
    ['Today, were going home and Id appreciate it. Ive realized that Ill show you.', "Today, we're going home and I'd appreciate it. I've realized that I'll show you."],
    ['NASA said NASAs rocket flew. NASA and NGOs and the NGO met. McKinley said McKinleys office agreed.', "NASA said NASA's rocket flew. NASA and NGOs and the NGO met. McKinley said McKinley's office agreed."],
    // After a determiner of one thing a plural cannot stand: a possessive, even though the plural is a word.
    ['It gave him a farmers tan before this weeks hearing and every parents nightmare.', "It gave him a farmer's tan before this week's hearing and every parent's nightmare."],
    ['So lets be honest and lets talk.', "So let's be honest and let's talk."],
    // A recurring acronym possessive, when the acronym reads as a name (alone, never counted).
    ['NASA said it. NASA agreed. NASAs plans changed and NASAs rocket flew.', "NASA said it. NASA agreed. NASA's plans changed and NASA's rocket flew."],
    // A name's possessive before a frequent word that opens a noun phrase, or before a number.
    ['Hawley said so. Hawleys second film and Californias state agency. Holcomb got Holcombs 2016 campaign and Disneys $6.99 plan.', "Hawley said so. Hawley's second film and California's state agency. Holcomb got Holcomb's 2016 campaign and Disney's $6.99 plan."],
  ])('restores with strong evidence in a stripped text: %j', (input, expected) => {
    const pad = ' Many dont know and doesnt care.';
    expect(fix(input + pad)).toBe(expected + " Many don't know and doesn't care.");
  });

  it.each([
    'The Russians were there and the Georgians fought too; it was well known and he felt ill.',
    'The company said its profits rose and its shares fell, as was his wont.',
    "The Kremlin's war, Kyiv's forces and Putin's regime are written with apostrophes here.",
  ])('leaves a text with apostrophes (or without stripped ones) alone: %j', (input) => {
    expect(fix(input)).toBe(input);
  });

  it.each([
    'A rack that makes room, a sales tax, a news report, a means test, the last weeks ago, a sports car.',
    'She lets go of the rope; it lets users see; robot vacuums to clean.',
    'He drove an SUV. The SUV was new. SUVs sold well and SUVs cost more.',
    // Plurals before a frequent word or a number: a plural the lexicon lists, a demonym, a lower-case noun.
    'The Giants first won in 1990 and the Americans state it; the Russians 2016 plan, two companies 2019 reports.',
  ])('leaves plurals and verbs alone in a stripped text: %j', (input) => {
    const pad = ' Many dont know and doesnt care.';
    expect(fix(input + pad)).toBe(input + " Many don't know and doesn't care.");
  });

  it('uses the apostrophe the document already uses', () => {
    expect(apostropheStyle('it’s here and that’s it')).toBe('’');
    expect(apostropheStyle("it's here and that's it")).toBe("'");
    expect(apostropheStyle('“quoted” text without apostrophes')).toBe('’');
    expect(apostropheStyle('plain text')).toBe("'");
    expect(fix('It’s sure. They dont know and it doesnt matter.')).toBe('It’s sure. They don’t know and it doesn’t matter.');
  });

  it('counts the apostrophes between letters as /\\p{L}[\'’]\\p{L}/gu finds them (never two sharing a letter)', () => {
    const byRegex = (text: string): string => {
      let curly = 0;
      let straight = 0;
      for (const m of text.matchAll(/\p{L}['’]\p{L}/gu)) {
        if (m[0][1] === '’') curly++;
        else straight++;
      }
      return curly !== straight ? (curly > straight ? '’' : "'") : /[“”]/.test(text) ? '’' : "'";
    };
    const PIECES = ["'", '’', 'a', 'b', 'é', ' ', '“', '\ud835\udc00', '\ud835', '\udc00', '\ud83d\udc4d', '1', "a'b'c", 'a’b’c', "’'"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (parts) => {
        const t = parts.join('');
        expect(apostropheStyle(t)).toBe(byRegex(t));
      }),
      runs(500),
    );
    expect(apostropheStyle("a'b'c d’e f’g")).toBe('’'); // one straight match, not two
  });

  it('only inserts apostrophes', () => {
    const out = fix(STRIPPED);
    expect(out.replace(/'/g, '')).toBe(STRIPPED);
  });
});

describe('apostrophe word lists', () => {
  it('never mistakes constructor or other prototype names for contractions', () => {
    const t = 'The constructor and the tostring said they dont know and doesnt care. Constructors build.';
    expect(runOne(apostropheRule, t)).toBe("The constructor and the tostring said they don't know and doesn't care. Constructors build.");
  });
});

describe('previousWord (the word before a candidate, read backwards)', () => {
  /** The regex it replaces, as the reference. */
  const byRegex = (text: string, at: number): string => /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
  const PIECES = ['the', 'Kyiv', 'a', ' ', '  ', '\n', '\r', '\u000b', '\u2028', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', ',', '.', '’', '-',
    'é', 'Москва', '東京', '\ud835\udc00', '\ud835', '\udc00', '\ud83d\udc4d', '1', 'x'.repeat(28)];
  const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

  it('finds what /(\\p{L}+)\\s+$/u finds in the 30 code units before, at every offset', () => {
    fc.assert(
      fc.property(piecesText, (t) => {
        for (let at = 0; at <= t.length; at++) expect(previousWord(t, at)).toBe(byRegex(t, at));
      }),
      runs(300),
    );
  });

  it.each([
    ['the Kyivs forces', 4, 'the'],
    ['of  Kyivs', 4, 'of'],
    ['war, Kyivs', 5, ''], // punctuation between
    ['Kyivs', 0, ''],
    ['said\u00a0Putins', 5, 'said'],
    ['\ud835\udc00\ud835\udc01 Putins', 5, '\ud835\udc00\ud835\udc01'], // letters outside the BMP
    [`${'x'.repeat(40)} Putins`, 41, 'x'.repeat(29)], // no further back than 30 code units
  ])('%j before %i: %j', (text, at, word) => {
    expect(previousWord(text, at)).toBe(word);
  });
});
