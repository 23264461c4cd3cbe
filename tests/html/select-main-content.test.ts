import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/html/parse-page.js';
import { selectMainContent } from '../../src/html/select-main-content.js';

const sentence = 'The committee met on Monday and agreed, after a long debate, to publish its findings next spring.';
const paras = (n: number, tag = 'p'): string => Array.from({ length: n }, (_, i) => `<${tag}>${i + 1}. ${sentence}</${tag}>`).join('');

/** The texts of the blocks kept in the body. */
function kept(html: string): string[] {
  const seg = parsePage(html);
  const { decisions } = selectMainContent(seg);
  return seg.blocks.filter((_, i) => decisions[i]!.keep).map((b) => b.text);
}

/** The reason given for the block whose text starts with `start`. */
function reasonFor(html: string, start: string): string {
  const seg = parsePage(html);
  const { decisions } = selectMainContent(seg);
  const i = seg.blocks.findIndex((b) => b.text.startsWith(start));
  return decisions[i]!.reason;
}

describe('selectMainContent', () => {
  it('keeps a paragraph whose sentence is mostly links (near miss of the link-density rule)', () => {
    const linked = '<p><a href="/1">Apple cut the price of the MacBook Air</a> and <a href="/2">the AirPods Pro</a> for one day only.</p>';
    expect(kept(`<article>${paras(3)}${linked}</article>`)).toContain('Apple cut the price of the MacBook Air and the AirPods Pro for one day only.');
  });

  it('drops a list of links inside the article, with its link density', () => {
    const html = `<article>${paras(3)}<div class="x"><a href="/a">One</a> <a href="/b">Two</a> <a href="/c">Three</a></div></article>`;
    expect(kept(html)).not.toContain('One Two Three');
    expect(reasonFor(html, 'One Two')).toMatch(/^link density 0\.[89]/);
  });

  it('keeps an embedded post quoted in a blockquote, though its class says twitter', () => {
    const html = `<article>${paras(3)}<blockquote class="twitter-tweet"><p>We are launching the new bridge today, come and see it.</p></blockquote></article>`;
    expect(kept(html)).toContain('We are launching the new bridge today, come and see it.');
  });

  it('does not drop an article whose container is named like a widget', () => {
    const html = `<div class="sidebar-left"><ul><li><a href="/">Home</a></li></ul></div><div class="widget blog">${paras(5)}</div>`;
    expect(kept(html)).toHaveLength(5);
  });

  it('keeps the article holding the headline, not the teaser articles beside it', () => {
    const teaser = (i: number): string => `<article><h2><a href="/${i}">Other story ${i}</a></h2>${paras(2)}</article>`;
    const html = `<main><article><h1>Main story</h1><p>${sentence} ${sentence}</p></article>${teaser(1)}${teaser(2)}${teaser(3)}</main>`;
    const body = kept(html);
    expect(body.join(' ')).not.toMatch(/Other story/);
    expect(body.filter((t) => t.startsWith('1.'))).toHaveLength(0);
  });

  it('keeps linked headings that head paragraphs (a roundup), drops linked headings in a list', () => {
    const roundup = `<article>${paras(2)}<h3><a href="/d">Deal: a kettle</a></h3><p>${sentence}</p><ul><li><h3><a href="/t">A teaser</a></h3></li></ul>${paras(1)}</article>`;
    const body = kept(roundup);
    expect(body).toContain('Deal: a kettle');
    expect(body).not.toContain('A teaser');
  });

  it('drops the heading of a related list with the list', () => {
    const html = `<article>${paras(3)}<h2>More on this</h2><ul class="related"><li><a href="/1">A</a></li></ul>${paras(1)}</article>`;
    expect(kept(html)).not.toContain('More on this');
  });

  it('keeps subheadings of the article', () => {
    const html = `<article>${paras(2)}<h2>What happens next</h2>${paras(2)}</article>`;
    expect(kept(html)).toContain('What happens next');
  });

  it('takes the headline, byline and date out as fields, and not a bare "By"', () => {
    const html = `<article><h1>Main story</h1><div class="byline">By</div><div class="byline">By Ann Lee</div><time datetime="2024-01-01">Jan 1, 2024</time>${paras(3)}</article>`;
    const seg = parsePage(html);
    const { decisions } = selectMainContent(seg);
    const fields = decisions.map((d, i) => (d.field ? `${d.field}=${seg.blocks[i]!.text}` : null)).filter(Boolean);
    expect(fields).toEqual(['title=Main story', 'byline=By Ann Lee', 'date=Jan 1, 2024']);
  });

  it('treats an h1 above the headline (a logo) as the site name', () => {
    const html = `<div class="wrap"><h1>The Site</h1><article><h1>Real headline</h1>${paras(3)}</article></div>`;
    const seg = parsePage(html);
    const { decisions } = selectMainContent(seg);
    const title = seg.blocks.find((_, i) => decisions[i]!.field === 'title');
    expect(title?.text).toBe('Real headline');
  });

  it('joins a lede set apart in its own wrapper when it wears the body paragraphs\' class', () => {
    const body = Array.from({ length: 4 }, () => `<div class="body-para">${sentence}</div>`).join('');
    const html = `<div class="lede-wrap"><p class="body-para">LEDE: ${sentence}</p></div><div class="story">${body}</div>`;
    expect(kept(html)[0]).toMatch(/^LEDE:/);
    const unlike = `<div class="wrap2"><p class="other">NOT: ${sentence}</p></div><div class="story">${body}</div>`;
    expect(kept(unlike).join(' ')).not.toMatch(/NOT:/);
  });

  it('answers "none" with a reason per block when no block reads like a paragraph', () => {
    const seg = parsePage('<nav><a href="/">Home</a></nav><p>Short.</p>');
    const sel = selectMainContent(seg);
    expect(sel.method).toBe('none');
    expect(sel.decisions.every((d) => !d.keep && /no article/.test(d.reason))).toBe(true);
  });
});
