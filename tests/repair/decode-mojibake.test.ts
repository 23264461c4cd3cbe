import { describe, expect, it } from 'vitest';
import { decodeMojibake } from '../../src/repair/unicode/decode-mojibake.js';
import { nextToTidy } from '../../src/repair/unicode/next-to-tidy.js';

describe('decodeMojibake: UTF-8 bytes read as Windows-1252, decoded back', () => {
  it.each([
    ['It\u00e2\u20ac\u2122s', 2, { length: 3, out: '\u2019' }], // â€™ -> ’
    ['caf\u00c3\u00a9', 3, { length: 2, out: '\u00e9' }], // Ã© -> é
    ['\u00e2\u20ac\u201d', 0, { length: 3, out: '\u2014' }], // â€” -> —
    ['\u00c3 b', 0, null], // no continuation byte after the lead
    ['\u00e2\u20ac', 0, null], // a three-byte sequence cut short
    ['\u00d0\u00b0', 0, null], // a two-byte sequence outside Latin and punctuation (Cyrillic а): not trusted
  ])('%j at %i', (text, at, expected) => {
    expect(decodeMojibake(text, at)).toEqual(expected);
  });
});

describe('nextToTidy: where the rule must look', () => {
  it.each([
    ['plain text\u00a0here', 0, 10], // an odd space
    ['plain text', 0, 10], // nothing: the text's length
    ['two  spaces', 0, 3], // a space before a space
    ['\u6771\u4eac\u3067', 0, 3], // CJK is kept as it is: skipped
    ['caf\u00c3\u00a9', 0, 3], // a mojibake lead before a continuation character
    ['bell\u0007', 0, 4], // a control character
  ])('%j from %i -> %i', (text, from, expected) => {
    expect(nextToTidy(text, from)).toBe(expected);
  });
});
