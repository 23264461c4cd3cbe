// The CLI worker's CPU profile in steady state: loads a build's `cli-worker.js` (the `--jobs` thread's entry) in
// this thread and feeds its default export the CLI's own tasks (batches of 64 raw JSONL lines, `clean` with the
// options `{}` of `unscrape clean` without flags), first `--warm` documents to warm up (JIT, line tables), then
// `--docs` documents under node:inspector's sampling profiler. Prints the CPU time of the profiled part and the
// functions with the most samples, self and inclusive. Read shares of samples, never `timeDeltas`: those are
// wall-clock, and on a shared machine they count other processes' time.
//
//   node --no-allocation-site-pretenuring --max-semi-space-size=16 bench/profile-worker.mjs CORPUS.jsonl
//        [--dist DIR] [--warm 500] [--docs 2500] [--top 30] [--out FILE.cpuprofile] [--no-profile]
//
// The two V8 flags are the CLI's for its sole worker (`--jobs 1`: src/cli/main.ts turns pretenuring off, the
// pool gives a sole worker a 32 MB young generation). CORPUS: e.g. `bench:scale`'s
// `$TMPDIR/unscrape-bench-scale/corpus-v2-10000.jsonl` (run it with `--keep`). `--no-profile`: only the CPU
// time (to compare two builds, runs alternating). `--out`: also write the profile (Chrome DevTools opens it).
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const corpus = args[0];
if (!corpus || corpus.startsWith('--')) throw new Error('usage: node bench/profile-worker.mjs CORPUS.jsonl [--dist DIR] [--warm N] [--docs N] [--top N] [--out FILE] [--no-profile]');
const dist = resolve(opt('--dist', join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')));
const warm = Number(opt('--warm', '500'));
const docs = Number(opt('--docs', '2500'));
const top = Number(opt('--top', '30'));
const outFile = opt('--out', undefined);
const profile = !args.includes('--no-profile');

const { default: work } = await import(pathToFileURL(join(dist, 'cli-worker.js')).href);
const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
if (lines.length < warm + docs) throw new Error(`${corpus} holds ${lines.length} documents, fewer than --warm + --docs`);
const encoder = new TextEncoder();

/** The CLI's tasks for documents [from, to): 64 raw lines a batch (src/cli/jsonl/run-jsonl.ts). */
function tasks(from, to) {
  const out = [];
  for (let i = from; i < to; i += 64) {
    const raw = lines.slice(i, Math.min(to, i + 64)).map((l) => encoder.encode(l));
    const bytes = new Uint8Array(raw.reduce((n, l) => n + l.length, 0));
    const ends = [];
    let at = 0;
    for (const l of raw) {
      bytes.set(l, at);
      at += l.length;
      ends.push(at);
    }
    out.push({ transform: 'clean', bytes, ends, options: {} });
  }
  return out;
}

for (const task of tasks(0, warm)) work(task);
const timed = tasks(warm, warm + docs);
let textBytes = 0;
for (let i = warm; i < warm + docs; i++) textBytes += Buffer.byteLength(JSON.parse(lines[i]).text);

const session = new Session();
if (profile) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const before = process.cpuUsage();
for (const task of timed) work(task);
const used = process.cpuUsage(before);
const cpu = (used.user + used.system) / 1e6;
console.log(`${dist}: documents ${warm}-${warm + docs - 1}, ${(textBytes / 1e6).toFixed(2)} MB of text in ${cpu.toFixed(2)} CPU-s: ${(textBytes / 1e6 / cpu).toFixed(2)} MB per CPU-second`);
if (!profile) process.exit(0);
const { profile: result } = await session.post('Profiler.stop');
if (outFile) writeFileSync(outFile, JSON.stringify(result));
summarize(result);

/** Prints the functions with most samples: self, then inclusive (a function counted once per sample however deep it recurses). */
function summarize({ nodes, samples }) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const hits = new Map();
  for (const id of samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const inclusive = new Map();
  for (const [id, count] of hits) {
    const key = name(byId.get(id));
    self.set(key, (self.get(key) ?? 0) + count);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const k = name(byId.get(at));
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + count);
    }
  }
  const print = (title, table) => {
    console.log(`\n${title} (% of ${samples.length} samples)`);
    for (const [k, c] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * c) / samples.length).toFixed(1).padStart(6)}%  ${k}`);
  };
  print('self', self);
  print('inclusive', inclusive);
}
