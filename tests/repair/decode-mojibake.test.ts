import { describe, expect, it } from 'vitest';
import { decodeMojibake } from '../../src/repair/unicode/decode-mojibake.js';
import { nextStop, nextToTidy } from '../../src/repair/unicode/next-to-tidy.js';

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
    ['a\u00a0 b c\u2019s \u00e9t\u00e9  x', 2, 2], // a space after an odd space
    ['a\u00a0 b c\u2019s \u00e9t\u00e9  x', 3, 12], // past kept characters to two spaces
    ['a \u200b', 0, 1], // a space before an invisible character
    ['\u043c\u0438\u0440 \u0434\u043e\u043c', 0, 7], // a word in another script, kept: read past in one run
    ['\u043c\u0438\u00ad\u0440', 0, 2], // a soft hyphen inside such a run
    ['\u2014\u00c3\u00a9', 0, 1], // a mojibake lead inside such a run
    ['\u2014\u00c3 \u00a0', 0, 2], // a lead with no continuation after it is kept; then a space before an odd space
  ])('%j from %i -> %i', (text, from, expected) => {
    expect(nextToTidy(text, from)).toBe(expected);
  });
});

describe('nextStop: the characters outside printable ASCII and the space runs', () => {
  it.each([
    ['plain text', 0, 10],
    ['plain  text', 0, 5], // a space before a space
    ['it\u2019s', 0, 2], // any character outside printable ASCII, kept or not
    ['it\u2019s', 3, 4],
    ['a\u00a0 b', 2, 2], // a space after an odd space, at the start
    ['a\u00a0b c', 2, 5],
    ['tab\there\nline', 0, 13],
  ])('%j from %i -> %i', (text, from, expected) => {
    expect(nextStop(text, from)).toBe(expected);
  });

  it('finds the two spaces of each text it steps through, whatever it searched before', () => {
    expect(nextStop('a  b c d', 0)).toBe(1);
    expect(nextStop('a b c  d', 0)).toBe(5); // as long as the last text, another
    expect(nextStop('a b c  d', 2)).toBe(5);
    expect(nextStop('a b c  d', 7)).toBe(8);
    expect(nextStop('a b c  d', 0)).toBe(5); // back before the last search
  });
});
