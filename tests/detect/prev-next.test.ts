import { describe, expect, it } from 'vitest';
import { detectPrevNext } from '../../src/detect/detect-prev-next.js';
import { PROSE, after } from './context.js';

describe('detectPrevNext', () => {
  it.each([
    ['fused to the linked title', "Previous articleLarry’s Letters: Re: Dershowitz Column\nNext articleLitzman Convicted in Leifer Case"],
    ['with separators', '« Previous Post\nNext Post »'],
    ['with a colon', 'Next story: Council closes the bridge'],
    ['Portuguese', 'Artigo anterior\nPróximo artigo'],
  ])('removes previous/next navigation: %s', (_name, nav) => {
    expect(after(`${PROSE}\n\n${nav}`, detectPrevNext)).toBe(PROSE);
  });

  it.each([
    ['a sentence starting with "Next"', 'Next year the council will vote again on the bridge.'],
    ['a sentence with "previous article"', 'As our previous article explained, the bridge is old.'],
  ])('keeps %s', (_name, line) => {
    expect(after(`${PROSE}\n\n${line}`, detectPrevNext)).toBe(`${PROSE}\n${line}`);
  });
});
