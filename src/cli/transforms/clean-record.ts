import type { CleanOptions } from '../../pipeline/options.js';
import { clean } from '../../pipeline/clean.js';
import type { RecordTransform } from './transform.js';

/** The fields `clean` writes into an output record; an input field of the same name is replaced. */
export const CLEAN_FIELDS = ['id', 'title', 'byline', 'date', 'lang', 'text', 'edits', 'stats'] as const;

/**
 * The `clean` transform: cleans `record.text` and returns the output record
 * `{id, title, byline, date, lang, text, edits, stats, ...other input fields}`. The cleaner's fields
 * come first and win over input fields of the same name (the input `text` is the edits' source and
 * can be rebuilt from them); every other input field is passed through unchanged, after them.
 *
 * @example
 * ```ts
 * cleanTransform.run({ id: 1, text: 'Hello.', url: 'u' }, {}).record; // { id: 1, title: null, ..., url: 'u' }
 * ```
 */
export const cleanTransform: RecordTransform<CleanOptions> = {
  fields: ['text'],
  run(record, options) {
    const doc = clean(record.text as string, options);
    const out: Record<string, unknown> = {
      id: record.id,
      title: doc.title,
      byline: doc.byline,
      date: doc.date,
      lang: doc.lang,
      text: doc.text,
      edits: doc.edits,
      stats: doc.stats,
    };
    for (const [key, value] of Object.entries(record)) if (!(key in out)) out[key] = value;
    const { source: _source, ...rest } = doc;
    return { record: out, document: { id: record.id, ...rest }, text: doc.text, lang: doc.lang, edits: doc.edits };
  },
};
