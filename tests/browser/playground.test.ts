import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { serveDirectory } from '../support/static-server.js';

// Drives the docs playground in headless Debian chromium: the browser build of the core must clean a
// seed the same way Node does, and every edit must be on screen with its rule and reason.
const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) {
  const msg = `\n*** ${CHROMIUM} is missing: the playground browser test is SKIPPED. Install it with ` +
    '`apt-get update && apt-get install -y chromium` (.ci/run does). ***\n';
  if (process.env.CI || process.env.UNSCRAPE_REQUIRE_BROWSER) throw new Error(msg);
  console.warn(msg);
}

const SEED = readFileSync(new URL('../../seeds/000_ed6740fdfe214eac.txt', import.meta.url), 'utf8');

describe.skipIf(!present)('playground in chromium', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'unscrape-playground-'));
    execFileSync(process.execPath, ['scripts/build-playground.mjs', dir]);
    server = await serveDirectory(dir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready=true]', { timeout: 15_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function cleanInPage(text: string): Promise<void> {
    await page.selectOption('#mode', 'text');
    await page.fill('#input', text);
    await page.click('#run');
    await page.waitForSelector('#result:not([hidden])');
  }

  it('cleans a seed exactly as the Node build does', async () => {
    await cleanInPage(SEED);
    const doc = clean(SEED);
    expect(await page.textContent('#clean-text')).toBe(doc.text);
    expect(await page.textContent('dd[data-field=title]')).toBe(doc.title ?? 'none found');
    expect(await page.textContent('dd[data-field=lang]')).toBe(doc.lang);
    expect(pageErrors).toEqual([]);
  });

  it('highlights every edit with its rule and reason, in source order', async () => {
    await cleanInPage(SEED);
    const doc = clean(SEED);
    expect(doc.edits.length).toBeGreaterThan(0);
    const spans = await page.$$eval('#marked .edit', (els) => els.map((e) => ({
      title: e.getAttribute('title'),
      rule: e.getAttribute('data-rule'),
      color: (e as HTMLElement).style.getPropertyValue('--rule-color'),
    })));
    expect(spans.map((s) => s.title)).toEqual(doc.edits.map((e) => `${e.rule}: ${e.reason}`));
    for (const s of spans) expect(s.color).toMatch(/^hsl\(/);
    // The marked view is the source: unmarked text plus what each edit removed.
    const shown = await page.$eval('#marked', (pre) => {
      let s = '';
      for (const node of Array.from(pre.childNodes)) {
        if (node.nodeType === 3) s += node.textContent;
        else s += (node as Element).getAttribute('data-edit') === null ? '' : `[${(node as Element).getAttribute('data-edit')}]`;
      }
      return s;
    });
    let expected = '';
    let at = 0;
    doc.edits.forEach((e, i) => { expected += `${SEED.slice(at, e.start)}[${i}]`; at = e.end; });
    expect(shown).toBe(expected + SEED.slice(at));
    // The legend counts each rule's edits.
    const rules = [...new Set(doc.edits.map((e) => e.rule))];
    const legend = await page.$$eval('#legend label', (els) => els.map((e) => e.textContent));
    expect(legend).toEqual(rules.map((r) => `${r} (${doc.edits.filter((e) => e.rule === r).length})`));
  });

  it('explains an edit when it is clicked', async () => {
    await cleanInPage(SEED);
    const doc = clean(SEED);
    const i = doc.edits.length - 1;
    await page.click(`#marked .edit[data-edit="${i}"]`);
    expect(await page.isVisible('#detail')).toBe(true);
    expect(await page.textContent('#detail .reason')).toBe(doc.edits[i]!.reason);
    expect(await page.textContent('#detail .rule')).toBe(doc.edits[i]!.rule);
    expect(await page.getAttribute(`#marked .edit[data-edit="${i}"]`, 'class')).toContain('selected');
  });

  it('lists the edits in a table', async () => {
    await cleanInPage(SEED);
    const doc = clean(SEED);
    await page.click('[role=tab][data-tab=list]');
    const rows = await page.$$eval('#edit-list tbody tr', (trs) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent)));
    expect(rows).toHaveLength(doc.edits.length);
    expect(rows.map((r) => [r[1], r[4]])).toEqual(doc.edits.map((e) => [e.rule, e.reason]));
    await page.click('[role=tab][data-tab=marked]');
  });

  it('offers the whole document as JSON', async () => {
    await cleanInPage(SEED);
    const json = await page.evaluate(async () => (await fetch((document.getElementById('download') as HTMLAnchorElement).href)).text());
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(clean(SEED))));
  });

  it('shows pasted markup as text and never runs it', async () => {
    const hostile = 'Headline\n\n<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> body text.';
    await cleanInPage(hostile);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.textContent('#clean-text')).toBe(clean(hostile).text);
    expect(await page.$$('#marked img, #marked script, #clean-text img')).toHaveLength(0);
  });

  it('turns a rule off from the rule list', async () => {
    await cleanInPage('A\n\n\n\nB');
    if (!(await page.isVisible('#rules input'))) await page.click('#rules-panel summary');
    const id = await page.$eval('#rules input', (box) => (box as HTMLInputElement).value);
    await page.uncheck(`#rules input[value="${id}"]`);
    const doc = clean('A\n\n\n\nB', { rules: { [id]: false } });
    expect(await page.textContent('#clean-text')).toBe(doc.text);
    await page.check(`#rules input[value="${id}"]`);
  });

  it('offers HTML input exactly when the build exports cleanHtml', async () => {
    const hasHtml = await page.evaluate(() => typeof (window as unknown as { unscrape: Record<string, unknown> }).unscrape.cleanHtml === 'function');
    const disabled = await page.$eval('#mode option[value=html]', (o) => (o as HTMLOptionElement).disabled);
    expect(disabled).toBe(!hasHtml);
    if (!hasHtml) {
      expect(await page.isVisible('#html-note')).toBe(true);
      return;
    }
    await page.selectOption('#mode', 'html');
    await page.fill('#input', '<html><body><article><h1>Bridge vote</h1><p>The council voted on Tuesday to replace the old bridge over the river.</p></article></body></html>');
    await page.click('#run');
    await page.waitForSelector('#result:not([hidden])');
    expect(await page.textContent('#clean-text')).toContain('The council voted on Tuesday');
    expect(await page.isVisible('#error')).toBe(false);
  });
});
