// The `unscrape` executable (dist/cli.js): wires the process to runCli.
import { fstatSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runCli } from './run-cli.js';

// No allocation-site pretenuring (a V8 flag, so the process's: every worker thread's too). V8 moves an
// allocation site to the old generation once most of its objects survive, as the lines arrays and the per-rule
// tables do while a page is cleaned; then the page's young lines and verdicts they hold live on until a full
// collection, and the scavenger promotes them. Without it, over 1k bench documents (`--jobs 1`): mark-compacts
// 9-10 -> 4-5, bytes promoted 73 -> 35 MB (see BENCHMARKS.md, "CLI throughput, stop 16"). Output unchanged.
setFlagsFromString('--no-allocation-site-pretenuring');

const controller = new AbortController();
let stoppedBy: NodeJS.Signals | undefined;
// First Ctrl-C (or SIGTERM from a scheduler): stop reading, flush what is done, exit 130 (143 for
// SIGTERM). A second signal kills at once (the default handler is back).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stoppedBy ??= signal;
    controller.abort();
  });
}

// The reader of stdout went away (`unscrape clean < big.jsonl | head`): stop at once, like a
// program killed by SIGPIPE (exit 141). Other stdout errors reach the writer, which reports them (exit 3).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(141);
});

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
  ...stdinSize(),
});
process.exitCode = code === 130 && stoppedBy === 'SIGTERM' ? 143 : code;

/** Stdin's size when it is a regular file (`unscrape clean < corpus.jsonl`), for the progress ETA. */
function stdinSize(): { stdinBytes?: number } {
  try {
    const info = fstatSync(0);
    return info.isFile() ? { stdinBytes: info.size } : {};
  } catch {
    return {};
  }
}
