// Times whole clean() of two builds, with its defaults, on the first documents of a JSONL corpus (issue 6's
// throughput, without the CLI's JSON and threads around it): the builds take turns document by document (the
// order swapped every other document and round), every line new each round (a tag of the round's own, see
// lib/fresh-lines.mjs: the two builds keep tables of their own, and share a round's text), and each document's CPU
// time is the least over the rounds after one to warm the JIT; the sums are printed per build. The corpus is
// bench:scale's (run it with --keep: `$TMPDIR/unscrape-bench-scale/corpus-v2-10000.jsonl`).
//
//   node bench/compare-corpus.mjs <a/dist/index.js> <b/dist/index.js> --corpus FILE [--docs 600] [--rounds 4]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { twoBuildArgs } from './lib/two-builds.mjs';
import { freshLines } from './lib/fresh-lines.mjs';
import { cpuMs as cpu } from './lib/cpu-ms.mjs';

const argv = process.argv.slice(2);
const usage = 'node bench/compare-corpus.mjs <a/dist/index.js> <b/dist/index.js> --corpus FILE [--docs 600] [--rounds 4]';
const { paths, opt } = twoBuildArgs(argv, usage, ['--corpus', '--docs', '--rounds']);
const corpus = opt('--corpus');
if (!corpus) {
  console.error(`usage: ${usage}`);
  process.exit(2);
}
const cleans = await Promise.all(paths.map(async (p) => (await import(pathToFileURL(resolve(p)).href)).clean));
const docs = readFileSync(corpus, 'utf8').split('\n', Number(opt('--docs', 600))).filter(Boolean).map((l) => JSON.parse(l).text);
const rounds = Number(opt('--rounds', 4));
const least = cleans.map(() => docs.map(() => Infinity));
for (let r = 0; r <= rounds; r++) {
  docs.forEach((doc, d) => {
    const text = freshLines(doc, 500 + r);
    for (const b of (r + d) % 2 ? [1, 0] : [0, 1]) {
      const t0 = cpu();
      cleans[b](text);
      if (r > 0) least[b][d] = Math.min(least[b][d], cpu() - t0);
    }
  });
}
const bytes = docs.reduce((n, t) => n + Buffer.byteLength(t), 0);
console.log(`${docs.length} documents of ${corpus} (${(bytes / 1e6).toFixed(2)} MB), every line new; CPU ms, sum over documents of each one's least of ${rounds} rounds`);
paths.forEach((p, b) => {
  const ms = least[b].reduce((s, v) => s + v, 0);
  console.log(`  ${p}: ${ms.toFixed(0)} ms, ${(bytes / 1e3 / ms).toFixed(2)} MB per CPU-second`);
});
