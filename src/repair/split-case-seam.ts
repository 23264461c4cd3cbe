import {
  DAYS_AND_MONTHS, GIVEN_NAMES, INSTITUTION_HEADS, MIXED_CASE_PREFIXES, MIXED_CASE_WORDS, NAME_PARTICLES, NAME_TITLES, SENTENCE_STARTERS,
  STRONG_SENTENCE_STARTERS,
} from '../data/repair-words.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import type { DocumentVocabulary } from './vocabulary/document-vocabulary.js';
import { repairVocabulary } from './vocabulary/repair-vocabulary.js';
import { wordRank } from './vocabulary/english-lexicon.js';
import { inUrl } from './in-url.js';
import { countApart } from './count-apart.js';
import { isWordInCorpus, type CorpusVocabulary } from './vocabulary/corpus-vocabulary.js';
import { FUNCTION } from './word-join/join-words.js';
import { seamCuts, seamStarts } from './case-seam/seam-starts.js';
import { findAcronymSeams } from './case-seam/find-acronym-seams.js';
import { MAX_CLOSED, endsInClosedClass } from './case-seam/ends-in-closed-class.js';

// The rule: where a case seam can stand comes from `seam-starts`, each seam is judged below, and the seams
// of a closed-class word before capitals are added (`find-acronym-seams`).

const RULE = 'case-seam';
const MIXED = new Set(MIXED_CASE_WORDS);
const PARTICLES = new Set(NAME_PARTICLES);
const STARTERS = new Set(SENTENCE_STARTERS);
const STRONG_STARTERS = new Set(STRONG_SENTENCE_STARTERS);
const NAME_HEADS = new Set([...GIVEN_NAMES, ...NAME_TITLES]);
const INSTITUTIONS = new Set(INSTITUTION_HEADS);
const DATES = new Set(DAYS_AND_MONTHS);

const LETTER = /[\p{L}\p{M}]/u;

/**
 * Finds words fused at a case change (`LegionIn what`, `articleLarry's`, `CanadaFreedom`) and reports a
 * space to insert at the seam.
 *
 * A seam `left|Right` (a lower-case letter, then a capital followed by a lower-case letter) is split when:
 * - the left part is lower-case (`articleLarry`): always, unless it is a single letter (`iPhone`, `eBay`) or
 *   a name particle (`deGrasse`, `vanHollen`);
 * - the left part is capitalised (`LegionIn`): when the right part starts sentences (`In`, `The`, `But`, ...),
 *   when both parts stand alone elsewhere in the document (`Canada` and `Freedom`), or when the left part is
 *   a given name or a title that is all of the token before the seam (`JohnSmith`, `SenatorDino`);
 * - a closed-class word of two letters or more runs into capitals (`theNASA`, `saidU.S.`, `areONLY`) or the
 *   pronoun `I` (`butI did`);
 * - the page writes the two parts apart more often than fused (`MacBook Pro` ... `MacBookPro`); a possessive
 *   runs into a capital (`NASA's|Cassini`); the part before the seam is a word and a closed-class word
 *   (`Hospitalin|Aberdeen`); the right part ends institution names (`Syracuse|University`); a closed-class
 *   word before a day or month (`On|Monday`);
 * - a known mixed-case word beside a closed-class word (`the|iPhone`, `iPhone|did`), although no case seam.
 *
 * Never split: known mixed-case words (`YouTube`, `LinkedIn`, `TikTok`, `PoW`, `DeSantis`, ...), names after
 * `Mc`/`Mac`/`De`/`La`/... (`McDonald`), a right part in capitals (`OpenAI`, `PoW`), and any form that
 * recurs intact in two different lines of the document, or that the corpus vouches for (`options.vocabulary`,
 * `isWordInCorpus`; a form seen twice is a word, not an accident). Tokens inside URLs and
 * e-mail addresses are left alone.
 *
 * @param context - The rule context; reads `text` and `options.vocabulary`.
 * @returns One insertion finding per seam.
 * @example
 * ```ts
 * splitCaseSeam(ctx('the Freedom of Russia LegionIn what it described')); // 'Legion In'
 * ```
 */
export function splitCaseSeam(context: RuleContext): Finding[] {
  // One look. A split that exposes or attests another (`LegionInLegionIn`, `AndLegion` once `And` stands
  // alone) is found when the runner runs the repair rules again, as it does after any pass that changed the
  // text.
  const text = context.text;
  const vocabulary = (): DocumentVocabulary => repairVocabulary(context);
  // The cheap signal first: when no word form of the document has a case seam, the text is not scanned.
  const findings = findSeams(text, vocabulary, seamStarts(text, vocabulary()), context.options.vocabulary);
  const acronyms = findAcronymSeams(text, vocabulary(), RULE);
  return acronyms.length === 0 ? findings : [...findings, ...acronyms].sort((x, y) => x.start - y.start);
}

/** True when a full stop and a letter follow the token ending at `end`: a domain label (`Woman'sDay.ru`). */
function isDomainLabel(text: string, end: number): boolean {
  return text[end] === '.' && /[a-z]/.test(text[end + 1] ?? '');
}

/**
 * Where a form splits into a closed-class word of two letters or more and a known mixed-case word, in
 * either order (`the|iPhone`, `iPhone|did`), or -1. Such a form has a case seam inside the known word, so
 * {@link findSeams} meets it.
 */
function mixedWordCut(form: string): number {
  const len = form.length;
  for (let n = 2; n <= MAX_CLOSED && n <= len - 3; n++) {
    // Two char codes first: most tokens have no known word's first or last two letters where one would be.
    if (MIXED_HEADS.has(pairCode(form, n)) && FUNCTION.has(form.slice(0, n)) && MIXED.has(form.slice(n))) return n; // the|iPhone
    if (MIXED_TAILS.has(pairCode(form, len - n - 2)) && FUNCTION.has(form.slice(-n)) && MIXED.has(form.slice(0, -n))) return len - n; // iPhone|did
  }
  return -1;
}

/** The two char codes at `i` as one number. */
function pairCode(s: string, i: number): number {
  return s.charCodeAt(i) * 65_536 + s.charCodeAt(i + 1);
}

/** {@link pairCode} of the first and of the last two letters of each known mixed-case word. */
const MIXED_HEADS = new Set(MIXED_CASE_WORDS.map((w) => pairCode(w, 0)));
const MIXED_TAILS = new Set(MIXED_CASE_WORDS.map((w) => pairCode(w, w.length - 2)));
/** {@link pairCode} of every two code units side by side in a known mixed-case word. */
const MIXED_PAIRS = new Set(MIXED_CASE_WORDS.flatMap((w) => Array.from(w.slice(1), (_, i) => pairCode(w, i))));

/**
 * The seams of `text` (see {@link splitCaseSeam}). `starts`: where a seam can stand
 * ({@link seamStarts}). `corpus`: the caller's corpus vocabulary
 * (`options.vocabulary`): a form it keeps whole at a seam recurs there, as one seen in two lines does.
 */
function findSeams(text: string, vocabulary: () => DocumentVocabulary, starts: readonly number[], corpus: CorpusVocabulary | undefined): Finding[] {
  const findings: Finding[] = [];
  let vocab: DocumentVocabulary | null = null;
  const twoLines = new Map<string, boolean>(); // seenInTwoLines per form
  let done = -1; // end of the last token examined
  let next = 0; // into `starts`
  // The first candidate at or after `from`.
  const candidate = (from: number): number => {
    while (next < starts.length && starts[next]! < from) next++;
    return next < starts.length ? starts[next]! : -1;
  };
  for (let at = candidate(0); at >= 0; at = candidate(done)) {
    const m = tokenAt(text, at);
    done = m.index + m[0].length;
    const token = m[0];
    const bare = token.replace(/['’]s$/u, '');
    if (MIXED.has(bare) || MIXED.has(token)) continue;
    if (inUrl(text, m.index, m.index + token.length) || isDomainLabel(text, m.index + token.length)) continue;
    const mixed = mixedWordCut(bare);
    if (mixed >= 0) { // `theiPhone`, `iPhonedid`: the cut is no case seam, and the seam inside the known word stays
      if (!/[\p{N}@/_.#\-]/u.test(text[m.index - 1] ?? '')) {
        findings.push({ start: m.index + mixed, end: m.index + mixed, replacement: ' ', rule: RULE, confidence: 0.8, reason: 'a known mixed-case word and a closed-class word fused' });
      }
      continue;
    }
    vocab ??= vocabulary();
    const seen = vocab.counts.get(bare) ?? 0;
    // Once per form: most forms that recur do so at every candidate they stand at.
    let recursInText = seen >= 2 && twoLines.get(bare);
    if (recursInText === undefined) twoLines.set(bare, recursInText = seenInTwoLines(text, bare));
    for (const cut of seamCuts(bare)) {
      const recurs = recursInText || isWordInCorpus(corpus, bare, [cut]);
      const left = leftPart(bare, cut);
      const right = rightPart(bare, cut);
      const judged = judge(bare, cut, left, right, vocab);
      // A form seen twice is a word, unless what follows the seam can only start a sentence (a credit
      // fused to the next paragraph the same way twice: `LegionThe`), or the document writes it apart more often.
      const word = recurs && !STRONG_STARTERS.has(right) && !isCommonLowerLeft(bare, cut);
      // The text is searched for the pair written apart only when nothing else decides.
      const apart = !judged || word ? writtenApart(text, m.index, bare, cut, right, seen, vocab) : null;
      const why = judged ?? apart;
      if (!why || insideKnownMixed(bare, cut)) continue; // `bySoftBank`: split at `by|`, never at `Soft|Bank`
      if (word && !apart) continue;
      findings.push({
        start: m.index + cut, end: m.index + cut, replacement: ' ', rule: RULE, confidence: why.confidence,
        reason: `"${left}" and "${right}" fused at a case change: ${why.reason}`,
      });
    }
  }
  return findings;
}

/** The token (letters with inner apostrophes) around `at`, shaped like a match. */
function tokenAt(text: string, at: number): { index: number; 0: string } {
  let s = at;
  while (s > 0 && (isLetter(text[s - 1]!) || (/['’]/.test(text[s - 1]!) && s > 1 && isLetter(text[s - 2]!)))) s--;
  let e = at + 1;
  while (e < text.length && (isLetter(text[e]!) || (/['’]/.test(text[e]!) && isLetter(text[e + 1] ?? '')))) e++;
  return { index: s, 0: text.slice(s, e) };
}

/** {@link LETTER} by char code for ASCII (most of a token), by the regular expression past it. */
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0) | 32;
  return ch < '\x80' ? c >= 97 && c <= 122 : LETTER.test(ch);
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
    if (wordRank(whole) === undefined && (vocab.counts.get(whole) ?? 0) === 0) return endsInClosedClass(whole, vocab);
    return { reason: 'a lower-case word runs into a capitalised one', confidence: 0.85 };
  }
  if (isPossessive(whole)) return { reason: 'a possessive before a capital', confidence: 0.8 };
  if (left.length < 2) return null;
  if (STARTERS.has(right)) return { reason: `"${right}" starts a new sentence or clause`, confidence: 0.85 };
  // `JohnSmith`, `SenatorDino`: a given name or a title, then a name (the left part is the whole token
  // before the seam, so `McDonald` in `MichaelMcDonald` stays whole).
  if (left === whole && NAME_HEADS.has(left) && right.length >= 3) return { reason: `"${left}" is a given name or title and a name follows`, confidence: 0.8 };
  if (left === whole && DATES.has(right) && FUNCTION.has(left.toLowerCase())) return { reason: 'a closed-class word before a day or month', confidence: 0.8 };
  const leftAlone = (vocab.counts.get(left) ?? 0) > 0;
  if (INSTITUTIONS.has(right) && left.length >= 3 && (leftAlone || wordRank(left) !== undefined)) {
    return { reason: 'an institution\'s name', confidence: 0.75 };
  }
  const rightAlone = (vocab.counts.get(right) ?? 0) > 0;
  if (leftAlone && rightAlone) return { reason: 'both parts stand alone elsewhere in the document', confidence: 0.75 };
  return /^\p{Lu}[a-z]+$/u.test(left) && !leftAlone && wordRank(left) === undefined ? endsInClosedClass(left, vocab) : null;
}

/** A possessive before the seam: `NASA's|Cassini`, `Trump’s|Ukraine` (a letter, an apostrophe, `s`; tokens hold letters and inner apostrophes only). */
function isPossessive(whole: string): boolean {
  const n = whole.length;
  return n >= 3 && whole.charCodeAt(n - 1) === 115 && (whole[n - 2] === "'" || whole[n - 2] === '’');
}

/**
 * `MacBookPro` on a page that writes `MacBook Pro`, `inchMacBook` beside `16-inch MacBook`, `FixContainers` beside `Fix Containers`: the token up to
 * the seam and the word after it stand apart elsewhere in the document more often than fused (`seen`: how
 * often the fused form stands). A brand is written one way on a page; a lost space leaves the page's usual
 * spelling beside the fused one. Not after `#` or `@` (a hashtag or handle is fused on purpose).
 */
function writtenApart(text: string, start: number, word: string, cut: number, right: string, seen: number, vocab: DocumentVocabulary): { reason: string; confidence: number } | null {
  if (right.length < 2 || /[#@]/.test(text[start - 1] ?? '') || !vocab.counts.has(word.slice(0, cut))) return null;
  // The word after the seam as far as the next seam (`MacBook|Pro`), or the rest of the token (`inch|MacBook`).
  for (const after of right.length === word.length - cut ? [right] : [right, word.slice(cut)]) {
    if (!vocab.counts.has(after)) continue; // both words must stand alone somewhere: a cheap test before the search
    const pair = `${word.slice(0, cut)} ${after}`;
    if (countApart(text, pair, seen + 1) > seen) return { reason: `the document writes "${pair}" apart`, confidence: 0.75 };
  }
  return null;
}

/**
 * True when the form occurs twice in one line or in two lines that differ: a line printed twice (a
 * navigation link, a repeated headline) is one witness, not two, and removing one copy must not change
 * the verdict on the other.
 */
function seenInTwoLines(text: string, form: string): boolean {
  let firstStart = -1;
  let firstLine = '';
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
    const s = text.lastIndexOf('\n', at) + 1;
    if (firstStart < 0) {
      const e = text.indexOf('\n', at);
      firstStart = s;
      firstLine = text.slice(s, e < 0 ? text.length : e).trim();
      continue;
    }
    if (s === firstStart) return true; // twice in one line
    const e = text.indexOf('\n', at);
    if (text.slice(s, e < 0 ? text.length : e).trim() !== firstLine) return true;
  }
  return false;
}

/** True when a known mixed-case word inside the token spans the seam. */
function insideKnownMixed(word: string, cut: number): boolean {
  // A word that spans the seam holds the two code units around it side by side: most seams stand in none.
  if (!MIXED_PAIRS.has(pairCode(word, cut - 1))) return false;
  for (const w of MIXED_CASE_WORDS) {
    const at = word.indexOf(w);
    if (at >= 0 && at < cut && at + w.length > cut) return true;
  }
  return false;
}

/** True when the seam follows a common lower-case word (`theUnited`): no real word starts that way, however often seen. */
function isCommonLowerLeft(word: string, cut: number): boolean {
  const left = word.slice(0, cut);
  if (!/^\p{Ll}+$/u.test(left)) return false;
  const r = wordRank(left);
  return r !== undefined && r < 1_000;
}


/** The `case-seam` rule: a space where two words were fused at a case change. */
export const caseSeamRule: Rule = {
  examples: ['The report was published by the Freedom of Russia LegionIn a statement on Monday, the group said it would fight on. Its YouTube channel and LinkedIn page were unchanged.'],
  id: RULE,
  phase: 'repair',
  description: 'Inserts the space lost between two words fused at a case change (`LegionIn` -> `Legion In`).',
  find: splitCaseSeam,
};
