import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/emit/escape-html.js';
import { createReportBuilder, renderReport, type ReportDocument } from '../../src/emit/render-report.js';
import { REPORT_CSS, REPORT_SCRIPT, REPORT_SCRIPT_HASH } from '../../src/emit/report-assets.js';
import { ruleHue } from '../../src/emit/report-document.js';
import { createReportStream } from '../../src/emit/report-stream.js';
import { InvalidInputError, InvalidLedgerError, InvalidOptionError, UnscrapeError } from '../../src/errors.js';
import type { Edit } from '../../src/model/edit.js';
import { clean } from '../../src/pipeline/clean.js';
import { defaultRules } from '../../src/pipeline/default-rules.js';

const edit = (source: string, start: number, end: number, after: string, rule: string, reason: string): Edit => ({
  start, end, before: source.slice(start, end), after, rule, reason, confidence: 1,
});

const SOURCE = 'Breaking news\nThe mayor spoke.Then left.\n\nShare this <script>alert(1)</script>\n';
const DOC: ReportDocument = {
  id: 'doc <b>1</b>',
  source: SOURCE,
  title: 'A "quoted" & <i>title</i>',
  edits: [
    edit(SOURCE, 0, 14, '', 'headline', 'taken into the title'),
    edit(SOURCE, 30, 30, ' ', 'sentence-seam', 'full stop glued to a capital'),
    edit(SOURCE, 40, 42, '', 'layout', 'blank line'),
    edit(SOURCE, 42, SOURCE.length, '', 'share-link', 'share button text <img src=x onerror=alert(2)>'),
  ],
};

function dom(html: string) {
  return parseHTML(html).document;
}

describe('renderReport', () => {
  it('marks removals, insertions and replacements by rule, with the reason on hover', () => {
    const doc = dom(renderReport([DOC]));
    const marks = Array.from(doc.querySelectorAll('.m'));
    expect(marks.map((m) => m.tagName.toLowerCase())).toEqual(['del', 'ins', 'del', 'del']);
    expect(marks[1]!.getAttribute('title')).toBe('sentence-seam: full stop glued to a capital');
    expect(marks[3]!.getAttribute('title')).toBe('share-link: share button text <img src=x onerror=alert(2)>');
    // Same rule, same class; four rules, four filters, with counts.
    const rows = Array.from(doc.querySelectorAll('#rules tbody tr')).map((tr) => Array.from(tr.querySelectorAll("td")).slice(1).map((td) => td.textContent));
    expect(rows).toEqual([
      ['headline', '1', '14', '0', '1'],
      ['sentence-seam', '1', '0', '1', '1'],
      ['layout', '1', '2', '0', '1'],
      ['share-link', '1', String(SOURCE.length - 42), '0', '1'],
    ]);
    expect(doc.querySelectorAll('#rules input[type=checkbox][data-rule]').length).toBe(4);
    // Each mark and each filter names its rule, so a reader (or a test) can pick them by rule.
    expect(marks.map((m) => m.getAttribute('data-rule'))).toEqual(['headline', 'sentence-seam', 'layout', 'share-link']);
    expect(Array.from(doc.querySelectorAll('#rules input')).map((i) => i.getAttribute('data-rule'))).toEqual(['headline', 'sentence-seam', 'layout', 'share-link']);
  });

  it('escapes a rule id inside the data-rule attribute', () => {
    const source = 'ab';
    const rule = 'x" onmouseover="alert(1)';
    const doc = dom(renderReport([{ source, edits: [edit(source, 0, 1, '', rule, 'r')] }]));
    const mark = doc.querySelector('.m')!;
    expect(mark.getAttribute('data-rule')).toBe(rule);
    expect(mark.hasAttribute('onmouseover')).toBe(false);
    expect(doc.querySelector('#rules input')!.hasAttribute('onmouseover')).toBe(false);
  });

  it('draws a replacement as the old text struck and the new text underlined in one mark', () => {
    const source = 'colour and colour';
    const html = renderReport([{ source, edits: [edit(source, 0, 6, 'color', 'variant', 'US spelling')] }]);
    const mark = dom(html).querySelector('.m')!;
    expect(mark.tagName.toLowerCase()).toBe('span');
    expect(mark.querySelector('del')!.textContent).toBe('colour');
    expect(mark.querySelector('ins')!.textContent).toBe('color');
  });

  it('escapes all document text: ids, fields, source, edits and reasons', () => {
    const html = renderReport([DOC]);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>1</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const doc = dom(html);
    expect(doc.querySelectorAll('script').length).toBe(1);
    expect(doc.querySelectorAll('img').length).toBe(0);
    expect(doc.querySelector('h2')!.textContent).toBe('doc <b>1</b>');
    expect(doc.querySelector('.meta')!.textContent).toContain('A "quoted" & <i>title</i>');
  });

  it('reads back the source: the text of the page minus insertions is the source (non-white-space edits)', () => {
    const source = 'Keep this. <b>Drop</b> this & that.';
    const edits = [edit(source, 11, 23, '', 'x', 'r'), edit(source, 28, 29, 'and', 'y', 'r')];
    const pre = dom(renderReport([{ source, edits }])).querySelector('pre')!;
    for (const ins of Array.from(pre.querySelectorAll("ins"))) ins.remove();
    expect(pre.textContent).toBe(source);
  });

  it('shows white-space edits with visible glyphs', () => {
    const source = 'a \n\n\nb';
    const html = renderReport([{ source, edits: [edit(source, 1, 5, '\n\n', 'layout', 'gap')] }]);
    expect(dom(html).querySelector('.m del')!.textContent).toBe('·↵\n↵\n↵\n');
  });

  it('pins its own script in the Content-Security-Policy', () => {
    const hash = `sha256-${createHash('sha256').update(REPORT_SCRIPT).digest('base64')}`;
    expect(REPORT_SCRIPT_HASH).toBe(hash);
    const csp = dom(renderReport([])).querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content');
    expect(csp).toContain(`script-src '${hash}'`);
    expect(csp).toContain("default-src 'none'");
  });

  it('counts every document but draws only the first `limit`', () => {
    const docs = ['one', 'two', 'three'].map((t, i) => ({ id: `d${i}`, ...clean(`  ${t}  `, { lang: false }) }));
    const doc = dom(renderReport(docs, { limit: 1 }));
    expect(doc.querySelectorAll('article').length).toBe(1);
    expect(doc.querySelector('#doc-count')!.textContent).toBe('3');
    expect(doc.querySelector('#edit-count')!.textContent).toBe(String(docs.reduce((n, d) => n + d.edits.length, 0)));
  });

  it('renders clean() output of real text (ledger round trip) and builds incrementally the same page', () => {
    const docs = [clean('Title\n\n\n\nBody line one.\nBody line two.   \n', { lang: false })];
    const b = createReportBuilder();
    for (const d of docs) b.add(d);
    expect(b.finish()).toBe(renderReport(docs));
    expect(dom(renderReport(docs)).querySelectorAll('.m').length).toBe(docs[0]!.edits.length);
  });

  it('throws typed errors on misuse', () => {
    expect(() => renderReport([{ text: 'x' } as never])).toThrow(InvalidInputError);
    expect(() => renderReport([{ id: 7, source: 'x', edits: [] } as never])).toThrow(InvalidInputError);
    expect(() => createReportStream(null as never)).toThrow(InvalidOptionError);
    expect(() => createReportStream({ title: 3 as never })).toThrow(InvalidOptionError);
    expect(() => renderReport(42 as never)).toThrow(InvalidInputError);
    expect(() => renderReport([{ source: 'abc', edits: [{ ...edit('abc', 0, 1, '', 'r', 'r'), before: 'z' }] }])).toThrow(InvalidLedgerError);
    expect(() => renderReport([], { limit: -1 })).toThrow(InvalidOptionError);
  });

  it('escapeHtml escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('createReportStream', () => {
  const docs = [
    DOC,
    ...['Title\n\n\n\nBody line one.\nBody line two.   \n', '  two  ', 'three.Four'].map((t, i) => ({ id: `d${i}`, ...clean(t, { lang: false }) })),
  ];

  it('its parts, written in order, are the page renderReport returns', () => {
    for (const limit of [undefined, 2, false, 0] as const) {
      const options = { title: 'parts <&>', ...(limit !== undefined ? { limit } : {}) };
      const report = createReportStream(options);
      let page = report.head;
      const sections = docs.map((d) => report.add(d));
      page += sections.join('') + report.tail();
      expect(page).toBe(renderReport(docs, options));
      const drawn = limit === undefined || limit === false ? docs.length : limit;
      expect(report.documents).toBe(docs.length);
      expect(report.drawn).toBe(drawn);
      expect(sections.filter((s) => s !== '').length).toBe(drawn);
    }
  });

  it('writes nothing that depends on later documents before them: the head is fixed, a section depends on its document and number only', () => {
    const a = createReportStream();
    const b = createReportStream();
    expect(a.head).toBe(b.head);
    // a has seen other rules first; b another document: DOC's section (number 2 in both) is the same.
    a.add(docs[1]!);
    b.add(docs[3]!);
    expect(a.add(DOC)).toBe(b.add(DOC));
    // The head holds no counts; the tail holds all of them.
    expect(a.head).not.toContain('id="rules"');
    expect(a.head).toContain('id="totals-slot"');
    const page = dom(a.head + a.tail());
    const rules = Array.from(page.querySelectorAll('#rules input[data-rule]')).map((i) => i.getAttribute('data-rule'));
    expect(rules).toEqual([...new Set([...docs[1]!.edits, ...DOC.edits].map((e) => e.rule))]);
  });

  it('colours a rule by its id: the same hue class in every report, whatever the order the rules came in', () => {
    const forward = dom(renderReport(docs));
    const backward = dom(renderReport([...docs].reverse()));
    const hueOf = (doc: ReturnType<typeof dom>, rule: string) =>
      new Set(Array.from(doc.querySelectorAll(`.m[data-rule="${rule}"]`)).map((m) => m.getAttribute('class')));
    for (const rule of ['headline', 'layout', 'share-link', 'sentence-seam']) {
      expect(hueOf(forward, rule)).toEqual(new Set([`m h${ruleHue(rule)}`]));
      expect(hueOf(backward, rule)).toEqual(hueOf(forward, rule));
      // The swatch of its filter row has the same class, and the style sheet defines it.
      expect(forward.querySelector(`#rules tr:has(input[data-rule="${rule}"]) .sw`)!.getAttribute('class')).toBe(`sw h${ruleHue(rule)}`);
      expect(REPORT_CSS).toContain(`.h${ruleHue(rule)}{--h:${ruleHue(rule)}}`);
    }
    expect(ruleHue('layout')).toBe(ruleHue('layout'));
    expect(new Set(['headline', 'layout', 'share-link', 'sentence-seam'].map(ruleHue)).size).toBe(4);
  });

  it('gives each built-in rule its own hue, at least 12 degrees from any other', () => {
    const ids = [...defaultRules.map((r) => r.id), 'main-content', 'duplicate-paragraph'];
    const hues = ids.map(ruleHue);
    for (let i = 0; i < hues.length; i++) {
      for (let j = i + 1; j < hues.length; j++) {
        const d = Math.abs(hues[i]! - hues[j]!);
        expect(Math.min(d, 360 - d), `${ids[i]} and ${ids[j]}`).toBeGreaterThanOrEqual(12);
      }
    }
  });

  it('puts the counts and filters after the documents, and a slot at the top that the script moves them into', () => {
    const html = renderReport(docs);
    expect(html.indexOf('id="totals-slot"')).toBeLessThan(html.indexOf('<main>'));
    expect(html.indexOf('id="totals"')).toBeGreaterThan(html.indexOf('</main>'));
    expect(html.indexOf('<script>')).toBeGreaterThan(html.indexOf('id="totals"'));
    expect(REPORT_SCRIPT).toContain("getElementById('totals-slot')");
  });

  it('tail() twice gives the same text; add() after it throws', () => {
    const report = createReportStream();
    report.add(DOC);
    const tail = report.tail();
    expect(report.tail()).toBe(tail);
    let thrown: unknown;
    try {
      report.add(DOC);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UnscrapeError);
    expect((thrown as UnscrapeError).code).toBe('report-finished');
    expect(report.documents).toBe(1);
  });

  it('a bad document throws before it is counted, and the report goes on', () => {
    const report = createReportStream();
    expect(() => report.add({ source: 'abc', edits: [{ ...edit('abc', 0, 1, '', 'r', 'r'), before: 'z' }] })).toThrow(InvalidLedgerError);
    expect(report.documents).toBe(0);
    expect(report.add(DOC)).toContain('id="doc-1"');
  });
});
