// Worker of `npm run bench:scale` (pool mode): cleans a batch of JSONL lines, returns the output lines.
import { clean } from '../dist/index.js';

export default function cleanBatch({ lines, options }) {
  let out = '';
  let bytes = 0;
  for (const line of lines) {
    const rec = JSON.parse(line);
    bytes += Buffer.byteLength(rec.text);
    const doc = clean(rec.text, options);
    out += `${JSON.stringify({ id: rec.id, title: doc.title, text: doc.text, lang: doc.lang, edits: doc.edits })}\n`;
  }
  return { out, bytes };
}
