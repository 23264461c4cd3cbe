import { InvalidInputError, InvalidOptionError, UnscrapeError } from '../errors.js';
import { escapeHtml } from './escape-html.js';
import { REPORT_CSS, REPORT_SCRIPT, REPORT_SCRIPT_HASH } from './report-assets.js';
import { createReportPiece, ruleHue, wrapReportSection, type ReportDocument, type ReportPiece } from './report-document.js';

/** Options of {@link createReportStream}, {@link renderReport} and {@link createReportBuilder}. */
export interface ReportOptions {
  /** The page's heading and `<title>`. Default: `'unscrape review report'`. */
  readonly title?: string;
  /**
   * Most documents drawn in full; the rest still count in the summary. `false` draws all. Default: `1000`
   * (a page of a million documents would not open).
   */
  readonly limit?: number | false;
}

/**
 * The review report as parts to write one after another (to a file, a socket, a stream): `head`, then
 * what {@link ReportStream.add} returns for each document, then {@link ReportStream.tail}. Their
 * concatenation is the page {@link renderReport} returns for the same documents. Only the per-rule
 * totals are kept between the parts, so the memory it needs does not grow with the documents.
 */
export interface ReportStream {
  /** The start of the page: the head (style, script policy), the heading and the `<main>` opening tag. */
  readonly head: string;
  /**
   * Counts a document and draws it: returns its `<article>` section while under the limit, else `''`
   * (it is still counted).
   *
   * @param doc - The document.
   * @returns Its section of the page, or `''`.
   * @throws {@link InvalidInputError} when it is not a document; {@link InvalidLedgerError} when its ledger does not fit its source; an `UnscrapeError` with code `report-finished` after {@link ReportStream.tail}.
   */
  add(doc: ReportDocument): string;
  /**
   * Ends the report: returns the end of the page, with the summary, the per-rule counts and a filter
   * per rule (the page's script moves them to the top once it has loaded). Calling it again returns the
   * same text; {@link ReportStream.add} then throws.
   *
   * @returns The end of the page.
   */
  tail(): string;
  /** Documents added so far. */
  readonly documents: number;
  /** Of those, the documents drawn in full (at most the `limit`). */
  readonly drawn: number;
}

/** Counts of one rule over the report. */
interface RuleTotals {
  edits: number;
  removed: number;
  inserted: number;
  documents: number;
}

/**
 * Starts a review report written in parts, for corpora too big to hold as one page in memory (this is
 * what `unscrape clean --report FILE` and `unscrape report` do): write `head`, then the section
 * {@link ReportStream.add} returns for each document as soon as it is cleaned, then
 * {@link ReportStream.tail}. The page is the one {@link renderReport} describes; it can be written
 * before the run has seen all its rules because a rule's colour comes from its id (the same in every
 * report), and the per-rule counts and filters, known only at the end, are written there and moved to
 * the top by the page's script. Pure: returns strings, writes nothing.
 *
 * @param options - {@link ReportOptions}.
 * @returns A {@link ReportStream}.
 * @throws {@link InvalidOptionError} on a bad option.
 * @example
 * ```ts
 * const report = createReportStream({ title: 'overnight crawl' });
 * out.write(report.head);
 * for await (const doc of cleaned) out.write(report.add(doc));
 * out.end(report.tail());
 * ```
 */
export function createReportStream(options: ReportOptions = {}): ReportStream {
  return openReport(options);
}

/** A {@link ReportStream} that also takes documents as {@link ReportPiece}s made elsewhere. */
export interface PieceReportStream extends ReportStream {
  /**
   * Whether the next document will be drawn (under the limit): make its piece with a body then.
   *
   * @returns True while fewer than `limit` documents were added.
   */
  drawsNext(): boolean;
  /**
   * Counts a document from its piece and returns its section, like {@link ReportStream.add}.
   *
   * @param piece - The piece ({@link createReportPiece}), with a body when {@link PieceReportStream.drawsNext} said so.
   * @returns Its section, or `''` past the limit.
   * @throws {@link InvalidInputError} when it should be drawn but has no body.
   */
  addPiece(piece: ReportPiece): string;
}

/**
 * {@link createReportStream}, with {@link PieceReportStream.addPiece} for the CLI, whose workers make
 * the pieces (the drawing and counting then happen in the workers' bounded heaps, and the main thread
 * only writes).
 *
 * @param options - {@link ReportOptions}.
 * @returns The stream.
 */
export function openReport(options: ReportOptions = {}): PieceReportStream {
  if (options === null || typeof options !== 'object') throw new InvalidOptionError('options', 'must be an object');
  const title = options.title ?? 'unscrape review report';
  if (typeof title !== 'string') throw new InvalidOptionError('title', 'must be a string');
  const limit = options.limit ?? 1000;
  if (limit !== false && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0)) {
    throw new InvalidOptionError('limit', 'must be an integer >= 0 or false');
  }
  const rules = new Map<string, RuleTotals>();
  let documents = 0;
  let drawn = 0;
  let edits = 0;
  let chars = 0;
  let tail: string | undefined;
  const drawsNext = (): boolean => limit === false || documents < limit;
  const addPiece = (piece: ReportPiece): string => {
    if (tail !== undefined) throw new UnscrapeError('report-finished', 'the report is finished (tail() was called): start another to add documents');
    const draw = drawsNext();
    if (draw && typeof piece.body !== 'string') throw new InvalidInputError(`document ${documents + 1} is drawn but its piece has no body`);
    documents++;
    chars += piece.sourceLength;
    edits += piece.edits;
    for (const r of piece.rules) {
      let t = rules.get(r.rule);
      if (t === undefined) rules.set(r.rule, (t = { edits: 0, removed: 0, inserted: 0, documents: 0 }));
      t.edits += r.edits;
      t.removed += r.removed;
      t.inserted += r.inserted;
      t.documents++;
    }
    if (!draw) return '';
    drawn++;
    return wrapReportSection(documents, piece.id, piece.body!);
  };
  return {
    head: head(title),
    add(doc) {
      if (tail !== undefined) throw new UnscrapeError('report-finished', 'the report is finished (tail() was called): start another to add documents');
      return addPiece(createReportPiece(doc, drawsNext(), documents));
    },
    addPiece,
    drawsNext,
    tail() {
      tail ??= end(documents, drawn, edits, chars, rules);
      return tail;
    },
    get documents() {
      return documents;
    },
    get drawn() {
      return drawn;
    },
  };
}

function head(title: string): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src '${REPORT_SCRIPT_HASH}'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<div id="totals-slot"><p class="pending">The counts and the filters per rule are written at the end of the page; they appear here when it has loaded.</p></div>
<p><label><input type="checkbox" id="clean-view"> read the clean text (hide removed spans)</label></p>
</header>
<main>
`;
}

/** The end of the page: rules in the order the run first met them (a run's rules come in pipeline order). */
function end(docs: number, drawn: number, edits: number, chars: number, rules: ReadonlyMap<string, RuleTotals>): string {
  let rows = '';
  let k = 0;
  for (const [r, t] of rules) {
    const rule = escapeHtml(r);
    rows += `<tr><td><input type="checkbox" checked data-rule="${rule}" id="f${k}"></td><td><label for="f${k}"><span class="sw h${ruleHue(r)}"></span>${rule}</label></td><td class="n">${t.edits}</td><td class="n">${t.removed}</td><td class="n">${t.inserted}</td><td class="n">${t.documents}</td></tr>`;
    k++;
  }
  const shown = drawn < docs ? ` (the first ${drawn} drawn below)` : '';
  return `</main>
<section id="totals">
<p class="summary" id="summary"><span id="doc-count">${docs}</span> documents${shown}, <span id="edit-count">${edits}</span> edits over ${chars} characters of source. Struck-through text was removed, underlined text was put in; hover a mark for its rule and reason.</p>
<table id="rules"><thead><tr><th>show</th><th>rule</th><th class="n">edits</th><th class="n">chars removed</th><th class="n">chars inserted</th><th class="n">documents</th></tr></thead><tbody>${rows}</tbody></table>
</section>
<footer>Made by unscrape. The page is static: it loads nothing and runs only its own filter script.</footer>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
