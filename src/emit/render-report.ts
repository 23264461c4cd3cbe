import { InvalidInputError, InvalidOptionError } from '../errors.js';
import { checkEdits } from '../ledger/apply-edits.js';
import type { Edit } from '../model/edit.js';
import { hashString } from '../dedup/hash-string.js';
import { REPORT_CSS, REPORT_SCRIPT, REPORT_SCRIPT_HASH } from './report-assets.js';

/** What the report needs of a document: the source and its ledger (a `CleanDocument` has both). */
export interface ReportDocument {
  /** Shown as the document's heading. Default: `document N`. */
  readonly id?: string;
  /** The text the edits refer to. */
  readonly source: string;
  /** The ledger: sorted, non-overlapping edits into `source`. */
  readonly edits: readonly Edit[];
  /** Shown in the document's header line when a non-empty string. Default: not shown. */
  readonly title?: string | null;
  /** Shown in the document's header line when a non-empty string. Default: not shown. */
  readonly byline?: string | null;
  /** Shown in the document's header line when a non-empty string. Default: not shown. */
  readonly date?: string | null;
  /** The detected language code, shown in the document's header line. Default: not shown. */
  readonly lang?: string;
}

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** The page's heading and `<title>`. Default: `'unscrape review report'`. */
  readonly title?: string;
  /**
   * Most documents drawn in full; the rest still count in the summary. `false` draws all. Default: `1000`
   * (a page of a million documents would not open).
   */
  readonly limit?: number | false;
}

/** Counts of one rule over the report. */
interface RuleTotals {
  edits: number;
  removed: number;
  inserted: number;
  documents: number;
}

/** Builds a report one document at a time (for streams); {@link renderReport} wraps it. */
export interface ReportBuilder {
  /** Adds a document (drawn when under the limit, counted always). */
  add(doc: ReportDocument): void;
  /** The finished HTML page. */
  finish(): string;
}

/**
 * Starts a review report that documents are added to one by one, e.g. as `unscrape clean` streams them.
 *
 * @param options - {@link ReportOptions}.
 * @returns A {@link ReportBuilder}.
 * @throws {@link InvalidOptionError} on a bad option.
 * @example
 * ```ts
 * const report = createReportBuilder({ limit: 200 });
 * for await (const doc of cleaned) report.add(doc);
 * await writeFile('report.html', report.finish());
 * ```
 */
export function createReportBuilder(options: ReportOptions = {}): ReportBuilder {
  const title = options.title ?? 'unscrape review report';
  if (typeof title !== 'string') throw new InvalidOptionError('title', 'must be a string');
  const limit = options.limit ?? 1000;
  if (limit !== false && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0)) {
    throw new InvalidOptionError('limit', 'must be an integer >= 0 or false');
  }
  const rules = new Map<string, RuleTotals>();
  const order: string[] = [];
  const parts: string[] = [];
  let count = 0;
  let editCount = 0;
  let sourceChars = 0;
  const ruleIndex = (rule: string): number => {
    if (!rules.has(rule)) {
      rules.set(rule, { edits: 0, removed: 0, inserted: 0, documents: 0 });
      order.push(rule);
    }
    return order.indexOf(rule);
  };
  return {
    add(doc) {
      checkDocument(doc, count);
      count++;
      sourceChars += doc.source.length;
      editCount += doc.edits.length;
      const touched = new Set<string>();
      for (const e of doc.edits) {
        ruleIndex(e.rule);
        const t = rules.get(e.rule)!;
        t.edits++;
        t.removed += e.before.length;
        t.inserted += e.after.length;
        touched.add(e.rule);
      }
      for (const r of touched) rules.get(r)!.documents++;
      if (limit === false || count <= limit) parts.push(renderDocument(doc, count, ruleIndex));
    },
    finish() {
      return page(title, count, parts.length, editCount, sourceChars, order, rules, parts.join('\n'));
    },
  };
}

/**
 * Renders one static, self-contained HTML page to review what cleaning did: each document's source
 * with removed spans struck through and insertions underlined, coloured by rule, the rule and reason
 * on hover, per-rule counts with a checkbox per rule that hides or shows its marks, and a switch to
 * read the clean text. Every mark and rule checkbox carries `data-rule="<rule id>"` (for scripts and
 * tests that pick marks by rule). All document text is HTML-escaped (a `<script>` in a document shows as text),
 * and a Content-Security-Policy allows only the page's own script. Pure: returns a string.
 *
 * @param docs - Documents with `source` and `edits` (e.g. `CleanDocument`s with an `id`).
 * @param options - {@link ReportOptions}.
 * @returns The HTML page.
 * @throws {@link InvalidInputError} when a document lacks `source`/`edits`; {@link InvalidLedgerError} when its ledger does not fit its source.
 * @example
 * ```ts
 * const html = renderReport(texts.map((t, i) => ({ id: String(i), ...clean(t) })));
 * ```
 */
export function renderReport(docs: Iterable<ReportDocument>, options: ReportOptions = {}): string {
  if (docs === null || typeof (docs as Iterable<ReportDocument>)?.[Symbol.iterator] !== 'function') {
    throw new InvalidInputError('renderReport() takes an iterable of documents');
  }
  const builder = createReportBuilder(options);
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @param text - Any text.
 * @returns The text with `& < > " '` as character references.
 * @example
 * ```ts
 * escapeHtml('<script>'); // '&lt;script&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function checkDocument(doc: ReportDocument, index: number): void {
  if (!doc || typeof doc.source !== 'string' || !Array.isArray(doc.edits)) {
    throw new InvalidInputError(`document ${index + 1} needs a string \`source\` and an \`edits\` array`);
  }
  doc.edits.forEach((e, i) => {
    if (!e || typeof e.rule !== 'string' || typeof e.reason !== 'string' || typeof e.before !== 'string' || typeof e.after !== 'string') {
      throw new InvalidInputError(`document ${index + 1}, edit ${i}: needs string \`rule\`, \`reason\`, \`before\` and \`after\``);
    }
  });
  checkEdits(doc.source, doc.edits);
}

function renderDocument(doc: ReportDocument, n: number, ruleIndex: (rule: string) => number): string {
  const { source, edits } = doc;
  let body = '';
  let at = 0;
  for (const e of edits) {
    body += escapeHtml(source.slice(at, e.start));
    const k = ruleIndex(e.rule);
    const tip = escapeHtml(`${e.rule}: ${e.reason}`);
    const attrs = `class="m k${k}" data-rule="${escapeHtml(e.rule)}" title="${tip}"`;
    if (e.after === '') body += `<del ${attrs}>${visible(e.before)}</del>`;
    else if (e.before === '') body += `<ins ${attrs}>${visible(e.after)}</ins>`;
    else body += `<span ${attrs}><del>${visible(e.before)}</del><ins>${visible(e.after)}</ins></span>`;
    at = e.end;
  }
  body += escapeHtml(source.slice(at));
  const name = doc.id ?? `document ${n}`;
  const meta: string[] = [];
  for (const f of ['title', 'byline', 'date', 'lang'] as const) {
    const v = doc[f];
    if (typeof v === 'string' && v !== '') meta.push(`<b>${f}</b> ${escapeHtml(v)}`);
  }
  meta.push(`<b>edits</b> ${edits.length}`);
  return `<article class="doc" id="doc-${n}"><h2>${escapeHtml(name)}</h2><p class="meta">${meta.join(' · ')}</p><pre class="text">${body}</pre></article>`;
}

/** Escaped text of a mark; white space that would be invisible is shown as a glyph before it. */
function visible(text: string): string {
  if (text.trim() !== '') return escapeHtml(text);
  const glyphs = text.replace(/\r\n|\r|\n/g, (nl) => `↵${nl}`).replace(/ /g, '·').replace(/\t/g, '→').replace(/\u00a0/g, '⍽');
  return `<span class="ws">${escapeHtml(glyphs)}</span>`;
}

function page(title: string, docs: number, drawn: number, edits: number, chars: number, order: readonly string[], rules: ReadonlyMap<string, RuleTotals>, body: string): string {
  const hues = order.map((r, k) => `.k${k}{--h:${hashString(r, 7) % 360}}`).join('');
  const rows = order
    .map((r, k) => {
      const t = rules.get(r)!;
      return `<tr><td><input type="checkbox" checked data-k="${k}" data-rule="${escapeHtml(r)}" id="f${k}"></td><td><label for="f${k}"><span class="sw k${k}"></span>${escapeHtml(r)}</label></td><td class="n">${t.edits}</td><td class="n">${t.removed}</td><td class="n">${t.inserted}</td><td class="n">${t.documents}</td></tr>`;
    })
    .join('');
  const shown = drawn < docs ? ` (the first ${drawn} drawn below)` : '';
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src '${REPORT_SCRIPT_HASH}'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}${hues}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="summary" id="summary"><span id="doc-count">${docs}</span> documents${shown}, <span id="edit-count">${edits}</span> edits over ${chars} characters of source. Struck-through text was removed, underlined text was put in; hover a mark for its rule and reason.</p>
<table id="rules"><thead><tr><th>show</th><th>rule</th><th class="n">edits</th><th class="n">chars removed</th><th class="n">chars inserted</th><th class="n">documents</th></tr></thead><tbody>${rows}</tbody></table>
<p><label><input type="checkbox" id="clean-view"> read the clean text (hide removed spans)</label></p>
</header>
<main>
${body}
</main>
<footer>Made by unscrape. The page is static: it loads nothing and runs only its own filter script.</footer>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
