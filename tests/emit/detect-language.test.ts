import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { franc } from 'franc';
import { detectLanguage } from '../../src/emit/detect-language.js';
import { isClearlyEnglish } from '../../src/emit/is-clearly-english.js';
import { WEB_LANGUAGES } from '../../src/data/web-languages.js';
import { STOPWORDS } from '../../src/data/stopwords.js';
import { ENGLISH_MARKERS } from '../../src/data/english-markers.js';
import { isLetterCode } from '../../src/model/characters.js';
import { runs } from '../setup/properties.js';

const english = 'The soldiers said they struggled to explain their decision to family back in Russia. Reports of atrocities committed by Russian troops are dismissed as foreign propaganda in their homeland, and many of them have stopped talking to relatives altogether.';
const german = 'Die Soldaten sagten, sie hätten Mühe gehabt, ihren Familien in Russland ihre Entscheidung zu erklären. Berichte über Gräueltaten russischer Truppen werden in ihrer Heimat als ausländische Propaganda abgetan, und viele sprechen nicht mehr mit ihren Verwandten.';
const portuguese = 'Os soldados disseram que tiveram dificuldade em explicar a sua decisão às famílias na Rússia. Relatos de atrocidades cometidas pelas tropas russas são descartados como propaganda estrangeira na sua terra natal, e muitos deixaram de falar com os parentes.';

describe('detectLanguage', () => {
  it.each([
    ['English', english, 'eng'],
    ['German', german, 'deu'],
    ['Portuguese', portuguese, 'por'],
    ['too short', 'Short text.', 'und'],
    ['empty', '', 'und'],
  ])('%s', (_name, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('says und under minLength, and reads shorter texts when asked', () => {
    const short = english.slice(0, 150);
    expect(detectLanguage(short)).toBe('und');
    expect(detectLanguage(short, { minLength: 100 })).toBe('eng');
  });

  it('chooses among the given languages only', () => {
    expect(detectLanguage(german, { only: ['eng', 'por'] })).not.toBe('deu');
  });
});

describe('isClearlyEnglish (the fast path of detectLanguage)', () => {
  const englishParagraphs = [english, 'The council voted on Tuesday to close the bridge for repairs, and officials said that work would start in the spring after the budget was approved.'];

  it('says yes for English prose and no for other languages', () => {
    for (const t of englishParagraphs) expect(isClearlyEnglish(t)).toBe(true);
    for (const t of [german, portuguese, 'Os soldados disseram que the bridge', 'Солдаты сказали, что им было трудно объяснить своё решение семьям в России.', '東京で地震があった。The quake was felt in the city.']) {
      expect(isClearlyEnglish(t)).toBe(false);
    }
  });

  it('leaves English mixed with another language to franc', () => {
    const mixed = `${english} ${german}`;
    expect(isClearlyEnglish(mixed)).toBe(false);
    expect(isClearlyEnglish(`${english} ${english} ${portuguese.slice(0, 120)}`)).toBe(false);
  });

  it('leaves menus and lists (few function words) to franc', () => {
    expect(isClearlyEnglish('Home\nNews\nSport\nWeather\nContact Us\nSubscribe\nPrivacy Policy\nTerms of Use')).toBe(false);
  });

  it('agrees with franc whenever it answers', () => {
    const samples = [english, german, portuguese, `${english} ${german}`, `${german} ${english}`, englishParagraphs[1]!.repeat(3)];
    for (const t of samples) {
      const sample = t.slice(0, 1000);
      if (isClearlyEnglish(sample)) expect(franc(sample, { minLength: 200, only: [...WEB_LANGUAGES] })).toBe('eng');
      expect(detectLanguage(t)).toBe(franc(sample, { minLength: 200, only: [...WEB_LANGUAGES] }));
    }
  });

  it('reads the first 4,000 characters when the first 1,000 are a table or list with few function words', () => {
    const table = Array.from({ length: 40 }, (_, k) => `${k + 1} Kyle Busch ${5040 - k * 7} ${k % 5} ${k % 3} ${17 - (k % 9)}`).join('\n');
    const prose = `${englishParagraphs[1]} ${english} `.repeat(8);
    const body = `${table}\n\n${prose}`;
    expect(body.length).toBeGreaterThan(4000);
    expect(isClearlyEnglish(body.slice(0, 1000))).toBe(false); // so the longer window is what answers
    expect(isClearlyEnglish(body.slice(0, 4000))).toBe(true);
    // franc reads the table of names and numbers as German; the body is English.
    expect(franc(body.slice(0, 1000), { minLength: 200, only: [...WEB_LANGUAGES] })).not.toBe('eng');
    expect(detectLanguage(body)).toBe('eng');
    // A body of other-language prose after the same table stays with franc, longer window or not.
    const foreign = `${table}\n\n${`${german} `.repeat(12)}`;
    expect(isClearlyEnglish(foreign.slice(0, 4000))).toBe(false);
    expect(detectLanguage(foreign)).toBe(franc(foreign.slice(0, 1000), { minLength: 200, only: [...WEB_LANGUAGES] }));
  });

  it('does not read past 4,000 characters: English prose after them does not make the body English', () => {
    const filler = Array.from({ length: 200 }, (_, k) => `${k + 1} Kyle Busch ${5040 - k * 7} ${k % 5} ${k % 3}`).join('\n');
    expect(filler.length).toBeGreaterThan(4000);
    const body = `${filler}\n\n${`${english} `.repeat(40)}`;
    expect(isClearlyEnglish(body)).toBe(true); // the whole body would pass
    const guess = franc(body.slice(0, 1000), { minLength: 200, only: [...WEB_LANGUAGES] });
    expect(guess).not.toBe('eng');
    expect(detectLanguage(body)).toBe(guess);
  });

  it('is not used when English is not among the choices, or when a choice is not a web language', () => {
    expect(detectLanguage(english, { only: ['deu', 'por'] })).not.toBe('eng');
    expect(detectLanguage(english, { only: ['eng', 'sco'] })).toBe(franc(english, { minLength: 200, only: ['eng', 'sco'] }) === 'sco' ? 'sco' : 'eng');
  });

  it('reads each word as the plain form does: its slice lower-cased and looked up (property)', () => {
    // The plain form: each word sliced out and lower-cased on its own (the rule reads words in the sample
    // lower-cased once, at their own offsets, whenever lower-casing keeps the sample's length).
    const flags = new Map<string, number>();
    for (const w of STOPWORDS.en!) flags.set(w, 1);
    for (const w of ENGLISH_MARKERS) flags.set(w, (flags.get(w) ?? 0) | 2);
    for (const [lang, words] of Object.entries(STOPWORDS)) if (lang !== 'en') for (const w of words) if (!flags.has(w)) flags.set(w, 4);
    const plain = (sample: string): boolean => {
      let [ascii, nonAscii, nonAsciiLetters, words, stop, markers, other, i] = [0, 0, 0, 0, 0, 0, 0, 0];
      while (i < sample.length) {
        if (!isLetterCode(sample.charCodeAt(i))) {
          if (sample.charCodeAt(i) > 127) nonAscii++;
          i++;
          continue;
        }
        const start = i;
        for (; i < sample.length && isLetterCode(sample.charCodeAt(i)); i++) {
          if (sample.charCodeAt(i) > 127) [nonAscii, nonAsciiLetters] = [nonAscii + 1, nonAsciiLetters + 1];
          else ascii++;
        }
        words++;
        const f = flags.get(sample.slice(start, i).toLowerCase()) ?? 0;
        [stop, markers, other] = [stop + (f & 1), markers + ((f >> 1) & 1), other + ((f >> 2) & 1)];
      }
      return ascii > nonAscii && nonAsciiLetters * 20 <= ascii && words > 0 && stop >= words * 0.3 && markers >= words * 0.1 && other <= words * 0.03;
    };
    const vocabulary = [...STOPWORDS.en!.slice(0, 40), ...ENGLISH_MARKERS.slice(0, 20), 'die', 'und', 'que', 'что', 'council', 'bridge', 'İstanbul', 'İ', 'ΟΔΟΣ', 'Σ', 'ς', 'Straße', 'ǅ', 'café', 'ﬁ', '𝐀𝐁'];
    const token = fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom('lower', 'upper', 'title'), fc.constantFrom(' ', ', ', '. ', "'", '\n', '-', ''));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const sample = tokens.map(([w, c, sep]) => (c === 'upper' ? w.toUpperCase() : c === 'title' ? w.charAt(0).toUpperCase() + w.slice(1) : w) + sep).join('');
        expect(isClearlyEnglish(sample)).toBe(plain(sample));
      }),
      runs(300),
    );
  });
});

