import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentVocabulary, vocabularyAfterInsertions, vocabularyForms } from '../../src/repair/vocabulary/document-vocabulary.js';
import { carryVocabulary, insertionsOf, noteEdits } from '../../src/repair/vocabulary/repair-vocabulary.js';
import { applyEdits } from '../../src/ledger/apply-edits.js';
import { runs } from '../setup/properties.js';

describe('documentVocabulary: is the text English?', () => {
  it('judges running English prose by its function words', () => {
    expect(documentVocabulary('The council met on Tuesday and it voted to rebuild the bridge that was lost in the flood of the spring, which the town had feared for a long time.').english).toBe(true);
  });

  it('judges an English list with few function words by its share of English words', () => {
    const list = 'Protein powder: chocolate flavor, vanilla flavor. Recovery drink: orange, lemon. Energy bar: peanut butter, almond, coconut. Workout supplements for muscle growth, strength and endurance. Whey isolate, creatine, caffeine, electrolytes. Price per serving, shipping, discount. The best value.';
    const vocab = documentVocabulary(list);
    expect(vocab.english).toBe(true);
    // A vocabulary derived by inserting a space keeps the verdict.
    expect(vocabularyAfterInsertions(vocab, list, [8], list.slice(0, 8) + ' ' + list.slice(8)).english).toBe(true);
  });

  it('takes a list for English at three quarters of its tokens listed, not one token under (the list judge stops early)', () => {
    // 10 of `the` (a tenth: few function words, so the list judge is asked), 65 listed words, then unlisted ones.
    const listed = 'bridge council flood garden window doctor pepper onion butter carrot'.split(' ');
    const text = (unlisted: number) => [
      ...Array<string>(10).fill('the'), ...Array.from({ length: 65 }, (_, i) => listed[i % 10]!),
      ...Array.from({ length: unlisted }, (_, i) => `zq${'xvbk'[i % 4]}x`),
    ].join(', ');
    expect(documentVocabulary(text(25)).english).toBe(true); // 75 of 100
    expect(documentVocabulary(text(26)).english).toBe(false); // 75 of 101
    expect(documentVocabulary(`${text(26)}, onion, onion, onion`).english).toBe(true); // 78 of 104: the last tokens lift it
  });

  it('does not take Portuguese or German text for English', () => {
    const pt = 'O governo anunciou nesta segunda-feira um novo pacote de medidas para conter a inflação, que deve entrar em vigor no próximo mês, segundo o ministro da Fazenda, que falou com jornalistas em Brasília sobre os impostos.';
    const de = 'Die Bundesregierung hat am Montag beschlossen, dass die Steuer erhöht wird und dass alle Bürger mehr zahlen müssen, wenn sie ein Auto kaufen oder ein Haus bauen wollen. Die Opposition kritisierte das.';
    expect(documentVocabulary(pt).english).toBe(false);
    expect(documentVocabulary(de).english).toBe(false);
  });
});

describe('repair-vocabulary: carried from the last count', () => {
  const sorted = (v: { counts: ReadonlyMap<string, number>; tokens: number; english: boolean }) =>
    ({ counts: [...v.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), tokens: v.tokens, english: v.english });

  it('gives what a fresh count gives when the text only gained spaces and apostrophes', () => {
    const before = 'The Freedom of Russia LegionIn what it described as a raid, the group said it dont know whether Kyivs forces were formedin March.';
    const after = 'The Freedom of Russia Legion In what it described as a raid, the group said it don’t know whether Kyiv’s forces were formed in March. ';
    carryVocabulary(before);
    noteEdits(before, after, [[28, ' '], [81, '’'], [100, '’'], [120, ' '], [129, ' ']].map(([start, c]) => ({ start: start as number, end: start as number, after: c as string })));
    const carried = carryVocabulary(after);
    expect(sorted(carried)).toEqual(sorted(documentVocabulary(after)));
    expect(carried.counts.get('don')).toBe(1);
    expect(carried.counts.has('LegionIn')).toBe(false);
  });

  it('reads where the characters went in from the edits the runner noted: what a fresh count gives', () => {
    const piece = fc.constantFrom('the ', 'LegionIn', 'dont', ' ', '  ', '.', 'Kyivs', 'a', 'é', '’', 'x'.repeat(70), 'ab'.repeat(40), '\n', 'formedin ', 'Upto');
    const inserted = fc.constantFrom(' ', ' ', '’', "'", '.', ' ’', 'x', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.uniqueArray(fc.tuple(fc.nat(), inserted), { maxLength: 8, selector: ([at]) => at }), (parts, insertions) => {
        const before = parts.join('');
        const edits = [...new Map(insertions.map(([at, c]) => [at % (before.length + 1), c]))]
          .sort(([a], [b]) => a - b).map(([at, c]) => ({ start: at, end: at, after: c }));
        const after = applyEdits(before, edits);
        carryVocabulary(before);
        noteEdits(before, after, edits);
        const carried = carryVocabulary(after);
        const fresh = documentVocabulary(after);
        expect(sorted(carried)).toEqual(sorted(fresh));
        // Where each form first stands: never after its first whole run in the text.
        const f = vocabularyForms(fresh);
        const first = new Map(f.forms.map((form, k) => [form, f.firsts![k]!]));
        const c = vocabularyForms(carried);
        if (c.firsts && c.text === after) c.forms.forEach((form, k) => expect(c.firsts![k]!).toBeLessThanOrEqual(first.get(form)!));
      }),
      runs(300),
    );
  });

  it('counts afresh a text that is not the last one with insertions', () => {
    carryVocabulary('the cat sat on the mat');
    const other = 'the dog sat on a mat';
    expect(sorted(carryVocabulary(other))).toEqual(sorted(documentVocabulary(other)));
    const lettered = 'the dog sat on a xmat';
    expect(sorted(carryVocabulary(lettered))).toEqual(sorted(documentVocabulary(lettered)));
  });

  it('keeps the language verdict a fresh count would give', () => {
    const pt = 'O governo anunciou nesta segunda-feira um novo pacote de medidas para conter a inflação, que deve entrar em vigor no próximo mês.';
    carryVocabulary(pt);
    const spaced = pt.replace('segunda-feira', 'segunda - feira');
    expect(carryVocabulary(spaced).english).toBe(documentVocabulary(spaced).english);
  });
});

describe('vocabularyAfterInsertions: a text longer than the language judge reads', () => {
  const sorted = (v: { counts: ReadonlyMap<string, number>; tokens: number; english: boolean }) =>
    ({ counts: [...v.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), tokens: v.tokens, english: v.english });
  /** `text` with one `c` inserted at each of `positions` (ascending). */
  const insert = (text: string, positions: number[], c = ' '): string => {
    let out = '';
    let from = 0;
    for (const p of positions) {
      out += text.slice(from, p) + c;
      from = p;
    }
    return out + text.slice(from);
  };

  it('drops from the judged tokens the common word a split before it pushed out', () => {
    // 3,000 judged tokens, 660 of them `the` (22 %: English, just), the last judged one among them; then more.
    const judged = ['zqxzqx', ...Array.from({ length: 2999 }, (_, k) => (k >= 2999 - 660 ? 'the' : 'zqx'))];
    const text = [...judged, ...Array<string>(200).fill('zqx')].join(' ');
    const base = documentVocabulary(text);
    expect(base.english).toBe(true);
    const spaced = insert(text, [3]); // `zqx zqx`: one token more before the last judged `the`
    const carried = vocabularyAfterInsertions(base, text, [3], spaced, true);
    expect(documentVocabulary(spaced).english).toBe(false);
    expect(sorted(carried)).toEqual(sorted(documentVocabulary(spaced)));
    // And carried again, from the carried count: splitting a `the` out of the window changes nothing judged.
    const at = spaced.length - 5;
    const again = vocabularyAfterInsertions(carried, spaced, [at], insert(spaced, [at]), true);
    expect(sorted(again)).toEqual(sorted(documentVocabulary(insert(spaced, [at]))));
  });

  it('gives what a fresh count gives, carried again and again, on texts about as long as the judge reads', () => {
    const common = fc.constantFrom('the', 'of', 'The', 'THE', 'and');
    const other = fc.constantFrom('zqx', 'bridge', 'LegionIn', 'formedin', 'onion', 'xé', '𝐀bc');
    const word = fc.oneof({ arbitrary: common, weight: 22 }, { arbitrary: other, weight: 78 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 2950, maxLength: 3080 }), fc.array(fc.array(fc.nat(), { maxLength: 6 }), { maxLength: 4 }), (words, steps) => {
        let text = words.join(' ');
        let vocab = documentVocabulary(text);
        for (const step of steps) {
          // Half the positions near the end, where the judged tokens end.
          const positions = [...new Set(step.map((n, k) => (k % 2 ? n % (text.length + 1) : Math.max(0, text.length - (n % 4000)))))].sort((a, b) => a - b);
          const spaced = insert(text, positions);
          vocab = vocabularyAfterInsertions(vocab, text, positions, spaced, true);
          expect(sorted(vocab)).toEqual(sorted(documentVocabulary(spaced)));
          text = spaced;
        }
      }),
      { ...runs(60), endOnFailure: true }, // shrinking texts of 3,000 words takes minutes
    );
  });

  it('asks the list judge again on the carried counts, as a fresh count does', () => {
    // A list with few function words: English when three quarters of its tokens are English words.
    const listed = 'bridge council flood garden window doctor pepper onion butter carrot'.split(' ');
    const list = (unlisted: string[]) => [...Array<string>(10).fill('the'), ...Array.from({ length: 64 }, (_, i) => listed[i % 10]!), ...unlisted].join(', ');
    // 74 of 100 listed; `gardenwindow` split makes it 76 of 101.
    const text = list([...Array<string>(25).fill('zqxzqx'), 'gardenwindow']);
    const base = documentVocabulary(text);
    expect(base.english).toBe(false);
    const at = text.indexOf('gardenwindow') + 6;
    const spaced = insert(text, [at]);
    expect(vocabularyAfterInsertions(base, text, [at], spaced, true).english).toBe(true);
    expect(documentVocabulary(spaced).english).toBe(true);
    // And back: one unlisted token more (`zqx zqx`), 76 of 102.
    const at2 = spaced.indexOf('zqxzqx') + 3;
    const twice = insert(spaced, [at2]);
    expect(vocabularyAfterInsertions(vocabularyAfterInsertions(base, text, [at], spaced, true), spaced, [at2], twice, true).english).toBe(false);
    expect(documentVocabulary(twice).english).toBe(false);
  });
});

describe('insertionsOf', () => {
  const before = 'The Freedom of Russia LegionIn what it described as a raid, the group said it dont know whether Kyivs forces were formedin March.';
  const at = (start: number, after: string) => ({ start, end: start, after });

  it('reads where spaces and apostrophes went in from the edits', () => {
    const edits = [at(28, ' '), at(81, '’'), at(100, '’'), at(120, ' '), at(129, ' ')];
    expect(insertionsOf(before, applyEdits(before, edits), edits)).toEqual([28, 81, 100, 120, 129]);
  });

  it('is null for edits that are no such insertions, or too many', () => {
    const letter = [at(120, 'x')];
    expect(insertionsOf(before, applyEdits(before, letter), letter)).toBeNull();
    const replaced = [{ start: 120, end: 121, after: 'i n' }];
    expect(insertionsOf(before, applyEdits(before, replaced), replaced)).toBeNull();
    const many = [at(10, ' '.repeat(10))]; // more than 5 % of the text
    expect(insertionsOf(before, applyEdits(before, many), many)).toBeNull();
    expect(insertionsOf(before, before, [])).toBeNull();
  });
});
