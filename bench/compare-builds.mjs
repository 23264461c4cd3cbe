// Times one rule (and all repair rules) of two builds of the library against each other in one process:
// the builds take turns document by document, and each document's CPU time (process.cpuUsage()) is the
// least over the rounds; the sum over documents is printed for each build. On a shared machine whose load
// drifts, this tells two builds apart more steadily than whole passes run one after the other
// (bench/profile-rules.mjs), because both builds see the same load at the same moment.
//
//   node bench/compare-builds.mjs <a/dist/index.js> <b/dist/index.js> [--rule word-join] [--rounds 12] [--damaged]
// Texts: the gold.txt of every bench page; --damaged damages them first as bench:repair does (bench/lib/damage.mjs,
// seed 20240611, every page). Both builds run their own repair rules only (`clean(text, {lang: false, pipeline})`).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articlePages, readPageFile, requireBenchDir } from './lib/bench-data.mjs';
import { twoBuildArgs } from './lib/two-builds.mjs';
import { damage, mulberry32 } from './lib/damage.mjs';
import { cpuMs as cpu } from './lib/cpu-ms.mjs';

const argv = process.argv.slice(2);
const { paths, opt } = twoBuildArgs(argv, 'node bench/compare-builds.mjs <a/dist/index.js> <b/dist/index.js> [--rule id] [--rounds N] [--damaged]', ['--rule', '--rounds']);
const ruleId = opt('--rule', 'word-join');
const rounds = Number(opt('--rounds', 12));
requireBenchDir();
const rand = mulberry32(20240611);
const texts = articlePages().filter((p) => existsSync(join(p.dir, 'gold.txt'))).map((p) => readPageFile(p, 'gold.txt'))
  .map((t) => (argv.includes('--damaged') ? damage(t, rand).text : t));

const builds = [];
for (const path of paths) {
  const { clean, repairRules } = await import(pathToFileURL(resolve(path)).href);
  const b = { path, clean, inRule: 0, rule: texts.map(() => Infinity), all: texts.map(() => Infinity) };
  b.pipeline = repairRules.map((r) => (r.id !== ruleId ? r : {
    ...r, find(ctx) { const t = cpu(); const f = r.find(ctx); b.inRule += cpu() - t; return f; },
  }));
  for (let w = 0; w < 2; w++) for (const t of texts) clean(t, { lang: false, pipeline: b.pipeline }); // warm-up
  builds.push(b);
}
for (let r = 0; r < rounds; r++) {
  texts.forEach((t, d) => {
    for (const b of (r + d) % 2 ? [builds[1], builds[0]] : builds) {
      b.inRule = 0;
      const t0 = cpu();
      b.clean(t, { lang: false, pipeline: b.pipeline });
      b.all[d] = Math.min(b.all[d], cpu() - t0);
      b.rule[d] = Math.min(b.rule[d], b.inRule);
    }
  });
}
const sum = (a) => a.reduce((s, v) => s + v, 0);
console.log(`${texts.length} gold texts${argv.includes('--damaged') ? ', damaged' : ''}; CPU ms, sum over texts of each one's least of ${rounds} rounds`);
for (const b of builds) console.log(`  ${b.path}: ${ruleId} ${sum(b.rule).toFixed(2)}, all repair rules ${sum(b.all).toFixed(2)}`);
