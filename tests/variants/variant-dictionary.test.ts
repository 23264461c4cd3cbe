import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { clustersToDictionary, parseVariantDictionary } from '../../src/variants/variant-dictionary.js';
import { clusterNames } from '../../src/variants/discover-variants.js';

describe('parseVariantDictionary', () => {
  it('reads the plain shape and the discover output shape', () => {
    const plain = { 'Free Russia Legion': ['Freedom of Russia Legion'] };
    expect(parseVariantDictionary(JSON.stringify(plain))).toEqual(plain);
    expect(parseVariantDictionary({ dictionary: plain, clusters: [{ canonical: 'x' }] })).toEqual(plain);
  });

  it('drops a canonical form listed as its own variant, and duplicates', () => {
    expect(parseVariantDictionary({ Kyiv: ['Kyiv', 'Kiev', 'Kiev'] })).toEqual({ Kyiv: ['Kiev'] });
  });

  it.each([
    ['not JSON', '{"a": [', /variants.*not valid JSON/],
    ['an array', '[]', /option `variants`: must be an object/],
    ['a string value', '{"Kyiv": "Kiev"}', /variants\["Kyiv"\]`: must be an array/],
    ['a number variant', '{"Kyiv": [1]}', /variants\["Kyiv"\]\[0\]/],
    ['an empty variant', '{"Kyiv": [" "]}', /variants\["Kyiv"\]\[0\]/],
    ['a variant under two canonicals', '{"Kyiv": ["Kiev"], "Kiev City": ["Kiev"]}', /also listed under "Kyiv"/],
    ['a chain', '{"Kyiv": ["Kiev"], "Kiev": ["Kijev"]}', /itself a canonical form/],
  ])('throws InvalidOptionError on %s', (_kind, json, message) => {
    expect(() => parseVariantDictionary(json)).toThrow(InvalidOptionError);
    expect(() => parseVariantDictionary(json)).toThrow(message);
  });
});

describe('clustersToDictionary', () => {
  it('takes applied variants only unless asked', () => {
    const clusters = clusterNames(['Slutsky', 'Slutskiy', 'Slutskiy', 'Radkov', 'Radzkou'], { minConfidence: 0.8 });
    expect(clustersToDictionary(clusters)).toEqual({ Slutskiy: ['Slutsky'] });
    expect(clustersToDictionary(clusters, { includeUnapplied: true })).toHaveProperty('Radkov');
  });
});
