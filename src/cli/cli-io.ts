import type { Readable, Writable } from 'node:stream';

/**
 * The world the CLI talks to, injected so tests can run it in-process with memory streams.
 *
 * @example
 * ```ts
 * await runCli(['clean'], { stdin: Readable.from(['{"id":1,"text":"Hi"}\n']), stdout, stderr });
 * ```
 */
export interface CliIo {
  /** JSONL input when `clean` gets no paths. */
  readonly stdin: Readable;
  /** Documents out. */
  readonly stdout: Writable;
  /** Reports of rejected input, the progress bar and the summary. */
  readonly stderr: Writable;
  /** Aborted on SIGINT: stop reading, flush what is done, exit 130. Default: never aborted. */
  readonly signal?: AbortSignal;
  /** Size of stdin in bytes when known (stdin is a regular file), for the progress bar's ETA. */
  readonly stdinBytes?: number;
}

/** Exit statuses of every command. */
export const EXIT = {
  /** Every input was turned into an output. */
  ok: 0,
  /** Some input was rejected (reported on stderr and in `--rejects`). */
  rejected: 1,
  /** Bad command line: unknown command or flag, missing or bad value. */
  usage: 2,
  /** A fatal error stopped the run (an output could not be written). */
  fatal: 3,
  /** Interrupted (SIGINT): what was done is flushed. */
  interrupted: 130,
} as const;

/**
 * A bad command line; the CLI prints the message and the command's usage and exits 2.
 *
 * @example
 * ```ts
 * throw new UsageError('--jobs must be a whole number >= 1');
 * ```
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * True when the stream is a terminal (progress bars are drawn only there).
 *
 * @param stream - A stream.
 * @returns Whether `stream.isTTY` is true.
 *
 * @example
 * ```ts
 * if (isTty(process.stderr)) drawBar();
 * ```
 */
export function isTty(stream: Readable | Writable): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}
