import { splitParagraphs } from '../parse/split-lines.js';
import { countStats } from '../ledger/count-stats.js';
import { InvalidInputError } from '../errors.js';
import type { CleanDocument } from '../model/document.js';
import type { Edit } from '../model/edit.js';
import { detectLanguage } from '../emit/detect-language.js';
import { defaultRules } from './default-rules.js';
import type { CleanOptions } from './options.js';
import { runRules } from './run-rules.js';
import { validateOptions } from './validate-options.js';
import { cleanHtml } from '../html/clean-html.js';

/** HTML input of {@link clean}: `clean({ html })` is `cleanHtml(html)`. */
export interface HtmlInput {
  /** The page's markup. */
  readonly html: string;
}

function isHtmlInput(input: unknown): input is HtmlInput {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return false;
  if (!('html' in input)) return false;
  if (typeof (input as { html: unknown }).html !== 'string') {
    throw new InvalidInputError(`clean({ html }) takes a string of HTML, got ${describe((input as { html: unknown }).html)}`);
  }
  return true;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return `an object with keys ${Object.keys(v as object).slice(0, 5).join(', ') || '(none)'}`;
  return typeof v;
}

/**
 * Cleans scraped article text: removes the noise, takes the title, byline and date out into fields,
 * and records every change as an {@link Edit} with its rule and reason.
 *
 * Pure: no I/O, runs in a browser. Never throws on content; throws {@link InvalidInputError} when
 * `text` is not a string and {@link InvalidOptionError} on a bad option.
 *
 * @param input - The scraped text, or `{ html }`: an HTML page, cleaned by {@link cleanHtml}.
 * @param options - {@link CleanOptions}; every field optional.
 * @returns The {@link CleanDocument}; `applyEdits(doc.source, doc.edits) === doc.text`.
 * @example
 * ```ts
 * import { clean } from 'unscrape';
 * const doc = clean(scraped);
 * console.log(doc.title, doc.text);
 * for (const e of doc.edits) console.log(e.rule, JSON.stringify(e.before), e.reason);
 * ```
 */
export function clean(input: string | HtmlInput, options: CleanOptions = {}): CleanDocument {
  if (isHtmlInput(input)) return cleanHtml(input.html, options);
  if (typeof input !== 'string') throw new InvalidInputError(`clean() takes a string or { html: string }, got ${describe(input)}`);
  const text = input;
  validateOptions(options);
  const run = runRules(text, options.pipeline ?? defaultRules, options);
  const paragraphs = splitParagraphs(run.text);
  return {
    title: run.fields.title ?? null,
    byline: run.fields.byline ?? null,
    date: run.fields.date ?? null,
    text: run.text,
    paragraphs,
    lang: options.lang === false ? 'und' : detectLanguage(run.text, options.lang),
    source: text,
    edits: run.edits,
    skipped: run.skipped,
    stats: countStats(run.edits, run.skipped),
  };
}
