// npm run bench:articles — text mode on real pages: clean every scraped.txt (the whole visible text of a
// page, nothing removed) and score title + body against gold.txt with the benchmark's own metric, next to
// what the reference extractors reach from the HTML. Also measures throughput on one core.
import { clean } from '../dist/index.js';
import { aggregate, scorePage } from './lib/shingle-score.mjs';
import { articlePages, readPageFile, referenceOutputs, requireBenchDir } from './lib/bench-data.mjs';

requireBenchDir();
const pages = articlePages().map((p) => ({ ...p, scraped: readPageFile(p, 'scraped.txt'), gold: readPageFile(p, 'gold.txt') }));
const verbose = process.argv.includes('--pages');
const quick = process.argv.includes('--quick'); // skip the throughput run

const scores = [];
for (const p of pages) {
  const doc = clean(p.scraped);
  const emitted = doc.title ? `${doc.title}\n\n${doc.text}` : doc.text;
  const s = scorePage(emitted, p.gold);
  scores.push(s);
  if (verbose) {
    const P = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
    const R = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
    const removed = Object.entries(doc.stats).filter(([id]) => id !== 'layout').map(([id, st]) => `${id}:${st.removedChars}`).join(' ');
    console.log(`${p.id} ${p.language} P=${P.toFixed(3)} R=${R.toFixed(3)} title=${JSON.stringify(doc.title)} removed[${removed}]`);
  }
}
const ours = aggregate(scores);

// Throughput: clean the whole set repeatedly for at least 3 s, one core, after a warm-up.
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.scraped), 0);
let rounds = 0;
let seconds = 0;
if (!quick) {
  for (const p of pages.slice(0, 10)) clean(p.scraped);
  const t0 = performance.now();
  while (performance.now() - t0 < 3000) {
    for (const p of pages) clean(p.scraped);
    rounds++;
  }
  seconds = (performance.now() - t0) / 1000;
}
const mbps = seconds ? (bytes * rounds) / seconds / 1e6 : 0;

const rows = [['unscrape (text mode: scraped.txt)', ours]];
for (const [tool, byId] of referenceOutputs()) {
  rows.push([`${tool} (HTML)`, aggregate(pages.map((p) => scorePage(byId.get(p.id) ?? '', p.gold)))]);
}
console.log(`bench:articles: ${pages.length} pages, metric of ../shared/bench/README.md\n`);
console.log('| extractor | P | R | F1 |\n| --- | --- | --- | --- |');
for (const [name, r] of rows) console.log(`| ${name} | ${r.P.toFixed(3)} | ${r.R.toFixed(3)} | ${r.F1.toFixed(3)} |`);
if (!quick) console.log(`\nthroughput: ${mbps.toFixed(1)} MB/s of input text on one core (${(bytes / 1e6).toFixed(2)} MB x ${rounds} rounds in ${seconds.toFixed(1)} s)`);
