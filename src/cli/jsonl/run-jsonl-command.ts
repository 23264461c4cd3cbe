import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { EXIT, isTty, type CliIo } from '../cli-io.js';
import { createRunner } from '../pool/create-runner.js';
import { createProgress } from '../progress/progress.js';
import { Tally } from '../progress/tally.js';
import type { TransformName } from '../transforms/registry.js';
import { RejectSink } from './rejects.js';
import { runJsonl } from './run-jsonl.js';
import type { PostStep, ReportPieces, SignedLines } from '../steps/clean-steps.js';
import type { CorpusVocabulary } from '../../repair/vocabulary/corpus-vocabulary.js';

/**
 * Bytes per read of a JSONL file (Node's default is 64 KB). Each chunk is a new `Buffer` the main thread's
 * collector counts; 1 MB reads made the main thread's CPU over the 10k corpus (layout only, `--jobs 1`)
 * 0.74-0.83 -> 0.49-0.53 s in 3 interleaved pairs. A chunk stays alive while a line cut from it is in
 * flight, so this adds at most a few MB.
 */
const READ_CHUNK_BYTES = 1 << 20;

/** The settings of a JSONL run (stdin or JSONL files to stdout), as a command builds them from its flags. */
export interface JsonlCommand {
  /** JSONL files to read in order. Default: none, i.e. stdin. */
  readonly files?: readonly string[];
  /** The command's name, for the summary (`clean`, `repair`). */
  readonly command: string;
  /** The registered transform to run. */
  readonly transform: TransformName;
  /** The transform's options (plain data). */
  readonly options: unknown;
  /** Worker threads (`0` = in the main thread, for tests). */
  readonly jobs: number;
  /** Each worker's old-generation heap limit in MB. Default: `DEFAULT_WORKER_HEAP_MB`. */
  readonly workerHeapMb?: number;
  /** `--vocabulary FILE`: added to every task's options by the runner (sent to each worker once). Default: none. */
  readonly vocabulary?: CorpusVocabulary;
  /** The `--rejects` file. Default: none (rejections only on stderr). */
  readonly rejects?: string;
  /** No progress bar, no summary. */
  readonly quiet: boolean;
  /** A main-thread step on each result, in input order across all files (see `JsonlRun.post`). Default: none. */
  readonly post?: PostStep;
  /** The report drawn in the workers (see `TaskRun.reportPieces`). Default: none. */
  readonly reportPieces?: ReportPieces;
  /** `--dedupe` looked up on the main thread, documents finished in the workers (see `TaskRun.signedLines`). Default: none. */
  readonly signedLines?: SignedLines;
}

/**
 * Runs a whole JSONL command: records from stdin (or from JSONL files, in order) through the
 * transform to stdout, with the worker pool,
 * the rejects file, the progress bar, the summary and SIGINT handling. A command with the JSONL
 * contract (`clean`, `repair`, ...) calls this with its transform's name: one line.
 *
 * @param io - The CLI's streams.
 * @param cmd - {@link JsonlCommand}.
 * @returns The exit status: 0 all cleaned, 1 some rejected, 3 fatal, 130 interrupted.
 *
 * @example
 * ```ts
 * return runJsonlCommand(io, { command: 'repair', transform: 'repair', options: {}, jobs: 1, quiet: false });
 * ```
 */
export async function runJsonlCommand(io: CliIo, cmd: JsonlCommand): Promise<number> {
  const files = cmd.files ?? [];
  if (files.length === 0 && isTty(io.stdin) && !cmd.quiet) {
    io.stderr.write(`unscrape ${cmd.command}: reading JSONL records from the terminal; end with Ctrl-D (see --help)\n`);
  }
  const totalBytes = files.length > 0 ? await sizeOf(files) : io.stdinBytes;
  const progress = createProgress(io.stderr, { quiet: cmd.quiet, ...(totalBytes !== undefined ? { totalBytes } : {}) });
  const tally = new Tally();
  const rejects = new RejectSink((m) => progress.log(m), cmd.rejects);
  const runner = createRunner(cmd.jobs, {
    ...(cmd.workerHeapMb !== undefined ? { workerHeapMb: cmd.workerHeapMb } : {}),
    ...(cmd.vocabulary !== undefined ? { vocabulary: cmd.vocabulary } : {}),
  });
  try {
    const sources: { name: string; file?: string }[] = files.length > 0 ? files.map((file) => ({ file, name: file })) : [{ name: 'stdin' }];
    let stopped: { name: string; line: number } | undefined;
    for (const source of sources) {
      const input = source.file !== undefined ? createReadStream(source.file, { highWaterMark: READ_CHUNK_BYTES }) : io.stdin;
      const end = await runJsonl({
        input,
        inputName: source.name,
        ...(source.file !== undefined ? { file: source.file } : {}),
        output: io.stdout,
        transform: cmd.transform,
        options: cmd.options,
        runner,
        rejects,
        tally,
        progress,
        ...(io.signal ? { signal: io.signal } : {}),
        ...(cmd.post ? { post: cmd.post } : {}),
        ...(cmd.reportPieces ? { reportPieces: cmd.reportPieces } : {}),
        ...(cmd.signedLines ? { signedLines: cmd.signedLines } : {}),
      });
      if (end.interrupted) {
        stopped = { name: source.name, line: end.lastLine };
        break;
      }
    }
    await rejects.close();
    progress.stop();
    if (!cmd.quiet) io.stderr.write(tally.summary(cmd.command));
    if (stopped) {
      const input = stopped.name === 'stdin' ? 'INPUT' : stopped.name;
      io.stderr.write(
        `unscrape ${cmd.command}: interrupted after ${stopped.name === 'stdin' ? 'input' : stopped.name} line ${stopped.line}; every line up to it is written or rejected. ` +
          `To continue: tail -n +${stopped.line + 1} ${input} | unscrape ${cmd.command} ...\n`,
      );
      return EXIT.interrupted;
    }
    if (!tally.balanced()) return EXIT.fatal;
    return tally.rejected > 0 ? EXIT.rejected : EXIT.ok;
  } catch (e) {
    progress.stop();
    io.stderr.write(`unscrape ${cmd.command}: fatal: ${(e as Error).message}\n`);
    return EXIT.fatal;
  } finally {
    await runner.close();
  }
}

async function sizeOf(files: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const f of files) bytes += (await stat(f)).size;
  return bytes;
}
