// npm run bench:articles — text mode on real pages: clean every scraped.txt (the whole visible text of a
// page, nothing removed) and score title + body against gold.txt with the benchmark's own metric, next to
// what the reference extractors reach from the HTML. Also measures throughput on one core.
import { franc } from 'franc';
import { WEB_LANGUAGES, clean } from '../dist/index.js';
import { aggregate, scorePage } from './lib/shingle-score.mjs';
import { articlePages, readPageFile, referenceOutputs, requireBenchDir } from './lib/bench-data.mjs';
import { cpuMs } from './lib/cpu-ms.mjs';

requireBenchDir();
const pages = articlePages().map((p) => ({ ...p, scraped: readPageFile(p, 'scraped.txt'), gold: readPageFile(p, 'gold.txt') }));
const verbose = process.argv.includes('--pages');
const quick = process.argv.includes('--quick'); // skip the throughput run

// The scoring pass is also the cold pass: each page is seen for the first time, as in a real corpus
// (module caches of line verdicts are empty). CPU time, so a busy machine does not skew it.
let coldMs = 0;
let laterMs = 0; // the second half of the cold pass: pages seen for the first time, JIT warmed by the first half
let laterBytes = 0;
const scores = [];
const langDiffs = [];
for (const [k, p] of pages.entries()) {
  const c0 = cpuMs();
  const doc = clean(p.scraped);
  const ms = cpuMs() - c0;
  coldMs += ms;
  if (k >= pages.length / 2) {
    laterMs += ms;
    laterBytes += Buffer.byteLength(p.scraped);
  }
  // The language franc alone gives (detectLanguage answers clearly English text without it): they must agree.
  const francLang = francAlone(doc.text);
  if (francLang !== doc.lang) langDiffs.push(`${p.id}: ${doc.lang} (franc alone: ${francLang})`);
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

/** detectLanguage as it was before its English fast path: franc over WEB_LANGUAGES on the first 1000 characters. */
function francAlone(text) {
  if (text.length < 200) return 'und';
  const sample = text.slice(0, 1000);
  const guess = franc(sample, { minLength: 200, only: [...WEB_LANGUAGES] });
  if (guess !== 'sco') return guess;
  return franc(sample, { minLength: 200, ignore: ['sco'] }) === 'eng' ? 'eng' : guess;
}

// Warm throughput: clean the whole set again for at least 3 s of CPU, one core. Pages repeat, so caches
// keyed by line help here more than on a real corpus: the cold figure is the one to plan with.
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.scraped), 0);
let rounds = 0;
let seconds = 0;
if (!quick) {
  const c0 = cpuMs();
  while (cpuMs() - c0 < 3000) {
    for (const p of pages) clean(p.scraped);
    rounds++;
  }
  seconds = (cpuMs() - c0) / 1000;
}
const mbps = seconds ? (bytes * rounds) / seconds / 1e6 : 0;
const coldMbps = coldMs ? bytes / (coldMs / 1000) / 1e6 : 0;

const rows = [['unscrape (text mode: scraped.txt)', ours]];
for (const [tool, byId] of referenceOutputs()) {
  rows.push([`${tool} (HTML)`, aggregate(pages.map((p) => scorePage(byId.get(p.id) ?? '', p.gold)))]);
}
console.log(`bench:articles: ${pages.length} pages, metric of ../shared/bench/README.md\n`);
console.log('| extractor | P | R | F1 |\n| --- | --- | --- | --- |');
for (const [name, r] of rows) console.log(`| ${name} | ${r.P.toFixed(3)} | ${r.R.toFixed(3)} | ${r.F1.toFixed(3)} |`);
console.log(`\nlanguage: ${pages.length - langDiffs.length} of ${pages.length} pages as franc alone says${langDiffs.length ? `; differ: ${langDiffs.join(', ')}` : ''}`);
console.log(`\nthroughput, cold (first sight of each page): ${coldMbps.toFixed(2)} MB per CPU-second (${(bytes / 1e6).toFixed(2)} MB in ${(coldMs / 1000).toFixed(1)} s of CPU; includes the JIT warm-up and one-off builds such as the lexicon)`);
console.log(`throughput, first sight after warm-up (pages ${Math.ceil(pages.length / 2) + 1}-${pages.length} of the cold pass): ${(laterBytes / 1e3 / laterMs).toFixed(2)} MB per CPU-second (${(laterBytes / 1e6).toFixed(2)} MB in ${(laterMs / 1000).toFixed(2)} s of CPU)`);
if (!quick) console.log(`throughput, warm (the same pages again): ${mbps.toFixed(2)} MB per CPU-second (${(bytes / 1e6).toFixed(2)} MB x ${rounds} rounds in ${seconds.toFixed(1)} s of CPU)`);
