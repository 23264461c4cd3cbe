// Times whole clean() of two builds, repairs on and off, on the damaged English texts (issue 3's cost target),
// every line new each round (a corpus): the builds take turns document by document (the order swapped every
// other document), and each document's CPU time (process.cpuUsage()) is the least over the rounds; the sums
// over documents are printed per build and mode, with the on/off ratio. A document's least filters out the
// load other processes put on a shared machine better than a whole pass's least (compare-clean.mjs): two
// builds a few per cent apart came out in the same order on every run of this one.
//
// Language identification is off (`lang: false`) in both modes, so that the ratio is the repairs' cost against
// the pipeline alone; `--lang` keeps `clean()`'s default (franc on the clean body) in both, the cost a caller
// of `clean(text)` sees. Both sides then pay for the language step (franc runs on 15 of the 86 texts of a
// round without the repairs, on 12 with them; the others are English beyond doubt), so that ratio is lower.
//
//   node bench/compare-least.mjs <a/dist/index.js> <b/dist/index.js> [--rounds 10] [--lang]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articlePages, readPageFile, requireBenchDir } from './lib/bench-data.mjs';
import { twoBuildArgs } from './lib/two-builds.mjs';
import { freshLines } from './lib/fresh-lines.mjs';
import { damage, mulberry32 } from './lib/damage.mjs';
import { cpuMs as cpu } from './lib/cpu-ms.mjs';

const argv = process.argv.slice(2);
const { paths, opt } = twoBuildArgs(argv, 'node bench/compare-least.mjs <a/dist/index.js> <b/dist/index.js> [--rounds N] [--lang]', ['--rounds']);
const cleans = await Promise.all(paths.map(async (p) => (await import(pathToFileURL(resolve(p)).href)).clean));
requireBenchDir();
const rand = mulberry32(20240611);
const texts = articlePages().filter((p) => p.language === 'en').map((p) => damage(readPageFile(p, 'gold.txt'), rand).text);
const rounds = Number(opt('--rounds', 10));
const lang = argv.includes('--lang') ? {} : { lang: false };
const modes = [true, false];
const least = cleans.map(() => modes.map(() => texts.map(() => Infinity)));
for (let r = 0; r < rounds + 2; r++) { // two rounds to warm the JIT
  texts.forEach((text, d) => {
    modes.forEach((repair, m) => {
      // Each mode its own new lines: the noise rules keep process-wide tables of the lines they have judged,
      // so a mode run on lines the other mode has just judged would find them answered (every line the
      // repairs left as it was). The two builds have tables of their own, and share a mode's text.
      const t = freshLines(text, r * modes.length + m);
      for (const b of (r + d) % 2 ? [1, 0] : [0, 1]) {
        const t0 = cpu();
        cleans[b](t, { ...lang, repair });
        if (r >= 2) least[b][m][d] = Math.min(least[b][m][d], cpu() - t0);
      }
    });
  });
}
const sum = (a) => a.reduce((s, v) => s + v, 0);
const bytes = texts.reduce((n, t) => n + t.length, 0);
console.log(`${texts.length} damaged texts, every line new, language identification ${argv.includes('--lang') ? 'on (clean\'s default)' : 'off'}; CPU ms, sum over texts of each one's least of ${rounds} rounds`);
paths.forEach((p, b) => {
  const [on, off] = least[b].map(sum);
  console.log(`  ${p}: repairs on ${on.toFixed(1)} (${(bytes / 1e3 / on).toFixed(2)} MB/s), off ${off.toFixed(1)} (${(bytes / 1e3 / off).toFixed(2)} MB/s), on/off x${(on / off).toFixed(2)}`);
});
