import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/ledger/apply-edits.js';
import { clean } from '../../src/pipeline/clean.js';
import { InvalidInputError, InvalidOptionError } from '../../src/errors.js';
import { findVariants, normalizeVariants } from '../../src/variants/normalize-variants.js';
import type { VariantDictionary } from '../../src/variants/variant-dictionary.js';
import { runs } from '../setup/properties.js';

const dictionary: VariantDictionary = {
  'Free Russia Legion': ['Freedom of Russia Legion', 'Free Russian Legion'],
  'Free Russia': ['Freedom of Russia'],
  Volobuyev: ['Volubuev'],
  Georgia: ['Gruzia'],
};

/** The text with every applied finding (confidence >= 0.5) made. */
function apply(text: string, dict: VariantDictionary = dictionary): string {
  return normalizeVariants(text, dict).text;
}

describe('findVariants: what is replaced', () => {
  it.each([
    ['multi-word name', 'He joined the Freedom of Russia Legion in May.', 'He joined the Free Russia Legion in May.'],
    ['possessive kept (curly)', 'The Freedom of Russia Legion’s goals.', 'The Free Russia Legion’s goals.'],
    ['possessive kept (straight)', "The Free Russian Legion's goals.", "The Free Russia Legion's goals."],
    ['across a line break', 'He joined the Freedom of\nRussia Legion in May.', 'He joined the Free Russia Legion in May.'],
    ['across a run of spaces', 'the Freedom  of   Russia Legion.', 'the Free Russia Legion.'],
    ['surname after a given name', 'Igor Volubuev fled. Volubuev declined.', 'Igor Volobuyev fled. Volobuyev declined.'],
    ['headline in capitals', 'FREEDOM OF RUSSIA LEGION: RAID CLAIMED', 'FREE RUSSIA LEGION: RAID CLAIMED'],
    ['glued to the next sentence (lost space)', 'said.Freedom of Russia LegionThe unit', 'said.Free Russia LegionThe unit'],
    ['in brackets', 'about the [Freedom of Russia] legion', 'about the [Free Russia] legion'],
    ['shorter entry when the longer one is not there', 'commanders of Freedom of Russia units', 'commanders of Free Russia units'],
  ])('%s', (_kind, input, want) => expect(apply(input)).toBe(want));
});

describe('findVariants: what is left alone', () => {
  it.each([
    ['an ordinary phrase sharing the words', 'I want a free Russia, said the soldier.'],
    ['lower-case words', 'they fight for freedom of russia legion-style units'],
    ['part of a longer word', 'Volubuevs and Volubuevich and Volubuev-Smith'],
    ['the canonical form already', 'The Free Russia Legion and Free Russia.'],
    ['mixed casing that is not the name', 'FrEEdom of Russia Legion'],
    ['empty text', ''],
  ])('%s', (_kind, input) => expect(apply(input)).toBe(input));

  it('does not rewrite the canonical form through a shorter entry', () => {
    expect(findVariants('The Free Russia Legion.', dictionary)).toEqual([]);
  });
});

describe('findVariants: unsure matches are reported, not applied', () => {
  it('a prefix of a longer capitalised name (Gruzia Street) gets confidence 0.4', () => {
    const [f] = findVariants('They met on Gruzia Street.', dictionary);
    expect(f?.confidence).toBe(0.4);
    expect(f?.reason).toMatch(/followed by "Street"/);
    const doc = normalizeVariants('They met on Gruzia Street.', dictionary);
    expect(doc.text).toBe('They met on Gruzia Street.');
    expect(doc.skipped).toHaveLength(1);
  });

  it('in all capitals, a following capitalised word proves nothing either way: reported', () => {
    expect(findVariants('GRUZIA TECH WINS', dictionary)[0]?.confidence).toBe(0.4);
  });

  it('a sentence-initial match whose first word is ordinary in the text gets 0.4', () => {
    const text = 'Free Russia from dictatorship, they said. Everyone wants to be free.';
    const d = { 'Free Russia Legion': ['Free Russia'] };
    expect(findVariants(text, d)[0]?.confidence).toBe(0.4);
    expect(findVariants('Free Russia was formed in March.', d)[0]?.confidence).toBe(0.9);
  });

  it('a match followed by a capitalised word on the next line is applied (a new line, not a longer name)', () => {
    expect(apply('Gruzia\nStreet fights')).toBe('Georgia\nStreet fights');
  });
});

describe('findVariants: findings', () => {
  it('name the dictionary entry in the reason and carry the canonical form', () => {
    const [f] = findVariants('Igor Volubuev', dictionary);
    expect(f).toMatchObject({ start: 5, end: 13, rule: 'variants', replacement: 'Volobuyev', confidence: 0.9 });
    expect(f?.reason).toContain('variants dictionary entry "Volobuyev"');
  });
});

describe('clean with the variants option', () => {
  it('runs the rule before layout and keeps the ledger whole', () => {
    // (A layout edit right next to a variants edit is merged into it by composeEdits and carries the
    // layout rule: one blank line here keeps the two apart.)
    const source = 'Igor Volubuev joined the Freedom of\nRussia Legion.\n\nVolubuev said so.';
    const doc = clean(source, { variants: dictionary, lang: false });
    expect(doc.text).toBe('Igor Volobuyev joined the Free Russia Legion.\n\nVolobuyev said so.');
    expect(applyEdits(doc.source, doc.edits)).toBe(doc.text);
    expect(doc.stats.variants?.edits).toBe(3);
  });

  it('does nothing without a dictionary, or with false', () => {
    expect(clean('Igor Volubuev', { lang: false }).text).toBe('Igor Volubuev');
    expect(clean('Igor Volubuev', { variants: false, lang: false }).text).toBe('Igor Volubuev');
  });

  it('throws InvalidOptionError naming a bad dictionary', () => {
    expect(() => clean('x', { variants: { Kyiv: 'Kiev' } as never })).toThrow(InvalidOptionError);
    expect(() => clean('x', { variants: { Kyiv: 'Kiev' } as never })).toThrow(/variants\["Kyiv"\]/);
    expect(() => clean('x', { variants: [] as never })).toThrow(/option `variants`/);
  });

  it('normalizeVariants composes into an existing ledger and rejects non-documents', () => {
    const base = clean('  Igor Volubuev\n\n\nleft.  ', { lang: false });
    const doc = normalizeVariants(base, dictionary);
    expect(doc.text).toBe('Igor Volobuyev\n\nleft.');
    expect(applyEdits(doc.source, doc.edits)).toBe(doc.text);
    expect(doc.edits.some((e) => e.rule === 'layout')).toBe(true);
    expect(() => normalizeVariants(42 as never, dictionary)).toThrow(InvalidInputError);
  });

  it('never throws, and the ledger rebuilds the text (property)', () => {
    const words = fc.constantFrom('Free', 'free', 'Freedom', 'of', 'Russia', 'Russian', 'Legion', 'Legion’s', 'Volubuev', 'VOLUBUEV', 'Gruzia', 'Street', 'I', 'want', 'a');
    const seps = fc.constantFrom(' ', '  ', '\n', '\n\n', '. ', ', ', '', '’s ');
    fc.assert(
      fc.property(fc.array(fc.tuple(words, seps), { maxLength: 30 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        const doc = clean(text, { variants: dictionary, lang: false });
        expect(applyEdits(doc.source, doc.edits)).toBe(doc.text);
        // Idempotent: applying the dictionary again changes nothing.
        expect(normalizeVariants(doc.text, dictionary).text).toBe(doc.text);
      }),
      runs(300),
    );
  });
});
