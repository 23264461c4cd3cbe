import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripEdges } from '../../src/detect/char-scan.js';
import { runs } from '../setup/properties.js';

const EDGE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
/** Pieces that meet every branch: punctuation, symbols (astral emoji too), spaces, letters, lone surrogates. */
const piece = fc.constantFrom(' ', '\u00a0', '\t', '«', '»', '!', '"', '©', '😀', '𝐀', 'a', 'Word', 'é', '\ud83d', '\ude00', '1', '-', '\u3000');
const line = fc.oneof(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 12 }));

describe('stripEdges', () => {
  it('strips what the edge regex strips', () => {
    fc.assert(fc.property(line, (t) => {
      expect(stripEdges(t)).toBe(t.replace(EDGE, ''));
    }), runs(3000));
  });

  it('returns the same string when there is nothing to strip', () => {
    const t = 'Related posts';
    expect(stripEdges(t)).toBe(t);
    expect(stripEdges('  « Related posts: »')).toBe('Related posts');
    expect(stripEdges('!!!')).toBe('');
  });
});
