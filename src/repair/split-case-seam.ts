import {
  DAYS_AND_MONTHS, GIVEN_NAMES, INSTITUTION_HEADS, JOINABLE_FUNCTION_WORDS, KNOWN_FUSED_FORMS, MIXED_CASE_PREFIXES, MIXED_CASE_WORDS, NAME_PARTICLES, NAME_TITLES, SENTENCE_STARTERS,
  STRONG_SENTENCE_STARTERS,
} from '../data/repair-words.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { vocabularyAfterInsertions, vocabularyForms, type DocumentVocabulary } from './document-vocabulary.js';
import { FormProperty } from './word-form-table.js';
import { repairVocabulary } from './repair-vocabulary.js';
import { wordRank } from './english-lexicon.js';
import { untilStable } from './until-stable.js';
import { inUrl } from './in-url.js';
import { countApart } from './count-apart.js';
import { isWordInCorpus, type CorpusVocabulary } from './corpus-vocabulary.js';
import { letterAt, letterBefore } from '../model/characters.js';

const RULE = 'case-seam';
const MIXED = new Set(MIXED_CASE_WORDS);
const PARTICLES = new Set(NAME_PARTICLES);
const STARTERS = new Set(SENTENCE_STARTERS);
const STRONG_STARTERS = new Set(STRONG_SENTENCE_STARTERS);
const NAME_HEADS = new Set([...GIVEN_NAMES, ...NAME_TITLES]);
const FUNCTION = new Set(JOINABLE_FUNCTION_WORDS);
const FUSED = new Map(Object.entries(KNOWN_FUSED_FORMS));
const INSTITUTIONS = new Set(INSTITUTION_HEADS);
const DATES = new Set(DAYS_AND_MONTHS);

/** A lower-case letter right before a capital that a lower-case letter follows: where a seam may be. */
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const SEAM = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu;
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
  const base = context.text;
  let baseStarts: readonly number[] = [];
  return untilStable(base, (text, inserted) => {
    let vocab: DocumentVocabulary | null = null;
    const vocabulary = (): DocumentVocabulary => (vocab ??= inserted.length === 0
      ? repairVocabulary(context)
      : vocabularyAfterInsertions(repairVocabulary(context), base, inserted, text));
    // The cheap signal first: when no word form of the document has a case seam, the text is not scanned.
    // The first round finds its candidates among the forms that have a seam (the vocabulary counts this
    // very text); a later one keeps those the spaces left whole (a space makes no new seam).
    const corpus = context.options.vocabulary;
    if (inserted.length === 0) baseStarts = seamStarts(text, vocabulary());
    const starts = inserted.length === 0 ? baseStarts : startsAfterInsertions(text, baseStarts, inserted);
    const findings = findSeams(text, vocabulary, starts, corpus);
    const acronyms = inserted.length === 0 ? findAcronymSeams(text, vocabulary()) : [];
    return acronyms.length === 0 ? findings : [...findings, ...acronyms].sort((x, y) => x.start - y.start);
  });
}

/** {@link hasSeamShape} per interned form. */
const SEAM_SHAPE = new FormProperty(hasSeamShape);

/**
 * True when a form holds a lower-case letter, a capital and a lower-case letter in a row ({@link seamAt}
 * somewhere in it): the three are letters, so they stand in one run of letters, one form.
 */
function hasSeamShape(form: string): boolean {
  for (let at = 0; at < form.length; at += cpLength(form, at)) if (seamAt(form, at)) return true;
  return false;
}

/** Where a form in the acronym shape (a-z, then A-Z only, two letters or more before) leaves its lower-case run, or -1. */
function acronymCut(form: string): number {
  const c0 = form.charCodeAt(0);
  if (c0 < 97 || c0 > 122) return -1;
  const last = form.charCodeAt(form.length - 1);
  if (last < 65 || last > 90) return -1; // no capitals at the end: most forms end here, unscanned
  let k = 1;
  while (k < form.length && form.charCodeAt(k) >= 97 && form.charCodeAt(k) <= 122) k++;
  if (k < 2 || k === form.length || !/^[A-Z]+$/.test(form.slice(k))) return -1;
  return k;
}

/** {@link acronymCut} found a cut, per interned form. */
const ACRONYM_SHAPE = new FormProperty((form) => acronymCut(form) >= 0);

/**
 * `theNASA`, `saidU.S.`, `areONLY`: a closed-class word fused to an acronym or a word in capitals. Found
 * among the document's word forms (a lower-case run, then capitals only), so the text is searched only for
 * forms that have the shape. The left part must be a closed-class word of two letters or more: product
 * names in this shape start with one letter or a short stem (`iOS`, `eSIM`, `macOS`, `mRNA`, `kWh`).
 */
function findAcronymSeams(text: string, vocab: DocumentVocabulary): Finding[] {
  const findings: Finding[] = [];
  const { forms, counts, ids } = vocabularyForms(vocab);
  for (let f = 0; f < ids.length; f++) {
    if (!ACRONYM_SHAPE.of(ids[f]!)) continue;
    const form = forms[f]!;
    const count = counts[f]!;
    const k = acronymCut(form);
    const left = form.slice(0, k);
    if (!FUNCTION.has(left) && !endsInClosedClass(left, vocab)) continue; // `theNASA`, `aboutaNASA`
    let seen = 0;
    for (let at = text.indexOf(form); at >= 0; at = seen < count ? text.indexOf(form, at + form.length) : -1) {
      const end = at + form.length;
      if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
      seen++;
      if (/[\p{N}'’@/_.\-]/u.test(text[at - 1] ?? '') || inUrl(text, at, end)) continue;
      // One capital only when an abbreviation with full stops follows (`U.S.`), or the pronoun `I` (`butI did`,
      // `whyI’m`), never `theX`.
      if (end - at - k === 1 && !(text[end] === '.' && /[A-Z]/.test(text[end + 1] ?? '')) && !isPronounI(text, at + k)) continue;
      findings.push({
        start: at + k, end: at + k, replacement: ' ', rule: RULE, confidence: 0.8,
        reason: `"${left}" is a closed-class word fused to "${form.slice(k)}" in capitals`,
      });
    }
  }
  return findings;
}

/** True when a full stop and a letter follow the token ending at `end`: a domain label (`Woman'sDay.ru`). */
function isDomainLabel(text: string, end: number): boolean {
  return text[end] === '.' && /[a-z]/.test(text[end + 1] ?? '');
}

/** True when the pronoun `I` stands at `k`, then a space, a line end or a clitic (`I’m`, `I've`). */
function isPronounI(text: string, k: number): boolean {
  if (text[k] !== 'I') return false;
  const next = text[k + 1];
  return next === undefined || next === ' ' || next === '\n' || /[,;:]/.test(next)
    || (/['’]/.test(next) && /^(?:m|ve|ll|d)(?![\p{L}])/u.test(text.slice(k + 2, k + 5)));
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

/** Length of the longest closed-class word {@link mixedWordCut} looks for. */
const MAX_CLOSED = 7;

/**
 * Where {@link seamAt} holds in `text`, ascending: the seam starts inside each occurrence (as a
 * whole run of letters) of each form of `vocab` (the vocabulary of `text` itself) that has a seam. The
 * three letters of a seam stand in one run, one form, so no other place can hold one.
 */
function seamStarts(text: string, vocab: DocumentVocabulary): number[] {
  const starts: number[] = [];
  const { forms, counts, ids, firsts, text: counted } = vocabularyForms(vocab);
  for (let f = 0; f < ids.length; f++) {
    if (!SEAM_SHAPE.of(ids[f]!)) continue;
    const form = forms[f]!;
    const inside: number[] = [];
    for (let at = 0; at < form.length; at += cpLength(form, at)) if (seamAt(form, at)) inside.push(at);
    let seen = 0;
    // From where the vocabulary says it first stands (most stand once: the search ends where it starts).
    for (let at = text.indexOf(form, counted === text ? firsts![f]! : 0); at >= 0; at = seen < counts[f]! ? text.indexOf(form, at + 1) : -1) {
      if (letterBefore(text, at) > 0 || letterAt(text, at + form.length) > 0) continue;
      seen++;
      for (const k of inside) starts.push(at + k);
    }
  }
  return starts.sort((a, b) => a - b);
}

/**
 * {@link seamStarts} of `text`, the text whose seam starts are `starts` with a space inserted before each
 * offset of `inserted` (ascending, distinct): a space is no letter, so it makes no new seam, and each
 * seam it leaves whole has moved by the spaces before it. Each one moved is checked where it now stands.
 */
function startsAfterInsertions(text: string, starts: readonly number[], inserted: readonly number[]): number[] {
  const moved: number[] = [];
  let k = 0;
  for (const q of starts) {
    while (k < inserted.length && inserted[k]! <= q) k++;
    if (seamAt(text, q + k)) moved.push(q + k);
  }
  return moved;
}

/**
 * The seams of `text` (see {@link splitCaseSeam}). `starts`: where {@link seamAt} holds
 * ({@link seamStarts}, {@link startsAfterInsertions}). `corpus`: the caller's corpus vocabulary
 * (`options.vocabulary`): a form it keeps whole at a seam recurs there, as one seen in two lines does.
 */
function findSeams(text: string, vocabulary: () => DocumentVocabulary, starts: readonly number[], corpus: CorpusVocabulary | undefined): Finding[] {
  const findings: Finding[] = [];
  let vocab: DocumentVocabulary | null = null;
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
    const recursInText = seen >= 2 && seenInTwoLines(text, bare);
    for (const s of bare.matchAll(SEAM)) {
      const cut = s.index;
      const recurs = recursInText || isWordInCorpus(corpus, bare, [cut]);
      const left = leftPart(bare, cut);
      const right = rightPart(bare, cut);
      const judged = judge(bare, cut, left, right, vocab);
      // The text is searched for the pair written apart only when nothing else decides.
      const needApart = !judged || (recurs && !STRONG_STARTERS.has(right) && !isCommonLowerLeft(bare, cut));
      const apart = needApart ? writtenApart(text, m.index, bare, cut, right, seen, vocab) : null;
      const why = judged ?? apart;
      if (!why || insideKnownMixed(bare, cut)) continue; // `bySoftBank`: split at `by|`, never at `Soft|Bank`
      // A form seen twice is a word, unless what follows the seam can only start a sentence (a credit
      // fused to the next paragraph the same way twice: `LegionThe`), or the document writes it apart more often.
      if (recurs && !STRONG_STARTERS.has(right) && !isCommonLowerLeft(bare, cut) && !apart) continue;
      findings.push({
        start: m.index + cut, end: m.index + cut, replacement: ' ', rule: RULE, confidence: why.confidence,
        reason: `"${left}" and "${right}" fused at a case change: ${why.reason}`,
      });
    }
  }
  return findings;
}

/** Case class of each BMP code unit, filled on first sight: bit 1 known, 2 lower-case (`Ll`), 4 upper-case (`Lu`). */
let caseClass: Uint8Array | null = null;

/** 2 when the code point is `\p{Ll}`, 4 when `\p{Lu}`, 0 otherwise. */
function caseOf(cp: number): number {
  if (cp < 128) return cp >= 97 && cp <= 122 ? 2 : cp >= 65 && cp <= 90 ? 4 : 0;
  if (cp > 0xffff) {
    const ch = String.fromCodePoint(cp);
    return LOWER.test(ch) ? 2 : UPPER.test(ch) ? 4 : 0;
  }
  caseClass ??= new Uint8Array(0x10000);
  let c = caseClass[cp]!;
  if (c === 0) {
    const ch = String.fromCharCode(cp);
    c = 1 | (LOWER.test(ch) ? 2 : UPPER.test(ch) ? 4 : 0);
    caseClass[cp] = c;
  }
  return c & 6;
}

/** Length in code units of the code point at `i` (2 for a surrogate pair). */
function cpLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/**
 * True when a lower-case letter, a capital and a lower-case letter stand in a row from the code point at `i`
 * (what `/\p{Ll}\p{Lu}\p{Ll}/u` matches there): a seam's start. Read with a cached case class.
 */
function seamAt(text: string, i: number): boolean {
  const n = text.length;
  const len = cpLength(text, i);
  if (caseOf(len === 2 ? text.codePointAt(i)! : text.charCodeAt(i)) !== 2) return false;
  const j = i + len;
  if (j >= n) return false;
  const lenJ = cpLength(text, j);
  if (caseOf(lenJ === 2 ? text.codePointAt(j)! : text.charCodeAt(j)) !== 4) return false;
  const k = j + lenJ;
  return k < n && caseOf(text.codePointAt(k)!) === 2;
}

/** The token (letters with inner apostrophes) around `at`, shaped like a match. */
function tokenAt(text: string, at: number): { index: number; 0: string } {
  let s = at;
  while (s > 0 && (LETTER.test(text[s - 1]!) || (/['’]/.test(text[s - 1]!) && s > 1 && LETTER.test(text[s - 2]!)))) s--;
  let e = at + 1;
  while (e < text.length && (LETTER.test(text[e]!) || (/['’]/.test(text[e]!) && LETTER.test(text[e + 1] ?? '')))) e++;
  return { index: s, 0: text.slice(s, e) };
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
 * `Hospitalin|Aberdeen`, `Reedon|Saturday`, `concludedthat|Epstein`, `onthe|Coupe`: the part before the
 * seam is no word and stands nowhere alone, but reads as a word (a lexicon word ranked < 20,000 of three
 * letters or more, or one the document uses alone) and a closed-class word run together, or is a listed
 * fusion (`onthe`): two lost spaces in a row. The seam is split here; `word-join` splits the rest in its next round.
 */
function endsInClosedClass(part: string, vocab: DocumentVocabulary): { reason: string; confidence: number } | null {
  const lower = part.toLowerCase();
  if (FUSED.has(lower)) return { reason: 'a well-known fusion before it', confidence: 0.8 };
  for (let at = lower.length - 1; at >= 3 && at >= lower.length - MAX_CLOSED; at--) {
    const tail = lower.slice(at);
    if (!FUNCTION.has(tail) || (tail.length < 2 && tail !== 'a')) continue;
    const head = part.slice(0, at);
    const r = wordRank(head);
    if ((r !== undefined && r < CLOSED_HEAD_RANK) || (vocab.counts.get(head) ?? 0) > 0) {
      return { reason: `"${head}" and "${tail}" run together before it`, confidence: 0.75 };
    }
  }
  return null;
}

/** The word before a closed-class word in {@link endsInClosedClass} must rank above this (or stand alone). */
const CLOSED_HEAD_RANK = 20_000;

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
