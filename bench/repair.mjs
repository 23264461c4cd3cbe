// npm run bench:repair — damage real clean article text the way scrapers do, run the repairs, and score
// what they restore. Input: the gold.txt of every English page in ../shared/bench/articles (manifest
// language). Damage is reproducible (seeded PRNG, mulberry32):
//   - sentence seams: the space after a sentence end (before a capital) is dropped with p = SEAM_P;
//   - word joins: the space between two letter-words is dropped with p = JOIN_P;
//   - stripped apostrophes: in a share STRIP_P of documents, every apostrophe between two letters is dropped.
// Scored: restored word boundaries (a space inserted by sentence-seam/case-seam/word-join at the damaged
// position) and restored apostrophes, precision and recall separately, plus how many correct words were
// wrongly split. The same is run on the undamaged text (every change there is a false alarm), and against
// a plain dictionary segmenter with no guards (Viterbi over Zipf-rank word costs, the idea of wordninja by
// Derek Anderson after Peter Norvig's segmenter; written here from that idea) plus naive seam and
// apostrophe rules, to show what the guards buy. Also: throughput of clean() with and without repairs (CPU time)
// on the damaged texts, on the undamaged gold texts, and on the same pages as scraped (scraped.txt), each
// both with the same texts every round and with every line new each round (a corpus's steady state).
//
//   node bench/repair.mjs [--seed N] [--show N]   (npm run bench:repair builds dist first)
import { readFileSync } from 'node:fs';
import { clean, countCorpusVocabulary, repair } from '../dist/index.js';
import { articlePages, readPageFile, requireBenchDir } from './lib/bench-data.mjs';
import { JOIN_P, SEAM_P, STRIP_P, damage, mulberry32 } from './lib/damage.mjs';
import { freshLines } from './lib/fresh-lines.mjs';
import { cpuMs } from './lib/cpu-ms.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const seed = arg('--seed', 20240611);
const show = arg('--show', 0);

/** Positions of single-character insertions (space or apostrophe) by the boundary and apostrophe rules. */
function insertions(edits) {
  const spaces = new Set();
  const apostrophes = new Set();
  let other = 0;
  for (const e of edits) {
    if (e.start === e.end && e.after === ' ' && ['sentence-seam', 'case-seam', 'word-join'].includes(e.rule)) spaces.add(e.start);
    else if (e.start === e.end && /^['’]$/.test(e.after) && e.rule === 'apostrophe') apostrophes.add(e.start);
    else other++;
  }
  return { spaces, apostrophes, other };
}

// ---- the plain baseline: naive seams, Viterbi segmentation of every letter run, naive apostrophes ----
const lexSrc = readFileSync(new URL('../src/data/english-lexicon.ts', import.meta.url), 'utf8');
const WORDS = JSON.parse(/ENGLISH_WORDS_BY_RANK =\s*("(?:[^"\\]|\\.)*")/.exec(lexSrc)[1]).split(' ');
const COST = new Map(WORDS.map((w, i) => [w, Math.log((i + 1) * Math.log(WORDS.length))]));
const MAXLEN = Math.max(...WORDS.map((w) => w.length));
function viterbi(s) {
  const best = [0];
  const back = [0];
  for (let i = 1; i <= s.length; i++) {
    best[i] = Infinity;
    for (let k = Math.max(0, i - MAXLEN); k < i; k++) {
      const c = best[k] + (COST.get(s.slice(k, i)) ?? Infinity);
      if (c < best[i]) { best[i] = c; back[i] = k; }
    }
  }
  if (best[s.length] === Infinity) return [];
  const cuts = [];
  for (let i = s.length; i > 0; i = back[i]) if (back[i] > 0) cuts.push(back[i]);
  return cuts;
}
const CONTRACTION = /^(dont|doesnt|didnt|isnt|wasnt|arent|werent|hasnt|havent|hadnt|couldnt|wouldnt|shouldnt|youre|theyre|youve|theyve|weve|youll|theyll|thats|whats|theres|hes|shes|its|wont|cant|im|ive|ill|id|well|were|lets)$/i;
function baseline(text) {
  const spaces = new Set();
  const apostrophes = new Set();
  for (const m of text.matchAll(/[.!?](?=\p{Lu})/gu)) spaces.add(m.index + 1);
  const counts = new Map();
  for (const m of text.matchAll(/\p{L}+/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  for (const m of text.matchAll(/[A-Za-z]+/g)) {
    const w = m[0];
    for (const cut of viterbi(w.toLowerCase())) spaces.add(m.index + cut);
    if (CONTRACTION.test(w)) apostrophes.add(m.index + (/^(wont|cant|dont)$/i.test(w) ? 2 : w.length - (/(nt)$/i.test(w) ? 1 : /(re|ve|ll)$/i.test(w) ? 2 : 1)));
    else if (/^[A-Z][a-z]+s$/.test(w) && counts.has(w.slice(0, -1))) apostrophes.add(m.index + w.length - 1);
  }
  return { spaces, apostrophes };
}

// ---- scoring ----
const tally = () => ({ tp: 0, fp: 0, fn: 0 });
const score = (t, gold, pred) => {
  for (const p of pred) (gold.has(p) ? t.tp++ : t.fp++);
  for (const g of gold) if (!pred.has(g)) t.fn++;
};
const pr = (t) => ({ P: t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1, R: t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1 });
const fmt = (t) => {
  const { P, R } = pr(t);
  return `P ${P.toFixed(3)}  R ${R.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
};

requireBenchDir();
const pages = articlePages().filter((p) => p.language === 'en').map((p) => ({ ...p, gold: readPageFile(p, 'gold.txt') }));
const rand = mulberry32(seed);
const ours = { spaces: tally(), seams: tally(), joins: tally(), apostrophes: tally(), wrongSplits: 0, wrongPlace: 0, cleanFalse: 0, cleanFalseApos: 0, styleOk: 0 };
const base = { spaces: tally(), apostrophes: tally(), wrongSplits: 0 };
const damaged = [];
const damagedDocs = [];
const joinKinds = {};
/** The kind of a lost word boundary at `at`: by the case of the letters either side, or punctuation in the token. */
function joinKind(text, at) {
  const left = /[\p{L}\p{N}'’.\-]*$/u.exec(text.slice(Math.max(0, at - 40), at))[0];
  const right = /^[\p{L}\p{N}'’\-]*/u.exec(text.slice(at, at + 40))[0];
  if (/[\d'’.\-]/u.test(left + right)) return 'token holds digits or punctuation';
  const l = /\p{Lu}/u.test(left[0] ?? '') || /\p{Lu}/u.test(left) ? 'Cap' : 'lower';
  const r = /^\p{Lu}/u.test(right) ? 'Cap' : 'lower';
  return `${l} + ${r}`;
}
const examples = [];
for (const p of pages) {
  const d = damage(p.gold, rand);
  damaged.push(d.text);
  damagedDocs.push(d);
  const goldSpaces = new Set(d.spaces);
  const goldApos = new Set(d.apostrophes);
  const doc = repair(d.text, { lang: false });
  const got = insertions(doc.edits);
  score(ours.spaces, goldSpaces, got.spaces);
  score(ours.seams, d.seams, new Set([...got.spaces].filter((x) => !d.joins.has(x))));
  score(ours.joins, d.joins, new Set([...got.spaces].filter((x) => !d.seams.has(x))));
  for (const j of d.joins) {
    const t = (joinKinds[joinKind(d.text, j)] ??= { tp: 0, fp: 0, fn: 0 });
    got.spaces.has(j) ? t.tp++ : t.fn++;
  }
  score(ours.apostrophes, goldApos, got.apostrophes);
  // Wrong splits: a false boundary inside a token that was one word in the gold text.
  const fusedAt = (x) => [...goldSpaces].some((g) => Math.abs(g - x) < 25 && !/\s/.test(d.text.slice(Math.min(g, x), Math.max(g, x))));
  for (const x of got.spaces) if (!goldSpaces.has(x)) (fusedAt(x) ? ours.wrongPlace++ : ours.wrongSplits++);
  for (const e of doc.edits) {
    if (e.rule === 'apostrophe' && d.apostropheChars.get(e.start) === e.after) ours.styleOk++;
  }
  if (show && examples.length < show) {
    for (const x of got.spaces) if (!goldSpaces.has(x)) examples.push(`FP space  ${p.id}: ${JSON.stringify(d.text.slice(x - 25, x) + '|' + d.text.slice(x, x + 20))}`);
    for (const x of got.apostrophes) if (!goldApos.has(x)) examples.push(`FP apos   ${p.id}: ${JSON.stringify(d.text.slice(x - 25, x) + '|' + d.text.slice(x, x + 20))}`);
    for (const x of goldSpaces) if (!got.spaces.has(x)) examples.push(`miss space ${p.id}: ${JSON.stringify(d.text.slice(x - 25, x) + '|' + d.text.slice(x, x + 20))}`);
    for (const x of goldApos) if (!got.apostrophes.has(x)) examples.push(`miss apos ${p.id}: ${JSON.stringify(d.text.slice(x - 25, x) + '|' + d.text.slice(x, x + 20))}`);
  }
  // The undamaged text: every boundary or apostrophe insertion is a false alarm.
  const untouched = insertions(repair(p.gold, { lang: false }).edits);
  ours.cleanFalse += untouched.spaces.size;
  ours.cleanFalseApos += untouched.apostrophes.size;
  const b = baseline(d.text);
  score(base.spaces, goldSpaces, b.spaces);
  score(base.apostrophes, goldApos, b.apostrophes);
  for (const x of b.spaces) if (!goldSpaces.has(x) && !fusedAt(x)) base.wrongSplits++;
}

// ---- the same with the corpus's evidence: `options.vocabulary` counted over the damaged texts themselves (the
// corpus being repaired; never the gold texts, whose intact words would vouch for the very words damaged here) ----
const vocabulary = countCorpusVocabulary(damaged);
const withCorpus = { spaces: tally(), wrongSplits: 0 };
damagedDocs.forEach((d) => {
  const goldSpaces = new Set(d.spaces);
  const got = insertions(repair(d.text, { lang: false, vocabulary }).edits);
  score(withCorpus.spaces, goldSpaces, got.spaces);
  const fusedAt = (x) => [...goldSpaces].some((g) => Math.abs(g - x) < 25 && !/\s/.test(d.text.slice(Math.min(g, x), Math.max(g, x))));
  for (const x of got.spaces) if (!goldSpaces.has(x) && !fusedAt(x)) withCorpus.wrongSplits++;
});

// ---- the repairs on real pages: every insertion clean() makes in the 96 pages' scraped.txt, judged by the
// page's own gold.txt where the word stands in it (a boundary is right when gold writes the two words apart,
// wrong when gold writes them as one word; an apostrophe is right when gold has the word with one). Real
// damage at its real rate: few true repairs, many rare words a repair could wrongly split. ----
const real = { right: 0, wrong: 0, unjudged: 0, wrongExamples: [] };
const words = (s) => s.split(/\s+/u).filter(Boolean);
for (const p of articlePages()) {
  const scraped = readPageFile(p, 'scraped.txt');
  const gold = ` ${words(readPageFile(p, 'gold.txt')).join(' ')} `;
  for (const e of clean(scraped, { lang: false }).edits) {
    if (e.start !== e.end || !['sentence-seam', 'case-seam', 'word-join', 'apostrophe'].includes(e.rule)) continue;
    const left = /\S*$/u.exec(scraped.slice(Math.max(0, e.start - 40), e.start))[0];
    const right = /^\S*/u.exec(scraped.slice(e.start, e.start + 40))[0];
    const asRepaired = e.rule === 'apostrophe' ? [`${left}’${right}`, `${left}'${right}`] : [`${left} ${right}`];
    const asScraped = `${left}${right}`;
    const inGold = (w) => gold.includes(` ${w} `) || gold.includes(` ${w}`) && gold.includes(`${w} `);
    if (asRepaired.some(inGold)) real.right++;
    else if (inGold(asScraped)) {
      real.wrong++;
      if (real.wrongExamples.length < 12) real.wrongExamples.push(`${e.rule}: ${left}|${right}`);
    } else real.unjudged++;
  }
}

// ---- throughput: clean() with and without repairs, in CPU time (process.cpuUsage(): wall time is too noisy
// on a shared machine), rounds interleaved so that load falls on both sides alike, least of the rounds ----
function cpuRound(texts, options) {
  const t0 = cpuMs();
  for (const t of texts) clean(t, options);
  return cpuMs() - t0;
}
// Two ways to repeat: `same` cleans the same texts every round, so from the second round on the noise rules
// answer each line from their process-wide per-line tables; `fresh` gives
// each round its own copy of the texts with every line new (bench/lib/fresh-lines.mjs), as a corpus is: each
// article line met once. Both sides of a ratio are measured the same way. The rate counts the texts' bytes
// before tagging (a tag adds some 3% to a text, to both sides alike).
function throughputs(sets, { rounds = 5, fresh = false } = {}) {
  const best = sets.map(() => Infinity);
  const input = (texts, r) => (fresh ? texts.map((t) => freshLines(t, r)) : texts);
  for (const { texts, options } of sets) for (const t of input(texts, 900).slice(0, fresh ? texts.length : 10)) clean(t, options); // warm-up
  for (let r = 0; r < rounds; r++) {
    sets.forEach(({ texts, options }, k) => {
      const round = input(texts, r * sets.length + k);
      best[k] = Math.min(best[k], cpuRound(round, options));
    });
  }
  return sets.map(({ texts }, k) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / (best[k] / 1000) / 1e6);
}
const golds = pages.map((p) => p.gold);
// The same pages as scraped (scraped.txt: the whole visible text, what text mode is given): real damage at
// its real rate, beside the boilerplate the noise rules remove.
const scrapedTexts = pages.map((p) => readPageFile(p, 'scraped.txt'));
const throughputSets = [
  { texts: damaged, options: { repair: false, lang: false } },
  { texts: damaged, options: { lang: false } },
  { texts: golds, options: { repair: false, lang: false } },
  { texts: golds, options: { lang: false } },
  { texts: scrapedTexts, options: { repair: false, lang: false } },
  { texts: scrapedTexts, options: { lang: false } },
];
const [without, withRepairs, withoutGold, withGold, withoutScraped, withScraped] = throughputs(throughputSets);
const fresh = throughputs(throughputSets, { fresh: true });

const stripped = pages.length; // for the header only
console.log(`bench:repair — ${stripped} English gold texts, seed ${seed}; damage: seams p=${SEAM_P}, joins p=${JOIN_P}, apostrophes stripped in ${STRIP_P * 100}% of docs`);
console.log('');
console.log('| measure | unscrape repairs | plain segmenter (no guards) |');
console.log('| --- | --- | --- |');
console.log(`| word boundaries (all) | ${fmt(ours.spaces)} | ${fmt(base.spaces)} |`);
console.log(`| - sentence seams | ${fmt(ours.seams)} | |`);
console.log(`| - word joins | ${fmt(ours.joins)} | |`);
console.log(`| apostrophes | ${fmt(ours.apostrophes)} | ${fmt(base.apostrophes)} |`);
console.log(`| correct words wrongly split | ${ours.wrongSplits} | ${base.wrongSplits} |`);
console.log(`| with the corpus's evidence (\`vocabulary\` of the ${damaged.length} damaged texts): word boundaries | ${fmt(withCorpus.spaces)} | |`);
console.log(`| with the corpus's evidence: correct words wrongly split | ${withCorpus.wrongSplits} | |`);
console.log(`| splits at a wrong place in a fused token | ${ours.wrongPlace} | |`);
console.log(`| insertions on the undamaged text (spaces / apostrophes) | ${ours.cleanFalse} / ${ours.cleanFalseApos} | |`);
console.log(`| restored apostrophes in the original character (’ vs ') | ${ours.styleOk} of ${ours.apostrophes.tp} | |`);
console.log(`| on the 96 real pages (scraped.txt), insertions the page's gold.txt judges: right / wrong (not in gold: boilerplate) | ${real.right} / ${real.wrong} (${real.unjudged}) | |`);
const rate = (off, on) => `${off.toFixed(2)} / ${on.toFixed(2)} (x${(off / on).toFixed(1)} slower)`;
console.log(`| throughput clean() MB/s of CPU, the same texts each round, damaged texts: repairs off / on | ${rate(without, withRepairs)} | |`);
console.log(`| throughput, the same texts each round, undamaged texts: repairs off / on | ${rate(withoutGold, withGold)} | |`);
console.log(`| throughput, the same texts each round, the same pages as scraped (scraped.txt): repairs off / on | ${rate(withoutScraped, withScraped)} | |`);
console.log(`| throughput, every line new each round (a corpus), damaged texts: repairs off / on | ${rate(fresh[0], fresh[1])} | |`);
console.log(`| throughput, every line new each round (a corpus), undamaged texts: repairs off / on | ${rate(fresh[2], fresh[3])} | |`);
console.log(`| throughput, every line new each round (a corpus), scraped.txt: repairs off / on | ${rate(fresh[4], fresh[5])} | |`);
console.log('');
console.log('Word joins by kind (recall; the guards leave joins with a capital or punctuation alone on purpose):');
for (const [kind, t] of Object.entries(joinKinds)) console.log(`  ${kind.padEnd(36)} ${pr(t).R.toFixed(3)}  (${t.tp} of ${t.tp + t.fn})`);
if (examples.length) console.log('\n' + examples.join('\n'));
if (real.wrongExamples.length) console.log(`\nWrong insertions on the real pages: ${real.wrongExamples.join(', ')}`);
