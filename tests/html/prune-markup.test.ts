import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pruneMarkup } from '../../src/html/prune-markup.js';
import { segmentBlocks } from '../../src/html/segment-blocks.js';
import type { Segmentation } from '../../src/html/segmentation.js';
import { runs } from '../setup/properties.js';

/** What segmentation makes of a page parsed as is (no pruning). */
const segmentRaw = (html: string): Segmentation => segmentBlocks(parseHTML(html).document as never);

/** The parts of a segmentation pruning must not change (link counts are estimated from raw white space). */
const shape = (seg: Segmentation): unknown => ({
  source: seg.source,
  blocks: seg.blocks.map((b) => [b.text, b.element, b.tag, b.path, b.hints, b.heading, b.inList, b.tableDepth, b.inFigure, b.quoted, b.datetime]),
  elements: seg.elements.map((e) => [e.tag, e.label, e.parent, e.classId, e.ownHints, e.last, e.chars]),
  head: { ...seg.head, meta: [...seg.head.meta], links: [...seg.head.links] },
});

describe('pruneMarkup', () => {
  it.each([
    ['comments go, text around them stays', '<p>a<!-- ad -->b</p>', '<p>ab</p>'],
    ['a comment stays where text around it would meet as markup', '<<!-- -->a &am<!-- -->p;', '<<!-- -->a &am<!-- -->p;'],
    ['short comments as the tokenizer reads them', '<p>a<!-->b<!--->c</p>', '<p>abc</p>'],
    ['script and style content goes, the tags stay', '<script src="x.js">var a = "</p>";</script><style>p{}</style><p>t</p>', '<script></script><style></style><p>t</p>'],
    ['JSON-LD stays', '<script type="application/ld+json">{"headline":"H"}</script>', '<script type="application/ld+json">{"headline":"H"}</script>'],
    ['a comment inside a script is script text', '<script>a("<!--")</script><p>kept</p>', '<script></script><p>kept</p>'],
    ['`</script` needs white space or `>` after it', '<script>x</scripts>y</script >z', '<script></script >z'],
    ['a self-closed script holds no raw text', '<script/><p>kept</p>', '<script/><p>kept</p>'],
    ['title text stays, and `<!--` in it is text', '<title>a <!-- b</title><p>c</p>', '<title>a <!-- b</title><p>c</p>'],
    ['attributes nobody reads go', '<div data-x="1" class="a" onclick=\'f(">")\' id=b hidden>t</div>', '<div class="a" id=b hidden>t</div>'],
    ['a `>` in a quoted value does not end the tag', '<a title="a>b" href="/x">t</a>', '<a href="/x">t</a>'],
    ['a quote not after `=` is part of a name', '<p x"y=1 class="c">t</p>', '<p class="c">t</p>'],
    ['white space after a block opens goes', '<div>\n  <p>\n t</p>\n</div>', '<div><p>\n t</p></div>'],
    ['white space before a block goes', '<b>a</b>\n  <p>t</p> \n<ul><li>x</li></ul>', '<b>a</b><p>t</p><ul><li>x</li></ul>'],
    ['white space before a block that may be hidden stays', '<b>a</b> <div hidden></div><b>b</b> <p style="">c</p>', '<b>a</b> <div hidden></div><b>b</b> <p style="">c</p>'],
    ['white space before a closing tag stays (it may close nothing)', '<b>a</b> </div> <b>b</b>', '<b>a</b> </div> <b>b</b>'],
    ['no attribute on a skipped element, nothing inside one', '<img class="a" alt="b"><svg class="c"><path id="d"/><text>x</text></svg><p class="e">t</p>', '<img><svg></svg><p class="e">t</p>'],
    ['a skipped element ends where the parser closes it', '<div><select><option>a</div>b<p>c<select>d<input>e', '<div><select></div>b<p>c<select><input>e'],
    ['white space after an inline tag stays', '<b> <i>x</i></b>', '<b> <i>x</i></b>'],
    ['white space before a `<` that is text stays', '<div> < 5</div>', '<div> < 5</div>'],
    ['CDATA and declarations are passed over', '<![CDATA[<!-- x -->]]><!doctype html><p>t</p>', '<![CDATA[<!-- x -->]]><!doctype html><p>t</p>'],
    ['an unclosed comment keeps the rest of the page', '<p>a</p><!-- open <p>b</p>', '<p>a</p><!-- open <p>b</p>'],
    ['an unclosed script keeps the rest of the page', '<p>a</p><script>x <p>b</p>', '<p>a</p><script>x <p>b</p>'],
  ])('%s', (_name, html, expected) => {
    expect(pruneMarkup(html)).toBe(expected);
  });

  it('returns the same string when there is nothing to take out', () => {
    const html = '<p class="a">text</p>';
    expect(pruneMarkup(html)).toBe(html);
  });

  it('is linear on deep nesting and long runs of markup', () => {
    const deep = '<div class="x" data-a="1">'.repeat(10_000) + 'text' + '</div>'.repeat(10_000);
    expect(pruneMarkup(deep)).toBe('<div class="x">'.repeat(10_000) + 'text' + '</div>'.repeat(10_000));
    const lt = '<'.repeat(200_000);
    expect(pruneMarkup(lt)).toBe(lt);
    const open = '<!--'.repeat(50_000);
    expect(pruneMarkup(open).length).toBeGreaterThan(0);
  });

  it('segments a pruned page as the page itself (property)', () => {
    const token = fc.oneof(
      fc.constantFrom(
        '<p>', '</p>', '<div class="related" data-id="7">', '</div>', '<a href="/" title="t>x">', '</a>', '<br>', '<h1>', '</h1>',
        '<script>', '<script type="application/ld+json">', '</script>', '<style>', '</style>', '<title>', '</title>',
        '<textarea>', '</textarea>', '<!--', '-->', '<!-->', '<!', '<?x', '</', '<', '>', '"', "'", '=', '/', ' ', '\n  ',
        '<li>', '<ul>', '</ul>', '<figure>', '<figcaption>', '<article>', '<time datetime="2024" data-x>', '<!doctype html>',
        '<html lang="en">', '<meta name="author" content="A">', '<link rel="canonical" href="/c">', '<div hidden>',
        '<span style="display:none">', '<hr>', '<pre>', '</pre>', '<![CDATA[', ']]>', '<svg>', '</svg>', '<DIV Class=x>',
        '<p/>', '<script/>', '<td>', '<table>', '</table>', '&', '&amp', '&#', ';', 'x3',
        '<select class="s">', '</select>', '<option id="o">', '<button class="b">', '</button>', '<noscript>', '</noscript>',
        '<img class="i" src="x">', '<input>', '<math>', '</math>', '<foreignObject>', '<desc>', '<path class="p"/>', '<g id="g">',
        '<template>', '</template>', '<iframe>', '</iframe>', '<video>', '</video>', '<option>', '</option>', '<optgroup>',
      ),
      fc.stringMatching(/^[a-z .,]{0,12}$/),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 50 }), (tokens) => {
        const html = tokens.join('');
        expect(shape(segmentRaw(pruneMarkup(html)))).toEqual(shape(segmentRaw(html)));
      }),
      runs(400),
    );
  });
});
