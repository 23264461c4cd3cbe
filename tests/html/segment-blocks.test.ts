import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Hint } from '../../src/data/html-hints.js';
import { parsePage } from '../../src/html/parse-page.js';
import { segmentBlocks } from '../../src/html/segment-blocks.js';

const texts = (html: string): string[] => parsePage(html).blocks.map((b) => b.text);

describe('segmentBlocks', () => {
  it.each([
    ['paragraphs are blocks', '<p>One.</p><p>Two.</p>', ['One.', 'Two.']],
    ['inline elements join their block', '<p>A <b>bold</b> and <a href="/x">linked</a> word.</p>', ['A bold and linked word.']],
    ['white space collapses', '<p>  a \n\t b  </p>', ['a b']],
    ['<br> keeps a line break, not a blank line', '<div>line one<br><br>line two</div>', ['line one\nline two']],
    ['text beside a nested block splits in two', '<div>before<p>inside</p>after</div>', ['before', 'inside', 'after']],
    ['script, style, template, svg and iframe are never text', '<p>a</p><script>var x = "<p>no</p>";</script><style>p{}</style><template><p>no</p></template><svg><text>no</text></svg><iframe>no</iframe><p>b</p>', ['a', 'b']],
    ['hidden subtrees are skipped', '<p hidden>no</p><p style="display: none">no</p><p aria-hidden="true">no</p><p>yes</p>', ['yes']],
    ['a fragment without html/body', 'bare text', ['bare text']],
    ['a lower-case doctype does not hide the page', '<!doctype html><html><body><p>kept</p></body></html>', ['kept']],
    ['list items are blocks', '<ul><li>one</li><li>two</li></ul>', ['one', 'two']],
    ['table cells are blocks', '<table><tr><td>a</td><td>b</td></tr></table>', ['a', 'b']],
  ])('%s', (_name, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it('renders the source as blocks joined by one blank line, with offsets', () => {
    const seg = parsePage('<h1>Title</h1><p>Body <a href="/">link</a></p>');
    expect(seg.source).toBe('Title\n\nBody link');
    for (const b of seg.blocks) expect(seg.source.slice(b.start, b.end)).toBe(b.text);
  });

  it('keeps DOM features: heading, link density, list, table, figure, hints', () => {
    const seg = parsePage(`
      <h2>Sub</h2>
      <ul class="related-links"><li><a href="/a">All link</a></li></ul>
      <table><tr><td><table><tr><td>deep cell</td></tr></table></td></tr></table>
      <figure><figcaption>A caption</figcaption></figure>
      <div class="byline">By <span>Ann</span></div>`);
    const [h, li, cell, cap, by] = seg.blocks;
    expect(h!.heading).toBe(2);
    expect(li!.inList).toBe(true);
    expect(li!.linkDensity).toBe(1);
    expect(li!.hints & Hint.related).toBeTruthy();
    expect(cell!.tableDepth).toBe(2);
    expect(cap!.inFigure).toBe(true);
    expect(cap!.hints & Hint.caption).toBeTruthy();
    expect(by!.hints & Hint.byline).toBeTruthy();
  });

  it('does not mark an article container as boilerplate for a loose word in its name', () => {
    const seg = parsePage('<div class="article-body"><p>Text of the story.</p></div>');
    expect(seg.blocks[0]!.hints).toBe(0);
  });

  it('still marks an article-named comment section', () => {
    const seg = parsePage('<div class="article-comments"><p>First!</p></div>');
    expect(seg.blocks[0]!.hints & Hint.comment).toBeTruthy();
  });

  it('collects head metadata: lang, title, meta, links, JSON-LD', () => {
    const { head } = parsePage(`<html lang="pt-BR"><head><title>T</title><meta property="og:title" content="OG">
      <link rel="canonical" href="https://x.example/a"><script type="application/ld+json">{"a":1}</script></head><body></body></html>`);
    expect(head.lang).toBe('pt-BR');
    expect(head.title).toBe('T');
    expect(head.meta.get('og:title')).toBe('OG');
    expect(head.links.get('canonical')).toBe('https://x.example/a');
    expect(head.jsonLd).toEqual(['{"a":1}']);
  });

  it('walks 10,000-deep nesting without recursion', () => {
    const html = `${'<div>'.repeat(10_000)}deep text${'</div>'.repeat(10_000)}`;
    const seg = parsePage(html);
    expect(seg.blocks.map((b) => b.text)).toEqual(['deep text']);
  });

  it('answers no blocks for null or an empty document', () => {
    expect(segmentBlocks(null).blocks).toEqual([]);
    expect(segmentBlocks(parseHTML('').document as never).source).toBe('');
  });
});
