import { MIXED_CASE_PREFIXES, MIXED_CASE_WORDS, NAME_PARTICLES, SENTENCE_STARTERS, STRONG_SENTENCE_STARTERS } from '../data/repair-words.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { documentVocabulary, type DocumentVocabulary } from './document-vocabulary.js';
import { wordRank } from './english-lexicon.js';

const RULE = 'case-seam';
const MIXED = new Set(MIXED_CASE_WORDS);
const PARTICLES = new Set(NAME_PARTICLES);
const STARTERS = new Set(SENTENCE_STARTERS);
const STRONG_STARTERS = new Set(STRONG_SENTENCE_STARTERS);
/** A token of letters (with inner apostrophes) that has a lower-case letter right before a capital. */
const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const SEAM = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu;

/**
 * Finds words fused at a case change (`LegionIn what`, `articleLarry's`, `CanadaFreedom`) and reports a
 * space to insert at the seam.
 *
 * A seam `left|Right` (a lower-case letter, then a capital followed by a lower-case letter) is split when:
 * - the left part is lower-case (`articleLarry`): always, unless it is a single letter (`iPhone`, `eBay`) or
 *   a name particle (`deGrasse`, `vanHollen`);
 * - the left part is capitalised (`LegionIn`): when the right part starts sentences (`In`, `The`, `But`, ...)
 *   or both parts stand alone elsewhere in the document (`Canada` and `Freedom`).
 *
 * Never split: known mixed-case words (`YouTube`, `LinkedIn`, `TikTok`, `PoW`, `DeSantis`, ...), names after
 * `Mc`/`Mac`/`De`/`La`/... (`McDonald`), a right part in capitals (`OpenAI`, `PoW`), and any form that
 * recurs intact in the document (a form seen twice is a word, not an accident). Tokens inside URLs and
 * e-mail addresses are left alone.
 *
 * @param context - The rule context; reads `text`.
 * @returns One insertion finding per seam.
 * @example
 * ```ts
 * splitCaseSeam(ctx('the Freedom of Russia LegionIn what it described')); // 'Legion In'
 * ```
 */
export function splitCaseSeam({ text }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  let vocab: DocumentVocabulary | null = null;
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (!/\p{Ll}\p{Lu}/u.test(token)) continue;
    const bare = token.replace(/['’]s$/u, '');
    if (MIXED.has(bare) || MIXED.has(token)) continue;
    if (inUrl(text, m.index, m.index + token.length)) continue;
    vocab ??= documentVocabulary(text);
    const recurs = (vocab.counts.get(bare) ?? 0) >= 2;
    for (const s of bare.matchAll(SEAM)) {
      const cut = s.index;
      const left = leftPart(bare, cut);
      const right = rightPart(bare, cut);
      const why = judge(bare, cut, left, right, vocab);
      if (!why) continue;
      // A form seen twice is a word, unless what follows the seam can only start a sentence (a credit
      // fused to the next paragraph the same way twice: `LegionThe`).
      if (recurs && !STRONG_STARTERS.has(right)) continue;
      findings.push({
        start: m.index + cut, end: m.index + cut, replacement: ' ', rule: RULE, confidence: why.confidence,
        reason: `"${left}" and "${right}" fused at a case change: ${why.reason}`,
      });
    }
  }
  return findings;
}

function leftPart(word: string, cut: number): string {
  // The left part runs back to the capital that starts it (or the token start).
  let s = cut;
  while (s > 0 && /\p{Ll}/u.test(word[s - 1]!)) s--;
  if (s > 0 && /\p{Lu}/u.test(word[s - 1]!)) s--;
  return word.slice(s, cut);
}

function rightPart(word: string, cut: number): string {
  let e = cut + 1;
  while (e < word.length && /\p{Ll}/u.test(word[e]!)) e++;
  return word.slice(cut, e);
}

function judge(word: string, cut: number, left: string, right: string, vocab: DocumentVocabulary): { reason: string; confidence: number } | null {
  if (cut < 2) return null; // iPhone, eBay
  for (const p of MIXED_CASE_PREFIXES) if (cut === p.length && word.startsWith(p)) return null; // McDonald, DeSantis
  const whole = word.slice(0, cut);
  if (/^\p{Ll}+$/u.test(whole)) {
    if (PARTICLES.has(whole)) return null;
    if (wordRank(whole) === undefined && (vocab.counts.get(whole) ?? 0) === 0) return null;
    return { reason: 'a lower-case word runs into a capitalised one', confidence: 0.85 };
  }
  if (left.length < 2) return null;
  if (STARTERS.has(right)) return { reason: `"${right}" starts a new sentence or clause`, confidence: 0.85 };
  const leftAlone = (vocab.counts.get(left) ?? 0) > 0;
  const rightAlone = (vocab.counts.get(right) ?? 0) > 0;
  if (leftAlone && rightAlone) return { reason: 'both parts stand alone elsewhere in the document', confidence: 0.75 };
  return null;
}

function inUrl(text: string, start: number, end: number): boolean {
  let s = start;
  while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/\s/.test(text[e]!)) e++;
  return /:\/\/|@|www\.|\.(?:com|org|net|io)\b|\/|#/i.test(text.slice(s, e));
}

/** The `case-seam` rule: a space where two words were fused at a case change. */
export const caseSeamRule: Rule = {
  id: RULE,
  phase: 'repair',
  description: 'Inserts the space lost between two words fused at a case change (`LegionIn` -> `Legion In`).',
  find: splitCaseSeam,
};
