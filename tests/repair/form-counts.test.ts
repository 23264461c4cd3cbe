import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentVocabulary, vocabularyAfterInsertions, vocabularyForms } from '../../src/repair/vocabulary/document-vocabulary.js';
import { FormCounts } from '../../src/repair/vocabulary/form-counts.js';
import { tallyWordForms } from '../../src/repair/vocabulary/tally-word-forms.js';
import { formOf } from '../../src/repair/vocabulary/word-form-table.js';
import { runs } from '../setup/properties.js';

/** The plain reference: a `Map` of the runs of letters (`split(/[^\p{L}]+/u)`), in order of first occurrence. */
function plainCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.split(/[^\p{L}]+/u)) if (w !== '') counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** A `Map` changed as {@link FormCounts.patched} says it is: `set(form, n + delta)`, deleted at 0. */
function plainPatched(counts: ReadonlyMap<string, number>, forms: readonly string[], deltas: readonly number[]): Map<string, number> {
  const map = new Map(counts);
  forms.forEach((form, c) => {
    const n = (map.get(form) ?? 0) + deltas[c]!;
    if (n > 0) map.set(form, n);
    else map.delete(form);
  });
  return map;
}

/** Where `form` first stands in `text` as a whole run of letters, or -1. */
function firstRun(text: string, form: string): number {
  for (const m of text.matchAll(/\p{L}+/gu)) if (m[0] === form) return m.index;
  return -1;
}

/** Checks what a vocabulary says of where its forms first stand in `text`: never past the first occurrence. */
function checkFirsts(counts: FormCounts, text: string): void {
  const list = counts.listed();
  if (list.text !== text) return;
  list.forms.forEach((form, f) => {
    const at = firstRun(text, form);
    expect(at).toBeGreaterThanOrEqual(list.firsts![f]!);
  });
}

/** The forms and counts a vocabulary lists for the rules, as `[form, count]` pairs, its ids checked. */
function listedPairs(counts: FormCounts): [string, number][] {
  const list = counts.listed();
  expect([...list.ids].map(formOf)).toEqual(list.forms);
  return list.forms.map((form, f) => [form, list.counts[f]!]);
}

const WORDS = ['the', 'The', 'Kyiv', 'Kyivs', 'LegionIn', 'Legion', 'In', 'formedin', 'formed', 'in', 'dont', 'don', 't', 'café', 'Ωmega', '𝒜𝒷c', 'a'];
const SEPARATORS = [' ', ' ', '. ', ', ', '-', '’', '\n', '2'];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('FormCounts', () => {
  it('reads as the Map of the text\'s runs of letters: get, has, size, order', () => {
    const counts = FormCounts.of(tallyWordForms('Kyiv said. Kyiv forces – pro-Kremlin don’t café', 0));
    expect([...counts]).toEqual([...plainCounts('Kyiv said. Kyiv forces – pro-Kremlin don’t café')]);
    expect(counts.get('Kyiv')).toBe(2);
    expect(counts.get('kyiv')).toBeUndefined();
    expect(counts.has('café')).toBe(true);
    expect(counts.size).toBe(8);
    expect([...counts.keys()].slice(0, 2)).toEqual(['Kyiv', 'said']);
    expect([...counts.values()].slice(0, 2)).toEqual([2, 1]);
    const seen: string[] = [];
    counts.forEach((n, form) => seen.push(`${form}:${n}`));
    expect(seen.slice(0, 2)).toEqual(['Kyiv:2', 'said:1']);
  });

  it('patches as a Map copied and changed would, in its order too; the counts patched stay as they were', () => {
    const counts = FormCounts.of(tallyWordForms('the LegionIn the field', 0));
    const spaced = counts.patched(['LegionIn', 'Legion', 'In', 'the', 'the', 'the'], [-1, 1, 1, -1, -1, 1]);
    // `the` fell to 0 and came back: it now comes last, as in a Map.
    expect([...spaced]).toEqual([['field', 1], ['Legion', 1], ['In', 1], ['the', 1]]);
    expect(listedPairs(spaced)).toEqual([...spaced]);
    expect(spaced.get('LegionIn')).toBeUndefined();
    expect(counts.get('LegionIn')).toBe(1);
    expect(counts.get('the')).toBe(2);
  });

  it('patches like a Map, over and over, on random texts and changes', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(-1, 1, 2)), { maxLength: 12 }), { maxLength: 3 }),
        (t, rounds) => {
          let counts = FormCounts.of(tallyWordForms(t, 0));
          let plain: Map<string, number> = plainCounts(t);
          expect([...counts]).toEqual([...plain]);
          for (const changes of rounds) {
            const forms = changes.map(([w]) => w);
            const deltas = changes.map(([, d]) => d);
            counts = counts.patched(forms, deltas);
            plain = plainPatched(plain, forms, deltas);
            expect([...counts]).toEqual([...plain]);
            expect(counts.size).toBe(plain.size);
            for (const w of WORDS) expect(counts.get(w)).toBe(plain.get(w));
            expect(listedPairs(counts)).toEqual([...plain]);
          }
        },
      ),
      runs(300),
    );
  });

  it('derives the vocabulary of a text with spaces inserted: what a fresh count gives', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 4 }), (t, first, second) => {
        const spacedAt = (s: string, at: number[]): { positions: number[]; spaced: string } => {
          const positions = [...new Set(at.map((p) => p % (s.length + 1)))].sort((a, b) => a - b);
          let spaced = '';
          let from = 0;
          for (const p of positions) {
            spaced += `${s.slice(from, p)} `;
            from = p;
          }
          return { positions, spaced: spaced + s.slice(from) };
        };
        const base = documentVocabulary(t);
        const one = spacedAt(t, first);
        const derived = vocabularyAfterInsertions(base, t, one.positions, one.spaced);
        const sorted = (m: Iterable<[string, number]>): [string, number][] => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        expect(sorted(derived.counts)).toEqual(sorted(plainCounts(one.spaced)));
        expect(listedPairs(derived.counts)).toEqual([...derived.counts]);
        checkFirsts(base.counts, t);
        checkFirsts(derived.counts, one.spaced);
        // Derived from a derived vocabulary: the same again.
        const two = spacedAt(one.spaced, second);
        const again = vocabularyAfterInsertions(derived, one.spaced, two.positions, two.spaced);
        expect(sorted(again.counts)).toEqual(sorted(plainCounts(two.spaced)));
        expect(vocabularyForms(again).forms).toEqual([...again.counts.keys()]);
        checkFirsts(again.counts, two.spaced);
      }),
      runs(300),
    );
  });

  it('carries where each form first stands across insertions, never past its first occurrence', () => {
    // Spaces and apostrophes inserted, some several at one offset (what carryVocabulary meets between two rules).
    const inserted = fc.constantFrom(' ', '’', ' ’', '  ');
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), inserted), { maxLength: 6 }), fc.array(fc.tuple(fc.nat(), inserted), { maxLength: 4 }), (t, first, second) => {
        let vocab = documentVocabulary(t);
        let before = t;
        for (const step of [first, second]) {
          const at = [...new Map(step.map(([p, c]) => [p % (before.length + 1), c]))].sort(([a], [b]) => a - b);
          let after = '';
          let from = 0;
          for (const [p, c] of at) {
            after += before.slice(from, p) + c;
            from = p;
          }
          after += before.slice(from);
          vocab = vocabularyAfterInsertions(vocab, before, at.map(([p]) => p), after, true);
          const list = vocabularyForms(vocab);
          if (list.text === after) checkFirsts(vocab.counts, after);
          before = after;
        }
      }),
      runs(300),
    );
  });
});
