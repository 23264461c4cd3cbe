import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { parseFlags, type FlagSpec } from '../parse-flags.js';
import { CLEAN_EXTENSIONS, JSONL_FILE } from './clean-options.js';
import { planInputs } from '../files/plan-inputs.js';
import { walkFiles } from '../files/walk-files.js';
import { readInputFile } from '../files/read-input-file.js';
import { readLines } from '../jsonl/read-lines.js';
import { parseRecord } from '../jsonl/parse-record.js';
import { InvalidOptionError } from '../../errors.js';
import { clean } from '../../pipeline/clean.js';
import {
  createCorpusCounter, mergeCorpusVocabularies, parseCorpusVocabulary, serializeCorpusVocabulary, type CorpusVocabulary,
} from '../../repair/vocabulary/corpus-vocabulary.js';

const USAGE = `usage: unscrape vocabulary [FILE|DIR ...] [--min-documents N]
       unscrape vocabulary --merge VOCABULARY.json ... [--min-documents N]

Counts the word forms of a corpus that the repairs may question (names, rare words, fusions; not the
10,000 most common English words), each with the number of documents it stands in, and prints them as
JSON: what \`unscrape clean --vocabulary FILE\` and \`unscrape repair --vocabulary FILE\` read. There,
a form standing intact in three documents or more, and far more often than the corpus writes its
parts apart, is a word and is never split (\`assailed\`, \`hodgepodge\`), as a form that recurs in one
document already is.

Input: FILE|DIR arguments (directories are walked for .txt, .html and .htm files), or JSONL records
{"id", "text"} or {"id", "html"} on stdin or in .jsonl/.ndjson files. A text is counted as given; of
an HTML page, the article text that \`clean\` extracts, before any repair (what the repairs will see).
A JSONL line that is no such record, a file that is not UTF-8, and a second file with the same id
(a.txt, a.html) are reported with their line number or path and reason, and the run ends with
status 1; nothing is counted or dropped silently.

Map and reduce: count each shard of a corpus, then add the counts with --merge (documents and counts
add up, so the result is what one count over all would give).

options:
      --merge             the arguments are vocabularies written by this command: add them up
      --min-documents N   write only forms standing in at least N documents (default 1: every form,
                          what a map step must write; 3 for a final file, which the repairs read no lower)
  -h, --help              show this help

exit status: 0 ok, 1 some input rejected, 2 usage error`;

const FLAGS = {
  merge: { type: 'boolean' },
  'min-documents': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies FlagSpec;


/**
 * `unscrape vocabulary`: counts a corpus's word forms for the repairs, or merges such counts (usage text
 * at the top of this file).
 *
 * @param args - The arguments after `vocabulary`.
 * @param io - The CLI's streams.
 * @returns The exit status (0 ok, 1 some input rejected, 2 usage error).
 * @example
 * ```ts
 * await runVocabularyCommand(['seeds'], io); // prints {"format": "unscrape-corpus-vocabulary", ...}
 * ```
 */
export async function runVocabularyCommand(args: readonly string[], io: CliIo): Promise<number> {
  let values: Record<string, unknown>;
  let paths: readonly string[];
  try {
    ({ values, positionals: paths } = parseFlags(args, FLAGS));
  } catch (e) {
    return usageError(io, (e as Error).message);
  }
  if (values.help === true) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const minFlag = values['min-documents'] as string | undefined;
  const minDocuments = minFlag === undefined ? 1 : Number(minFlag);
  if (minFlag !== undefined && (!/^\d+$/.test(minFlag) || !Number.isSafeInteger(minDocuments) || minDocuments < 1)) {
    return usageError(io, `--min-documents must be a whole number >= 1 (got "${minFlag}")`);
  }
  let status: number = EXIT.ok;
  const reject = (where: string, reason: string): void => {
    io.stderr.write(`unscrape vocabulary: ${where} rejected: ${reason}\n`);
    status = EXIT.rejected;
  };
  let vocabulary: CorpusVocabulary;
  try {
    vocabulary = values.merge === true ? await mergeFiles(paths, reject) : await countInputs(paths, io, reject);
  } catch (e) {
    if (e instanceof UsageError) return usageError(io, e.message);
    throw e;
  }
  io.stdout.write(`${serializeCorpusVocabulary(vocabulary, minDocuments)}\n`);
  return status;
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`unscrape vocabulary: ${message}\n${USAGE}\n`);
  return EXIT.usage;
}

/** Counts text files and directories, or JSONL records from stdin or `.jsonl` files. */
async function countInputs(paths: readonly string[], io: CliIo, reject: (where: string, reason: string) => void): Promise<CorpusVocabulary> {
  const counter = createCorpusCounter();
  const jsonl = paths.filter((p) => JSONL_FILE.test(p));
  if (jsonl.length > 0 && jsonl.length < paths.length) throw new UsageError('give either JSONL files (.jsonl, .ndjson) or text files and directories, not both');
  const sources: [string, AsyncIterable<unknown>][] = paths.length === 0 || (paths.length === 1 && paths[0] === '-')
    ? [['stdin', io.stdin]]
    : jsonl.map((p) => [p, createReadStream(p)]);
  if (sources.length > 0) {
    for (const [name, source] of sources) {
      try {
        for await (const { line, bytes } of readLines(source)) {
          const parsed = parseRecord(bytes, ['text', 'html']);
          if (parsed.kind === 'record') {
            const { text, html } = parsed.record;
            counter.add(typeof text === 'string' ? text : articleText(html as string));
          } else if (parsed.kind === 'reject') reject(`${name} line ${line}`, parsed.reason);
        }
      } catch (e) {
        reject(name, `cannot read: ${(e as Error).message}`);
      }
    }
    return counter.result();
  }
  for await (const file of walkFiles(await planInputs(paths), Object.keys(CLEAN_EXTENSIONS))) {
    const content = await readInputFile(file);
    if (content.kind === 'reject') {
      reject(file.path, content.reason);
      continue;
    }
    counter.add(CLEAN_EXTENSIONS[extname(file.path)] === 'html' ? articleText(content.text) : content.text);
  }
  return counter.result();
}

/**
 * The text of an HTML page that the repairs will see: the article `clean` extracts, before any repair (a
 * form counted intact must be one the page wrote intact) and without language detection (not needed).
 */
function articleText(html: string): string {
  return clean({ html }, { repair: false, lang: false }).text;
}

/** Adds up vocabulary files; an unreadable or invalid one is rejected by name and left out. */
async function mergeFiles(paths: readonly string[], reject: (where: string, reason: string) => void): Promise<CorpusVocabulary> {
  if (paths.length === 0) throw new UsageError('--merge needs the vocabulary files to add up');
  const parts: CorpusVocabulary[] = [];
  for (const path of paths) {
    try {
      parts.push(parseCorpusVocabulary(await readFile(path, 'utf8')));
    } catch (e) {
      reject(path, e instanceof InvalidOptionError ? `not a vocabulary: ${e.message}` : `cannot read: ${(e as Error).message}`);
    }
  }
  return mergeCorpusVocabularies(parts);
}
