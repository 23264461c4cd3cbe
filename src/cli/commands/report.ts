import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ReportDocument } from '../../emit/report-document.js';
import { createReportStream, type ReportStream } from '../../emit/report-stream.js';
import { UnscrapeError } from '../../errors.js';
import type { CliIo } from '../run-cli.js';
import { EXIT } from '../cli-io.js';
import { reportStreamSink, type ReportSink } from '../files/report-sink.js';
import { openAtomic } from '../files/write-atomic.js';
import { JsonValueSplitter } from '../jsonl/split-json-values.js';
import { collectEvery } from '../steps/collect-garbage.js';
import { revertEdits } from '../../ledger/revert-edits.js';
import type { Edit } from '../../model/edit.js';

export const REPORT_USAGE = `usage: unscrape report [FILE ...] --out report.html [--title TEXT] [--limit N|all]

Reads cleaned documents (JSONL, one JSON document, or a JSON array; stdin when no
FILE or FILE is -) and writes one static HTML page to review every edit, as it reads (memory does not
grow with the input; a file is written beside --out and renamed into place at the end). Each document needs \`edits\`
and \`source\` or \`text\`: \`clean\`'s output as it is (the source is rebuilt from the text and the edits), or let
\`clean --report FILE\` write the page while cleaning.
  --out FILE     where to write the page (- for stdout)
  --title TEXT   the page's heading (default: unscrape review report)
  --limit N|all  documents drawn in full; the rest are counted only (default: 1000)`;

/**
 * `unscrape report`: renders the review report of cleaned documents.
 *
 * Exit status: 0 when every record was drawn or counted, 1 when some were rejected (each named on stderr
 * with its file and line; the page is still written), 2 on a usage error, 3 when the page cannot be
 * written (a file target is then left as it was: the page goes to a temporary file beside it, renamed
 * into place at the end).
 *
 * @param args - Arguments after `report`.
 * @param io - The streams to use.
 * @returns The exit status.
 * @example
 * ```ts
 * await runReportCommand(['out/docs.jsonl', '--out', 'report.html'], io);
 * ```
 */
export async function runReportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const files: string[] = [];
  let out: string | undefined;
  let title: string | undefined;
  let limit: number | false | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--out' || a === '--title' || a === '--limit') {
      const v = args[++i];
      if (v === undefined) return usage(io, `${a} needs a value`);
      if (a === '--out') out = v;
      else if (a === '--title') title = v;
      else if (v === 'all') limit = false;
      else if (/^\d+$/.test(v)) limit = Number(v);
      else return usage(io, `--limit takes a number or "all", got "${v}"`);
    } else if (a === '-h' || a === '--help') {
      io.stdout.write(`${REPORT_USAGE}\n`);
      return 0;
    } else if (a.startsWith('--')) return usage(io, `unknown option ${a}`);
    else files.push(a);
  }
  if (!out) return usage(io, '--out is required');
  const report = createReportStream({ ...(title !== undefined && { title }), ...(limit !== undefined && { limit }) });
  const sink = out === '-' ? reportStreamSink(io.stdout) : openAtomic(out);
  let rejected = 0;
  let accepted = 0;
  const reject = (where: string, reason: string): void => {
    rejected++;
    io.stderr.write(`${where}: ${reason}\n`);
  };
  try {
    await sink.write(report.head);
    for (const file of files.length ? files : ['-']) {
      const input = file === '-' ? io.stdin : createReadStream(file);
      try {
        accepted += await readDocuments(input, file === '-' ? 'stdin' : file, report, sink, reject);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === undefined) throw e; // not the input's: the page could not be written
        reject(file, `cannot read: ${(e as Error).message}`);
      }
    }
    await sink.write(report.tail());
    await sink.commit();
  } catch (e) {
    await sink.abort();
    io.stderr.write(`unscrape report: fatal: ${(e as Error).message}\n`);
    return EXIT.fatal;
  }
  io.stderr.write(`report: ${accepted} documents in ${out === '-' ? 'stdout' : out}${rejected ? `, ${rejected} rejected` : ''}\n`);
  return rejected ? 1 : 0;
}

function usage(io: CliIo, problem: string): number {
  io.stderr.write(`unscrape report: ${problem}\n${REPORT_USAGE}\n`);
  return 2;
}

/**
 * Reads JSONL, drawing each record as it comes; when the first record does not parse on its own line,
 * the rest is read as one JSON value: an object, or an array of objects (`clean`'s pretty-printed
 * `--format json`) whose elements are drawn one by one as they end ({@link JsonValueSplitter}), so
 * memory stays that of one document.
 */
async function readDocuments(input: Readable, name: string, report: ReportStream, sink: ReportSink, reject: (where: string, reason: string) => void): Promise<number> {
  let n = 0;
  let lineNo = 0;
  let whole: JsonValueSplitter | null = null;
  let element = 0;
  // Each record is garbage once drawn: collect every few MB of documents (collectEvery says why).
  const passed = collectEvery();
  const take = async (value: unknown, where: string): Promise<void> => {
    const problem = describeProblem(value);
    if (problem) return reject(where, problem);
    let doc: ReportDocument;
    let section: string;
    try {
      doc = withSource(value as Record<string, unknown>);
      section = report.add(doc);
    } catch (e) {
      if (!(e instanceof UnscrapeError)) throw e;
      return reject(where, e.message);
    }
    n++;
    await sink.write(section);
    passed(doc.source.length + section.length);
  };
  const takeText = async (text: string, where: string, invalid = 'invalid JSON'): Promise<void> => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return reject(where, invalid);
    }
    await take(value, where);
  };
  const takeElements = async (texts: readonly string[]): Promise<void> => {
    for (const text of texts) await takeText(text, `${name}[${element++}]`);
  };
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (whole) {
      await takeElements(whole.push(`${line}\n`));
      continue;
    }
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      if (n === 0 && /^\s*[[{]/.test(line)) {
        whole = new JsonValueSplitter();
        await takeElements(whole.push(`${line}\n`));
        continue;
      }
      reject(`${name}:${lineNo}`, 'invalid JSON');
      continue;
    }
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) await take(v, `${name}:${lineNo}[${i}]`);
    } else await take(value, `${name}:${lineNo}`);
  }
  if (whole) {
    const { values, problem } = whole.end();
    // A top-level object (one pretty-printed document) is named by the file alone.
    if (element === 0 && values.length === 1 && problem === undefined) await takeText(values[0]!, name, 'invalid JSON (neither JSONL nor one JSON value)');
    else await takeElements(values);
    if (problem !== undefined) reject(name, `invalid JSON: ${problem}`);
  }
  return n;
}

/**
 * A document as the report draws it: `clean`'s output records carry `text` and `edits` but no `source`;
 * the source is rebuilt from them ({@link revertEdits}; a ledger that does not fit the text is rejected).
 */
function withSource(v: Record<string, unknown>): ReportDocument {
  if (typeof v.source === 'string') return v as unknown as ReportDocument;
  return { ...v, source: revertEdits(v.text as string, v.edits as Edit[]) } as unknown as ReportDocument;
}

function describeProblem(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.edits)) return 'no `edits` array';
  if (typeof v.source !== 'string' && typeof v.text !== 'string') {
    return 'neither `source` nor `text`: the report redraws the source with its edits';
  }
  if (v.id !== undefined && typeof v.id !== 'string') return '`id` is not a string';
  return null;
}
