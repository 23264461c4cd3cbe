import { splitParagraphs } from '../parse/split-lines.js';
import { InvalidInputError } from '../errors.js';
import { detectLanguage } from '../emit/detect-language.js';
import type { CleanDocument } from '../model/document.js';
import { countStats } from '../ledger/count-stats.js';
import type { CleanOptions, LanguageOptions } from '../pipeline/options.js';
import { runRules } from '../pipeline/run-rules.js';
import { validateOptions } from '../pipeline/validate-options.js';
import { extractMetadata } from './extract-metadata.js';
import { mainContentRule } from './main-content-rule.js';
import { parsePage } from './parse-page.js';
import { defaultHtmlRules } from './default-html-rules.js';

/**
 * Cleans an HTML page: parses it with linkedom (never runs scripts or fetches anything), renders its visible
 * text as blocks, keeps the article (the `main-content` rule, run first), then runs the text-mode rules
 * (`options.pipeline`, default {@link defaultHtmlRules}: {@link defaultRules} less those the DOM supersedes). `doc.source` is the page's visible text as
 * segmented (blocks separated by one blank line), and every dropped block is an edit with its reason, so
 * `applyEdits(doc.source, doc.edits) === doc.text` holds as in text mode.
 *
 * Fields: `title`, `byline` and `date` come from the page's headline, byline and date blocks, else from its
 * metadata (`og:title`, `<meta name=author>`, `article:published_time`, JSON-LD...); `lang` from franc
 * on the clean body, else (a body too short to tell) `<html lang>`; `url` from `<link rel=canonical>`, else `og:url`.
 *
 * Never throws on content (broken markup, 10 MB pages, 10,000-deep nesting, a page with no article: the
 * body is then empty and every block's edit says why). Throws {@link InvalidInputError} when `html` is not
 * a string and {@link InvalidOptionError} on a bad option.
 *
 * @param html - The page's markup.
 * @param options - {@link CleanOptions}; `rules: { 'main-content': false }` leaves the choice of content to
 *   the text-mode rules (add `pipeline: [layoutRule]` to keep the whole visible text);
 *   `rules: { 'main-content': { captions: true } }` keeps captions.
 * @returns The {@link CleanDocument}, with `url` set.
 * @example
 * ```ts
 * import { cleanHtml } from 'unscrape';
 * const doc = cleanHtml(await (await fetch(url)).text());
 * console.log(doc.title, doc.url, doc.text);
 * for (const e of doc.edits) if (e.rule === 'main-content') console.log(e.reason);
 * ```
 */
export function cleanHtml(html: string, options: CleanOptions = {}): CleanDocument {
  if (typeof html !== 'string') throw new InvalidInputError(`cleanHtml() takes a string of HTML, got ${html === null ? 'null' : typeof html}`);
  validateOptions(options);
  const seg = parsePage(html);
  const meta = extractMetadata(seg.head);
  const rules = [mainContentRule(seg, meta.title), ...(options.pipeline ?? defaultHtmlRules)];
  const run = runRules(seg.source, rules, options);
  const paragraphs = splitParagraphs(run.text);
  return {
    title: run.fields.title ?? meta.title,
    byline: run.fields.byline ?? meta.byline,
    date: run.fields.date ?? meta.date,
    text: run.text,
    paragraphs,
    lang: options.lang === false ? 'und' : pageLanguage(run.text, meta.lang, options.lang),
    source: seg.source,
    edits: run.edits,
    skipped: run.skipped,
    stats: countStats(run.edits, run.skipped),
    url: meta.url,
  };
}

/**
 * The language of a page: what its clean body reads as, when it is long enough to tell (`minLength`), else
 * what the page declares. A site template carries one `<html lang>` whatever language an article is in:
 * on the 96 bench pages, franc on the body is right on all of them and `<html lang>` is wrong on two (an
 * English page declared `de`, a German one `en`).
 */
function pageLanguage(body: string, declared: string | null, options: LanguageOptions | undefined): string {
  const detected = detectLanguage(body, options);
  return detected !== 'und' ? detected : declared ?? 'und';
}
