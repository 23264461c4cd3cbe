import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSignedLookup } from '../../src/cli/steps/signed-lookup.js';
import { blockAt, blockCount, packBlocks } from '../../src/cli/stream/block-list.js';
import { cleanTransform } from '../../src/cli/transforms/clean-record.js';
import { finishSigned } from '../../src/cli/transforms/finish-signed.js';
import { serializeOutput } from '../../src/cli/transforms/run-task.js';
import { packSigned, readSigned, type SignedFull } from '../../src/cli/transforms/signed-document.js';

const text = readFileSync('seeds/001_7d637df9ad7c3987.txt', 'utf8');

/** A batch as a worker returns it (`runLines` with `signed`): the packed documents, one list. */
function batch(records: Record<string, unknown>[]): { list: Uint8Array; lines: string[]; tallies: ReturnType<typeof serializeOutput>[] } {
  const packed: Uint8Array[] = [];
  const lines: string[] = [];
  const tallies: ReturnType<typeof serializeOutput>[] = [];
  for (const record of records) {
    const out = cleanTransform.run(record as never, { sign: true });
    const { jsonl, ...tally } = serializeOutput(out, ['jsonl']);
    packed.push(packSigned(out.full as unknown as SignedFull, jsonl!, tally));
    lines.push(jsonl!);
    tallies.push(tally);
  }
  return { list: packBlocks(packed), lines, tallies };
}

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('createSignedLookup', () => {
  it('splices a document that only gets its field, counts it, and packs one with paragraphs to remove for a worker', () => {
    const { list, lines, tallies } = batch([{ id: 'a', text }, { id: 'b', text: `${text}\n\nOne more paragraph of its own, long enough to count as one for dedup here.` }]);
    const answer = createSignedLookup('paragraphs')(list);
    expect(answer.ends[0]).toBe(answer.lines.length);
    expect(answer.ends[1]).toBe(-1);
    const first = JSON.parse(decode(answer.lines)) as Record<string, unknown>;
    expect(first).toEqual({ ...JSON.parse(lines[0]!), duplicates: { document: null, paragraphs: [], overlaps: [] } });
    expect(answer.tallies).toEqual({ documents: 1, edits: tallies[0]!.edits, langs: { [tallies[0]!.lang!]: 1 } });
    expect(answer.found.documents).toBe(2);
    expect(answer.found.withDuplicates).toBe(1);
    expect(answer.found.paragraphs).toBeGreaterThan(3);
    // The worker's trip: the duplicate paragraphs go, with edits that say why, counted in its tallies.
    expect(blockCount(answer.finish!)).toBe(3);
    const finished = finishSigned({ finish: answer.finish! });
    const second = JSON.parse(decode(finished.output)) as { text: string; duplicates: { paragraphs: unknown[] } };
    expect(second.duplicates.paragraphs).toHaveLength(answer.found.paragraphs);
    expect(second.text.length).toBeLessThan(100);
    expect(finished.tallies.documents).toBe(1);
    expect(finished.tallies.edits['duplicate-paragraph']).toBe(answer.found.paragraphs);
  });

  it('in report mode splices every document, and the index lives on from batch to batch', () => {
    const lookUp = createSignedLookup('report');
    const one = lookUp(batch([{ id: 'a', text }]).list);
    expect(one.finish).toBeUndefined();
    const two = lookUp(batch([{ id: 'b', text }]).list);
    expect(two.finish).toBeUndefined();
    expect(two.found.duplicateDocuments).toBe(1);
    expect((JSON.parse(decode(two.lines)) as { duplicates: { document: unknown } }).duplicates.document).toEqual({ duplicateOf: 'a' });
    expect(two.tallies.documents).toBe(1);
  });
});

describe('packSigned tallies', () => {
  it('carries the tallies for the thread that writes the line', () => {
    const { list, tallies } = batch([{ id: 'a', text }]);
    expect(readSigned(blockAt(list, 0)).tallies).toEqual(tallies[0]);
  });
});
