import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runVariantsCommand } from '../../src/cli/commands/variants.js';

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const input = new PassThrough();
  input.end(stdin);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await runVariantsCommand(args, { stdin: input, stdout, stderr });
  return { code, out, err };
}

describe('unscrape variants cluster', () => {
  it('reads names on stdin and prints clusters {canonical, members, confidence}', async () => {
    const { code, out } = await run(['cluster'], 'Slutsky\nSlutskiy\n\nIvanov\nIvanova\nAustria\nAustralia\n');
    expect(code).toBe(0);
    const clusters = JSON.parse(out);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ members: expect.arrayContaining(['Slutsky', 'Slutskiy']) });
    expect(clusters[0].confidence).toBeGreaterThan(0.7);
  });

  it('lists weaker proposals apart', async () => {
    const clusters = JSON.parse((await run(['cluster'], 'Radkov\nRadzkou\n')).out);
    expect(clusters[0]).toMatchObject({ members: ['Radkov'], proposed: ['Radzkou'] });
  });

  it('rejects usage errors with 2', async () => {
    expect((await run(['cluster', 'file.txt'])).code).toBe(2);
    expect((await run(['cluster', '--min-confidence', '7'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['discover', '--veto', 'onlyone'])).code).toBe(2);
  });
});

describe('unscrape variants discover', () => {
  it('reads JSONL on stdin and prints {dictionary, clusters}', async () => {
    const jsonl = [
      JSON.stringify({ id: 'a', text: 'Igor Volobuyev left. Volobuyev said so. Volobuyev again.' }),
      JSON.stringify({ id: 'b', text: 'Igor Volubuev left.' }),
      'not json',
    ].join('\n');
    const { code, out, err } = await run(['discover'], jsonl);
    expect(code).toBe(1); // one line rejected, the rest used
    expect(err).toMatch(/line 3 rejected/);
    const result = JSON.parse(out);
    // "Volubuev" alone never occurs: the full name is the variant, and "Volobuyev" (used alone twice) decides the tie.
    expect(result.dictionary).toEqual({ 'Igor Volobuyev': ['Igor Volubuev'] });
    expect(result.clusters[0].members[1].docs).toEqual(['b']);
  });

  it('passes --pin and --veto through', async () => {
    const jsonl = [JSON.stringify({ id: 'a', text: 'Slutsky spoke. Slutsky again.' }), JSON.stringify({ id: 'b', text: 'Slutskiy spoke.' })].join('\n');
    expect(JSON.parse((await run(['discover', '--pin', 'Slutskiy'], jsonl)).out).dictionary).toEqual({ Slutskiy: ['Slutsky'] });
    expect(JSON.parse((await run(['discover', '--veto', 'Slutsky|Slutskiy'], jsonl)).out).dictionary).toEqual({});
  });

  it('reports an unreadable path with 1', async () => {
    const { code, err } = await run(['discover', '/nonexistent/dir']);
    expect(code).toBe(1);
    expect(err).toMatch(/cannot read/);
  });
});
