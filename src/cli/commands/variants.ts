import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { CliIo } from '../run-cli.js';
import { UnscrapeError } from '../../errors.js';
import type { CorpusDocument } from '../../variants/collect-terms.js';
import type { ClusterOptions } from '../../variants/cluster-terms.js';
import { clusterNames, discoverVariants } from '../../variants/discover-variants.js';
import { clustersToDictionary } from '../../variants/variant-dictionary.js';

const USAGE = `usage:
  unscrape variants discover [FILE|DIR ...] [--min-confidence N] [--pin NAME]... [--veto "A|B"]...
      Reads .txt files (or JSONL {"id","text"} on stdin when no file is given) and prints
      {"dictionary": {...}, "clusters": [...]}: the dictionary holds the variants at or above
      --min-confidence (default 0.7) and is what \`unscrape clean --variants FILE\` reads; the clusters
      hold every proposal with its evidence, those under the threshold marked "applied": false.
  unscrape variants cluster [--min-confidence N] [--pin NAME]... [--veto "A|B"]...
      Reads names one per line on stdin and prints a JSON array of
      {"canonical", "members", "confidence"} (clusters of one name are left out; members under the
      threshold are listed in "proposed").`;

/**
 * The `variants` command: `variants discover` and `variants cluster` (usage text at the top of this file).
 *
 * @param args - Arguments after `variants`.
 * @param io - The streams.
 * @returns 0 ok, 1 some input rejected (an unreadable file, a bad JSONL line), 2 usage error.
 * @example
 * ```ts
 * await runVariantsCommand(['discover', 'seeds'], io); // prints the proposals as JSON
 * ```
 */
export async function runVariantsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '-h' || sub === '--help' || rest.includes('-h') || rest.includes('--help')) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const parsed = parseArgs(rest);
  if ((sub !== 'discover' && sub !== 'cluster') || typeof parsed === 'string') {
    io.stderr.write(`${typeof parsed === 'string' && (sub === 'discover' || sub === 'cluster') ? `unscrape variants: ${parsed}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const { paths, options } = parsed;
  try {
    if (sub === 'cluster') {
      if (paths.length > 0) {
        io.stderr.write(`unscrape variants cluster reads names on stdin; got ${paths.join(' ')}\n${USAGE}\n`);
        return 2;
      }
      const names = (await readAll(io.stdin)).split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== '');
      const out = clusterNames(names, options).map((c) => {
        const applied = c.members.filter((m) => m.applied);
        const proposed = c.members.filter((m) => !m.applied).map((m) => m.form);
        const confidence = applied.length > 1 ? Math.min(...applied.slice(1).map((m) => m.confidence)) : c.confidence;
        return { canonical: c.canonical, members: applied.map((m) => m.form), confidence, ...(proposed.length > 0 ? { proposed } : {}) };
      });
      io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    }
    let status = 0;
    const docs: CorpusDocument[] = [];
    if (paths.length === 0) {
      const lines = (await readAll(io.stdin)).split(/\r?\n/u);
      lines.forEach((line, i) => {
        if (line.trim() === '') return;
        try {
          const rec = JSON.parse(line) as { id?: unknown; text?: unknown };
          if (typeof rec.text !== 'string') throw new Error('no "text" string');
          docs.push({ id: rec.id === undefined ? String(i + 1) : String(rec.id), text: rec.text });
        } catch (e) {
          io.stderr.write(`unscrape variants: stdin line ${i + 1} rejected: ${(e as Error).message}\n`);
          status = 1;
        }
      });
    } else {
      for (const p of paths) {
        try {
          for (const file of await listFiles(p)) docs.push({ id: basename(file, extname(file)), text: await readFile(file, 'utf8') });
        } catch (e) {
          io.stderr.write(`unscrape variants: cannot read ${p}: ${(e as Error).message}\n`);
          status = 1;
        }
      }
    }
    const clusters = discoverVariants(docs, options);
    io.stdout.write(`${JSON.stringify({ dictionary: clustersToDictionary(clusters), clusters }, null, 2)}\n`);
    return status;
  } catch (e) {
    if (e instanceof UnscrapeError) {
      io.stderr.write(`unscrape variants: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function parseArgs(rest: readonly string[]): { paths: string[]; options: ClusterOptions } | string {
  const paths: string[] = [];
  let minConfidence: number | undefined;
  const pin: string[] = [];
  const veto: [string, string][] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--min-confidence') {
      minConfidence = Number(rest[++i]);
      if (!(minConfidence >= 0 && minConfidence <= 1)) return '--min-confidence takes a number from 0 to 1';
    } else if (a === '--pin') {
      const v = rest[++i];
      if (!v) return '--pin takes a name';
      pin.push(v);
    } else if (a === '--veto') {
      const parts = (rest[++i] ?? '').split('|');
      if (parts.length !== 2 || !parts[0] || !parts[1]) return '--veto takes "A|B"';
      veto.push([parts[0], parts[1]]);
    } else if (a.startsWith('--')) {
      return `unknown option ${a}`;
    } else paths.push(a);
  }
  return { paths, options: { ...(minConfidence !== undefined ? { minConfidence } : {}), ...(pin.length ? { pin } : {}), ...(veto.length ? { veto } : {}) } };
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function listFiles(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  return (await readdir(path)).filter((n) => n.endsWith('.txt')).sort().map((n) => join(path, n));
}
