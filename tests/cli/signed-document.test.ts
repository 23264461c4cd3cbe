import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanTransform } from '../../src/cli/transforms/clean-record.js';
import { DUPLICATES_SLOT, packSigned, readSigned, SLOT_BYTES, unpackSignedLine, type SignedFull } from '../../src/cli/transforms/signed-document.js';
import { collectParagraphSignatures } from '../../src/dedup/collect-signatures.js';

const text = readFileSync('seeds/001_7d637df9ad7c3987.txt', 'utf8');
const NO_EDITS = { edits: {} };

function signed(record: Record<string, unknown>): { full: SignedFull; line: string } {
  const out = cleanTransform.run(record as never, { sign: true });
  return { full: out.full as unknown as SignedFull, line: JSON.stringify(out.record) };
}

describe('packSigned', () => {
  it('round-trips the signature the library makes, and the line with its slot', () => {
    const { full, line } = signed({ id: 'a', text, extra: 'é 😀' });
    const tallies = { lang: 'en', edits: { layout: 2 } };
    const bytes = packSigned(full, line, tallies);
    const { signature, slot, line: packedLine, tallies: read } = readSigned(bytes);
    expect(read).toEqual(tallies);
    expect(signature).toEqual(collectParagraphSignatures(full).documents[0]);
    expect(signature.paragraphs.some((p) => p.minhash.length === 128)).toBe(true);
    const decoded = new TextDecoder().decode(packedLine);
    expect(decoded).toBe(line);
    expect(slot).toBeGreaterThan(0);
    const spliced = Buffer.concat([packedLine.subarray(0, slot), Buffer.from('null'), packedLine.subarray(slot + SLOT_BYTES)]).toString('utf8');
    expect(JSON.parse(spliced)).toEqual({ ...JSON.parse(line), duplicates: null });
  });

  it('leaves out the MinHash of paragraphs the index knows; a worker gets back the record, skipped and source', () => {
    const { full, line } = signed({ id: 'a', text });
    const bytes = packSigned(full, line, NO_EDITS);
    const first = full.signature.paragraphs[0]!.hash;
    const { signature } = readSigned(bytes, (h) => h === first);
    expect(signature.paragraphs[0]!.minhash).toEqual([]);
    expect(signature.paragraphs[1]!.minhash).toHaveLength(128);
    const back = unpackSignedLine(bytes);
    expect(back.record.duplicates).toBe(DUPLICATES_SLOT);
    expect(back.source()).toBe(text);
    expect(back.skipped).toEqual(full.skipped);
  });

  it('no byte splicing when the slot text also appears in an input field; the source is sent when the ledger cannot rebuild it', () => {
    const { full, line } = signed({ id: 'a', text, note: { x: 1, duplicates: DUPLICATES_SLOT } });
    expect(readSigned(packSigned(full, line, NO_EDITS)).slot).toBe(-1);
    const odd = { ...full, source: `${full.source}!` };
    expect(unpackSignedLine(packSigned(odd, line, NO_EDITS)).source()).toBe(odd.source);
  });
});
