// npm run bench:scale — corpus scale, measured on what users run: the CLI, `node dist/cli.js clean
// CORPUS.jsonl [--jobs N]`, over JSONL corpora of 1k, 10k and 100k documents built from the bench pages'
// scraped.txt (cycled; each copy a new article of the same site, every fifth round wire copy: see writeCorpus).
// Each row is one fresh CLI process, output to /dev/null.
// Targets (issue #6): >= 20 MB/s of text per core; peak RSS <= 300 MB at any size, flat as the corpus grows.
//
// Peak RSS is the CLI process's high-water mark (`/usr/bin/time`'s maximum resident set size = VmHWM):
// the `--jobs` workers are threads of that process, so it counts them all. Throughput is per wall second
// and per CPU second (user + system of the whole process, workers included): on a shared machine the
// second is the fair per-core figure. The CLI's own summary is checked on every row: in = out + rejected,
// and every document of the corpus came out.
//
//   node bench/scale.mjs [--sizes 1000,10000,100000] [--jobs 1,default] [--lang on,off,light]
//                        [--big-lang light] [--keep] [--dist DIR] [-- extra CLI flags]
// `--jobs`: the `--jobs` values to run (`default` = no flag, i.e. the number of cores). `--lang`: `on` =
// default options, `off` = `--no-lang`, `light` = `--no-lang` and every rule disabled but `layout` (the
// CLI's plumbing, workers and memory with a cheap pipeline). Corpora above 10k documents run only the
// `--big-lang` options (default `light`: at today's ~1-2 MB per CPU-second, the full pipeline over a
// 100k corpus (1 GB) takes far longer than a bench should).
// Corpora go to $TMPDIR/unscrape-bench-scale/ (removed afterwards unless --keep). `--dist DIR`: the build
// to run (`DIR/cli.js`; default: this checkout's dist/), e.g. a copy of another commit's dist/ to compare
// two builds on the same corpus, runs interleaved by the caller.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createReadStream, createWriteStream, existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articlePages, readPageFile, requireBenchDir } from './lib/bench-data.mjs';
import { freshLines } from './lib/fresh-lines.mjs';

/** One round of copies in this many republishes its pages' lines unchanged (wire copy); the others are new text. */
const REPUBLISHED = 5;

const here = dirname(fileURLToPath(import.meta.url));
const dashdash = process.argv.indexOf('--');
const args = dashdash >= 0 ? process.argv.slice(2, dashdash) : process.argv.slice(2);
const extra = dashdash >= 0 ? process.argv.slice(dashdash + 1) : [];
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const dist = resolve(opt('--dist', join(here, '..', 'dist')));
const cli = join(dist, 'cli.js');

requireBenchDir();
if (!existsSync(cli)) throw new Error(`${cli} not found: run npm run build first`);
if (!existsSync('/usr/bin/time')) throw new Error('bench:scale reads peak RSS and CPU time from GNU /usr/bin/time (apt-get install time)');
const sizes = opt('--sizes', '1000,10000,100000').split(',').map(Number);
const jobsList = opt('--jobs', '1,default').split(',');
const langs = opt('--lang', 'on,off').split(',');
const bigLangs = opt('--big-lang', 'light').split(',');
const { defaultRules } = await import(pathToFileURL(join(dist, 'index.js')).href);
const light = defaultRules.filter((r) => r.id !== 'layout').flatMap((r) => ['--disable', r.id]);
const dir = join(tmpdir(), 'unscrape-bench-scale');
mkdirSync(dir, { recursive: true });
const pages = articlePages().map((p) => readPageFile(p, 'scraped.txt'));
console.log(`build: ${cli}; pages: ${pages.length} scraped.txt; cores: ${availableParallelism()}; extra flags: ${extra.join(' ') || 'none'}; load average at start: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('| documents | text MB | --jobs | options | wall s | docs/s | MB/s (wall) | CPU s | MB per CPU-second | peak RSS MB |');
console.log('| ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const n of sizes) {
  const file = join(dir, `corpus-v2-${n}.jsonl`);
  if (!existsSync(file)) await writeCorpus(file, pages, n);
  const mb = (await textBytes(file)) / 1e6;
  for (const lang of n > 10000 ? bigLangs : langs) {
    for (const jobs of jobsList) {
      const flags = [...(jobs === 'default' ? [] : ['--jobs', jobs]), ...(lang !== 'on' ? ['--no-lang'] : []), ...(lang === 'light' ? light : []), ...extra];
      const r = await runCli(file, flags, n);
      const label = jobs === 'default' ? `default (${availableParallelism()})` : jobs;
      console.log(`| ${n} | ${mb.toFixed(0)} | ${label} | ${{ on: 'default', off: '--no-lang', light: 'layout only, --no-lang' }[lang]}${extra.length ? ' + extra' : ''} | ${r.wall.toFixed(1)} | ${(n / r.wall).toFixed(0)} | ${(mb / r.wall).toFixed(2)} | ${r.cpu.toFixed(1)} | ${(mb / r.cpu).toFixed(2)} | ${(r.maxRssKb / 1024).toFixed(0)} |`);
    }
  }
}
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });

/** Runs the CLI under /usr/bin/time; checks its summary; returns wall and CPU seconds and the peak RSS. */
async function runCli(file, flags, expected) {
  const timeFile = join(dir, 'time.txt');
  const devNull = openSync('/dev/null', 'w');
  const child = spawn('/usr/bin/time', ['-f', '%M %U %S %e', '-o', timeFile, process.execPath, cli, 'clean', file, ...flags], {
    stdio: ['ignore', devNull, 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const status = await new Promise((res) => child.on('close', res));
  closeSync(devNull);
  if (status !== 0) throw new Error(`clean ${flags.join(' ')} exited ${status}: ${stderr.slice(-2000)}`);
  const m = /(\d+) in, (\d+) out, (\d+) rejected \(in = out \+ rejected\)/.exec(stderr);
  if (!m || Number(m[1]) !== expected || Number(m[2]) + Number(m[3]) !== expected || Number(m[3]) !== 0) {
    throw new Error(`expected ${expected} in and out, the summary says: ${stderr.slice(0, 500)}`);
  }
  const [maxRssKb, user, sys, wall] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { maxRssKb, cpu: user + sys, wall };
}

/** Total length in UTF-8 bytes of the corpus's `text` fields (streamed: a 100k corpus is 1 GB). */
async function textBytes(file) {
  let bytes = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line) bytes += Buffer.byteLength(JSON.parse(line).text);
  return bytes;
}

/** Writes `n` documents cycling through the pages; copy k of a page has its blocks rotated by k and a line naming it. */
/**
 * Writes a corpus of `n` documents: the pages in turn, the k-th round of copies rotated by k blocks under a
 * `Copy k` line. A copy is a new article from the same site: each line of two words or more is made new
 * (`freshLines`, a tag of the round's own after its first word), as the lines of distinct articles are; a
 * one-word line (a menu item, a label) repeats, as a site's chrome does. One round in REPUBLISHED is wire
 * copy: its lines are the page's own, so `--dedupe` has paragraphs republished across documents to find.
 * (Until stop 17 every copy repeated its page's lines: the noise rules' process-wide line tables then
 * answered nearly every line from the third copy on, and `--dedupe`'s index held only the 96 pages'
 * paragraphs, which flattered both the throughput and the memory figures.)
 */
async function writeCorpus(file, pages, n) {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const page = pages[i % pages.length];
    const k = Math.floor(i / pages.length);
    let text = page;
    if (k > 0) {
      const blocks = page.split(/\n\s*\n/);
      const r = k % blocks.length;
      const rotated = [...blocks.slice(r), ...blocks.slice(0, r)].join('\n\n');
      text = `Copy ${k}\n\n${k % REPUBLISHED === 0 ? rotated : freshLines(rotated, k)}`;
    }
    if (!out.write(`${JSON.stringify({ id: `doc-${i}`, text })}\n`)) await new Promise((res) => out.once('drain', res));
  }
  await new Promise((res, rej) => out.end((e) => (e ? rej(e) : res())));
  void statSync(file);
}
