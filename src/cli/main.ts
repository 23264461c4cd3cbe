// The `unscrape` executable (dist/cli.js): wires the process to runCli.
import { fstatSync } from 'node:fs';
import { runCli } from './run-cli.js';

const controller = new AbortController();
// First Ctrl-C: stop reading, flush what is done, exit 130. A second one kills at once (default handler).
process.once('SIGINT', () => controller.abort());

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
  ...stdinSize(),
});
process.exitCode = code;

/** Stdin's size when it is a regular file (`unscrape clean < corpus.jsonl`), for the progress ETA. */
function stdinSize(): { stdinBytes?: number } {
  try {
    const info = fstatSync(0);
    return info.isFile() ? { stdinBytes: info.size } : {};
  } catch {
    return {};
  }
}
