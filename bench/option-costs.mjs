// npm run bench:options — what each part of clean() costs a corpus, by the options that turn it off: the
// bench pages' scraped.txt (all 96, every language: what text mode is given), every line new (a corpus's
// steady state, see lib/fresh-lines.mjs), cleaned with clean()'s defaults, without language identification
// (`lang: false`, the CLI's --no-lang), without the repairs (`repair: false`) and without both. Each option set
// gets lines of its own each round (the noise rules keep process-wide tables of the lines they judged, so a set
// run on lines another set has just judged would find them answered); each page's CPU time is the least over
// the rounds, after one round to warm the JIT. Prints MB of text per CPU-second and each set's share of the
// defaults' time: what a user gives up and gains with each option.
//
// For scale it then times the cheapest passes any text cleaner makes over the same text, timed the same way:
// splitting it into lines; one pass of tokenising it into words and counting them in a Map (a hand-written
// char-code loop, the fastest way found in JavaScript here; a Unicode regular expression is 2-3x slower); and
// franc choosing among the web languages (as `detectLanguage` does when its English test cannot answer) on
// the first 1,000 characters of every page.
//
//   node bench/option-costs.mjs [--rounds 5]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articlePages, readPageFile, requireBenchDir } from './lib/bench-data.mjs';
import { freshLines } from './lib/fresh-lines.mjs';
import { cpuMs as cpu } from './lib/cpu-ms.mjs';
import { franc } from 'franc';

const argv = process.argv.slice(2);
const rounds = Number(argv.includes('--rounds') ? argv[argv.indexOf('--rounds') + 1] : 5);
const dist = resolve(argv.includes('--dist') ? argv[argv.indexOf('--dist') + 1] : new URL('../dist/index.js', import.meta.url).pathname);
const { clean, WEB_LANGUAGES } = await import(pathToFileURL(dist).href);
requireBenchDir();
const pages = articlePages().map((p) => readPageFile(p, 'scraped.txt'));
const sets = [
  ['defaults', {}],
  ['lang: false (--no-lang)', { lang: false }],
  ['repair: false', { repair: false }],
  ['repair: false, lang: false', { repair: false, lang: false }],
];
const least = sets.map(() => pages.map(() => Infinity));
for (let r = 0; r <= rounds; r++) {
  pages.forEach((page, d) => {
    // The sets take turns page by page, in an order that turns round from page to page and round to round.
    for (let j = 0; j < sets.length; j++) {
      const k = (j + d + r) % sets.length;
      const text = freshLines(page, r * sets.length + k);
      const t0 = cpu();
      clean(text, sets[k][1]);
      if (r > 0) least[k][d] = Math.min(least[k][d], cpu() - t0);
    }
  });
}
const bytes = pages.reduce((n, t) => n + Buffer.byteLength(t), 0);
const total = least.map((l) => l.reduce((s, v) => s + v, 0));
console.log(`${pages.length} pages' scraped.txt (${(bytes / 1e6).toFixed(2)} MB), every line new; CPU ms, sum over pages of each one's least of ${rounds} rounds`);
console.log('| options | CPU ms | MB per CPU-second | share of the defaults\' time |');
console.log('| --- | ---: | ---: | ---: |');
sets.forEach(([name], k) => {
  console.log(`| ${name} | ${total[k].toFixed(0)} | ${(bytes / 1e3 / total[k]).toFixed(2)} | ${(total[k] / total[0]).toFixed(2)} |`);
});

/** One pass of tokenising `text` into words (ASCII letters and digits, `'`, and every code unit from U+00C0) and counting them. */
function countWordsOnce(text) {
  const counts = new Map();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c >= 0xc0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = text.slice(start, i);
      counts.set(word, (counts.get(word) ?? 0) + 1);
      start = -1;
    }
  }
  return counts.size;
}
const only = [...WEB_LANGUAGES];
const passes = [
  ['split into lines', (text) => text.split('\n').length],
  ['one pass of words counted', countWordsOnce],
  ['franc, web languages, first 1,000 characters', (text) => franc(text.slice(0, 1000), { minLength: 200, only }).length],
];
const leastPass = passes.map(() => pages.map(() => Infinity));
for (let r = 0; r <= rounds; r++) {
  pages.forEach((page, d) => {
    const text = freshLines(page, 1000 + r);
    passes.forEach(([, pass], k) => {
      const t0 = cpu();
      pass(text);
      if (r > 0) leastPass[k][d] = Math.min(leastPass[k][d], cpu() - t0);
    });
  });
}
console.log('');
console.log('For scale: the cheapest passes over the same text, timed the same way');
console.log('| pass | CPU ms | MB per CPU-second |');
console.log('| --- | ---: | ---: |');
passes.forEach(([name], k) => {
  const ms = leastPass[k].reduce((s, v) => s + v, 0);
  console.log(`| ${name} | ${ms.toFixed(1)} | ${(bytes / 1e3 / ms).toFixed(1)} |`);
});
