import {
  AFTER_ITS_CONTRACTION, AFTER_MODAL_CONTRACTION, AMBIGUOUS_CONTRACTIONS, UNAMBIGUOUS_CONTRACTIONS,
} from '../data/contractions.js';
import type { Finding } from '../model/finding.js';
import type { Block } from '../parse/split-lines.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { documentVocabulary, type DocumentVocabulary } from './document-vocabulary.js';
import { wordRank } from './english-lexicon.js';

const RULE = 'apostrophe';
const AFTER_ITS = new Set(AFTER_ITS_CONTRACTION);
const AFTER_MODAL = new Set(AFTER_MODAL_CONTRACTION);
const AFTER_IVE = new Set(['been', 'got', 'had', 'seen', 'never', 'always', 'already', 'done', 'heard', 'said', 'made', 'lived', 'worked', 'known', 'tried', 'learned', 'decided', 'just', 'ever', 'also', 'spent', 'met', 'spoken', 'talked', 'lost']);
/** A word (letters only) not glued to an apostrophe, hyphen or other word characters. */
const TOKEN = /(?<![\p{L}\p{M}\p{N}'’\-@/_])[A-Za-z]+(?![\p{L}\p{M}\p{N}'’\-@/_])/gu;
const INTACT = /\p{L}['’]\p{L}/gu;
/** A lower-case common noun's possessive is restored only when the noun ranks this high. */
const COMMON_BASE_RANK = 10_000;
/** A document with no apostrophe at all and at least this many words counts as stripped. */
const MIN_WORDS_NO_APOSTROPHE = 100;

/**
 * Restores apostrophes a scraper dropped (`dont` -> `don't`, `Kyivs forces` -> `Kyiv's forces`), as
 * one-character insertions in the document's own apostrophe style (`’` or `'`: whichever the text already
 * uses between letters; else `’` when it has curly quotes, `'` otherwise). English text only.
 *
 * First it decides, per block, whether apostrophes were stripped: the whole document has no apostrophe in
 * 100+ words, or stripped contractions (`dont`, `doesnt`, `isnt`, ...) are at least as many as intact
 * apostrophes (in the document, or in the block when the block has two or more). Then:
 * - contractions that are not words (`dont`, `youre`, `theyve`, ...) are restored everywhere;
 * - in stripped blocks only: possessives `Xs` where `X` stands alone in the document and `Xs` is not a word
 *   (`Kyivs`, `Putins`, `Russias`, and lower-case `companys` when `company` is common), followed by a word;
 *   `its` before words a possessive cannot precede (`its not`, `its a`, `its clearer`), `wont`/`cant` before a
 *   base verb, `Im`/`Ive` (capitalised) before the words they take.
 *
 * Left alone on purpose (too ambiguous without a grammar): `its` elsewhere, `ill`, `well`, `were`, `shed`,
 * `hell`, `wed`, `id`, `lets`, plurals that are words (`legions`, `Russians`, `Harpers`), plural possessives
 * (`workers'`), and acronyms (`NATOs`).
 *
 * @param context - The rule context; reads `text` and `blocks`.
 * @returns One insertion finding per restored apostrophe.
 * @example
 * ```ts
 * restoreApostrophe(ctx('Many dont want it. Kyiv said Kyivs forces...')); // "don't", "Kyiv's"
 * ```
 */
export function restoreApostrophe({ text, blocks }: RuleContext): Finding[] {
  const vocab = documentVocabulary(text);
  if (!vocab.english) return [];
  const mark = apostropheStyle(text);
  const docUnamb = countUnambiguous(text, 0, text.length);
  const docIntact = countIntact(text, 0, text.length);
  const docStripped = (docIntact === 0 && vocab.tokens >= MIN_WORDS_NO_APOSTROPHE) || (docUnamb >= 2 && docUnamb >= docIntact);
  const findings: Finding[] = [];
  for (const block of blocks) {
    const stripped = docStripped || blockStripped(text, block);
    findInBlock(text, block, stripped, mark, vocab, findings);
  }
  return findings;
}

function blockStripped(text: string, block: Block): boolean {
  const unamb = countUnambiguous(text, block.start, block.end);
  const intact = countIntact(text, block.start, block.end);
  return unamb >= 2 && unamb > intact;
}

function countUnambiguous(text: string, start: number, end: number): number {
  let n = 0;
  for (const m of text.slice(start, end).matchAll(TOKEN)) if (UNAMBIGUOUS_CONTRACTIONS[m[0].toLowerCase()] !== undefined) n++;
  return n;
}

function countIntact(text: string, start: number, end: number): number {
  return [...text.slice(start, end).matchAll(INTACT)].length;
}

/** The apostrophe the document already uses between letters; else `’` when it has curly quotes, `'` otherwise. */
export function apostropheStyle(text: string): string {
  let curly = 0;
  let straight = 0;
  for (const m of text.matchAll(INTACT)) {
    if (m[0][1] === '’') curly++;
    else straight++;
  }
  if (curly !== straight) return curly > straight ? '’' : "'";
  return /[“”]/.test(text) ? '’' : "'";
}

function findInBlock(text: string, block: Block, stripped: boolean, mark: string, vocab: DocumentVocabulary, out: Finding[]): void {
  const slice = text.slice(block.start, block.end);
  for (const m of slice.matchAll(TOKEN)) {
    const token = m[0];
    const at = block.start + m.index;
    const lower = token.toLowerCase();
    const next = nextWord(text, at + token.length);
    const insert = (offset: number, confidence: number, reason: string): void => {
      out.push({ start: at + offset, end: at + offset, replacement: mark, rule: RULE, confidence, reason });
    };
    const unamb = UNAMBIGUOUS_CONTRACTIONS[lower];
    if (unamb !== undefined && (token === lower || /^[A-Z][a-z]+$/.test(token) || token === token.toUpperCase())) {
      insert(unamb.indexOf("'"), stripped ? 0.95 : 0.8, `"${token}" is a contraction that lost its apostrophe`);
      continue;
    }
    if (!stripped) continue;
    const ambiguous = AMBIGUOUS_CONTRACTIONS[lower];
    if (ambiguous !== undefined) {
      const why = ambiguousEvidence(token, next);
      if (why) insert(ambiguous.indexOf("'"), 0.8, `"${token}" before "${next}": ${why} (apostrophes stripped here)`);
      continue;
    }
    const poss = possessiveEvidence(token, next, vocab);
    if (poss) insert(token.length - 1, poss.confidence, poss.reason);
  }
}

function ambiguousEvidence(token: string, next: string): string | null {
  const lower = token.toLowerCase();
  if (lower === 'its' && AFTER_ITS.has(next.toLowerCase())) return 'a possessive "its" cannot stand here';
  if ((lower === 'wont' || lower === 'cant') && AFTER_MODAL.has(next.toLowerCase())) return 'a base verb follows, so a negated modal';
  if (token === 'Im' && /^[a-z]/.test(next)) return '"Im" is not a word; "I\'m" is';
  if (token === 'Ive' && AFTER_IVE.has(next)) return 'a participle follows, so "I\'ve"';
  return null;
}

function possessiveEvidence(token: string, next: string, vocab: DocumentVocabulary): { confidence: number; reason: string } | null {
  if (token.length < 4 || !token.endsWith('s') || next === '') return null;
  const base = token.slice(0, -1);
  if (base.endsWith('s') || wordRank(token) !== undefined) return null;
  if (/^[A-Z][a-z]+$/.test(base)) {
    if ((vocab.counts.get(base) ?? 0) === 0) return null;
    return { confidence: 0.85, reason: `"${base}" stands alone in the document and "${token}" is not a word: a possessive that lost its apostrophe` };
  }
  if (/^[a-z]+$/.test(base)) {
    const r = wordRank(base);
    if (r === undefined || r >= COMMON_BASE_RANK || !/^[a-z]/.test(next)) return null;
    return { confidence: 0.75, reason: `"${base}" is a common word and "${token}" is not: a possessive that lost its apostrophe` };
  }
  return null;
}

/** The next word after `at` when only spaces stand between; '' at punctuation or a line end. */
function nextWord(text: string, at: number): string {
  let k = at;
  while (k < text.length && text[k] === ' ') k++;
  if (k === at) return '';
  const m = /^[\p{L}]+/u.exec(text.slice(k, k + 40));
  return m ? m[0] : '';
}

/** The `apostrophe` rule: apostrophes a scraper stripped, restored. */
export const apostropheRule: Rule = {
  id: RULE,
  phase: 'repair',
  description: 'Restores apostrophes stripped from contractions and possessives (`dont` -> `don\'t`, `Kyivs` -> `Kyiv\'s`).',
  find: restoreApostrophe,
};
