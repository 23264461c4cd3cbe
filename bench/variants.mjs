// npm run bench:variants — name-variant clustering on real clusters (OFAC people and surnames, GeoNames
// places; ../shared/bench/variants, metric in its README): pairwise P/R/F1 of `clusterNames` next to the
// normalised-Levenshtein baseline computed here, then time and memory at 1k, 10k and 100k distinct names.
// Run with `--expose-gc` (the npm script does) for steadier memory figures.
import { clusterNames } from '../dist/index.js';
import { scorePairs } from './lib/pairwise-score.mjs';
import { levenshteinClusters } from './lib/levenshtein-baseline.mjs';
import { requireVariantsDir, variantSets } from './lib/variant-data.mjs';

requireVariantsDir();
// `--option name=value` (repeatable) passes ClusterOptions, e.g. `--option minConfidence=0.6`.
const options = {};
process.argv.forEach((a, i) => {
  if (a === '--option') {
    const [k, v] = process.argv[i + 1].split('=');
    options[k] = Number(v);
  }
});
const sets = variantSets();
const published = { surnames: '0.735 (P 0.85)', persons: '0.67', places: '0.53' };
const targets = { surnames: 'F1 >= 0.85, P >= 0.90', persons: 'F1 >= 0.80', places: 'F1 >= 0.65' };
const fmt = (s) => `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;

/** Predicted clusters: applied members of each cluster (variants under the threshold stay alone). */
function predict(strings, options) {
  return clusterNames(strings, options).map((c) => c.members.filter((m) => m.applied).map((m) => m.form));
}

console.log('quality (pairwise, distinct strings of each set)');
for (const [name, gold] of Object.entries(sets)) {
  const strings = [...new Set(gold.flat())];
  const t0 = performance.now();
  const ours = scorePairs(gold, predict(strings, options));
  const ms = performance.now() - t0;
  console.log(`\n${name}: ${gold.length} clusters, ${strings.length} strings, ${ours.gold} gold pairs`);
  console.log(`  unscrape clusterNames          ${fmt(ours)}   (${ms.toFixed(0)} ms)   target ${targets[name]}`);
  if (!process.argv.includes('--no-baseline')) {
    const leader = scorePairs(gold, levenshteinClusters(strings, 0.25, 'leader'));
    const single = scorePairs(gold, levenshteinClusters(strings, 0.25, 'single'));
    console.log(`  norm. Levenshtein <= 0.25 (leader)  ${fmt(leader)}   README: ${published[name]}`);
    console.log(`  norm. Levenshtein <= 0.25 (single)  ${fmt(single)}`);
  }
}

// Scaling: synthesise larger name sets from the real ones at a constant density (about as many spellings
// per entity at 1k as at 100k, so the timing shows the algorithm, not denser data): new entities are
// recombined from real parts (a person's given name and patronymic with another person's surname; the
// first half of one real surname or place with the second half of another), and each entity gets 1-4
// extra spellings by the romanisation perturbations the real clusters show. Seeded: every run is the same.
const real = {
  persons: sets.persons.flat().map((n) => n.split(' ')).filter((w) => w.length >= 2),
  surnames: sets.surnames.flat(),
  places: sets.places.flat().filter((n) => !n.includes(' ')),
};
const PERTURB = [
  [/y/, 'i'], [/i/, 'y'], [/ev\b/, 'yev'], [/yev\b/, 'ev'], [/ts/, 'tz'], [/kh/, 'h'], [/h/, 'kh'], [/sky\b/, 'skiy'],
  [/skiy\b/, 'sky'], [/zh/, 'j'], [/e/, 'ye'], [/o/, 'a'], [/a/, 'o'], [/v\b/, 'w'], [/ch/, 'tch'], [/([bdgklmnprst])/, '$1$1'],
];
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
function synthesize(n) {
  const rand = rng(42);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const splice = (xs) => {
    const a = pick(xs);
    const b = pick(xs);
    return a.slice(0, Math.ceil(a.length / 2)) + b.slice(Math.ceil(b.length / 2));
  };
  const out = new Set();
  while (out.size < n) {
    const r = rand();
    const entity = r < 0.4 ? [...pick(real.persons).slice(0, -1), pick(real.persons).at(-1)].join(' ') : r < 0.7 ? splice(real.surnames) : splice(real.places);
    out.add(entity);
    const spellings = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < spellings && out.size < n; k++) {
      let s = entity;
      for (let i = 0; i < 1 + Math.floor(rand() * 2); i++) {
        const [re, rep] = pick(PERTURB);
        s = s.replace(re, rep);
      }
      out.add(s);
    }
  }
  return [...out];
}

console.log('\nscaling (synthetic names at constant density, see the comment above; one core)');
let prev = null;
for (const n of [1_000, 10_000, 100_000]) {
  const names = synthesize(n);
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const clusters = clusterNames(names);
  const ms = performance.now() - t0;
  const heap = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const rss = process.memoryUsage().rss / 2 ** 20;
  const growth = prev ? `  x${(ms / prev).toFixed(1)} for x10 names` : '';
  console.log(`  ${String(n).padStart(7)} names: ${ms.toFixed(0).padStart(6)} ms, ${clusters.length} clusters, heap +${heap.toFixed(0)} MB, rss ${rss.toFixed(0)} MB${growth}`);
  prev = ms;
}
