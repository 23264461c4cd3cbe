import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import { isTty } from '../cli-io.js';
import type { Tally } from './tally.js';

/** The progress display of a run; a no-op when silent. */
export interface Progress {
  /** Redraws from the tally (throttled by the library). */
  update(tally: Tally): void;
  /** Prints a line above the bar (or plainly when there is no bar). */
  log(message: string): void;
  /** Removes the bar. */
  stop(): void;
}

/**
 * A progress bar on `stream` (cli-progress) with documents/s, MB/s and, when `totalBytes` is known,
 * percentage and ETA. Silent (messages still printed) when `stream` is not a terminal or `quiet`.
 *
 * @param stream - Normally stderr.
 * @param options - `quiet` silences the bar; `totalBytes` is the input size when known.
 * @returns The progress display.
 *
 * @example
 * ```ts
 * const progress = createProgress(process.stderr, { quiet: false, totalBytes: 1e9 });
 * progress.update(tally);
 * progress.stop();
 * ```
 */
export function createProgress(stream: Writable, options: { quiet: boolean; totalBytes?: number }): Progress {
  if (options.quiet || !isTty(stream)) {
    return { update() {}, log: (m) => void stream.write(m), stop() {} };
  }
  const known = options.totalBytes !== undefined && options.totalBytes > 0;
  const format = known
    ? '{bar} {percentage}% | {docs} docs | {docsRate} docs/s | {mbRate} MB/s | ETA {eta_formatted}'
    : '{docs} docs | {docsRate} docs/s | {mbRate} MB/s | {mb} MB';
  const bars = new cliProgress.MultiBar(
    { stream: stream as NodeJS.WritableStream, format, hideCursor: true, clearOnComplete: false, etaBuffer: 50, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  const bar = bars.create(known ? options.totalBytes! : 1, 0, payload(0, 0, 0));
  return {
    update(tally) {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const p = payload(tally.out + tally.rejected + tally.skipped, tally.bytes, seconds);
      bar.update(known ? Math.min(tally.bytes, options.totalBytes!) : 0, p);
    },
    log: (m) => bars.log(m),
    stop: () => bars.stop(),
  };
}

function payload(docs: number, bytes: number, seconds: number) {
  return {
    docs,
    docsRate: seconds > 0 ? Math.round(docs / seconds) : 0,
    mbRate: seconds > 0 ? (bytes / 1e6 / seconds).toFixed(2) : '0.00',
    mb: (bytes / 1e6).toFixed(1),
  };
}
