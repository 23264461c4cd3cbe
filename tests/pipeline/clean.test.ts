import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, checkEdits } from '../../src/ledger/apply-edits.js';
import { clean } from '../../src/pipeline/clean.js';
import { InvalidInputError, InvalidOptionError } from '../../src/errors.js';
import type { Rule } from '../../src/model/rule.js';
import { runs } from '../setup/properties.js';

describe('clean', () => {
  it('lays paragraphs out with one blank line and records why', () => {
    const doc = clean('  First paragraph.\nSecond one.\n\n\n\nThird.  \n');
    expect(doc.text).toBe('First paragraph.\n\nSecond one.\n\nThird.');
    expect(doc.paragraphs).toEqual(['First paragraph.', 'Second one.', 'Third.']);
    expect(doc.edits.every((e) => e.rule === 'layout' && e.reason.length > 0)).toBe(true);
    expect(doc.stats.layout?.edits).toBe(doc.edits.length);
  });

  it('throws a typed error on a non-string and names a bad option', () => {
    expect(() => clean(undefined as never)).toThrow(InvalidInputError);
    expect(() => clean('x', { minConfidence: 3 })).toThrow(/minConfidence/);
    expect(() => clean('x', { rules: { layout: 'off' as never } })).toThrow(InvalidOptionError);
  });

  it('turns a rule off by option', () => {
    expect(clean('a\nb', { rules: { layout: false } }).text).toBe('a\nb');
  });

  it('reports findings under minConfidence instead of applying them', () => {
    const unsure: Rule = {
      id: 'unsure', phase: 'remove', description: 'test rule',
      find: ({ text }) => [{ start: 0, end: text.length, rule: 'unsure', reason: 'test', confidence: 0.2 }],
    };
    const doc = clean('keep me', { pipeline: [unsure] });
    expect(doc.text).toBe('keep me');
    expect(doc.skipped).toHaveLength(1);
    expect(doc.stats.unsure?.skipped).toBe(1);
  });

  it('keeps every skipped finding of a repair rule once, however many passes the repairs take', () => {
    // `fuse` applies one sure repair per pass (so the repairs go round) and skips two unsure ones with the
    // same reason at two places: both must be reported, and each only once.
    const fuse: Rule = {
      id: 'fuse', phase: 'repair', description: 'test rule',
      find: ({ text }) => {
        const unsure = [...text.matchAll(/x/g)].map((m) => ({ start: m.index, end: m.index + 1, replacement: 'y', rule: 'fuse', reason: 'an x', confidence: 0.2 }));
        const sure = text.indexOf('ab');
        return [...unsure, ...(sure >= 0 ? [{ start: sure + 1, end: sure + 1, replacement: ' ', rule: 'fuse', reason: 'ab', confidence: 0.9 }] : [])]
          .sort((a, b) => a.start - b.start);
      },
    };
    const doc = clean('x ab x', { pipeline: [fuse] });
    expect(doc.text).toBe('x a b x');
    expect(doc.skipped.map((f) => f.reason)).toEqual(['an x', 'an x']);
  });

  it('never throws on any string, and the ledger rebuilds the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const doc = clean(s);
        checkEdits(doc.source, doc.edits);
        expect(applyEdits(doc.source, doc.edits)).toBe(doc.text);
      }),
      runs(500),
    );
  });
});
