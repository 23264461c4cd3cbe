import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { franc as realFranc } from 'franc';
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { franc } from '../../src/cli/indexed-franc.js';
import { WEB_LANGUAGES } from '../../src/data/web-languages.js';
import { runs } from '../setup/properties.js';

// The CLI answers franc from an index of its models (tsup.config.ts aliases `franc` in the CLI bundle): its
// answers must be franc's, whatever the text and options.

/** The options detectLanguage passes, and others franc takes. */
const OPTIONS = [
  { minLength: 200, only: [...WEB_LANGUAGES] },
  { minLength: 200, ignore: ['sco'] },
  { minLength: 200 },
  {},
  { only: ['eng', 'por'] },
  { only: ['deu'], ignore: ['deu'] },
  { ignore: ['eng', 'sco', 'cmn', 'jpn'] },
  { minLength: 0, only: ['kor', 'rus', 'ukr'] },
];

const SENTENCES = [
  'The soldiers said they struggled to explain their decision to family back in Russia. Reports of atrocities committed by Russian troops are dismissed as foreign propaganda in their homeland.',
  'Die Soldaten sagten, sie hätten Mühe gehabt, ihren Familien in Russland ihre Entscheidung zu erklären. Berichte über Gräueltaten russischer Truppen werden in ihrer Heimat als ausländische Propaganda abgetan.',
  'Os soldados disseram que tiveram dificuldade em explicar a sua decisão às famílias na Rússia. Relatos de atrocidades cometidas pelas tropas russas são descartados como propaganda estrangeira.',
  'Солдаты сказали, что им было трудно объяснить своё решение семьям в России. Сообщения о зверствах российских войск на родине отвергают как иностранную пропаганду.',
  '東京で地震があった。気象庁によると、震源の深さは約十キロで、津波の心配はないという。The quake was felt in the city.',
  '서울 시내에서 오늘 오전 대규모 집회가 열렸다. 경찰은 교통 통제를 실시했다고 밝혔다.',
  'Presiden mengatakan bahwa pemerintah akan membangun jembatan baru di kota itu tahun depan, kata pejabat setempat.',
  '12345 !!! ??? 67890 ... --- (((',
  '',
];

describe('franc from an index of its models (the CLI build)', () => {
  it('answers as franc on prose in several languages and scripts, at every length', () => {
    for (const text of SENTENCES) {
      for (let end = 0; end <= text.length; end += 7) {
        const sample = text.slice(0, end);
        for (const options of OPTIONS) expect(franc(sample, options)).toBe(realFranc(sample, options));
      }
    }
  });

  it("answers as franc on text made of each model's own trigrams, for every language of every script", () => {
    let checked = 0;
    for (const [script, models] of Object.entries(data)) {
      for (const [language, model] of Object.entries(models)) {
        const trigrams = model.split('|');
        // The language's most frequent trigrams, and a mixture with the next language's: near ties.
        const texts = [trigrams.slice(0, 60).join(' '), trigrams.slice(100, 180).join(''), `${trigrams.slice(0, 30).join(' ')} ${SENTENCES[checked % SENTENCES.length]}`];
        for (const text of texts) for (const options of OPTIONS) expect(franc(text, options), `${script} ${language}`).toBe(realFranc(text, options));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('may call a text with more ASCII letters than other code units Latin: no other script matches ASCII', () => {
    // The premise of its shortcut: of ASCII, the Latin expression matches the letters and nothing else, and
    // no other script's expression matches any of it.
    for (const [script, expression] of Object.entries(expressions)) {
      for (let c = 0; c < 128; c++) {
        const char = String.fromCharCode(c);
        const letter = /[A-Za-z]/.test(char);
        expect((char.match(expression)?.length ?? 0) === 1, `${script} ${c}`).toBe(script === 'Latin' && letter);
      }
    }
    expect(Object.hasOwn(data, 'Latin')).toBe(true);
  });

  it('answers as franc on random mixtures of scripts, punctuation, digits and white space', () => {
    const pieces = fc.constantFrom(...SENTENCES.flatMap((s) => s.split(/(?<=\s)/u)), ' ', '\n', '\t', '  ', '.', '42', '—', '’', '😀', '\u00a0', 'İ', 'ǅ', 'ß', 'abc', 'Ωμέγα', 'да', 'ü', 'é', 'ʻ', 'ﬁ');
    const text = fc.array(pieces, { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...OPTIONS), (sample, options) => {
        expect(franc(sample, options)).toBe(realFranc(sample, options));
      }),
      runs(300),
    );
  });

  it('answers as franc when only some languages may be answered: any subset, in any order (property)', () => {
    // The index of a script holds only the languages a call allows (one index per option set): the nearest
    // allowed language, and the first of franc's order among equals, must stay franc's.
    const languages = [...new Set(Object.values(data).flatMap((models) => Object.keys(models)))];
    fc.assert(
      fc.property(fc.constantFrom(...SENTENCES), fc.nat(200), fc.subarray(languages, { maxLength: 12 }), fc.subarray(languages, { maxLength: 3 }), (sentence, cut, only, ignore) => {
        const sample = sentence.slice(0, 20 + cut);
        const options = { minLength: 0, only: [...only].reverse(), ignore };
        expect(franc(sample, options)).toBe(realFranc(sample, options));
      }),
      runs(300),
    );
  });
});

