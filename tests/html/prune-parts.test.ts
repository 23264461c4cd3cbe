import { describe, expect, it } from 'vitest';
import { OpenElements } from '../../src/html/prune/open-elements.js';
import { readTag, tagRead } from '../../src/html/prune/read-tag.js';

describe('readTag', () => {
  it('keeps the attributes that are read on the tag, and reports the rest as dropped', () => {
    const read = tagRead();
    const html = '<a title="x>y" href="/z">';
    expect(readTag(html, 2, 'a', read)).toBe(24);
    expect(read.attrs).toEqual([15, 19, 20, 24]);
    expect(html.slice(15, 24)).toBe('href="/z"');
    expect(read.dropped).toBe(true);
    expect(read.selfClosed).toBe(false);
  });

  it('refills the same record tag after tag', () => {
    const read = tagRead();
    readTag('<div hidden class=a>', 4, 'div', read);
    expect(read.mayHide).toBe(true);
    expect(read.dropped).toBe(false);
    expect(readTag('<br/>', 3, 'br', read)).toBe(4);
    expect(read).toEqual({ attrs: [], selfClosed: true, dropped: false, mayHide: false });
  });

  it('keeps nothing for a tag it is told to keep nothing of, and ends at -1 when the page does', () => {
    const read = tagRead();
    readTag('<svg class="c">', 4, '', read);
    expect(read.attrs).toEqual([]);
    expect(read.dropped).toBe(true);
    expect(readTag('<p class="open', 2, 'p', read)).toBe(-1);
  });
});

describe('OpenElements', () => {
  it('closes what a closing tag closes, ignoring a stray one', () => {
    const open = new OpenElements();
    open.open('div', false, false);
    open.open('b', false, false);
    expect(open.close('p')).toBe(false);
    expect(open.close('div')).toBe(true);
    expect(open.isOpen('b')).toBe(false);
  });

  it('applies implied closes, void elements and foreign self-closing', () => {
    const open = new OpenElements();
    open.open('p', false, false);
    open.closeImplied('div');
    expect(open.isOpen('p')).toBe(false);
    open.open('br', false, false);
    expect(open.isOpen('br')).toBe(false);
    open.open('svg', false, false);
    expect(open.insideSkipped()).toBe(true);
    open.open('path', false, true);
    expect(open.isOpen('path')).toBe(false);
    open.open('g', false, true); // inside SVG a self-closing tag closes at once
    expect(open.isOpen('g')).toBe(false);
    open.close('svg');
    expect(open.insideSkipped()).toBe(false);
    open.open('div', false, true); // outside SVG and MathML it stays open
    expect(open.isOpen('div')).toBe(true);
  });

  it('says a closed element may have been hidden', () => {
    const open = new OpenElements();
    open.open('div', false, false);
    open.open('span', true, false);
    expect(open.close('div')).toBe(false);
  });
});
