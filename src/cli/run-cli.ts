import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { clean } from '../pipeline/clean.js';

/** The streams the CLI talks to (injected so tests can run it in-process). */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

const USAGE = 'usage: unscrape clean [FILE|DIR ...] [--out DIR]';

/**
 * Runs the CLI with the given arguments; returns the exit status (0 ok, 1 some input rejected, 2 usage error).
 *
 * @param argv - Arguments after the program name.
 * @param io - The streams to use.
 * @example
 * ```ts
 * await runCli(['clean', 'seeds', '--out', 'out'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'clean') {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const paths: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--out') out = rest[++i];
    else paths.push(rest[i]!);
  }
  if (!out || paths.length === 0) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  await mkdir(out, { recursive: true });
  for (const file of await listFiles(paths)) {
    const doc = clean(await readFile(file, 'utf8'));
    const id = basename(file, extname(file));
    await writeFile(join(out, `${id}.txt`), `${doc.text}\n`);
    await writeFile(join(out, `${id}.json`), `${JSON.stringify({ id, ...doc }, null, 2)}\n`);
  }
  return 0;
}

async function listFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) {
      for (const name of (await readdir(p)).sort()) if (name.endsWith('.txt')) files.push(join(p, name));
    } else files.push(p);
  }
  return files;
}
