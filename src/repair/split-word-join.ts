import { AMBIGUOUS_CONTRACTIONS, UNAMBIGUOUS_CONTRACTIONS } from '../data/contractions.js';
import {
  COMPOUND_HEADS, COMPOUND_PREFIXES, INFLECTED_LEFT_ENDINGS, JOINABLE_FUNCTION_WORDS, KNOWN_FUSED_FORMS, LEXICON_NOISE,
  PARTICLE_HEADS, SENTENCE_STARTERS, SHORT_WORDS,
} from '../data/repair-words.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { foldedCount, repairVocabulary, vocabularyAfterInsertions, type DocumentVocabulary } from './document-vocabulary.js';
import { englishLexicon, lexiconSize, wordRank } from './english-lexicon.js';
import { isKnownWordForm } from './is-known-word.js';
import { untilStable } from './until-stable.js';

const RULE = 'word-join';
const SHORT = new Set(SHORT_WORDS);
const FUNCTION = new Set(JOINABLE_FUNCTION_WORDS);
const STARTERS = new Set([...SENTENCE_STARTERS.map((w) => w.toLowerCase()), 'i']);
const PREFIXES = new Set(COMPOUND_PREFIXES);
const HEADS = new Set(COMPOUND_HEADS);
const NOISE = new Set(LEXICON_NOISE);
const PARTICLES = new Set(PARTICLE_HEADS);
// Maps, not objects: a token such as `constructor` must not find `Object.prototype` members.
const FUSED = new Map(Object.entries(KNOWN_FUSED_FORMS));
const CONTRACTIONS = new Set([...Object.keys(UNAMBIGUOUS_CONTRACTIONS), ...Object.keys(AMBIGUOUS_CONTRACTIONS)]);
const INFLECTED = INFLECTED_LEFT_ENDINGS;

/** A token ranked above this is a word and is never split (except {@link KNOWN_FUSED_FORMS}). */
export const WORD_RANK = 30_000;
/** In a fusion of two content words, both must rank above this. */
export const PART_RANK = 20_000;
/** A split must cost this much less than the whole (natural-log units) when the whole is in the lexicon. */
const MARGIN = 1.5;
/** A content word ranked above this may fuse with another content word (`claimed|last`, `movie|together`). */
const VERY_COMMON_RANK = 1_000;
/** A capitalised token ranked above this is a known word or name (the list is lower-cased, so `Itis` ranks as `itis`). */
const CAPITALISED_WORD_RANK = 10_000;
/** A capitalised token in the lexicon is split only when the parts cost this much less than the whole. */
const CAPITALISED_MARGIN = 3;
/** Tokens longer than this are not segmented (they are not fusions of two or three words). */
const MAX_TOKEN = 30;

/** Runs of a-z letters long enough to hold two words (what `/[A-Za-z]{3,}/g` finds); their neighbours are checked by {@link isFreeToken}. */
const MIN_RUN = 3;
/** Three-letter fusions of a two-letter function word and the article `a` (`isa`, `ofa`, `ina`): never lower-case words. */
const SHORT_FUSION = /^(?:is|in|as|at|to|on|of|by|or|if|so|be|do|was)a$/;
const GLUE_BEFORE = /[\p{L}\p{M}\p{N}'’\-@/_.]/u;
const GLUE_AFTER = /[\p{L}\p{M}\p{N}'’\-@/_]/u;
/** A 3-letter part must rank above this (or be a function word): the list's tail is full of fragments (`eco`, `meg`). */
const SHORT_PART_RANK = 3_000;

/**
 * Finds two or three words run together by lost spaces (`formedin`, `upto`, `claimedlast`, `modelsina`,
 * `Thepresident`, `Nissanhas`) and reports a space to insert at each boundary.
 *
 * Only English text (judged from its function words) and only tokens that are not words are split. A token
 * is a word when the frequency lexicon ranks it among its first 30,000 entries, when it is an
 * inflected or derived form of a lexicon word (`contoured`, `bottoming`), when it occurs twice in the
 * document, or when it is a stripped contraction (`werent` is the apostrophe rule's). Splits are costed like
 * a unigram segmenter (cost = ln(rank · ln N): Zipf-rank costs as popularised by wordninja, Derek Anderson,
 * after Peter Norvig's segmenter in *Beautiful Data*), over two or three parts, with guards a plain segmenter
 * lacks:
 * - a part is a lexicon word (one- and two-letter parts only from a short list; markup debris such as `com`
 *   never) or a word that stands alone in the document;
 * - two content words fuse only when both are common (rank < 20,000) and the left one is inflected
 *   (`claimed|last`) or one of them is very common; a compound prefix or head (`counter|offensive`,
 *   `battle|field`) blocks a split unless the other part is a function word;
 * - hyphenated words, words with apostrophes, URLs and e-mail addresses are never touched;
 * - a capitalised token (a proper noun: `Gazprombank`) is split only after a sentence-starting function
 *   word at a sentence start (`The|president`), or before a closed-class word when the capitalised part is a
 *   known word or stands alone elsewhere (`Russia|said`).
 *
 * @param context - The rule context; reads `text`.
 * @returns One insertion finding per boundary.
 * @example
 * ```ts
 * splitWordJoin(ctx('it was formedin March')); // 'formed in'
 * ```
 */
export function splitWordJoin(context: RuleContext): Finding[] {
  const base = context.text;
  const baseVocab = repairVocabulary(context);
  return untilStable(base, (text, inserted) => findJoins(text, inserted.length === 0 ? baseVocab : vocabularyAfterInsertions(baseVocab, base, inserted, text)));
}

function findJoins(text: string, vocab: DocumentVocabulary): Finding[] {
  if (!vocab.english) return [];
  const findings: Finding[] = [];
  const n = text.length;
  let k = 0;
  while (k < n) {
    // The next maximal run of ASCII letters, scanned by hand: no match object per word.
    while (k < n && !isAsciiLetter(text.charCodeAt(k))) k++;
    const start = k;
    while (k < n && isAsciiLetter(text.charCodeAt(k))) k++;
    const length = k - start;
    if (length < MIN_RUN || length > MAX_TOKEN || !isFreeToken(text, start, k)) continue;
    const m = { index: start, 0: text.slice(start, k) };
    const token = m[0];
    if (token.length === 3) {
      if (SHORT_FUSION.test(token)) {
        findings.push({
          start: m.index + 2, end: m.index + 2, replacement: ' ', rule: RULE, confidence: 0.75,
          reason: `"${token}" is "${token.slice(0, 2)}" fused to the article "a"`,
        });
      }
      continue;
    }
    const first = token.charCodeAt(0);
    const split = first >= 97
      ? splitLower(token, vocab)
      : /^[A-Z][a-z]+$/.test(token) ? splitCapitalised(token, vocab, atSentenceStart(text, m.index)) : null;
    if (!split) continue;
    const parts = cutAt(token, split.cuts);
    for (const at of split.cuts) {
      findings.push({
        start: m.index + at, end: m.index + at, replacement: ' ', rule: RULE, confidence: split.confidence,
        reason: `"${token}" is not a word; ${parts.map((p) => `"${p}"`).join(' + ')} are: ${split.reason}`,
      });
    }
  }
  return findings;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** True when the run is a whole token: not glued to other letters, digits, hyphens, apostrophes, `@`, `/`, `_`. */
function isFreeToken(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && before !== ' ' && before !== '\n' && GLUE_BEFORE.test(before)) return false;
  if (after === '.' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) return false; // a domain: `upto.com`
  if (after !== undefined && after !== ' ' && after !== '\n' && GLUE_AFTER.test(after)) {
    // A possessive or contraction ending is no glue: `thenation’s` -> `the nation’s`.
    return /['’]/.test(after) && /^(?:s|t|re|ve|ll|d)(?![\p{L}\p{N}])/u.test(text.slice(end + 1, end + 4));
  }
  return true;
}

interface Split {
  readonly cuts: readonly number[];
  readonly confidence: number;
  readonly reason: string;
}

function cutAt(token: string, cuts: readonly number[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const c of cuts) {
    out.push(token.slice(from, c));
    from = c;
  }
  out.push(token.slice(from));
  return out;
}

/** Cost of a part in the Zipf model, or undefined when it may not be a part. */
function partCost(word: string, vocab: DocumentVocabulary): number | undefined {
  if (NOISE.has(word) || FUSED.has(word)) return undefined; // `upto` is no part
  if (word.length <= 2) return SHORT.has(word) ? rankCost(wordRank(word) ?? PART_RANK) : undefined;
  const r = wordRank(word);
  if (r !== undefined) return rankCost(r);
  if (word.length >= 4 && foldedCount(vocab, word) > 0) return rankCost(PART_RANK);
  if (word.length >= 6 && isKnownWordForm(word, true)) return rankCost(lexiconSize()) + 1; // divulged, hydrated
  return undefined;
}

function rankCost(rank: number): number {
  return Math.log((rank + 1) * Math.log(lexiconSize()));
}

/** Closed-class words from the curated list only: the Wikipedia ranks put markup words (`link`, `page`) among the most frequent. */
function isFunctionWord(word: string): boolean {
  return FUNCTION.has(word);
}

/**
 * The middle of three parts must be a function word of two letters or more (`models|in|a`), or the article
 * `a` between a function word and a common word (`was|a|key`, but never `be|a|ding`).
 */
function middleAllowed(parts: readonly string[]): boolean {
  const [a, mid, c] = parts as [string, string, string];
  if (mid.length >= 2) return isFunctionWord(mid);
  return mid === 'a' && a.length >= 2 && isFunctionWord(a) && !isFunctionWord(c) && (wordRank(c) ?? PART_RANK) < 5_000;
}

/** Whether two adjacent parts may have been one fusion: the guards a plain segmenter lacks. */
function pairAllowed(a: string, b: string): boolean {
  const fa = isFunctionWord(a);
  const fb = isFunctionWord(b);
  if (PREFIXES.has(a) && !fb) return false; // counter|offensive, over|turns
  if (HEADS.has(b) && !fa && !fb) return false; // battle|field, war|time
  if (PARTICLES.has(b) && !fa && !a.endsWith('s') && !INFLECTED.some((e) => a.endsWith(e))) return false; // pile|up, roll|out (but going|up)
  if (fa || fb) return true;
  const ra = wordRank(a) ?? PART_RANK;
  const rb = wordRank(b) ?? PART_RANK;
  if (ra >= PART_RANK || rb >= PART_RANK) return false;
  return INFLECTED.some((e) => a.endsWith(e)) || ra < VERY_COMMON_RANK || rb < VERY_COMMON_RANK;
}

function splitLower(token: string, vocab: DocumentVocabulary): Split | null {
  const whole = englishLexicon().get(token);
  if (whole !== undefined && whole < WORD_RANK && !FUSED.has(token)) return null; // most tokens end here
  if (!/^[a-z]+$/.test(token)) return null;
  const known = FUSED.get(token);
  if (known !== undefined) return { cuts: [known.indexOf(' ')], confidence: 0.9, reason: 'a well-known fused form' };
  if (CONTRACTIONS.has(token)) return null;
  if (foldedCount(vocab, token) >= 2) return null;
  if (isKnownWordForm(token)) return null;
  // The cheapest reading in two or three parts, with no guards (what a plain segmenter would choose) ...
  const costs: (number | undefined)[][] = [];
  const cost = (i: number, j: number): number | undefined => ((costs[i] ??= [])[j] ??= partCost(token.slice(i, j), vocab));
  let best: { cuts: number[]; cost: number } | null = null;
  const n = token.length;
  for (let i = 1; i < n; i++) {
    const c1 = cost(0, i);
    if (c1 === undefined) continue;
    const c2 = cost(i, n);
    if (c2 !== undefined && (!best || c1 + c2 < best.cost)) best = { cuts: [i], cost: c1 + c2 };
    for (let j = i + 1; j < n; j++) {
      const c2b = cost(i, j);
      if (c2b === undefined) continue;
      const c3 = cost(j, n);
      if (c3 !== undefined && (!best || c1 + c2b + c3 < best.cost)) best = { cuts: [i, j], cost: c1 + c2b + c3 };
    }
  }
  if (!best) return null;
  // ... then vetoed by the guards: a wrong reading is not replaced by a second-best one.
  const parts = cutAt(token, best.cuts);
  // Three parts only around a function word (`models|in|a`, `house|under|the`), never `be|a|ding`.
  if (parts.length === 3 && !middleAllowed(parts)) return null;
  // The article `a` only beside a plain common word (`a|typical` is `atypical`, `a|gonize` nothing).
  for (let k = 0; k < parts.length; k++) {
    if (parts[k] !== 'a') continue;
    const other = parts[k === 0 ? 1 : k - 1]!;
    if ((wordRank(other) ?? PART_RANK) >= PART_RANK) return null;
  }
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const besideFunction = parts.length === 2 && parts.some((p) => p !== part && p.length >= 2 && isFunctionWord(p));
    const shortLimit = besideFunction ? PART_RANK : SHORT_PART_RANK; // the|gig, but not meg|a|banks
    if (part.length === 3 && !isFunctionWord(part) && (wordRank(part) ?? PART_RANK) >= shortLimit) return null;
    if (k > 0 && !pairAllowed(parts[k - 1]!, part)) return null;
  }
  const fn = parts.length === 2 ? parts.some(isFunctionWord) : isFunctionWord(parts[1]!);
  if (!best) return null;
  if (whole !== undefined && best.cost + MARGIN > rankCost(whole)) return null;
  return {
    cuts: best.cuts,
    confidence: fn ? 0.85 : 0.7,
    reason: fn ? 'a function word fused to its neighbour' : 'two common words fused',
  };
}

function splitCapitalised(token: string, vocab: DocumentVocabulary, sentenceStart: boolean): Split | null {
  if ((vocab.counts.get(token) ?? 0) >= 2) return null;
  const whole = wordRank(token);
  if (whole !== undefined && whole < CAPITALISED_WORD_RANK) return null; // a known word or name: Boston, Clinton, Facebook
  const wholeCost = whole === undefined ? Infinity : rankCost(whole);
  if (token.length < 5) return null;
  // `Chinas`, `Marthas`: a possessive that lost its apostrophe is the apostrophe rule's, not a fusion.
  if (token.endsWith('s') && (vocab.counts.get(token.slice(0, -1)) ?? 0) > 0) return null;
  for (let at = 1; at < token.length - 1; at++) {
    const a = token.slice(0, at);
    const b = token.slice(at);
    const lowerA = a.toLowerCase();
    // `The|president`: a sentence-starting function word, then a common word.
    if ((sentenceStart || a === 'I') && STARTERS.has(lowerA) && FUNCTION.has(lowerA) && pairAllowed(lowerA, b)) {
      const r = wordRank(b);
      const limit = at === 1 ? 3_000 : PART_RANK;
      if (r !== undefined && r < limit && !NOISE.has(b) && (b.length > 2 || SHORT.has(b)) && !isKnownWordForm(token.toLowerCase())
        && rankCost(wordRank(lowerA) ?? PART_RANK) + rankCost(r) + CAPITALISED_MARGIN < wholeCost) {
        return { cuts: [at], confidence: 0.8, reason: `"${a}" starts a sentence and "${b}" is a common word` };
      }
    }
    // `Russia|said`: a name known to the lexicon or standing alone elsewhere, then a closed-class word.
    if (at >= 4 && FUNCTION.has(b) && b.length >= 2 && (vocab.counts.get(a) ?? 0) > 0 && whole === undefined) {
      return { cuts: [at], confidence: 0.75, reason: `"${a}" stands alone elsewhere and "${b}" is a closed-class word` };
    }
  }
  return null;
}

/** True when only a line start, or sentence punctuation with optional quotes and a space, precedes `at`. */
function atSentenceStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /["“‘'(\[]/.test(text[k]!)) k--;
  if (k < 0 || text[k] === '\n') return true;
  if (text[k] !== ' ') return false;
  while (k >= 0 && text[k] === ' ') k--;
  while (k >= 0 && /["”’')\]]/.test(text[k]!)) k--;
  return k < 0 || /[.!?:\n]/.test(text[k]!);
}

/** The `word-join` rule: a space where words were run together. */
export const wordJoinRule: Rule = {
  examples: ['The group was formedin March and claimedlast month that it had grown. Its members said they would fight upto the end of the war, and the town stayed calm.'],
  id: RULE,
  phase: 'repair',
  description: 'Splits words run together by a lost space (`formedin` -> `formed in`) using a frequency lexicon and the document\'s own words.',
  find: splitWordJoin,
};
