// Times each repair rule of two builds pass by pass (the runner runs the repair rules again after a pass that
// changed the text: `word-join#2` is word-join's second run on a document), on the damaged English texts of
// bench:repair, every line new each round, whole clean() with repairs on. The builds take turns round by
// round (the order swapped every other round); each row is the least over the rounds after two to warm the
// JIT, CPU ms summed over the texts. `other` is every rule that is no repair rule; `TOTAL` the whole pass.
// Each repair row also says on how many documents the pass ran and on how many it reported findings (a pass
// that reports none could have been skipped: the share a cheaper repeat round can save at most).
//
//   node bench/compare-passes.mjs <a/dist/index.js> <b/dist/index.js> [--rounds 10] [--undamaged]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articlePages, readPageFile, requireBenchDir } from './lib/bench-data.mjs';
import { twoBuildArgs } from './lib/two-builds.mjs';
import { freshLines } from './lib/fresh-lines.mjs';
import { damage, mulberry32 } from './lib/damage.mjs';
import { cpuMs as cpu } from './lib/cpu-ms.mjs';

const argv = process.argv.slice(2);
const { paths, opt } = twoBuildArgs(argv, 'node bench/compare-passes.mjs <a/dist/index.js> <b/dist/index.js> [--rounds N] [--undamaged]', ['--rounds']);
const builds = await Promise.all(paths.map(async (p) => import(pathToFileURL(resolve(p)).href)));
requireBenchDir();
const rand = mulberry32(20240611);
const undamaged = argv.includes('--undamaged');
const texts = articlePages().filter((p) => p.language === 'en').map((p) => {
  const gold = readPageFile(p, 'gold.txt');
  const damaged = damage(gold, rand).text; // drawn for every text, so the damage is bench:repair's either way
  return undamaged ? gold : damaged;
});
const rounds = Number(opt('--rounds', 10));

let spent = new Map(); // row -> CPU ms this round
let runs = new Map(); // repair rule id -> its runs on the current document
let found = new Map(); // row -> [documents the pass ran on, those it reported findings on], this round
const pipelines = builds.map(({ defaultRules, repairRules }) => {
  const repair = new Set(repairRules.map((r) => r.id));
  return defaultRules.map((rule) => ({
    ...rule,
    find(context) {
      let row = 'other';
      if (repair.has(rule.id)) {
        const n = (runs.get(rule.id) ?? 0) + 1;
        runs.set(rule.id, n);
        row = `${rule.id}#${n}`;
      }
      const t0 = cpu();
      const findings = rule.find(context);
      spent.set(row, (spent.get(row) ?? 0) + cpu() - t0);
      if (row !== 'other') {
        const n = found.get(row) ?? [0, 0];
        n[0]++;
        if (findings.length > 0) n[1]++;
        found.set(row, n);
      }
      return findings;
    },
  }));
});
const least = builds.map(() => new Map());
const tallies = builds.map(() => new Map()); // `found` of the build's last round (the same every round)
for (let r = 0; r < rounds + 2; r++) {
  for (const b of r % 2 ? [1, 0] : [0, 1]) {
    spent = new Map();
    found = new Map();
    const t0 = cpu();
    for (const text of texts) {
      runs = new Map();
      builds[b].clean(freshLines(text, r * 2 + b), { lang: false, pipeline: pipelines[b] });
    }
    spent.set('TOTAL', cpu() - t0);
    tallies[b] = found;
    if (r >= 2) for (const [row, ms] of spent) least[b].set(row, Math.min(least[b].get(row) ?? Infinity, ms));
  }
}
const rows = [...new Set([...least[0].keys(), ...least[1].keys()])].sort();
console.log(`${texts.length} ${undamaged ? 'undamaged' : 'damaged'} texts, every line new; CPU ms per pass, least of ${rounds} rounds`);
console.log(`| row | ${paths[0]} | ${paths[1]} | runs / with findings |\n| --- | --- | --- | --- |`);
const tally = (b, row) => (tallies[b].has(row) ? tallies[b].get(row).join(' / ') : '');
for (const row of rows) {
  const [t0, t1] = [tally(0, row), tally(1, row)];
  console.log(`| ${row} | ${(least[0].get(row) ?? 0).toFixed(2)} | ${(least[1].get(row) ?? 0).toFixed(2)} | ${t0 === t1 ? t0 : `${t0}; ${t1}`} |`);
}
