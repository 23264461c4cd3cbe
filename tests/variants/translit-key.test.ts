import { describe, expect, it } from 'vitest';
import { foldName, skeletonKey, translitKey } from '../../src/variants/translit-key.js';
import { keyDistance } from '../../src/variants/key-distance.js';

describe('foldName', () => {
  it.each([
    ['Wołkowysk', 'wolkowysk'],
    ['Rogachëv', 'rogachev'],
    ["Smarhon'", 'smarhon'],
    ['Smarhon’', 'smarhon'],
    ['Žukov', 'zhukov'],
    ['Ĉepeck', 'chepeck'],
  ])('%s -> %s', (name, folded) => expect(foldName(name)).toBe(folded));
});

describe('translitKey: romanisations of one name share a key', () => {
  it.each([
    ['y/i/j', ['Bogatyrev', 'Bogatirev'], ['Jurij', 'Yuriy', 'Iurii']],
    ['yev/ev/iev', ['Sergeyev', 'Sergeev', 'Sergeiev'], ['Tagiyev', 'Tagiev']],
    ['ts/tz/c', ['Belaventsev', 'Belavencev', 'Belaventzev'], ['Polotsk', 'Polock']],
    ['kh/h', ['Delimkhanov', 'Delimhanov']],
    ['zh / ž', ['Zhukov', 'Žukov']],
    ['ye/e', ['Yemelyanov', 'Emelyanov']],
    ['-skiy/-sky/-skyy/-skij/-ski', ['Slutskiy', 'Slutsky', 'Slutskyy', 'Slutskij', 'Slutski']],
    ['-skaya/-ska', ['Poklonskaya', 'Poklonska', 'Poklonskaja']],
    ['Belarusian ў', ['Zimouski', 'Zimovsky', 'Zimowsky'], ['Karaeu', 'Karaev']],
    ['German and Polish', ['Wolkowysk', 'Volkovysk'], ['Czerkasy', 'Cherkasy'], ['Rtischtschewo', 'Rtishchevo']],
    ['Dutch', ['Gatsjina', 'Gatchina']],
    ['ё', ['Ponomaryov', 'Ponomarev']],
  ] as [string, ...string[][]][])('%s', (_kind, ...groups) => {
    for (const group of groups as string[][]) {
      const keys = new Set(group.map(translitKey));
      expect([...keys], group.join(' / ')).toHaveLength(1);
    }
  });

  it.each([
    ['Austria', 'Australia'],
    ['Ivanov', 'Ivanova'],
    ['Russia', 'Russian'],
    ['Volobuyev', 'Volubuev'],
    ['Caesar', 'Tsezar'],
  ])('keeps %s and %s apart (they differ by more than a romanisation)', (a, b) => {
    expect(translitKey(a)).not.toBe(translitKey(b));
  });

  it('keeps Austria\'s "au" at the start of a word (ў only after a letter)', () => {
    expect(translitKey('Austria')).toBe('austria');
  });
});

describe('skeletonKey', () => {
  it.each([
    ['Halavanau', 'Golovanov'],
    ['Salihorsk', 'Soligorsk'],
    ['Varabei', 'Vorobey'],
  ])('%s and %s share a skeleton (blocking puts them together)', (a, b) => expect(skeletonKey(a)).toBe(skeletonKey(b)));
});

describe('keyDistance', () => {
  it.each([
    ['volobuev', 'volubuev', 0.5, 0],
    ['cesar', 'cezar', 0.5, 0],
    ['radkov', 'radzkov', 1, 1],
    ['salihorsk', 'soligorsk', 1, 0],
    ['abc', 'abc', 0, 0],
  ])('%s ~ %s costs %d with %d hard edits', (a, b, cost, hard) => {
    expect(keyDistance(a, b)).toMatchObject({ cost, hardEdits: hard });
  });

  it('gives up beyond maxCost', () => {
    expect(keyDistance('moscow', 'vladivostok', 2)).toBeNull();
    expect(keyDistance('a', 'abcdefgh', 1)).toBeNull();
  });

  it('is symmetric', () => {
    for (const [a, b] of [['halavanav', 'golovanov'], ['austria', 'australia'], ['kiv', 'kiev']] as const) {
      expect(keyDistance(a, b, 5)?.cost).toBe(keyDistance(b, a, 5)?.cost);
    }
  });
});
