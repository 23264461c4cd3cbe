import { InvalidInputError } from '../errors.js';
import { checkEdits } from '../ledger/apply-edits.js';
import type { Edit } from '../model/edit.js';
import { hashString } from '../dedup/hash-string.js';
import { DUPLICATE_PARAGRAPH_RULE } from '../dedup/dedupe-documents.js';
import { MAIN_CONTENT_RULE } from '../html/main-content-rule.js';
import { defaultRules } from '../pipeline/default-rules.js';
import { escapeHtml } from './escape-html.js';

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

/**
 * The hue (0-359) a rule is drawn in, the same in every report whatever the other rules and their order
 * (a reviewer learns the colours once). A built-in rule has a fixed hue ({@link BUILT_IN_HUES}); any other
 * id gets a hash of itself. The page's style sheet has one class per hue (`.h0` to `.h359`), so a
 * document's section can be drawn before the run has seen every rule.
 */
export function ruleHue(rule: string): number {
  let hue = BUILT_IN_HUES.get(rule) ?? HUE_CACHE.get(rule);
  if (hue === undefined) {
    hue = hashString(rule, 7) % 360;
    if (HUE_CACHE.size < 4096) HUE_CACHE.set(rule, hue); // a run has a few tens of rules; a bound all the same
  }
  return hue;
}

/** The golden angle in degrees: each step lands in the widest gap the steps before it left. */
const GOLDEN_ANGLE = 137.508;

/**
 * The hues of the built-in rules: in pipeline order (then the HTML and dedup rules), each a golden angle
 * after the one before. Hashed hues crowd (caption, comment-section, date and related-links all came out
 * yellow); these are at least 12 degrees apart, and rules that act side by side in the pipeline
 * (caption, photo-credit) are far apart.
 */
const BUILT_IN_HUES: ReadonlyMap<string, number> = new Map(
  [...defaultRules.map((r) => r.id), MAIN_CONTENT_RULE, DUPLICATE_PARAGRAPH_RULE].map((id, k) => [id, Math.round(k * GOLDEN_ANGLE) % 360]),
);

const HUE_CACHE = new Map<string, number>();

/**
 * Throws when a value is not a {@link ReportDocument} whose ledger fits its source.
 *
 * @param doc - The value.
 * @param index - Its 0-based position, for the message.
 */
export function checkReportDocument(doc: ReportDocument, index: number): void {
  if (!doc || typeof doc.source !== 'string' || !Array.isArray(doc.edits)) {
    throw new InvalidInputError(`document ${index + 1} needs a string \`source\` and an \`edits\` array`);
  }
  if (doc.id !== undefined && typeof doc.id !== 'string') throw new InvalidInputError(`document ${index + 1}: \`id\` must be a string`);
  doc.edits.forEach((e, i) => {
    if (!e || typeof e.rule !== 'string' || typeof e.reason !== 'string' || typeof e.before !== 'string' || typeof e.after !== 'string') {
      throw new InvalidInputError(`document ${index + 1}, edit ${i}: needs string \`rule\`, \`reason\`, \`before\` and \`after\``);
    }
  });
  checkEdits(doc.source, doc.edits);
}

/** What the report counts of one rule in one document. */
export interface ReportRuleTally {
  readonly rule: string;
  readonly edits: number;
  /** Characters removed (the edits' `before`). */
  readonly removed: number;
  /** Characters put in (the edits' `after`). */
  readonly inserted: number;
}

/**
 * One document as the report needs it, made where the document is (e.g. in a worker thread) so that
 * only this crosses to where the page is written: its counts, and its drawing when it is to be drawn.
 */
export interface ReportPiece {
  /** The document's id, for its heading. Default: `document N`. */
  readonly id?: string;
  /** The length of its source. */
  readonly sourceLength: number;
  /** Its edits per rule, in the order the rules first occur in its ledger. */
  readonly rules: readonly ReportRuleTally[];
  /** Its total number of edits. */
  readonly edits: number;
  /** Its drawing ({@link renderReportBody}), when asked for. */
  readonly body?: string;
}

/**
 * Makes a document's {@link ReportPiece}: checks it ({@link checkReportDocument}), counts its edits per
 * rule and, with `draw`, draws it. Pure: the same piece wherever it is made.
 *
 * @param doc - The document.
 * @param draw - Whether to draw it (only documents under the report's limit are drawn).
 * @param index - Its 0-based position, for error messages. Default: `0`.
 * @returns The piece.
 */
export function createReportPiece(doc: ReportDocument, draw: boolean, index = 0): ReportPiece {
  checkReportDocument(doc, index);
  const rules = new Map<string, { rule: string; edits: number; removed: number; inserted: number }>();
  for (const e of doc.edits) {
    let t = rules.get(e.rule);
    if (t === undefined) rules.set(e.rule, (t = { rule: e.rule, edits: 0, removed: 0, inserted: 0 }));
    t.edits++;
    t.removed += e.before.length;
    t.inserted += e.after.length;
  }
  return {
    ...(doc.id !== undefined ? { id: doc.id } : {}),
    sourceLength: doc.source.length,
    rules: [...rules.values()],
    edits: doc.edits.length,
    ...(draw ? { body: renderReportBody(doc) } : {}),
  };
}

/**
 * Wraps a drawn document into its section of the page: `<article id="doc-N">`, its heading, its body.
 *
 * @param n - Its 1-based number in the report (its anchor `doc-N`, and its name when it has no `id`).
 * @param id - Its id, or `undefined`.
 * @param body - Its drawing ({@link renderReportBody}).
 * @returns The `<article>` element, ending in a newline.
 */
export function wrapReportSection(n: number, id: string | undefined, body: string): string {
  return `<article class="doc" id="doc-${n}"><h2>${escapeHtml(id ?? `document ${n}`)}</h2>${body}</article>\n`;
}

/**
 * Draws one document for the report: a line of its fields, and its source with every edit marked
 * (removed text struck through, inserted text underlined, a replacement as both in one mark), each
 * mark carrying its rule (`data-rule`, and the rule's hue class) and `rule: reason` on hover.
 * Everything from the document is escaped. Depends on nothing but the document, so it can be made
 * anywhere and the sections written one by one as the documents come ({@link wrapReportSection}).
 *
 * @param doc - A checked document ({@link checkReportDocument}).
 * @returns The `<p class="meta">` and `<pre class="text">` elements.
 */
export function renderReportBody(doc: ReportDocument): string {
  const { source, edits } = doc;
  let body = '';
  let at = 0;
  for (const e of edits) {
    body += escapeHtml(source.slice(at, e.start));
    const tip = escapeHtml(`${e.rule}: ${e.reason}`);
    const attrs = `class="m h${ruleHue(e.rule)}" data-rule="${escapeHtml(e.rule)}" title="${tip}"`;
    if (e.after === '') body += `<del ${attrs}>${visible(e.before)}</del>`;
    else if (e.before === '') body += `<ins ${attrs}>${visible(e.after)}</ins>`;
    else body += `<span ${attrs}><del>${visible(e.before)}</del><ins>${visible(e.after)}</ins></span>`;
    at = e.end;
  }
  body += escapeHtml(source.slice(at));
  const meta: string[] = [];
  for (const f of ['title', 'byline', 'date', 'lang'] as const) {
    const v = doc[f];
    if (typeof v === 'string' && v !== '') meta.push(`<b>${f}</b> ${escapeHtml(v)}`);
  }
  meta.push(`<b>edits</b> ${edits.length}`);
  return `<p class="meta">${meta.join(' · ')}</p><pre class="text">${body}</pre>`;
}

/** Escaped text of a mark; white space that would be invisible is shown as a glyph before it. */
function visible(text: string): string {
  if (text.trim() !== '') return escapeHtml(text);
  const glyphs = text.replace(/\r\n|\r|\n/g, (nl) => `↵${nl}`).replace(/ /g, '·').replace(/\t/g, '→').replace(/\u00a0/g, '⍽');
  return `<span class="ws">${escapeHtml(glyphs)}</span>`;
}
