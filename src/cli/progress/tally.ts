import type { TaskResult } from '../transforms/run-task.js';

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

  /** Counts a written document. */
  addResult(result: TaskResult): void {
    this.out++;
    for (const [rule, n] of Object.entries(result.edits)) this.edits.set(rule, (this.edits.get(rule) ?? 0) + n);
    if (result.lang !== undefined) this.langs.set(result.lang, (this.langs.get(result.lang) ?? 0) + 1);
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
