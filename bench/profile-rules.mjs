// Per-rule CPU time of clean() over the bench pages' scraped.txt: process.cpuUsage() around each rule's
// find() (wall time is too noisy on a shared machine), minimum over rounds. Lazily computed context
// entries (lines, blocks, memo analyses) are charged to the first rule that asks for them.
//
//   node bench/profile-rules.mjs [--repair-only | --no-repair] [--cold | --tagged] [--rounds N] [--dist path/to/index.js] [--file gold.txt]
// (--no-repair: `repair: false`, the noise and extract rules and the runner alone)
// (--file: which file of each page to clean; default scraped.txt, gold.txt is the undamaged article text)
// (`npm run build` first; --dist compares another build of the library)
// --cold: one pass in which every line is new to the per-line caches (as in a corpus, each page seen once),
// after warming the JIT on the pages with the words of each line reversed; run it a few times, it is one pass.
// --tagged: a corpus's steady state, every line new to the caches but on warm code: each pass (--rounds of
// them, least kept) cleans the pages with a tag of its own inserted after each line's first word (the same
// line shapes, none of the same lines), after two such passes to warm the JIT. Closer to a corpus than --cold,
// whose reversed lines never take the paths of sentence-final lines (see BENCHMARKS.md, "Line facts pass").
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articlePages, readPageFile, requireBenchDir } from './lib/bench-data.mjs';
import { freshLines as tag } from './lib/fresh-lines.mjs';
import { cpuMs as cpu } from './lib/cpu-ms.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const rounds = Number(opt('--rounds', 6));
const dist = pathToFileURL(resolve(opt('--dist', new URL('../dist/index.js', import.meta.url).pathname))).href;
const { clean, defaultRules, repairRules } = await import(dist);

requireBenchDir();
const file = opt('--file', 'scraped.txt');
const texts = articlePages().filter((p) => existsSync(join(p.dir, file))).map((p) => readPageFile(p, file));
const rules = argv.includes('--repair-only') ? repairRules : defaultRules;
const repair = !argv.includes('--no-repair');
let acc = new Map();
const pipeline = rules.map((r) => ({ ...r, find(ctx) { const t = cpu(); const f = r.find(ctx); acc.set(r.id, (acc.get(r.id) ?? 0) + cpu() - t); return f; } }));
const cold = argv.includes('--cold');
const tagged = argv.includes('--tagged');
if (tagged) {
  for (let r = 0; r < 2; r++) for (const t of texts) clean(tag(t, 1000 + r), { lang: false, repair, pipeline });
} else if (cold) {
  // JIT warm-up on the pages with each line's words reversed: the same code paths, none of the same lines.
  for (let r = 0; r < 2; r++) for (const t of texts) clean(t.split('\n').map((l) => `${l.split(' ').reverse().join(' ')} w${r}`).join('\n'), { lang: false, repair, pipeline });
} else for (const t of texts.slice(0, 10)) clean(t, { lang: false, repair, pipeline }); // warm-up: lexicon, JIT
const best = new Map();
let bestTotal = Infinity;
const bytes = texts.reduce((n, t) => n + t.length, 0); // (a tagged pass cleans a little more text: the tags)
for (let k = 0; k < (cold && !tagged ? 1 : rounds); k++) {
  acc = new Map();
  const input = tagged ? texts.map((t) => tag(t, k)) : texts;
  const t0 = cpu();
  for (const t of input) clean(t, { lang: false, repair, pipeline });
  const total = cpu() - t0;
  bestTotal = Math.min(bestTotal, total);
  let inRules = 0;
  for (const [id, ms] of acc) { inRules += ms; best.set(id, Math.min(best.get(id) ?? Infinity, ms)); }
  best.set('(runner, ledger)', Math.min(best.get('(runner, ledger)') ?? Infinity, total - inRules));
}
console.log(`${texts.length} pages (${file}), ${(bytes / 1e6).toFixed(2)} MB, ${rules === repairRules ? 'repair rules only' : repair ? 'default rules' : 'default rules, repair: false'}, CPU ms (${cold && !tagged ? 'one pass, per-line caches cold, JIT warm' : `min of ${rounds} rounds${tagged ? ', every line new (tagged)' : ''}`})`);
for (const [id, ms] of [...best].sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(20)} ${ms.toFixed(1).padStart(8)}`);
console.log(`  ${'TOTAL'.padEnd(20)} ${bestTotal.toFixed(1).padStart(8)}  = ${(bytes / 1e6 / (bestTotal / 1000)).toFixed(2)} MB/s per core`);
