import {
  COMPOUND_HEADS, COMPOUND_PREFIXES, JOINABLE_FUNCTION_WORDS, KNOWN_FUSED_FORMS, LEXICON_NOISE, SENTENCE_STARTERS, SHORT_WORDS,
} from '../data/repair-words.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { documentVocabulary, type DocumentVocabulary } from './document-vocabulary.js';
import { lexiconSize, wordRank } from './english-lexicon.js';

const RULE = 'word-join';
const SHORT = new Set(SHORT_WORDS);
const FUNCTION = new Set(JOINABLE_FUNCTION_WORDS);
const STARTERS = new Set(SENTENCE_STARTERS.map((w) => w.toLowerCase()));
const PREFIXES = new Set(COMPOUND_PREFIXES);
const HEADS = new Set(COMPOUND_HEADS);
const NOISE = new Set(LEXICON_NOISE);

/** A token at or above this rank counts as a word and is never split (except {@link KNOWN_FUSED_FORMS}). */
export const WORD_RANK = 30_000;
/** A part of a split must rank below this (or stand alone in the document). */
export const PART_RANK = 20_000;
/** A split must cost this much less than the whole (natural-log units) when the whole is in the lexicon. */
const MARGIN = 1.5;
/** Words below this rank count as function words for the compound guards. */
const FUNCTION_RANK = 60;

/** An a-z token that is not part of a longer run of letters, digits, hyphens, apostrophes, `@`, `/` or `_`. */
const TOKEN = /(?<![\p{L}\p{M}\p{N}'’\-@/_.])[A-Za-z]+(?![\p{L}\p{M}\p{N}'’\-@/_])/gu;

/**
 * Finds two words run together by a lost space (`formedin`, `upto`, `claimedlast`, `Thepresident`,
 * `Russiasaid`) and reports a space to insert.
 *
 * Only English text (judged from its function words) and only tokens that are not words are split: a token
 * is a word when the frequency lexicon ranks it among its first {@link WORD_RANK} entries, or when it occurs
 * twice in the document. The split point is the cheapest of the two-part splits, costed like a unigram
 * segmenter (cost = ln(rank · ln N), the idea of Zipf-rank costs popularised by wordninja, Derek Anderson, and
 * Peter Norvig's word segmentation chapter in Beautiful Data), with guards a plain segmenter lacks:
 * - both parts must be common words (rank < {@link PART_RANK}; one- and two-letter parts from a short list
 *   only) or stand alone in the document;
 * - a compound prefix or head (`counter|offensive`, `battle|field`) blocks the split unless the other part
 *   is a function word;
 * - hyphenated words, words with apostrophes, URLs and e-mail addresses are never touched;
 * - a capitalised token (a proper noun: `Gazprombank`) is split only after a sentence-starting function
 *   word (`The|president`) or before a closed-class word when the capitalised part stands alone elsewhere
 *   (`Russia|said`).
 *
 * @param context - The rule context; reads `text`.
 * @returns One insertion finding per split.
 * @example
 * ```ts
 * splitWordJoin(ctx('it was formedin March')); // 'formed in'
 * ```
 */
export function splitWordJoin({ text }: RuleContext): Finding[] {
  const vocab = documentVocabulary(text);
  if (!vocab.english) return [];
  const findings: Finding[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (token.length < 4) continue;
    const split = /^[a-z]+$/.test(token) ? splitLower(token, vocab) : /^[A-Z][a-z]+$/.test(token) ? splitCapitalised(token, vocab, atSentenceStart(text, m.index)) : null;
    if (!split) continue;
    findings.push({
      start: m.index + split.at, end: m.index + split.at, replacement: ' ', rule: RULE, confidence: split.confidence,
      reason: `"${token}" is not a word; "${token.slice(0, split.at)}" + "${token.slice(split.at)}" are: ${split.reason}`,
    });
  }
  return findings;
}

interface Split {
  readonly at: number;
  readonly confidence: number;
  readonly reason: string;
}

/** Cost of a word in the Zipf model, or undefined when it may not be a part. */
function partCost(word: string, vocab: DocumentVocabulary): number | undefined {
  if (NOISE.has(word)) return undefined;
  if (word.length <= 2) return SHORT.has(word) ? rankCost(wordRank(word) ?? PART_RANK) : undefined;
  const r = wordRank(word);
  if (r !== undefined && r < PART_RANK) return rankCost(r);
  if (word.length >= 4 && (vocab.folded.get(word) ?? 0) > 0 && r === undefined) return rankCost(PART_RANK);
  return undefined;
}

function rankCost(rank: number): number {
  return Math.log((rank + 1) * Math.log(lexiconSize()));
}

function isFunctionWord(word: string): boolean {
  const r = wordRank(word);
  return FUNCTION.has(word) || (r !== undefined && r < FUNCTION_RANK);
}

function splitLower(token: string, vocab: DocumentVocabulary): Split | null {
  const known = KNOWN_FUSED_FORMS[token];
  if (known !== undefined) {
    return { at: known.indexOf(' '), confidence: 0.9, reason: 'a well-known fused form' };
  }
  if ((vocab.folded.get(token) ?? 0) >= 2) return null;
  const whole = wordRank(token);
  if (whole !== undefined && whole < WORD_RANK) return null;
  let best: { at: number; cost: number; fn: boolean } | null = null;
  for (let at = 1; at < token.length; at++) {
    const a = token.slice(0, at);
    const b = token.slice(at);
    const ca = partCost(a, vocab);
    if (ca === undefined) continue;
    const cb = partCost(b, vocab);
    if (cb === undefined) continue;
    const fn = isFunctionWord(a) || isFunctionWord(b);
    if (PREFIXES.has(a) && !isFunctionWord(b)) continue; // counter|offensive, over|turns
    if (HEADS.has(b) && !isFunctionWord(a)) continue; // battle|field, war|time
    const cost = ca + cb;
    if (!best || cost < best.cost) best = { at, cost, fn };
  }
  if (!best) return null;
  if (whole !== undefined && best.cost + MARGIN > rankCost(whole)) return null;
  return {
    at: best.at,
    confidence: best.fn ? 0.85 : 0.7,
    reason: best.fn ? 'a function word fused to its neighbour' : 'two common words fused',
  };
}

function splitCapitalised(token: string, vocab: DocumentVocabulary, sentenceStart: boolean): Split | null {
  if ((vocab.counts.get(token) ?? 0) >= 2) return null;
  if (wordRank(token) !== undefined) return null; // a known word or name: Boston, Clinton, Facebook
  if (token.length < 5) return null;
  for (let at = 1; at < token.length - 1; at++) {
    const a = token.slice(0, at);
    const b = token.slice(at);
    const lowerA = a.toLowerCase();
    // `The|president`: a sentence-starting function word, then a common word.
    if (sentenceStart && STARTERS.has(lowerA) && FUNCTION.has(lowerA) && !(PREFIXES.has(lowerA) && !isFunctionWord(b.toLowerCase()))) {
      const r = wordRank(b);
      const limit = at === 1 ? 3_000 : PART_RANK;
      if (r !== undefined && r < limit && !NOISE.has(b) && (b.length > 2 || SHORT.has(b))) {
        return { at, confidence: 0.8, reason: `"${a}" starts a sentence and "${b}" is a common word` };
      }
    }
    // `Russia|said`: a name that stands alone elsewhere, then a closed-class word.
    if (at >= 3 && FUNCTION.has(b) && b.length >= 2 && (vocab.counts.get(a) ?? 0) > 0) {
      return { at, confidence: 0.75, reason: `"${a}" stands alone elsewhere and "${b}" is a closed-class word` };
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
  return k < 0 || /[.!?\n]/.test(text[k]!);
}

/** The `word-join` rule: a space where two lower-case words were run together. */
export const wordJoinRule: Rule = {
  id: RULE,
  phase: 'repair',
  description: 'Splits two words run together by a lost space (`formedin` -> `formed in`) using a frequency lexicon and the document\'s own words.',
  find: splitWordJoin,
};
