import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { DEFAULT_WORKER_HEAP_MB } from '../pool/create-runner.js';
import { UsageError } from '../cli-io.js';
import { parseFlags, type FlagSpec } from '../parse-flags.js';
import type { CleanOptions } from '../../pipeline/options.js';
import { defaultRules } from '../../pipeline/default-rules.js';
import { repairRules } from '../../repair/repair-rules.js';
import type { Rule } from '../../model/rule.js';
import type { CleanStepsOptions } from '../steps/clean-steps.js';
import type { CleanTransformOptions } from '../transforms/clean-record.js';
import { validateOptions } from '../../pipeline/validate-options.js';
import { InvalidOptionError } from '../../errors.js';
import { parseVariantDictionary } from '../../variants/variant-dictionary.js';
import { parseCorpusVocabulary, type CorpusVocabulary } from '../../repair/vocabulary/corpus-vocabulary.js';

/** Output formats of `clean`. */
export type CleanFormat = 'text' | 'json' | 'jsonl';

/**
 * Everything `unscrape clean` does, as built from its flags. New flags (`--variants FILE`,
 * `--report FILE`, HTML input) add a field here and a line in {@link CLEAN_FLAGS} / {@link parseCleanArgs}.
 */
export interface CleanCommandOptions extends CleanStepsOptions {
  /**
   * `jsonl`: records from stdin, or from the `.jsonl`/`.ndjson` files in `paths`, to JSONL on stdout.
   * `files`: `paths` are text files and directories.
   */
  readonly mode: 'jsonl' | 'files';
  /** FILE|DIR arguments, or the JSONL files; empty (or `-`) = JSONL on stdin. */
  readonly paths: readonly string[];
  /** `--out DIR`: one `<id>.txt` and `<id>.json` per input file, mirroring the tree. */
  readonly out?: string;
  /** `--format`: stdout format. Default: `jsonl` for stdin, `text` for files. */
  readonly format: CleanFormat;
  /** `--rejects FILE`: rejected input as JSONL. */
  readonly rejects?: string;
  /** `--jobs N`: worker threads (at least 1: the main thread only reads and writes). Default: the number of cores. */
  readonly jobs: number;
  /** `--worker-heap MB`: each worker's old-generation heap limit. Default: `DEFAULT_WORKER_HEAP_MB` (128). */
  readonly workerHeapMb?: number;
  /**
   * `--vocabulary FILE`: the corpus vocabulary, read and checked here. Not in `clean` (the options sent
   * with every task): the runner gives it to each worker once.
   */
  readonly vocabulary?: CorpusVocabulary;
  /** `--quiet`: no progress bar, no summary. */
  readonly quiet: boolean;
  /** `--resume`: skip files whose outputs exist in `--out`. */
  readonly resume: boolean;
  /**
   * File extensions taken when walking directories, each with the record field its content fills
   * (`'.html': 'html'` once HTML input exists). A file named on the command line with another
   * extension fills `text`. `clean`: `{'.txt': 'text', '.html': 'html', '.htm': 'html'}` (HTML pages
   * go through `cleanHtml`); `repair`: `{'.txt': 'text'}`.
   */
  readonly extensions: Readonly<Record<string, string>>;
  /**
   * Options passed to the transform: `clean()`'s plus `keepSource` (plain data; built from `--disable`, `--min-confidence`, and
   * `--variants FILE`, whose dictionary is read and checked here and travels as `clean.variants`).
   */
  readonly clean: CleanTransformOptions;
}

/** The flags every record command (`clean`, `repair`) shares. */
const RECORD_FLAGS = {
  out: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  rejects: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'worker-heap': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  resume: { type: 'boolean' },
  disable: { type: 'string', multiple: true },
  'min-confidence': { type: 'string' },
  'no-corroborate': { type: 'boolean' },
  vocabulary: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies FlagSpec;

/** The flags of `clean`. */
export const CLEAN_FLAGS = {
  ...RECORD_FLAGS,
  variants: { type: 'string' },
  report: { type: 'string' },
  'keep-source': { type: 'boolean' },
  dedupe: { type: 'string' },
  'report-limit': { type: 'string' },
  'no-lang': { type: 'boolean' },
  'no-repair': { type: 'boolean' },
} as const satisfies FlagSpec;

/** The flags of `repair`: those of `clean` that apply to repairs only. */
export const REPAIR_FLAGS = RECORD_FLAGS;

/** The help lines of the options `clean` and `repair` share (output, rejects, workers, progress, resume). */
const RUN_OPTIONS = `  -f, --format FORMAT     stdout format: text | json | jsonl (default: jsonl for stdin, text for files)
      --rejects FILE      also write rejected input to FILE as JSONL {"line", "reason", "raw"}
  -j, --jobs N            worker threads (default: number of cores). Each has a bounded heap, so
                          peak memory is about 100 MB + 55 MB per worker whatever the input size
      --worker-heap MB    old-generation heap limit of each worker (default ${DEFAULT_WORKER_HEAP_MB}); a record
                          that needs more is rejected with the reason: raise it for huge documents
  -q, --quiet             no progress bar and no summary on stderr
      --resume            with --out: skip files whose .txt and .json already exist`;

/** The help lines of `--no-corroborate`, which `clean` and `repair` share. */
const CORROBORATE_OPTION = `      --no-corroborate    in a text of 2,000+ characters, restore a doubtful lost word boundary
                          ("formedin") even when no other lost boundary in it corroborates it`;

/** The help lines of `--vocabulary`, which `clean` and `repair` share. */
const VOCABULARY_OPTION = `      --vocabulary FILE   the corpus's word forms, from \`unscrape vocabulary\`: a form the corpus
                          writes intact (3+ documents) far more often than apart is never split`;

/** The usage text of `repair`. */
export const REPAIR_USAGE = `usage: unscrape repair [FILE|DIR ...] [options]

Repairs scraped text without removing anything: mojibake and odd Unicode, sentences and words run
together ("fight.And", "formedin"), lost apostrophes ("dont"). Same input and output as \`clean\`:
FILE|DIR arguments (directories are walked for .txt files), or JSONL records {"id": ..., "text": "..."}
on stdin or in .jsonl/.ndjson files, written as JSONL {"id", "text", "edits", "stats", ...other fields}.

options:
  -o, --out DIR           write <id>.txt and <id>.json per input file into DIR, mirroring the tree
${RUN_OPTIONS}
      --disable RULE      turn a repair off (repeatable): ${repairRules.map((r) => r.id).join(', ')}
      --min-confidence X  apply only findings with confidence >= X (0..1, default 0.5)
${CORROBORATE_OPTION}
${VOCABULARY_OPTION}
  -h, --help              show this help

exit status: as for \`unscrape clean\` (0 ok, 1 some input rejected, 2 usage error, 3 fatal, 130 interrupted)
`;

/** The usage text of `clean`. */
export const CLEAN_USAGE = `usage: unscrape clean [FILE|DIR ...] [options]

Cleans scraped text and HTML pages. With FILE|DIR arguments, cleans each file (directories are walked
for .txt, .html and .htm files; HTML keeps the page's article). With none (or -), reads JSONL records
{"id": ..., "text": "..."} or {"id": ..., "html": "..."} from stdin, and with .jsonl/.ndjson FILE
arguments from those files, and writes one JSONL record per input record to stdout, in input order
(a record with both "html" and "text" is cleaned from its html; HTML records also get "url").

options:
  -o, --out DIR           write <id>.txt and <id>.json per input file into DIR, mirroring the tree
                          (files only; DIR must not overlap an input)
${RUN_OPTIONS}
      --disable RULE      turn a rule off (repeatable)
      --min-confidence X  apply only findings with confidence >= X (0..1, default 0.5)
${CORROBORATE_OPTION}
${VOCABULARY_OPTION}
      --variants FILE     unify spellings with a variants dictionary: JSON {"canonical": ["variant", ...]}
                          or the output of \`unscrape variants discover\`
      --report FILE       also write the review report of the documents cleaned in this run: one
                          HTML page showing every edit on its source (see \`unscrape report\`)
      --dedupe MODE       paragraphs republished across documents (first occurrence kept), in input
                          order: report = add a "duplicates" field to each output;
                          paragraphs = also remove the later copies (edits with rule duplicate-paragraph)
      --no-lang           skip language identification ("lang" is "und"; about 14 % of the CPU
                          time of a plain-text record)
      --no-repair         skip the repairs (${repairRules.map((r) => r.id).join(', ')}): the noise rules
                          see the text as scraped; about 28 % of the CPU time of a plain-text record
      --keep-source       also write each document's source (the text its edits refer to) in the
                          output record and <id>.json, so \`unscrape report\` can draw it later
      --report-limit N    documents drawn in full in the report; the rest are counted (default 1000;
                          all = every one)
  -h, --help              show this help

exit status: 0 all input cleaned, 1 some input rejected, 2 usage error,
             3 fatal error (output not writable), 130 interrupted (SIGINT; 143 SIGTERM),
             141 stdout closed by its reader
`;

/**
 * Builds {@link CleanCommandOptions} from `clean`'s arguments, checking every value.
 *
 * @param args - The arguments after `clean`.
 * @returns The options, or `'help'` when `--help` was given.
 * @throws UsageError naming the bad flag or value.
 *
 * @example
 * ```ts
 * parseCleanArgs(['seeds', '--out', 'out', '-j', '2']); // { mode: 'files', paths: ['seeds'], out: 'out', jobs: 2, ... }
 * ```
 */
export function parseCleanArgs(args: readonly string[]): CleanCommandOptions | 'help' {
  const parsed = parseRecordArgs(args, CLEAN_FLAGS, defaultRules);
  if (parsed === 'help') return parsed;
  const { values } = parseFlags(args, CLEAN_FLAGS);
  let options: CleanCommandOptions = {
    ...parsed,
    extensions: CLEAN_EXTENSIONS,
    ...reportOptions(values.report as string | undefined, values['report-limit'] as string | undefined),
    ...dedupeOption(values.dedupe as string | undefined, parsed.resume),
  };
  if (values['keep-source'] === true) options = { ...options, keepSource: true, clean: { ...options.clean, keepSource: true } };
  if (values['no-lang'] === true) options = { ...options, clean: { ...options.clean, lang: false } };
  if (values['no-repair'] === true) options = { ...options, clean: { ...options.clean, repair: false } };
  if (options.dedupe !== undefined) options = { ...options, clean: { ...options.clean, sign: true } };
  const variantsFile = values.variants as string | undefined;
  if (variantsFile === undefined) return options;
  return { ...options, clean: { ...options.clean, variants: loadJsonFile('--variants', variantsFile, parseVariantDictionary) } };
}

/** `--dedupe report|paragraphs`. */
function dedupeOption(mode: string | undefined, resume: boolean): Pick<CleanCommandOptions, 'dedupe'> {
  if (mode === undefined) return {};
  if (mode !== 'report' && mode !== 'paragraphs') throw new UsageError(`--dedupe must be report or paragraphs (got "${mode}")`);
  if (resume) throw new UsageError('--dedupe needs every document in order, and --resume skips the done ones: run without --resume');
  return { dedupe: mode };
}

/** `--report FILE` and `--report-limit N|all`, checked before any work (the page is written as the documents are done, to a temporary file renamed over FILE at the end). */
function reportOptions(file: string | undefined, limit: string | undefined): Pick<CleanCommandOptions, 'report' | 'reportLimit'> {
  if (file === undefined) {
    if (limit !== undefined) throw new UsageError('--report-limit needs --report FILE');
    return {};
  }
  if (file === '' || file === '-') throw new UsageError('--report needs a file name (stdout carries the documents)');
  const dir = dirname(resolve(file));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--report ${file}: no such directory ${dir}`);
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(`--report ${file} is a directory; give a file name`);
  if (limit === undefined) return { report: file };
  if (limit === 'all') return { report: file, reportLimit: false };
  return { report: file, reportLimit: wholeNumber(limit, 0, `--report-limit must be a whole number or "all" (got "${limit}")`) };
}

/**
 * Reads and checks the JSON file a flag names (`--variants`, `--vocabulary`) with the library's parser. The
 * result is plain data: it is copied into the worker threads.
 *
 * @throws UsageError naming the flag, the file and the problem (missing, not JSON, a bad entry).
 */
function loadJsonFile<T>(flag: string, file: string, parse: (json: string) => T): T {
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${flag}: cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    return parse(json);
  } catch (e) {
    if (e instanceof InvalidOptionError) throw new UsageError(`${flag} ${file}: ${e.message}`);
    throw e;
  }
}

/**
 * Builds the options of `unscrape repair`: the flags of `clean` that apply (`--disable` takes the
 * repair rules).
 *
 * @param args - The arguments after `repair`.
 * @returns The options, or `'help'`.
 * @throws UsageError naming the bad flag or value.
 *
 * @example
 * ```ts
 * parseRepairArgs(['--disable', 'apostrophe']); // { mode: 'jsonl', clean: { rules: { apostrophe: false } }, ... }
 * ```
 */
export function parseRepairArgs(args: readonly string[]): CleanCommandOptions | 'help' {
  return parseRecordArgs(args, REPAIR_FLAGS, repairRules);
}

function parseRecordArgs(args: readonly string[], flags: FlagSpec, rules: readonly Rule[]): CleanCommandOptions | 'help' {
  const { values, positionals } = parseFlags(args, flags);
  if (values.help) return 'help';
  const out = values.out as string | undefined;
  const formatFlag = values.format as string | undefined;
  if (formatFlag !== undefined && !['text', 'json', 'jsonl'].includes(formatFlag)) {
    throw new UsageError(`--format must be text, json or jsonl (got "${formatFlag}")`);
  }
  const paths = positionals.length === 1 && positionals[0] === '-' ? [] : positionals;
  const jsonlFiles = paths.filter((p) => JSONL_FILE.test(p));
  if (jsonlFiles.length > 0 && jsonlFiles.length < paths.length) throw new UsageError('give either JSONL files (.jsonl, .ndjson) or text files and directories, not both');
  const stdin = jsonlFiles.length === paths.length;
  if (out !== undefined && stdin) throw new UsageError('--out needs text FILE or DIR arguments (JSONL input is written to stdout)');
  if (out !== undefined && formatFlag !== undefined) throw new UsageError('--format does not apply with --out (which writes both .txt and .json)');
  if (values.resume && out === undefined) throw new UsageError('--resume needs --out');
  if (stdin && formatFlag !== undefined && formatFlag !== 'jsonl') throw new UsageError('JSONL input is written as JSONL: --format text|json needs text FILE or DIR arguments');
  const jobsFlag = values.jobs as string | undefined;
  const jobs = jobsFlag === undefined ? availableParallelism() : wholeNumber(jobsFlag, 1, `--jobs must be a whole number >= 1 (got "${jobsFlag}")`);
  const heap = values['worker-heap'] as string | undefined;
  const workerHeapMb = heap === undefined ? undefined : wholeNumber(heap, 32, `--worker-heap must be a whole number of MB >= 32 (got "${heap}")`);
  return {
    mode: stdin ? 'jsonl' : 'files',
    paths,
    ...(out !== undefined ? { out } : {}),
    format: (formatFlag as CleanFormat | undefined) ?? (stdin ? 'jsonl' : 'text'),
    ...(values.rejects !== undefined ? { rejects: values.rejects as string } : {}),
    jobs,
    ...(workerHeapMb !== undefined ? { workerHeapMb } : {}),
    quiet: values.quiet === true,
    resume: values.resume === true,
    extensions: { '.txt': 'text' },
    ...(values.vocabulary !== undefined ? { vocabulary: loadJsonFile('--vocabulary', values.vocabulary as string, parseCorpusVocabulary) } : {}),
    clean: cleanOptions(rules, (values.disable as string[] | undefined) ?? [], values['min-confidence'] as string | undefined, values['no-corroborate'] !== true),
  };
}

/** The files `clean` (and `vocabulary`) walk a directory for, and the record field each one fills. */
export const CLEAN_EXTENSIONS: Readonly<Record<string, 'text' | 'html'>> = { '.txt': 'text', '.html': 'html', '.htm': 'html' };

/** Arguments read as JSONL records rather than as one text document (`clean`, `repair`, `vocabulary`). */
export const JSONL_FILE = /\.(?:jsonl|ndjson)$/i;

/** A flag's value as a whole number of at least `min`; else a {@link UsageError} with `message`. */
function wholeNumber(value: string, min: number, message: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new UsageError(message);
  return n;
}

function cleanOptions(rules: readonly Rule[], disable: readonly string[], minConfidence: string | undefined, corroborate: boolean): CleanOptions {
  const known = new Set(rules.map((r) => r.id));
  for (const id of disable) {
    if (!known.has(id)) throw new UsageError(`--disable: unknown rule "${id}" (rules: ${[...known].join(', ')})`);
  }
  const options: CleanOptions = {
    ...(disable.length > 0 ? { rules: Object.fromEntries(disable.map((id) => [id, false as const])) } : {}),
    ...(minConfidence !== undefined ? { minConfidence: minConfidence.trim() === '' ? NaN : Number(minConfidence) } : {}),
    ...(corroborate ? {} : { corroborateRepairs: false }),
  };
  try {
    validateOptions(options);
  } catch (e) {
    if (e instanceof InvalidOptionError && e.option === 'minConfidence') throw new UsageError(`--min-confidence must be a number from 0 to 1 (got "${minConfidence}")`);
    throw e;
  }
  return options;
}
