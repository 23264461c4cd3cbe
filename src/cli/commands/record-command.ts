import { EXIT, UsageError, isTty, type CliIo } from '../cli-io.js';
import { outDirSink, streamSink } from '../files/document-sink.js';
import { assertFiles, assertNotInput, planInputs } from '../files/plan-inputs.js';
import { runFiles } from '../files/run-files.js';
import { measureFiles, walkFiles } from '../files/walk-files.js';
import { RejectSink } from '../jsonl/rejects.js';
import { runJsonlCommand } from '../jsonl/run-jsonl-command.js';
import { createRunner } from '../pool/create-runner.js';
import { createProgress } from '../progress/progress.js';
import { Tally } from '../progress/tally.js';
import type { TransformName } from '../transforms/registry.js';
import type { CleanCommandOptions } from './clean-options.js';
import { createCleanSteps, type CleanSteps, type PostStep } from '../steps/clean-steps.js';

/** A command with the record contract of `clean` (JSONL or files in, one document out per input). */
export interface RecordCommandSpec {
  /** The command's name (`clean`, `repair`), for messages and the summary. */
  readonly name: string;
  /** The registered transform it runs. */
  readonly transform: TransformName;
  /** Its usage text. */
  readonly usage: string;
  /** Builds its options from its arguments; throws `UsageError`. */
  parse(args: readonly string[]): CleanCommandOptions | 'help';
}

/**
 * Runs a record command (`unscrape clean`, `unscrape repair`): JSONL from stdin (or JSONL files) to
 * stdout, or files and directories to `--out` or stdout.
 *
 * @param spec - {@link RecordCommandSpec}.
 * @param args - The arguments after the command name.
 * @param io - The CLI's streams.
 * @returns The exit status (0 ok, 1 some input rejected, 2 usage error, 3 fatal, 130 interrupted).
 *
 * @example
 * ```ts
 * await runRecordCommand({ name: 'repair', transform: 'repair', usage: REPAIR_USAGE, parse: parseRepairArgs }, ['seeds'], io);
 * ```
 */
export async function runRecordCommand(spec: RecordCommandSpec, args: readonly string[], io: CliIo): Promise<number> {
  let options: CleanCommandOptions | 'help';
  try {
    options = spec.parse(args);
    if (options === 'help') {
      io.stdout.write(spec.usage);
      return EXIT.ok;
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`unscrape ${spec.name}: ${e.message}\n\n${spec.usage}`);
    return EXIT.usage;
  }
  const steps = createCleanSteps(options);
  const code = await runInputs(spec, options, io, steps);
  if (!steps) return code;
  if (code === EXIT.usage) {
    await steps.abort();
    return code;
  }
  try {
    const summary = await steps.finish();
    if (!options.quiet) io.stderr.write(summary);
  } catch (e) {
    await steps.abort();
    io.stderr.write(`unscrape ${spec.name}: fatal: ${(e as Error).message}\n`);
    return EXIT.fatal;
  }
  return code;
}

async function runInputs(spec: RecordCommandSpec, options: CleanCommandOptions, io: CliIo, steps: CleanSteps | undefined): Promise<number> {
  const post = steps?.post;
  try {
    if (options.rejects !== undefined) await assertNotInput('--rejects', options.rejects, options.paths);
    if (options.report !== undefined) await assertNotInput('--report', options.report, options.paths);
    if (options.mode === 'jsonl') {
      await assertFiles(options.paths);
      return await runJsonlCommand(io, {
        files: options.paths,
        command: spec.name,
        transform: spec.transform,
        options: options.clean,
        jobs: options.jobs,
        ...(options.workerHeapMb !== undefined ? { workerHeapMb: options.workerHeapMb } : {}),
        ...(options.vocabulary !== undefined ? { vocabulary: options.vocabulary } : {}),
        quiet: options.quiet,
        ...(options.rejects !== undefined ? { rejects: options.rejects } : {}),
        // Without --dedupe the report is drawn in the workers: the main thread only writes bytes; with
        // --dedupe alone it looks signatures up and splices bytes, and changed documents go back to a worker.
        ...(steps?.reportPieces ? { reportPieces: steps.reportPieces } : steps?.signedLines ? { signedLines: steps.signedLines } : post ? { post } : {}),
      });
    }
    return await runFileCommand(spec, options, io, post);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`unscrape ${spec.name}: ${e.message}\n\n${spec.usage}`);
    return EXIT.usage;
  }
}

async function runFileCommand(spec: RecordCommandSpec, options: CleanCommandOptions, io: CliIo, post: PostStep | undefined): Promise<number> {
  const roots = await planInputs(options.paths, options.out);
  const showBar = !options.quiet && isTty(io.stderr);
  const totals = showBar ? await measureFiles(roots, Object.keys(options.extensions)) : undefined;
  const progress = createProgress(io.stderr, { quiet: options.quiet, ...(totals ? { totalBytes: totals.bytes } : {}) });
  const tally = new Tally();
  const rejects = new RejectSink((m) => progress.log(m), options.rejects);
  const runner = createRunner(options.jobs, {
    ...(options.workerHeapMb !== undefined ? { workerHeapMb: options.workerHeapMb } : {}),
    ...(options.vocabulary !== undefined ? { vocabulary: options.vocabulary } : {}),
  });
  const single = roots.length === 1 && roots[0]!.kind === 'file';
  const sink = options.out !== undefined ? outDirSink(options.out) : streamSink(io.stdout, options.format, single);
  try {
    const end = await runFiles({
      files: walkFiles(roots, Object.keys(options.extensions)),
      fields: options.extensions,
      sink,
      transform: spec.transform,
      options: options.clean,
      runner,
      rejects,
      tally,
      progress,
      ...(options.resume && options.out !== undefined ? { resumeFrom: options.out } : {}),
      ...(io.signal ? { signal: io.signal } : {}),
      ...(post ? { post } : {}),
    });
    await rejects.close();
    progress.stop();
    if (!options.quiet) io.stderr.write(tally.summary(spec.name));
    if (end.interrupted) {
      io.stderr.write(
        `unscrape ${spec.name}: interrupted after ${end.lastFile ?? 'no file'}; every file up to it is written or rejected.` +
          `${options.out !== undefined ? ' Run again with --resume to continue.' : ''}\n`,
      );
      return EXIT.interrupted;
    }
    if (!tally.balanced()) return EXIT.fatal;
    return tally.rejected > 0 ? EXIT.rejected : EXIT.ok;
  } catch (e) {
    progress.stop();
    io.stderr.write(`unscrape ${spec.name}: fatal: ${(e as Error).message}\n`);
    return EXIT.fatal;
  } finally {
    await runner.close();
  }
}
