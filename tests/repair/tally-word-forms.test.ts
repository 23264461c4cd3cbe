import { describe, expect, it } from 'vitest';
import { tallyWordForms } from '../../src/repair/vocabulary/tally-word-forms.js';

/** What the tally must give: the tokens of `split(/[^\p{L}]+/u)`, counted, in order of first occurrence. */
function expected(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.split(/[^\p{L}]+/u)) if (w !== '') counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function tallied(text: string): Map<string, number> {
  const t = tallyWordForms(text, 3);
  return new Map(t.forms.map((f, k) => [f, t.counts[k]!]));
}

describe('tallyWordForms', () => {
  it('counts the runs of letters of a text, in order of first occurrence', () => {
    const text = 'Kyiv said. Kyiv forces – pro-Kremlin don’t 𝒜𝒷c café, naïve Ωmega \ud800x 12abc abc';
    expect([...tallied(text)]).toEqual([...expected(text)]);
  });

  it('reads a rope, and texts that end in a letter or a mark outside ASCII, as it reads a flat string', () => {
    for (const end of ['café', 'naïve’', 'x 𝒜', '𝒜𝒷', 'ab\ud800', 'é\udc00', '–', 'Ω']) {
      const flat = `Kyiv said. ${end}`;
      const rope = 'Kyiv ' + 'said' + '. ' + end; // concatenated, as the rule runner makes its texts
      expect([...tallied(rope)]).toEqual([...expected(flat)]);
      expect([...tallied(end)]).toEqual([...expected(end)]);
    }
  });

  it('hands each text arrays of its own: the next tally changes nothing of the last one', () => {
    const first = tallyWordForms('the cat and the hat', 0);
    const kept = [first.index, first.counts, first.ids, first.firsts].map((a) => Array.from(a));
    for (const text of ['a b c d e f g h', 'the dog and the log and the fog', 'x'.repeat(5000) + ' y z']) tallyWordForms(text, 2);
    expect([first.index, first.counts, first.ids, first.firsts].map((a) => Array.from(a))).toEqual(kept);
  });

  it('keeps the counts among the first tokens apart', () => {
    const t = tallyWordForms('a b a c a d', 3);
    expect(t.tokens).toBe(6);
    expect([...t.earlyCounts!]).toEqual([2, 1]);
    expect(tallyWordForms('a b', 3).earlyCounts).toBeNull();
  });

  it('grows for texts with many distinct forms and gives the same after a long text', () => {
    let seed = 7;
    const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const letters = 'abcdefghijklmnopqrstuvwxyzABCZéß';
    const words: string[] = [];
    for (let k = 0; k < 30_000; k++) {
      let w = '';
      const n = 1 + Math.floor(rand() * 8);
      for (let i = 0; i < n; i++) w += letters[Math.floor(rand() * letters.length)];
      words.push(w);
    }
    const long = words.join(rand() < 0.5 ? ' ' : ', ');
    expect([...tallied(long)]).toEqual([...expected(long)]);
    const short = 'the cat and the hat';
    expect([...tallied(short)]).toEqual([...expected(short)]);
  });
});
