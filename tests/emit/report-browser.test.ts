import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/emit/render-report.js';
import { createReportStream } from '../../src/emit/report-stream.js';
import type { Edit } from '../../src/model/edit.js';
import { clean } from '../../src/pipeline/clean.js';

// Opens the review report in a real browser. CI installs Debian's chromium (.ci/run); elsewhere the
// test is skipped, saying so.
const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`report-browser.test.ts skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

const seedDir = join(__dirname, '../../seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ id: f, ...clean(readFileSync(join(seedDir, f), 'utf8'), { lang: false }) }));

// A hostile document: markup and script in the kept text, in a removed span and in a reason.
const HOSTILE = 'Kept <script>window.__pwned = 1</script> text.\nAd: <img src=x onerror="window.__pwned = 2">\n';
const adStart = HOSTILE.indexOf('Ad:');
const hostileEdits: Edit[] = [{
  start: adStart, end: HOSTILE.length, before: HOSTILE.slice(adStart), after: '', rule: 'test-removal',
  reason: '<script>window.__pwned = 3</script>', confidence: 1,
}];
// A rule id with quotes, brackets and a selector in it: its filter must still pick exactly its marks.
const ODD_RULE = 'odd "rule"] .m, *';
const ODD = 'Odd marker here. Plain text.';
const oddEdits: Edit[] = [{ start: 0, end: 4, before: 'Odd ', after: '', rule: ODD_RULE, reason: 'test', confidence: 1 }];
const docs = [...seeds, { id: 'odd', source: ODD, edits: oddEdits }, { id: '<script>window.__pwned = 4</script>', source: HOSTILE, edits: hostileEdits }];
const totalEdits = docs.reduce((n, d) => n + d.edits.length, 0);

describe.skipIf(!haveChromium)('review report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-report-'));
    const file = join(dir, 'report.html');
    // Written in parts, as the CLI does (head, a section per document, tail): the same page.
    const report = createReportStream({ title: 'seeds' });
    const html = report.head + docs.map((d) => report.add(d)).join('') + report.tail();
    expect(html).toBe(renderReport(docs, { title: 'seeds' }));
    writeFileSync(file, html);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders every document and every mark, with the counts in the summary', async () => {
    expect(await page.locator('article').count()).toBe(docs.length);
    expect(await page.locator('.m').count()).toBe(totalEdits);
    expect(await page.locator('#doc-count').textContent()).toBe(String(docs.length));
    expect(await page.locator('#edit-count').textContent()).toBe(String(totalEdits));
    const layoutRow = page.locator('#rules tbody tr', { hasText: 'layout' });
    const layoutEdits = seeds.reduce((n, d) => n + d.edits.filter((e) => e.rule === 'layout').length, 0);
    expect(await layoutRow.locator('td').nth(2).textContent()).toBe(String(layoutEdits));
    expect(errors).toEqual([]); // the page's own script ran under its CSP
  });

  it('shows the counts and filters, written at the end of the file, at the top of the page', async () => {
    expect(await page.locator('#totals-slot').count()).toBe(0); // replaced, with its "loading" note
    expect(await page.locator('.pending').count()).toBe(0);
    expect(await page.locator('header #totals #rules').count()).toBe(1);
    expect(await page.locator('header #totals #doc-count').count()).toBe(1);
    // In the DOM and on screen: the table is above the first document, under the heading.
    const order = await page.evaluate(() => {
      const d = document;
      const rules = d.getElementById('rules')!;
      const first = d.querySelector('article')!;
      return {
        before: Boolean(rules.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING),
        rulesTop: rules.getBoundingClientRect().top,
        articleTop: first.getBoundingClientRect().top,
        h1Top: d.querySelector('h1')!.getBoundingClientRect().top,
      };
    });
    expect(order.before).toBe(true);
    expect(order.rulesTop).toBeLessThan(order.articleTop);
    expect(order.rulesTop).toBeGreaterThan(order.h1Top);
  });

  it('colours each rule by its own hue: the same in every document and in its filter row, different between rules', async () => {
    const colour = (selector: string) => page.locator(selector).evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).backgroundColor))]);
    const layoutDel = await colour('del.m[data-rule="layout"]');
    expect(layoutDel.length).toBe(1); // one colour for all layout removals, across documents
    const layoutIns = await colour('span.m[data-rule="layout"] > ins, ins.m[data-rule="layout"]');
    expect(layoutIns.length).toBe(1);
    const removal = await colour('del.m[data-rule="test-removal"]');
    expect(removal.length).toBe(1);
    expect(removal[0]).not.toBe(layoutDel[0]);
    expect(layoutDel[0]).not.toBe('rgba(0, 0, 0, 0)');
    // The filter row's swatch is drawn in the same hue (a stronger tint of it).
    const hue = (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).getPropertyValue('--h').trim());
    expect(await hue('#rules tr:has(input[data-rule="layout"]) .sw')).toBe(await hue('del.m[data-rule="layout"]'));
    expect(await hue('#rules tr:has(input[data-rule="layout"]) .sw')).not.toBe('');
  });

  it('a rule id with quotes and brackets filters exactly its own marks', async () => {
    const box = page.locator('#rules tr', { hasText: ODD_RULE }).locator('input[type=checkbox]');
    expect(await box.count()).toBe(1);
    await box.uncheck();
    expect(await page.locator('.m.off').count()).toBe(1);
    expect(await page.locator('del.m', { hasText: 'Odd' }).getAttribute('class')).toContain('off');
    await box.check();
    expect(await page.locator('.m.off').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows injected markup as text and never runs it', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const last = page.locator('article').last();
    expect(await last.locator('h2').textContent()).toBe('<script>window.__pwned = 4</script>');
    expect(await last.locator('pre').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await last.locator('img').count()).toBe(0);
    expect(await last.locator('del.m').getAttribute('title')).toBe('test-removal: <script>window.__pwned = 3</script>');
  });

  it('a rule\'s checkbox hides and shows its marks', async () => {
    const del = page.locator('del.m', { hasText: 'Ad:' });
    const box = page.locator('#rules tr', { hasText: 'test-removal' }).locator('input[type=checkbox]');
    const style = () => del.evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(await style()).toBe('line-through');
    await box.uncheck();
    expect(await style()).toBe('none');
    expect(await del.getAttribute('class')).toContain('off');
    // Other rules keep their marks.
    const seam = page.locator('.m:not(.off)').first();
    expect(await seam.count()).toBe(1);
    await box.check();
    expect(await style()).toBe('line-through');

    // An insertion (layout replaces white space): hidden when its rule is off, while another rule's
    // insertion (a repair such as sentence-seam) stays. Marks and boxes are picked by their rule, not
    // by position, since which rule's edit comes first depends on the rule set.
    const layoutBox = page.locator('#rules input[type=checkbox][data-rule="layout"]');
    expect(await layoutBox.count()).toBe(1);
    const ins = page.locator('span.m[data-rule="layout"] > ins, ins.m[data-rule="layout"]').first();
    const otherIns = page.locator('span.m:not([data-rule="layout"]) > ins, ins.m:not([data-rule="layout"])').first();
    expect(await ins.count()).toBe(1);
    expect(await otherIns.count()).toBe(1);
    expect(await ins.isVisible()).toBe(true);
    expect(await otherIns.isVisible()).toBe(true);
    const layoutMarks = await page.locator('.m[data-rule="layout"]').count();
    expect(layoutMarks).toBeGreaterThan(0);
    expect(await page.locator('.m.off').count()).toBe(0);
    await layoutBox.uncheck();
    expect(await ins.isVisible()).toBe(false);
    expect(await otherIns.isVisible()).toBe(true);
    // Exactly the layout marks are switched off, no others.
    expect(await page.locator('.m.off').count()).toBe(layoutMarks);
    expect(await page.locator('.m.off:not([data-rule="layout"])').count()).toBe(0);
    await layoutBox.check();
    expect(await ins.isVisible()).toBe(true);
    expect(await page.locator('.m.off').count()).toBe(0);
  });

  it('the clean-text switch hides removed spans', async () => {
    const del = page.locator('del.m', { hasText: 'Ad:' });
    expect(await del.isVisible()).toBe(true);
    await page.locator('#clean-view').check();
    expect(await del.isVisible()).toBe(false);
    await page.locator('#clean-view').uncheck();
  });
});
