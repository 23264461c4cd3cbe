import { version } from '../../package.json';
import { EXIT, type CliIo } from './cli-io.js';
import { runCleanCommand } from './commands/clean.js';
import { runRepairCommand } from './commands/repair.js';
import { runReportCommand } from './commands/report.js';
import { runVariantsCommand } from './commands/variants.js';
import { runVocabularyCommand } from './commands/vocabulary.js';

export type { CliIo } from './cli-io.js';

/** A subcommand: `run<Name>Command(args, io)` from `src/cli/commands/<name>.ts`. */
interface Command {
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
  /** One line for the top-level help. */
  readonly summary: string;
}

/** The subcommands, by name. Wiring a new one is one line here. */
const COMMANDS: Readonly<Record<string, Command>> = {
  clean: { run: runCleanCommand, summary: 'clean scraped text: files, directories, or JSONL on stdin' },
  repair: { run: runRepairCommand, summary: 'only repair the text (mojibake, joined words, apostrophes); same input as clean' },
  report: { run: runReportCommand, summary: 'write the HTML review report of cleaned documents (clean --format json output)' },
  variants: { run: runVariantsCommand, summary: 'discover spelling variants of names across documents, or cluster a list of names' },
  vocabulary: { run: runVocabularyCommand, summary: 'count the word forms of a corpus for the repairs (clean --vocabulary), or merge such counts' },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length)) + 2;
  const names = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`);
  return `usage: unscrape <command> [options]

commands:
${names.join('\n')}

Run \`unscrape <command> --help\` for a command's options.
options: -h, --help    show this help;  -v, --version    show the version
`;
}

/**
 * Runs the CLI: dispatches to the subcommand and returns its exit status (0 ok, 1 some input
 * rejected, 2 usage error, 3 fatal error, 130 interrupted).
 *
 * @param argv - Arguments after the program name.
 * @param io - The streams (and SIGINT signal) to use.
 * @returns The exit status.
 *
 * @example
 * ```ts
 * await runCli(['clean', 'seeds', '--out', 'out'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '-h' || name === '--help' || name === 'help') {
    io.stdout.write(usage());
    return EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  if (name === undefined) {
    io.stderr.write(`unscrape: missing command\n\n${usage()}`);
    return EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`unscrape: unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // A bug or an I/O failure outside a command's own handling: say so plainly, never a silent exit.
    io.stderr.write(`unscrape ${name}: fatal: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.fatal;
  }
}
