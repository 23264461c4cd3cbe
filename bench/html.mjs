// npm run bench:html — HTML mode on real pages: clean every page.html (main-content extraction, then the
// same pipeline as text mode) and score title + body against gold.txt with the benchmark's own metric, next
// to the published outputs of other extractors on the same pages. Throughput is measured in the same
// process, side by side, against Readability.js over linkedom (a dev dependency used only here).
//   --pages   print P and R per page
//   --quick   skip the throughput part
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanHtml } from '../dist/index.js';
import { aggregate, scorePage } from './lib/shingle-score.mjs';
import { articlePages, readPageFile, referenceOutputs, requireBenchDir } from './lib/bench-data.mjs';

requireBenchDir();
const pages = articlePages().map((p) => ({ ...p, html: readPageFile(p, 'page.html'), gold: readPageFile(p, 'gold.txt') }));
const verbose = process.argv.includes('--pages');
const quick = process.argv.includes('--quick');

const pr = (s) => [s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1, s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1];
const scores = [];
const bodyScores = [];
for (const p of pages) {
  const doc = cleanHtml(p.html);
  const emitted = doc.title ? `${doc.title}\n\n${doc.text}` : doc.text;
  const s = scorePage(emitted, p.gold);
  scores.push(s);
  bodyScores.push(scorePage(doc.text, p.gold));
  if (verbose) {
    const [P, R] = pr(s);
    console.log(`${p.id} ${p.language} P=${P.toFixed(3)} R=${R.toFixed(3)}`);
  }
}
const ours = aggregate(scores);

const rows = [['unscrape cleanHtml (title + body)', ours], ['unscrape cleanHtml (body only)', aggregate(bodyScores)]];
for (const [tool, byId] of referenceOutputs()) {
  rows.push([`${tool} (published output)`, aggregate(pages.map((p) => scorePage(byId.get(p.id) ?? '', p.gold)))]);
}
console.log(`bench:html: ${pages.length} pages, metric of ../shared/bench/README.md\n`);
console.log('| extractor | P | R | F1 |\n| --- | --- | --- | --- |');
for (const [name, r] of rows) console.log(`| ${name} | ${r.P.toFixed(3)} | ${r.R.toFixed(3)} | ${r.F1.toFixed(3)} |`);
const lost = scores.filter((s) => pr(s)[1] < 0.8).length;
console.log(`\npages where unscrape keeps under 80% of the gold body: ${lost} of ${pages.length}`);

if (!quick) {
  // Throughput, same process, page by page: each page is cleaned by both, in alternating order, so load
  // from other processes and garbage collection hit both alike. At least 2 rounds and 4 s.
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0);
  const readability = (html) => {
    const { document } = parseHTML(html);
    return new Readability(document).parse();
  };
  const runners = [['unscrape cleanHtml', (html) => cleanHtml(html)], ['Readability.js+linkedom', readability]];
  const seconds = runners.map(() => 0);
  for (const [, f] of runners) for (const p of pages.slice(0, 8)) f(p.html);
  let rounds = 0;
  const t0 = performance.now();
  while (rounds < 2 || performance.now() - t0 < 4000) {
    pages.forEach((p, i) => {
      const order = (i + rounds) % 2 === 0 ? [0, 1] : [1, 0];
      for (const k of order) {
        const t = performance.now();
        runners[k][1](p.html);
        seconds[k] += (performance.now() - t) / 1000;
      }
    });
    rounds++;
  }
  console.log('');
  const mbps = seconds.map((s) => (bytes * rounds) / s / 1e6);
  runners.forEach(([name], k) => {
    console.log(`throughput ${name}: ${mbps[k].toFixed(1)} MB/s of HTML (${(bytes / 1e6).toFixed(1)} MB x ${rounds} rounds in ${seconds[k].toFixed(1)} s)`);
  });
  console.log(`ratio: ${(mbps[0] / mbps[1]).toFixed(2)}x Readability.js+linkedom (one core, same process, pages interleaved)`);
}
