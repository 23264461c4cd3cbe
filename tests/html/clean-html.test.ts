import { layoutRule } from '../../src/emit/normalize-layout.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/html/clean-html.js';
import { toIso639_3 } from '../../src/html/extract-metadata.js';
import { applyEdits, checkEdits } from '../../src/ledger/apply-edits.js';
import { clean } from '../../src/pipeline/clean.js';
import { InvalidInputError, InvalidOptionError } from '../../src/errors.js';
import type { Rule } from '../../src/model/rule.js';
import { runs } from '../setup/properties.js';

const para = (s: string): string => `<p>${s} ${'The council said the work would continue through the winter, weather permitting. '.repeat(2)}</p>`;
const page = (body: string, head = ''): string => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const story = page(`
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article><h1>Bridge reopens</h1>${para('First.')}${para('Second.')}${para('Third.')}</article>
  <aside class="related"><h3>Related</h3><ul><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li></ul></aside>`,
'<title>Bridge reopens | Gazette</title><meta name="author" content="Ann Lee"><meta property="article:published_time" content="2024-01-02">');

describe('cleanHtml', () => {
  it('keeps the article, takes out the headline, and drops the rest with a reason each', () => {
    const doc = cleanHtml(story);
    expect(doc.paragraphs).toHaveLength(3);
    expect(doc.paragraphs[0]).toMatch(/^First\./);
    expect(doc.title).toBe('Bridge reopens');
    expect(doc.byline).toBe('Ann Lee');
    expect(doc.date).toBe('2024-01-02');
    expect(doc.lang).toBe('eng');
    expect(doc.text).not.toMatch(/Home|Related|Other story/);
    const reasons = doc.edits.filter((e) => e.rule === 'main-content').map((e) => e.reason);
    expect(reasons).toContain('the headline');
    expect(reasons.some((r) => /related block in aside\.related/.test(r))).toBe(true);
    expect(reasons.some((r) => /nav block in nav/.test(r))).toBe(true);
  });

  it('keeps the ledger: source is the rendered page, edits rebuild the text', () => {
    const doc = cleanHtml(story);
    expect(doc.source).toMatch(/^Home News\n\nBridge reopens\n\nFirst\./);
    expect(() => checkEdits(doc.source, doc.edits)).not.toThrow();
    expect(applyEdits(doc.source, doc.edits)).toBe(doc.text);
    expect(doc.stats['main-content']?.edits).toBeGreaterThan(0);
  });

  it('runs the text-mode rules after extraction (a rule in `pipeline` sees the article only)', () => {
    const seen: string[] = [];
    const spy: Rule = { id: 'spy', phase: 'remove', description: 'test', find: ({ text }) => (seen.push(text), []) };
    cleanHtml(story, { pipeline: [spy] });
    expect(seen[0]).toMatch(/^First\./);
  });

  it('drops nothing by main-content when it is off: only the text-mode rules decide', () => {
    const doc = cleanHtml(story, { rules: { 'main-content': false } });
    expect(doc.edits.some((e) => e.rule === 'main-content')).toBe(false);
    expect(cleanHtml(story).edits.some((e) => e.rule === 'main-content')).toBe(true);
    // With no text-mode noise rules either, the whole visible text stays.
    const whole = cleanHtml(story, { rules: { 'main-content': false }, pipeline: [layoutRule] });
    expect(whole.text).toMatch(/Home News/);
    expect(whole.text).toMatch(/Other story two/);
  });

  it('keeps captions on request, drops them by default', () => {
    const html = page(`<article>${para('One.')}<figure><figcaption>A crowd at the bridge.</figcaption></figure>${para('Two.')}</article>`);
    expect(cleanHtml(html).text).not.toMatch(/crowd/);
    expect(cleanHtml(html, { rules: { 'main-content': { captions: true } } }).text).toMatch(/crowd/);
    expect(() => cleanHtml(html, { rules: { 'main-content': { captions: 'yes' } } })).toThrow(InvalidOptionError);
  });

  it('reads metadata: canonical URL, og:url, JSON-LD, <time>', () => {
    const html = page(`<article><h1>H</h1><time datetime="2024-05-06">6 May 2024</time>${para('A.')}${para('B.')}</article>`,
      '<link rel="canonical" href="https://n.example/x"><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[{"name":"Bo"}],"datePublished":"2024-05-06"}]}</script>');
    const doc = cleanHtml(html);
    expect(doc.url).toBe('https://n.example/x');
    expect(doc.byline).toBe('Bo');
    expect(doc.date).toBe('6 May 2024');
    expect(cleanHtml(page(para('x'), '<meta property="og:url" content="https://og.example/">')).url).toBe('https://og.example/');
    expect(cleanHtml(page(para('x'))).url).toBeNull();
  });

  it.each([
    ['en', 'eng'], ['en-GB', 'eng'], ['pt_BR', 'por'], ['zh-Hant', 'cmn'], ['deu', 'deu'], ['', null], ['xx', null],
  ])('maps lang %j to %j', (tag, code) => {
    expect(toIso639_3(tag)).toBe(code);
  });

  it('takes the language the body reads as over the one the page declares, and the declared one for a body too short to tell', () => {
    const english = ['The council voted on Tuesday to close the old bridge to traffic after engineers found cracks in two of its supports.',
      'Residents said they had warned the city for years, and that the detour would add half an hour to their commute.'];
    const declaredGerman = (body: string) => `<!DOCTYPE html><html lang="de"><head></head><body><article>${body}</article></body></html>`;
    expect(cleanHtml(declaredGerman(english.map(para).join(''))).lang).toBe('eng');
    expect(cleanHtml(declaredGerman(para('Kurz.'))).lang).toBe('deu');
    expect(cleanHtml(declaredGerman(english.map(para).join('')), { lang: false }).lang).toBe('und');
  });

  it('falls back to franc when the page has no lang', () => {
    const doc = cleanHtml(`<article>${para('Plain English text.')}${para('More of it.')}</article>`);
    expect(doc.lang).toBe('eng');
  });

  it('answers an empty body with a reason for a page with no article', () => {
    const doc = cleanHtml(page('<nav><a href="/">Home</a></nav><h1>404</h1><footer><a href="/p">Privacy</a></footer>'));
    expect(doc.text).toBe('');
    expect(doc.edits.length).toBeGreaterThan(0);
    expect(doc.edits.every((e) => /no article found/.test(e.reason))).toBe(true);
  });

  it('answers an empty document for an empty page', () => {
    const doc = cleanHtml('');
    expect(doc.text).toBe('');
    expect(doc.source).toBe('');
  });

  it('copes with broken markup', () => {
    const doc = cleanHtml('<div><p>Unclosed <b>bold <i>and italic</p></div></span><td>stray cell<p>Another paragraph, with commas, here.');
    expect(applyEdits(doc.source, doc.edits)).toBe(doc.text);
  });

  it('copes with a 10 MB page', () => {
    // Distinct paragraphs: one paragraph repeated would (rightly) be collapsed by `repeated-line`.
    const body = Array.from({ length: Math.ceil(10e6 / 200) }, (_, i) => para(`Big paragraph number ${i}.`)).join('');
    expect(body.length).toBeGreaterThan(5e6);
    const doc = cleanHtml(page(`<article>${body}</article>`));
    expect(doc.paragraphs.length).toBeGreaterThan(10_000);
  });

  it('copes with 10,000-deep nesting', () => {
    const doc = cleanHtml(`${'<div>'.repeat(10_000)}${para('Deep.')}${'</div>'.repeat(10_000)}`);
    expect(doc.text).toMatch(/^Deep\./);
  });

  it('throws a typed error on misuse', () => {
    expect(() => cleanHtml(42 as never)).toThrow(InvalidInputError);
    expect(() => cleanHtml('<p>x</p>', { minConfidence: 7 })).toThrow(InvalidOptionError);
  });

  it('never throws on HTML-ish strings, and the ledger round-trips (property)', () => {
    const token = fc.oneof(
      fc.constantFrom('<p>', '</p>', '<div class="related">', '</div>', '<a href="/">', '</a>', '<br>', '<h1>', '</h1>', '<script>',
        '</script>', '<table><tr><td>', '</td></tr></table>', '<!--', '-->', '<', '>', '&amp;', '&#0;', '<li>', '<figure>',
        '<figcaption>', '<article>', '<time datetime="x">', '<!doctype html>', '<html lang="">', '<meta name="author" content="">'),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const doc = cleanHtml(tokens.join(''));
        expect(applyEdits(doc.source, doc.edits)).toBe(doc.text);
      }),
      runs(300),
    );
  });
});

describe('clean({ html })', () => {
  it('routes HTML input to cleanHtml', () => {
    expect(clean({ html: story }).text).toBe(cleanHtml(story).text);
  });

  it('still cleans text', () => {
    expect(clean('<p>not parsed</p>').text).toBe('<p>not parsed</p>');
  });

  it.each([[{ html: 3 }], [{}], [null], [[]], [42]])('throws InvalidInputError on %j', (input) => {
    expect(() => clean(input as never)).toThrow(InvalidInputError);
  });
});
