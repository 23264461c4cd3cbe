// npm run bench:scale — corpus scale: JSONL corpora of 1k, 10k and 100k documents built from the bench
// pages' scraped.txt (cycled, each copy perturbed), streamed through the pure cleaning (a) in-process on
// one core and (b) on all cores with a worker-thread pool (piscina) run by this script, output kept in
// input order. Each (size, mode) runs in a fresh child process so its peak RSS is its own.
// Targets (issue #6): >= 20 MB/s of text per core; peak RSS <= 300 MB at any size, flat as the corpus grows.
//
// Throughput is given per wall second and per CPU second (user + system of the whole process, workers
// included): on a shared machine the second is the fair per-core figure. `lang off` runs clean with
// `{ lang: false }` to show what language identification costs; `lang off + dedupe` adds streaming
// cross-document dedup (createDeduplicator; its index grows with the distinct paragraphs, by design). At 100k documents only the `lang off`
// modes run by default (the full set takes far more than a few minutes at today's speed); `--full` runs all.
//
//   node bench/scale.mjs [--sizes 1000,10000,100000] [--jobs N] [--keep] [--full] [--only 'single: lang off']
// Corpora go to $TMPDIR/unscrape-bench-scale/ (removed afterwards unless --keep).
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { articlePages, readPageFile, requireBenchDir } from './lib/bench-data.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};

if (args[0] === '--run') await runChild(args[1], args[2], Number(args[3]), Number(args[4]), args[5] === 'default' ? {} : { lang: false }, args[5]?.endsWith('dedupe'));
else await main();

async function main() {
  requireBenchDir();
  const sizes = opt('--sizes', '1000,10000,100000').split(',').map(Number);
  const jobs = Number(opt('--jobs', String(availableParallelism())));
  const dir = join(tmpdir(), 'unscrape-bench-scale');
  mkdirSync(dir, { recursive: true });
  const pages = articlePages().map((p) => readPageFile(p, 'scraped.txt'));
  console.log(`pages: ${pages.length} scraped.txt; cores: ${availableParallelism()}; pool: ${jobs} workers; load average at start: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log('| documents | text MB | mode | options | wall s | docs/s | MB/s (wall) | MB per CPU-second | peak RSS MB |');
  console.log('| ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const n of sizes) {
    const file = join(dir, `corpus-${n}.jsonl`);
    if (!existsSync(file)) await writeCorpus(file, pages, n);
    const all = [['single', 'default'], ['single', 'lang off'], ['pool', 'default'], ['pool', 'lang off'], ['single', 'lang off + dedupe']];
    let modes = args.includes('--full') ? all : n > 10000 ? [all[1], all[3]] : [...all.slice(0, 3), all[4]];
    if (opt('--only')) modes = all.filter(([m, o]) => `${m}: ${o}` === opt('--only'));
    for (const [mode, options] of modes) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--run', file, mode, String(jobs), String(n), options], {
        encoding: 'utf8', maxBuffer: 1 << 20,
      });
      if (child.status !== 0) throw new Error(`child failed: ${child.stderr}`);
      const r = JSON.parse(child.stdout);
      const mb = r.bytes / 1e6;
      const label = mode === 'single' ? 'one core' : `pool of ${jobs}`;
      console.log(`| ${n} | ${mb.toFixed(0)} | ${label} | ${options} | ${r.seconds.toFixed(1)} | ${(r.docs / r.seconds).toFixed(0)} | ${(mb / r.seconds).toFixed(1)} | ${(mb / r.cpuSeconds).toFixed(1)} | ${(r.maxRssKb / 1024).toFixed(0)} |`);
    }
  }
  console.log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}

/** Writes `n` documents cycling through the pages; copy k of a page has its blocks rotated by k and a line naming it. */
async function writeCorpus(file, pages, n) {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const page = pages[i % pages.length];
    const k = Math.floor(i / pages.length);
    let text = page;
    if (k > 0) {
      const blocks = page.split(/\n\s*\n/);
      const r = k % blocks.length;
      text = `Copy ${k}\n\n${[...blocks.slice(r), ...blocks.slice(0, r)].join('\n\n')}`;
    }
    if (!out.write(`${JSON.stringify({ id: `doc-${i}`, text })}\n`)) await new Promise((res) => out.once('drain', res));
  }
  await new Promise((res, rej) => out.end((e) => (e ? rej(e) : res())));
  void statSync(file);
}

/**
 * The lines of a stream, pulled: the stream's own async iterator reads the next chunk only when asked,
 * so memory stays bounded by one chunk plus the work in flight. (readline's 'line' events keep coming
 * while the loop awaits a worker, and pile up: with the pool, that alone took the main heap to 160 MB.)
 */
async function* readLines(stream) {
  let rest = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop();
    for (const line of parts) if (line !== '') yield line;
  }
  if (rest !== '') yield rest;
}

/** Child: streams the corpus through clean (single) or a piscina pool (pool), output discarded after serialising. */
async function runChild(file, mode, jobs, expected, options, dedupe) {
  const sink = new Writable({ write(_chunk, _enc, cb) { cb(); } });
  // Import first, then read: lines are pulled from the stream only as the loop asks for them.
  const { clean, createDeduplicator } = await import('../dist/index.js');
  const dedup = dedupe ? createDeduplicator({ remove: 'paragraphs' }) : null;
  const { Piscina } = await import('piscina');
  const lines = readLines(createReadStream(file));
  let docs = 0;
  let bytes = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  if (mode === 'single') {
    for await (const line of lines) {
      const rec = JSON.parse(line);
      bytes += Buffer.byteLength(rec.text);
      let doc = clean(rec.text, options);
      if (dedup) doc = dedup.add({ id: rec.id, ...doc }).document;
      const ok = sink.write(`${JSON.stringify({ id: rec.id, title: doc.title, text: doc.text, lang: doc.lang, edits: doc.edits })}\n`);
      if (!ok) await new Promise((res) => sink.once('drain', res));
      docs++;
    }
  } else {
    const pool = new Piscina({ filename: join(here, 'scale-worker.mjs'), minThreads: jobs, maxThreads: jobs });
    const BATCH = 16;
    const inFlight = [];
    const maxInFlight = jobs * 4;
    const drain = async () => {
      const r = await inFlight.shift();
      bytes += r.bytes;
      if (!sink.write(r.out)) await new Promise((res) => sink.once('drain', res));
    };
    let batch = [];
    for await (const line of lines) {
      batch.push(line);
      docs++;
      if (batch.length === BATCH) {
        inFlight.push(pool.run({ lines: batch, options }));
        batch = [];
        while (inFlight.length >= maxInFlight) await drain(); // backpressure: reading waits for the oldest batch
      }
    }
    if (batch.length) inFlight.push(pool.run({ lines: batch, options }));
    while (inFlight.length) await drain();
    await pool.destroy();
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (docs !== expected) throw new Error(`read ${docs} documents, the corpus has ${expected}`);
  process.stdout.write(JSON.stringify({ docs, bytes, seconds, cpuSeconds, maxRssKb: process.resourceUsage().maxRSS }));
}
