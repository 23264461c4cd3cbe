import type { CleanOptions } from '../../pipeline/options.js';
import { repair } from '../../repair/repair.js';
import type { RecordTransform } from './transform.js';

/**
 * The `repair` transform: runs only the repairs ({@link repair}: mojibake, joined words and sentences,
 * lost apostrophes...) on `record.text`, no noise removal and no layout, and returns
 * `{id, text, edits, stats, ...other input fields}`. As with `clean`, the input `text` is the edits'
 * source (`applyEdits(input.text, out.edits) === out.text`) and every other input field is passed through.
 *
 * @example
 * ```ts
 * repairTransform.run({ id: 1, text: 'It wasnt.Really' }, {}).record; // { id: 1, text: "It wasn't. Really", edits: [...], stats: {...} }
 * ```
 */
export const repairTransform: RecordTransform<CleanOptions> = {
  fields: ['text'],
  run(record, options) {
    const doc = repair(record.text as string, options);
    const out: Record<string, unknown> = { id: record.id, text: doc.text, edits: doc.edits, stats: doc.stats };
    for (const [key, value] of Object.entries(record)) if (!(key in out)) out[key] = value;
    const { source: _source, title: _t, byline: _b, date: _d, ...rest } = doc;
    return { record: out, document: { id: record.id, ...rest }, text: doc.text, lang: doc.lang, edits: doc.edits, full: { id: String(record.id), ...doc } };
  },
};
