// Times whole clean() passes of two builds of the library against each other in one process: each round
// cleans every bench page with build a, then with build b (the order swapped every other round), and the
// median over rounds of b's CPU time over a's (process.cpuUsage()) is printed, with each build's least and
// median pass. Both builds see the same load at the same moment, so on a shared machine whose load drifts
// this tells two builds apart more steadily than profile-rules.mjs run once per build. Two copies of one build
// gave median ratios of 1.03 and 1.05 (load average 4-5 on 2 cores): read a ratio within about 5% of 1 as no
// difference. The two paths must differ (one file imported twice is one module, with one set of caches).
// Each build has its own per-line caches.
//
//   node bench/compare-clean.mjs <a/dist/index.js> <b/dist/index.js> [--no-repair] [--warm] [--file gold.txt] [--damaged] [--rounds 16]
// Default (tagged): every round cleans the pages with a tag of its own after each line's first word (every line
// new to the caches, as in a corpus: see profile-rules --tagged), after three such rounds to warm the JIT.
// --warm: the same pages every round (lines answered from the caches). `{ lang: false }` always.
// --damaged: the English pages' gold.txt damaged as bench:repair damages them (bench/lib/damage.mjs, its seed):
// the texts where the repairs cost most (issue 3's cost target).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articlePages, readPageFile, requireBenchDir } from './lib/bench-data.mjs';
import { twoBuildArgs } from './lib/two-builds.mjs';
import { freshLines as tag } from './lib/fresh-lines.mjs';
import { damage, mulberry32 } from './lib/damage.mjs';
import { cpuMs as cpu } from './lib/cpu-ms.mjs';

const argv = process.argv.slice(2);
const { paths, opt } = twoBuildArgs(argv, 'node bench/compare-clean.mjs <a/dist/index.js> <b/dist/index.js> [--no-repair] [--warm] [--file name] [--damaged] [--rounds N]', ['--file', '--rounds']);
const [A, B] = await Promise.all(paths.map(async (p) => (await import(pathToFileURL(resolve(p)).href)).clean));
requireBenchDir();
const damaged = argv.includes('--damaged');
const file = damaged ? 'gold.txt' : opt('--file', 'scraped.txt');
const rand = mulberry32(20240611);
const texts = articlePages().filter((p) => existsSync(join(p.dir, file)) && (!damaged || p.language === 'en'))
  .map((p) => readPageFile(p, file)).map((t) => (damaged ? damage(t, rand).text : t));
const repair = !argv.includes('--no-repair');
const warm = argv.includes('--warm');
const rounds = Number(opt('--rounds', 16));
const bytes = texts.reduce((n, t) => n + t.length, 0);
const pass = (clean, input) => {
  const t0 = cpu();
  for (const t of input) clean(t, { lang: false, repair });
  return cpu() - t0;
};
for (let r = 0; r < 3; r++) {
  const input = texts.map((t) => tag(t, 900 + r));
  pass(A, input);
  pass(B, input);
}
const ratios = [];
const as = [];
const bs = [];
for (let r = 0; r < rounds; r++) {
  const input = warm ? texts : texts.map((t) => tag(t, r));
  let a;
  let b;
  if (r % 2) {
    b = pass(B, input);
    a = pass(A, input);
  } else {
    a = pass(A, input);
    b = pass(B, input);
  }
  as.push(a);
  bs.push(b);
  ratios.push(b / a);
}
const median = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
const mbs = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
console.log(`${texts.length} pages (${file}${damaged ? ', damaged' : ''}), ${repair ? 'default rules' : 'repair: false'}, ${warm ? 'warm (the same pages every round)' : 'every line new (tagged)'}, ${rounds} rounds`);
console.log(`  a: least ${Math.min(...as).toFixed(1)} ms (${mbs(Math.min(...as))} MB per CPU-second), median ${median(as).toFixed(1)} ms`);
console.log(`  b: least ${Math.min(...bs).toFixed(1)} ms (${mbs(Math.min(...bs))} MB per CPU-second), median ${median(bs).toFixed(1)} ms`);
console.log(`  median ratio b/a: ${median(ratios).toFixed(3)}`);
