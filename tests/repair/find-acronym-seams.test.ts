import { describe, expect, it } from 'vitest';
import { documentVocabulary } from '../../src/repair/vocabulary/document-vocabulary.js';
import { endsInClosedClass } from '../../src/repair/case-seam/ends-in-closed-class.js';
import { findAcronymSeams } from '../../src/repair/case-seam/find-acronym-seams.js';

/** Where findAcronymSeams puts a space in `text`, as the two parts around it. */
function seams(text: string): string[] {
  return findAcronymSeams(text, documentVocabulary(text), 'case-seam').map((f) => {
    const s = text.lastIndexOf(' ', f.start) + 1;
    const e = text.indexOf(' ', f.start);
    return `${text.slice(s, f.start)}|${text.slice(f.start, e < 0 ? text.length : e)}`;
  });
}

describe('findAcronymSeams: a closed-class word fused to capitals', () => {
  it.each([
    ['a report by theNASA team', ['the|NASA']],
    ['but saidU.S. officials', ['said|U.S.']],
    ['and butI did', ['but|I']],
    ['the iOS and macOS and mRNA', []], // product names: one letter or a short stem
    ['and theX marks', []], // one capital, no abbreviation, no pronoun
    ['see example.com/theNASA now', []], // inside a URL
  ])('%s -> %j', (text, expected) => {
    expect(seams(text)).toEqual(expected);
  });

  it('finds each whole occurrence, and names the closed-class word and the capitals in the reason', () => {
    const text = 'by theNASA team, and theNASA said; theNASAs and xtheNASA are other forms';
    const found = findAcronymSeams(text, documentVocabulary(text), 'case-seam');
    expect(found.map((f) => f.start)).toEqual([6, 24]);
    for (const f of found) expect(f.reason).toBe('"the" is a closed-class word fused to "NASA" in capitals');
  });
});

describe('endsInClosedClass: a word and a closed-class word before a seam', () => {
  const vocab = documentVocabulary('nothing here');
  it.each([
    ['Hospitalin', '"Hospital" and "in" run together before it'],
    ['onthe', 'a well-known fusion before it'],
    ['Zorbfest', undefined],
  ])('%s -> %s', (part, reason) => {
    expect(endsInClosedClass(part, vocab)?.reason).toBe(reason);
  });
});
