import { describe, expect, it } from 'vitest';
import { documentVocabulary } from '../../src/repair/vocabulary/document-vocabulary.js';
import { englishLexicon } from '../../src/repair/vocabulary/english-lexicon.js';
import { internForm } from '../../src/repair/vocabulary/word-form-table.js';
import { maySplitCapitalised } from '../../src/repair/word-join/capitalised-plan.js';
import { joinEvidence } from '../../src/repair/word-join/join-evidence.js';
import { splitCapitalised, splitCapitals } from '../../src/repair/word-join/split-capitalised.js';

/** A document that writes every part of `token` alone, twice, in the casings a reading may ask for. */
function everyPartAlone(token: string): string {
  const parts: string[] = [];
  for (let i = 0; i < token.length; i++) {
    for (let j = i + 1; j <= token.length; j++) {
      if (j - i === token.length) continue; // the token itself: written once, below
      const p = token.slice(i, j);
      parts.push(p, p.toLowerCase(), p[0]!.toUpperCase() + p.slice(1).toLowerCase());
    }
  }
  return `${parts.join(' ')}. ${parts.join(' ')}.`;
}

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** Capitalised forms of every kind the plan answers for: listed words, and fusions each reading splits. */
function forms(): string[] {
  const rare = [...englishLexicon()].filter(([w, r]) => r >= 10_000 && /^[a-z]+$/.test(w));
  const out = rare.filter((_, i) => i % 97 === 0).slice(0, 300).map(([w]) => cap(w));
  const openers = ['The', 'Some', 'It', 'In', 'Now', 'Then', 'All', 'But', 'Let', 'We', 'I', 'Is', 'No', 'So'];
  const words = ['president', 'consumers', 'was', 'the', 'theres', 'wasnt', 'fact', 'we', 'gazette', 'talked', 'zorbs'];
  for (const a of openers) for (const b of words) out.push(a + b);
  const names = ['Russia', 'Monday', 'Trump', 'Nissan', 'Apple', 'Figgins', 'Stadia', 'China', 'Vegas', 'Kyiv', 'Mexican', 'Sunday', 'Court', 'Zorblat'];
  const tails = ['said', 'in', 'tied', 'hastaken', 'titles', 'and', 'immigration', 'night', 'decision', 'ois', 's', 'made', 'declined', 'that'];
  for (const a of names) for (const b of tails) out.push(a + b);
  out.push('Infact', 'Isthe', 'Nowwe', 'Butthereso', 'Wedidnt', 'Icouldnt', 'Chinas', 'Allin', 'Gazette', 'Ahead', 'Zorb', 'McDonald', 'CNNthat', 'THEBILLIONAIRES', 'Iwas');
  return out;
}

/** Documents that answer the readings' questions differently: none written, names written alone, possessives. */
const DOCUMENTS = [
  '',
  'Trump said. Trump left. Apple spoke. Apple left. Russia and China met; Nissan Figgins Stadia Stadia Vegas Kyiv Zorblat Zorblat. China China Court.',
  'Russia Russia Monday Monday. The president of the Court met consumers in Vegas; theres so much. We talked, they tied, it made sense.',
];

describe('maySplitCapitalised: the per-form plan answers as the full judgement', () => {
  it('is true exactly when splitCapitalised (at a sentence start) or splitCapitals splits, in every document', () => {
    let yes = 0;
    let no = 0;
    for (const form of forms()) {
      const id = internForm(form);
      // As `split-word-join` asks: the document holds the form once (a form it holds twice is a word).
      for (const text of [...DOCUMENTS, everyPartAlone(form)].map((t) => `${t} ${form}`)) {
        const ev = joinEvidence(documentVocabulary(text), undefined);
        const full = splitCapitalised(form, ev, true) !== null || splitCapitals(form, ev) !== null;
        expect(maySplitCapitalised(form, id, ev), `${form} in ${text.slice(0, 40)}`).toBe(full);
        if (full) yes++;
        else no++;
      }
    }
    // Both answers are exercised, and many times.
    expect(yes).toBeGreaterThan(200);
    expect(no).toBeGreaterThan(200);
  });
});
