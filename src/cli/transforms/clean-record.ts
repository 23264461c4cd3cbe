import { collectParagraphSignatures } from '../../dedup/collect-signatures.js';
import { cleanHtml } from '../../html/clean-html.js';
import type { CleanDocument } from '../../model/document.js';
import type { CleanOptions } from '../../pipeline/options.js';
import { clean } from '../../pipeline/clean.js';
import type { JsonlRecord } from '../jsonl/parse-record.js';
import { DUPLICATES_SLOT } from './signed-document.js';
import type { RecordTransform, TransformOutput } from './transform.js';

/**
 * The `clean` transform. A record with a string `html` goes through `cleanHtml` (the page's article
 * is kept; `url` comes from its canonical link), even when it also has a `text` (the page is the
 * fuller evidence: its metadata gives title, byline, date and url, and `html` is passed through so
 * nothing is lost); otherwise `record.text` goes through `clean`. The output record is
 * `{id, title, byline, date, lang, [url,] text, edits, stats, ...other input fields}`: the cleaner's
 * fields come first and win over input fields of the same name, every other input field is passed
 * through unchanged, after them. For text input the input `text` is the edits' source; for HTML the
 * source is the page's visible text (`cleanHtml`'s `doc.source`, rebuilt from `html`).
 *
 * @example
 * ```ts
 * cleanTransform.run({ id: 1, text: 'Hello.', url: 'u' }, {}).record; // { id: 1, title: null, ..., url: 'u' }
 * cleanTransform.run({ id: 2, html: '<article><p>Hello.</p></article>' }, {}).record.text; // 'Hello.'
 * ```
 */
export const cleanTransform: RecordTransform<CleanTransformOptions> = {
  fields: ['text', 'html'],
  run(record, { keepSource, sign, ...options }) {
    const doc = typeof record.html === 'string' ? cleanHtml(record.html, options) : clean(record.text as string, options);
    // A signed document's outputs get their `duplicates` on the main thread: the slot keeps its place.
    const out = cleanOutput(record, doc, sign === true ? { duplicates: DUPLICATES_SLOT } : {}, keepSource === true);
    const full = { id: String(record.id), ...doc };
    // The dedup signature (shingles, MinHash) is the costly part of dedup: made here, in the worker.
    return { ...out, full: sign === true ? { ...full, signature: collectParagraphSignatures(full).documents[0] } : full };
  },
};

/** The options of the `clean` transform: `clean()`'s, plus whether the outputs keep `source`. */
export interface CleanTransformOptions extends CleanOptions {
  /** `--keep-source`: put the document's `source` into the output record and `<id>.json` (for `unscrape report`). Default: `false`. */
  readonly keepSource?: boolean;
  /**
   * `--dedupe`: also put the document's dedup signature (`collectParagraphSignatures`, default
   * settings) into `full.signature`, so the main thread only looks it up, and `DUPLICATES_SLOT` as the
   * outputs' `duplicates` field, for the main thread to fill in. Default: `false`.
   */
  readonly sign?: boolean;
}

/**
 * Builds the `clean` outputs of a record from its clean document: the JSONL record, the `<id>.json`
 * document (without `source`) and the text. Also used on the main thread after a step there changed
 * the document (`--dedupe`), with `extra` fields (`duplicates`) placed after the cleaner's.
 *
 * @param record - The input record (its other fields are passed through).
 * @param doc - Its clean document.
 * @param extra - Fields to add after `stats`. Default: none.
 * @param keepSource - Also write `source` (after `text`). Default: `false`.
 * @returns The transform's output (without `full`).
 *
 * @example
 * ```ts
 * cleanOutput({ id: 1, text }, clean(text)).record;
 * ```
 */
export function cleanOutput(record: JsonlRecord, doc: CleanDocument, extra: Readonly<Record<string, unknown>> = {}, keepSource = false): TransformOutput {
  const out: Record<string, unknown> = {
    id: record.id,
    title: doc.title,
    byline: doc.byline,
    date: doc.date,
    lang: doc.lang,
    ...(doc.url !== undefined ? { url: doc.url } : {}),
    text: doc.text,
    ...(keepSource ? { source: doc.source } : {}),
    edits: doc.edits,
    stats: doc.stats,
    ...extra,
  };
  for (const [key, value] of Object.entries(record)) if (!(key in out)) out[key] = value;
  const { source, ...rest } = doc;
  return { record: out, document: { id: record.id, ...rest, ...(keepSource ? { source } : {}), ...extra }, text: doc.text, lang: doc.lang, edits: doc.edits };
}
