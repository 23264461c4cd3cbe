import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/ledger/apply-edits.js';
import { clean } from '../../src/pipeline/clean.js';
import { dedupeDocuments } from '../../src/dedup/dedupe-documents.js';
import { normalizeWords } from '../../src/dedup/shingle-paragraph.js';
import { runs } from '../setup/properties.js';

// A pool of paragraphs (some long enough to count, some short) from which random corpora are drawn.
const POOL = [
  'The regional parliament approved the budget late on Thursday after a debate that lasted eleven hours.',
  'Farmers in the valley say the drought has cut their harvest by half for the second year in a row.',
  'The museum will reopen in March with a new wing devoted to the history of the river port.',
  'Police said the two men were arrested near the station and would appear in court on Monday morning.',
  'Read more',
  'Share',
  'Scientists at the institute published the results of the ten-year study in a journal this week.',
  'The company said it expects sales to recover in the second half as supply problems ease.',
];

const corpusArb = fc.array(fc.array(fc.nat(POOL.length - 1), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });

describe('dedupeDocuments properties', () => {
  it('keeps every ledger valid, never changes the first document, and leaves no long paragraph in two documents', () => {
    fc.assert(
      fc.property(corpusArb, (picks) => {
        const docs = picks.map((p, i) => ({ id: `d${i}`, ...clean(p.map((k) => POOL[k]).join('\n\n'), { lang: false }) }));
        const { documents } = dedupeDocuments(docs);
        expect(documents[0]).toEqual(docs[0]);
        const owner = new Map<string, string>();
        for (const d of documents) {
          expect(applyEdits(d.source, d.edits)).toBe(d.text);
          expect(d.text === '' ? [] : d.text.split('\n\n')).toEqual(d.paragraphs);
          for (const p of d.paragraphs) {
            const key = normalizeWords(p).join(' ');
            if (normalizeWords(p).length < 8) continue;
            const first = owner.get(key);
            if (first !== undefined) expect(first).toBe(d.id);
            else owner.set(key, d.id);
          }
        }
        // Nothing is lost from the corpus: every long paragraph of the input is still somewhere.
        for (const d of docs) for (const p of d.paragraphs) if (normalizeWords(p).length >= 8) expect(owner.has(normalizeWords(p).join(' '))).toBe(true);
      }),
      runs(60),
    );
  });
});
