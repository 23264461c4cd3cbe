import { createReadStream } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createReportBuilder, type ReportBuilder, type ReportDocument } from '../../emit/render-report.js';
import { UnscrapeError } from '../../errors.js';
import type { CliIo } from '../run-cli.js';
import { revertEdits } from '../../ledger/revert-edits.js';
import type { Edit } from '../../model/edit.js';

export const REPORT_USAGE = `usage: unscrape report [FILE ...] --out report.html [--title TEXT] [--limit N|all]

Reads cleaned documents (JSONL, one JSON document, or a JSON array; stdin when no
FILE or FILE is -) and writes one static HTML page to review every edit. Each document needs \`edits\`
and \`source\` or \`text\`: \`clean\`'s output as it is (the source is rebuilt from the text and the edits), or let
\`clean --report FILE\` write the page while cleaning.
  --out FILE     where to write the page (- for stdout)
  --title TEXT   the page's heading (default: unscrape review report)
  --limit N|all  documents drawn in full; the rest are counted only (default: 1000)`;

/**
 * `unscrape report`: renders the review report of cleaned documents.
 *
 * Exit status: 0 when every record was drawn or counted, 1 when some were rejected (each named on stderr
 * with its file and line; the page is still written), 2 on a usage error.
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
  const builder = createReportBuilder({ ...(title !== undefined && { title }), ...(limit !== undefined && { limit }) });
  let rejected = 0;
  let accepted = 0;
  const reject = (where: string, reason: string): void => {
    rejected++;
    io.stderr.write(`${where}: ${reason}\n`);
  };
  for (const file of files.length ? files : ['-']) {
    const input = file === '-' ? io.stdin : createReadStream(file);
    try {
      accepted += await readDocuments(input, file === '-' ? 'stdin' : file, builder, reject);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === undefined) throw e;
      reject(file, `cannot read: ${(e as Error).message}`);
    }
  }
  const html = builder.finish();
  if (out === '-') io.stdout.write(html);
  else await writeReportFile(out, html);
  io.stderr.write(`report: ${accepted} documents in ${out === '-' ? 'stdout' : out}${rejected ? `, ${rejected} rejected` : ''}\n`);
  return rejected ? 1 : 0;
}

/**
 * Writes a finished report page atomically (a temporary file beside it, then a rename), for
 * `unscrape report` and `unscrape clean --report FILE`.
 *
 * @param path - Where the page goes.
 * @param html - The page ({@link ReportBuilder.finish}).
 * @example
 * ```ts
 * const report = createReportBuilder();
 * for (const doc of docs) report.add(doc);
 * await writeReportFile('report.html', report.finish());
 * ```
 */
export async function writeReportFile(path: string, html: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, html);
  await rename(tmp, path);
}

function usage(io: CliIo, problem: string): number {
  io.stderr.write(`unscrape report: ${problem}\n${REPORT_USAGE}\n`);
  return 2;
}

/**
 * Reads JSONL; when the first record does not parse on its own line, the whole input is read as one
 * JSON value (an object or an array of objects: `clean`'s pretty-printed `.json` files).
 */
async function readDocuments(input: Readable, name: string, builder: ReportBuilder, reject: (where: string, reason: string) => void): Promise<number> {
  let n = 0;
  let lineNo = 0;
  let whole: string[] | null = null;
  const take = (value: unknown, where: string): void => {
    const problem = describeProblem(value);
    if (problem) return reject(where, problem);
    try {
      builder.add(withSource(value as Record<string, unknown>));
      n++;
    } catch (e) {
      if (!(e instanceof UnscrapeError)) throw e;
      reject(where, e.message);
    }
  };
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (whole) {
      whole.push(line);
      continue;
    }
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      if (n === 0 && /^\s*[[{]/.test(line)) {
        whole = [line];
        continue;
      }
      reject(`${name}:${lineNo}`, 'invalid JSON');
      continue;
    }
    if (Array.isArray(value)) value.forEach((v, i) => take(v, `${name}:${lineNo}[${i}]`));
    else take(value, `${name}:${lineNo}`);
  }
  if (whole) {
    let value: unknown;
    try {
      value = JSON.parse(whole.join('\n'));
    } catch {
      reject(name, 'invalid JSON (neither JSONL nor one JSON value)');
      return n;
    }
    if (Array.isArray(value)) value.forEach((v, i) => take(v, `${name}[${i}]`));
    else take(value, name);
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
