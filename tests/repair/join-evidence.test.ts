import { describe, expect, it } from 'vitest';
import { documentVocabulary } from '../../src/repair/vocabulary/document-vocabulary.js';
import { hasFoldedForm, joinEvidence } from '../../src/repair/word-join/join-evidence.js';

describe('hasFoldedForm: the document attests a lower-case word in some casing', () => {
  const vocab = documentVocabulary('the Kyiv office of NATO and McDonald and iPhone users');
  it.each([
    ['office', true], // as written
    ['kyiv', true], // capitalised
    ['nato', true], // in capitals
    ['mcdonald', true], // another casing
    ['iphone', true],
    ['burger', false],
  ])('%s -> %s', (word, expected) => {
    expect(hasFoldedForm(vocab, word)).toBe(expected);
  });
});

describe('joinEvidence: one round\'s evidence', () => {
  it('starts with no verdicts, without the text and with it', () => {
    const ev = joinEvidence(documentVocabulary('a text'), undefined);
    expect(ev.verdicts.map((m) => m.size)).toEqual([0, 0]);
    expect(ev.corpus).toBeUndefined();
  });
});
