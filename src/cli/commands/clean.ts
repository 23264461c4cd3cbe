import type { CliIo } from '../cli-io.js';
import { CLEAN_USAGE, parseCleanArgs } from './clean-options.js';
import { runRecordCommand } from './record-command.js';

/**
 * `unscrape clean`: JSONL from stdin to stdout, or files and directories to `--out` or stdout.
 *
 * @param args - The arguments after `clean`.
 * @param io - The CLI's streams.
 * @returns The exit status (0 ok, 1 some input rejected, 2 usage error, 3 fatal, 130 interrupted).
 *
 * @example
 * ```ts
 * await runCleanCommand(['seeds', '--out', 'out'], io);
 * ```
 */
export function runCleanCommand(args: readonly string[], io: CliIo): Promise<number> {
  return runRecordCommand({ name: 'clean', transform: 'clean', usage: CLEAN_USAGE, parse: parseCleanArgs }, args, io);
}
