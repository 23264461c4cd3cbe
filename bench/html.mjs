// npm run bench:html — HTML mode on real pages: clean every page.html (main-content extraction, then the
// same pipeline as text mode) and score title + body against gold.txt with the benchmark's own metric, next
// to the published outputs of other extractors on the same pages. Throughput is measured in the same
// process, side by side, against Readability.js over linkedom (a dev dependency used only here).
//   --pages   print P and R per page
//   --quick   skip the throughput part
//   --rounds N  timed rounds of the throughput part (default 7, after one warm-up round)
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanHtml, toIso639_3 } from '../dist/index.js';
import { aggregate, scorePage } from './lib/shingle-score.mjs';
import { articlePages, readPageFile, referenceOutputs, requireBenchDir } from './lib/bench-data.mjs';

requireBenchDir();
const pages = articlePages().map((p) => ({ ...p, html: readPageFile(p, 'page.html'), gold: readPageFile(p, 'gold.txt') }));
const verbose = process.argv.includes('--pages');
const quick = process.argv.includes('--quick');

const pr = (s) => [s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1, s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1];
const scores = [];
const bodyScores = [];
const wrongLanguage = []; // doc.lang against the manifest's language of the page
for (const p of pages) {
  const doc = cleanHtml(p.html);
  if (doc.lang !== (toIso639_3(p.language) ?? p.language)) wrongLanguage.push(`${p.id}: ${doc.lang}, not ${p.language}`);
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
console.log(`pages whose doc.lang is not the manifest's language: ${wrongLanguage.length} of ${pages.length}${wrongLanguage.length ? ` (${wrongLanguage.join('; ')})` : ''}`);

if (!quick) {
  // Throughput, same process, in CPU time (process.cpuUsage(): user + system of this process, so load from
  // other processes does not count). Timed on each side, per page:
  //   unscrape:    cleanHtml(html) with default options (linkedom parse, segmentation, main content,
  //                the text pipeline, metadata, language id), everything the caller gets;
  //   Readability: parseHTML(html) from linkedom, then new Readability(document).parse().
  // One warm-up round over every page (JIT, lexicons) is not counted. Then `--rounds N` rounds (default 7);
  // in each, the pages are cleaned by both sides in turn, page by page, with the order alternating by page
  // and round, so garbage collection and machine load hit both sides alike. Each round gives a ratio
  // (Readability's CPU time / unscrape's); the median is the headline, with the least and the most.
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0);
  const readability = (html) => {
    const { document } = parseHTML(html);
    return new Readability(document).parse();
  };
  const runners = [['unscrape cleanHtml', (html) => cleanHtml(html)], ['Readability.js+linkedom', readability]];
  const at = process.argv.indexOf('--rounds');
  const roundsWanted = at > 0 ? Math.max(1, Number(process.argv[at + 1]) || 7) : 7;
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  for (const [, f] of runners) for (const p of pages) f(p.html); // warm-up, not counted
  const perRound = runners.map(() => []);
  for (let round = 0; round < roundsWanted; round++) {
    const seconds = runners.map(() => 0);
    pages.forEach((p, i) => {
      const order = (i + round) % 2 === 0 ? [0, 1] : [1, 0];
      for (const k of order) {
        const t = cpu();
        runners[k][1](p.html);
        seconds[k] += cpu() - t;
      }
    });
    seconds.forEach((s, k) => perRound[k].push(s));
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  console.log('');
  runners.forEach(([name], k) => {
    const least = Math.min(...perRound[k]);
    const rounds = perRound[k].map((s) => s.toFixed(2)).join(' ');
    console.log(`CPU ${name}: ${(bytes / median(perRound[k]) / 1e6).toFixed(1)} MB/s of HTML at the median round, ${(bytes / least / 1e6).toFixed(1)} at the least (${(bytes / 1e6).toFixed(1)} MB per round; CPU s per round: ${rounds})`);
  });
  const ratios = perRound[0].map((s, r) => perRound[1][r] / s);
  const leastRatio = Math.min(...perRound[1]) / Math.min(...perRound[0]);
  console.log(`ratio: ${median(ratios).toFixed(2)}x Readability.js+linkedom (median of ${ratios.length} interleaved rounds; per round ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}; least CPU time per side ${leastRatio.toFixed(2)}x)`);
}
