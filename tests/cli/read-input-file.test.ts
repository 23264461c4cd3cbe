import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/cli/files/read-input-file.js';

const dir = mkdtempSync(join(tmpdir(), 'unscrape-read-input-'));

describe('readInputFile: the one reading of a directory-mode input file', () => {
  it('gives the text and its size in bytes (not code units)', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Kyiv’s forces');
    expect(await readInputFile({ path: join(dir, 'a.txt'), id: 'a' })).toEqual({ kind: 'text', text: 'Kyiv’s forces', bytes: 15 });
  });

  it('rejects bytes that are not UTF-8 instead of decoding them to U+FFFD, with the bytes read', async () => {
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0x61, 0xff, 0x62]));
    expect(await readInputFile({ path: join(dir, 'b.txt'), id: 'b' })).toEqual({ kind: 'reject', reason: 'invalid UTF-8', bytes: 3 });
  });

  it('rejects a file it cannot read, saying why', async () => {
    const got = await readInputFile({ path: join(dir, 'missing.txt'), id: 'missing' });
    expect(got.kind).toBe('reject');
    expect(got).toMatchObject({ bytes: 0, reason: expect.stringMatching(/^cannot read: .*ENOENT/) });
  });

  it('rejects a second file with an earlier file\'s id without reading it, naming both', async () => {
    const got = await readInputFile({ path: join(dir, 'missing.html'), id: 'a', duplicateOf: join(dir, 'a.txt') });
    expect(got).toEqual({ kind: 'reject', reason: `same id "a" as ${join(dir, 'a.txt')}: rename one of them`, bytes: 0 });
  });
});
