import { describe, expect, it } from 'vitest';
import { compareNames, compareTokens, isDerivedForm, isGenderPair } from '../../src/variants/compare-names.js';

describe('compareNames: spelling variants join', () => {
  it.each([
    ['Volobuyev', 'Volubuev'],
    ['Caesar', 'Tsezar'],
    ['Slutsky', 'Slutskiy'],
    ['Lukashenka', 'Lukashenko'],
    ['Belarusians', 'Belarussians'],
    ['Free Russia Legion', 'Freedom of Russia Legion'],
    ['Free Russia Legion', 'Free Russian Legion'],
    ['Igor Volobuyev', 'Igor Volubuev'],
    ['Viktor Grigoriyevich Golovanov', 'Viktar Hryhoryavich Halavanau'],
    ['Aleksandr Leonidovich Zimovsky', 'Aliaksandr Leanidavich Zimouski'],
    ['Rafatnejad', 'Rafat Nejad'],
    ['Viktor Golovanov', 'Viktor Grigoriyevich Golovanov'],
  ])('%s ~ %s', (a, b) => {
    const m = compareNames(a, b);
    expect(m).not.toBeNull();
    expect(m!.score).toBeGreaterThanOrEqual(0.6);
    expect(m!.evidence.length).toBeGreaterThan(0);
  });
});

describe('compareNames: traps stay apart', () => {
  it.each([
    ['Austria', 'Australia', 'one real edit plus a vowel: two countries'],
    ['Ivanov', 'Ivanova', 'gendered forms: different people by policy'],
    ['Sergeev', 'Sergeeva', 'gendered forms'],
    ['Zhukovsky', 'Zhukovskaya', 'gendered forms'],
    ['Russia', 'Russian', 'a word and its derivative'],
    ['Russian', 'Russians', 'plural'],
    ['Russias', 'Russian', 'derived forms of one stem'],
    ['Georgia', 'Georgians', 'derived'],
    ['Ukraine', 'Ukrainian', 'derived'],
    ['International Legion', 'Free Russia Legion', 'only the head word is shared'],
    ['Moscow Times', 'Moscow', 'a longer name is not a spelling of a shorter one'],
    ['Hara', 'Gora', 'short names need a closer match'],
    ['Free Russia', 'Russia', 'a dropped word'],
  ])('%s / %s (%s)', (a, b) => expect(compareNames(a, b)).toBeNull());
});

describe('isGenderPair', () => {
  it.each([
    ['Ivanov', 'Ivanova', true],
    ['Iwanow', 'Ivanova', true],
    ['Putin', 'Putina', true],
    ['Ivan Ivanov', 'Ivan Ivanova', true],
    ['Ivanov', 'Iwanow', false],
    ['Poklonskaya', 'Poklonska', false],
    ['Ivanova', 'Ivanova', false],
  ])('%s / %s -> %s', (a, b, want) => expect(isGenderPair(a, b)).toBe(want));
});

describe('isDerivedForm and compareTokens', () => {
  it.each([
    ['Russia', 'Russian', true],
    ['Belarusian', 'Belarussians', true],
    ['Slutsky', 'Slutskiy', false],
    ['Free', 'Freedom', false],
  ])('isDerivedForm(%s, %s) -> %s', (a, b, want) => expect(isDerivedForm(a, b)).toBe(want));

  it('accepts a derived word only inside multi-word names', () => {
    expect(compareTokens('Free', 'Freedom')).toBeNull();
    expect(compareTokens('Free', 'Freedom', 0.2, true)?.relation).toBe('derived');
    expect(compareTokens('Slutsky', 'Slutskiy')?.relation).toBe('key');
    expect(compareTokens('Volobuyev', 'Volubuev')?.relation).toBe('distance');
  });
});

describe('name words in two languages and Baltic endings', () => {
  it.each([
    ['Saint Petersburg', 'Sankt Petersburg'],
    ['St Petersburg', 'Sankt-Peterburg'],
    ['Polotsk', 'Polockas'],
    ['Vyborg', 'Viborgas'],
  ])('%s ~ %s', (a, b) => expect(compareNames(a, b)).not.toBeNull());

  it('a name word alone is not joined to its translation, nor a short name to an -as form', () => {
    expect(compareNames('Saint', 'Sankt')).toBeNull();
    expect(compareNames('Old', 'Stary')).toBeNull();
    expect(compareNames('Ivan', 'Ivanas')).toBeNull();
  });
});
