import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean } from '../../src/index.js';
import { countByRule, looksLikeHtml, ruleColor, segmentLedger, showWhiteSpace, type Segment } from '../../docs/playground/ledger-view.js';

describe('playground ledger view', () => {
  it('cuts a source into kept text and edits', () => {
    const source = 'ab\n\n\ncd  ';
    const doc = clean(source);
    const segs: Segment[] = segmentLedger(source, doc.edits);
    expect(segs.map((s) => (s.kind === 'text' ? s.text : `[${doc.edits[s.index]!.before}]`)).join('')).toBe('ab[\n\n\n]cd[  ]');
  });

  it('rebuilds the source and the clean text from the segments (any input)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n', '\r', '\t', '.', 'x') }), (source) => {
      const doc = clean(source);
      const segs: Segment[] = segmentLedger(doc.source, doc.edits);
      const back = segs.map((s) => (s.kind === 'text' ? s.text : doc.edits[s.index]!.before)).join('');
      const out = segs.map((s) => (s.kind === 'text' ? s.text : doc.edits[s.index]!.after)).join('');
      expect(back).toBe(source);
      expect(out).toBe(doc.text);
    }));
  });

  it('makes white space visible', () => {
    expect(showWhiteSpace('\n\n', false)).toBe('↵↵');
    expect(showWhiteSpace('a \n', true)).toBe('a·↵\n');
    expect(showWhiteSpace('\t\u00a0', false)).toBe('→␣');
  });

  it('gives each rule one colour and counts edits per rule in order of appearance', () => {
    expect(ruleColor('layout')).toBe(ruleColor('layout'));
    expect(ruleColor('layout')).not.toBe(ruleColor('comment-section'));
    const counts = countByRule([{ rule: 'b' }, { rule: 'a' }, { rule: 'b' }]);
    expect([...counts]).toEqual([['b', 2], ['a', 1]]);
  });

  it('tells HTML from text, including near misses', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('  <div class="a">x</div>')).toBe(true);
    expect(looksLikeHtml('<p>Hello</p>')).toBe(true);
    expect(looksLikeHtml('Prices <10% lower> than last year')).toBe(false);
    expect(looksLikeHtml('<3 the new bridge')).toBe(false);
    expect(looksLikeHtml('Headline\n\n<script>x</script>')).toBe(false);
  });
});
