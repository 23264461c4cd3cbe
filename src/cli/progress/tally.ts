import type { TaskResult } from '../transforms/run-task.js';

/**
 * The tallies of several written documents at once (`clean --dedupe`: summed by the thread that
 * finished them, so that nothing per document crosses to the main thread).
 */
export interface BatchTallies {
  /** Documents written. */
  documents: number;
  /** Edits per rule id. */
  readonly edits: Record<string, number>;
  /** Documents per language. */
  readonly langs: Record<string, number>;
}

/**
 * Adds one document's tallies to a batch's.
 *
 * @param into - The batch's tallies (changed).
 * @param result - The document's (`lang`, edits per rule).
 *
 * @example
 * ```ts
 * const batch: BatchTallies = { documents: 0, edits: {}, langs: {} };
 * addTallies(batch, { lang: 'en', edits: { layout: 2 } });
 * ```
 */
export function addTallies(into: BatchTallies, result: Pick<TaskResult, 'lang' | 'edits'>): void {
  into.documents++;
  for (const [rule, n] of Object.entries(result.edits)) into.edits[rule] = (Object.hasOwn(into.edits, rule) ? into.edits[rule]! : 0) + n;
  if (result.lang !== undefined) into.langs[result.lang] = (Object.hasOwn(into.langs, result.lang) ? into.langs[result.lang]! : 0) + 1;
}

/**
 * The counts of one run, for the progress bar and the summary. Nothing is lost when
 * `inputs === out + rejected + skipped` (blank JSONL lines are counted apart: they hold no record).
 *
 * @example
 * ```ts
 * const tally = new Tally();
 * tally.inputs++;
 * tally.addResult(result);
 * process.stderr.write(tally.summary('clean'));
 * ```
 */
export class Tally {
  /** Records read (non-blank JSONL lines, or files). */
  inputs = 0;
  /** Documents written. */
  out = 0;
  /** Records rejected, each reported with its reason. */
  rejected = 0;
  /** Files skipped by `--resume` because their outputs exist. */
  skipped = 0;
  /** Blank JSONL lines, ignored. */
  blank = 0;
  /** Input bytes consumed. */
  bytes = 0;
  /** Edits per rule id over all documents. */
  readonly edits = new Map<string, number>();
  /** Documents per language. */
  readonly langs = new Map<string, number>();
  /** When the run started (ms since the epoch), for the rates in the summary. */
  readonly started = Date.now();

  /** Counts a written document (a batch of one: {@link addTallies} and {@link Tally.addBatch} are the one way to sum). */
  addResult(result: TaskResult): void {
    const one: BatchTallies = { documents: 0, edits: {}, langs: {} };
    addTallies(one, result);
    this.addBatch(one);
  }

  /**
   * Counts written documents from their summed tallies ({@link BatchTallies}).
   *
   * @param batch - The documents' tallies.
   */
  addBatch(batch: BatchTallies): void {
    this.out += batch.documents;
    for (const [rule, n] of Object.entries(batch.edits)) this.edits.set(rule, (this.edits.get(rule) ?? 0) + n);
    for (const [lang, n] of Object.entries(batch.langs)) this.langs.set(lang, (this.langs.get(lang) ?? 0) + n);
  }

  /** True when every record read is accounted for. */
  balanced(): boolean {
    return this.inputs === this.out + this.rejected + this.skipped;
  }

  /**
   * The end-of-run summary, a few lines for stderr.
   *
   * @param command - The command's name, to start the first line.
   */
  summary(command: string): string {
    const parts = [`${this.inputs} in`, `${this.out} out`, `${this.rejected} rejected`];
    if (this.skipped > 0) parts.push(`${this.skipped} skipped (--resume)`);
    const check = this.balanced()
      ? `in = out + rejected${this.skipped > 0 ? ' + skipped' : ''}`
      : `MISMATCH: ${this.inputs - this.out - this.rejected - this.skipped} records unaccounted for`;
    const lines = [`unscrape ${command}: ${parts.join(', ')} (${check})`];
    if (this.blank > 0) lines.push(`  blank lines ignored: ${this.blank}`);
    lines.push(`  edits by rule: ${formatCounts(this.edits)}`);
    lines.push(`  languages: ${formatCounts(this.langs)}`);
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    lines.push(`  time: ${seconds.toFixed(1)} s (${(this.bytes / 1e6 / seconds).toFixed(2)} MB/s, ${Math.round(this.out / seconds)} docs/s)`);
    return `${lines.join('\n')}\n`;
  }
}

function formatCounts(counts: ReadonlyMap<string, number>): string {
  if (counts.size === 0) return 'none';
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');
}
