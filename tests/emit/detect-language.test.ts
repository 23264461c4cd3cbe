import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/emit/detect-language.js';

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
