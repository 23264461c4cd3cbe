import { Readable, Writable } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';

/** A writable that keeps what it is given. */
export class MemoryStream extends Writable {
  readonly chunks: Buffer[] = [];
  isTTY?: boolean;
  columns = 100;
  constructor(tty = false) {
    super();
    if (tty) this.isTTY = true;
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    cb();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with stdin from memory. */
export async function run(
  argv: readonly string[],
  stdin: string | Buffer | Readable = '',
  extra: { signal?: AbortSignal; tty?: boolean; stdout?: MemoryStream } = {},
): Promise<RunResult> {
  const stdout = extra.stdout ?? new MemoryStream();
  const stderr = new MemoryStream(extra.tty);
  const input = stdin instanceof Readable ? stdin : Readable.from([Buffer.from(stdin)]);
  const code = await runCli(argv, { stdin: input, stdout, stderr, ...(extra.signal ? { signal: extra.signal } : {}) });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** JSONL of the given records. */
export function jsonl(records: readonly unknown[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

/** Parses JSONL output. */
export function parseJsonl(text: string): Record<string, unknown>[] {
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}
