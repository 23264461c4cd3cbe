import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-io.js';

/** The flag table of a command, as `node:util` `parseArgs` takes it. */
export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

/** Flags and positional arguments of one command line. */
export interface ParsedFlags {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * Parses a command's arguments strictly: an unknown flag, a missing value or a value that looks like
 * a flag is a {@link UsageError} (exit 2). `--name=value` and `--name value` both work; `--` ends flags.
 *
 * @param args - The arguments after the command name.
 * @param spec - The command's flags.
 * @returns Values by flag name, and the positionals.
 * @throws UsageError naming the bad flag.
 *
 * @example
 * ```ts
 * parseFlags(['a.txt', '--out', 'o'], { out: { type: 'string' } }); // { values: { out: 'o' }, positionals: ['a.txt'] }
 * ```
 */
export function parseFlags(args: readonly string[], spec: FlagSpec): ParsedFlags {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: spec, allowPositionals: true, strict: true });
    return { values: values as ParsedFlags['values'], positionals };
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(message);
  }
}
