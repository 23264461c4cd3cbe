import type { CliIo } from '../cli-io.js';
import { REPAIR_USAGE, parseRepairArgs } from './clean-options.js';
import { runRecordCommand } from './record-command.js';

/**
 * `unscrape repair`: only the repairs (no noise removal, no layout), with the same input and output
 * contract as `unscrape clean` (JSONL records, or files and directories to `--out` or stdout).
 *
 * @param args - The arguments after `repair`.
 * @param io - The CLI's streams.
 * @returns The exit status (0 ok, 1 some input rejected, 2 usage error, 3 fatal, 130 interrupted).
 *
 * @example
 * ```ts
 * await runRepairCommand(['seeds', '--out', 'repaired'], io);
 * ```
 */
export function runRepairCommand(args: readonly string[], io: CliIo): Promise<number> {
  return runRecordCommand({ name: 'repair', transform: 'repair', usage: REPAIR_USAGE, parse: parseRepairArgs }, args, io);
}
