import { AMBIGUOUS_CONTRACTIONS, UNAMBIGUOUS_CONTRACTIONS } from '../data/contractions.js';
import {
  COMPOUND_HEADS, DAYS_AND_MONTHS, INSTITUTION_HEADS, COMPOUND_PREFIXES, INFLECTED_LEFT_ENDINGS, JOINABLE_FUNCTION_WORDS, KNOWN_FUSED_FORMS, LEXICON_NOISE,
  OPENER_TAILS, PARTICLE_HEADS, SENTENCE_STARTERS, SHORT_WORDS,
} from '../data/repair-words.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { foldedCount, vocabularyAfterInsertions, vocabularyForms, type DocumentVocabulary } from './document-vocabulary.js';
import { FormProperty, isAsciiLetter, ownString } from './word-form-table.js';
import { repairVocabulary } from './repair-vocabulary.js';
import { englishLexicon, isLowerAscii, lexiconSize, wordRank } from './english-lexicon.js';
import { isKnownWordForm, mayBeInflected } from './is-known-word.js';
import { mayBeFoldedForm, partSieve, type PartSieve } from './part-sieve.js';
import { untilStable } from './until-stable.js';
import { inUrl } from './in-url.js';
import { countApart } from './count-apart.js';
import { isWordInCorpus, type CorpusVocabulary } from './corpus-vocabulary.js';

const RULE = 'word-join';
const SHORT = new Set(SHORT_WORDS);
const FUNCTION = new Set(JOINABLE_FUNCTION_WORDS);
const STARTERS = new Set([...SENTENCE_STARTERS.map((w) => w.toLowerCase()), 'i']);
const PREFIXES = new Set(COMPOUND_PREFIXES);
const HEADS = new Set(COMPOUND_HEADS);
const NOISE = new Set(LEXICON_NOISE);
const PARTICLES = new Set(PARTICLE_HEADS);
/** Capitalised words that head a noun phrase (`Sunday|night`, `Court|decision`): days, months, institutions. */
const PHRASE_HEADS = new Set([...DAYS_AND_MONTHS, ...INSTITUTION_HEADS]);
// Maps, not objects: a token such as `constructor` must not find `Object.prototype` members.
const FUSED = new Map(Object.entries(KNOWN_FUSED_FORMS));
const CONTRACTIONS = new Set([...Object.keys(UNAMBIGUOUS_CONTRACTIONS), ...Object.keys(AMBIGUOUS_CONTRACTIONS)]);
const INFLECTED = INFLECTED_LEFT_ENDINGS;
/**
 * Stripped contractions of four letters or more that are no English word (`doesnt`, `theyre`, `thats`,
 * `whos`): closed-class words (an auxiliary with `not`, a pronoun with a verb), so a part of a fusion like
 * any function word (`doesnt|mention`, `anyone|whos`); the apostrophe rule restores them afterwards.
 */
const STRIPPED = new Set(Object.keys(UNAMBIGUOUS_CONTRACTIONS).filter((w) => w.length >= 4));
/** The cost rank of a stripped contraction the lexicon does not list: a frequent word. */
const STRIPPED_RANK = 1_000;

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
/** A fused form that recurs is still split when both of its two parts rank above this (and one is a function word). */
const RECURRING_FUSION_RANK = 10_000;
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
 * document (or, a lower-case one, when the corpus vouches for it: `options.vocabulary`, `isWordInCorpus`), or when it is a stripped contraction (`werent` is the apostrophe rule's). Splits are costed like
 * a unigram segmenter (cost = ln(rank · ln N): Zipf-rank costs as popularised by wordninja, Derek Anderson,
 * after Peter Norvig's segmenter in *Beautiful Data*), over two or three parts, with guards a plain segmenter
 * lacks:
 * - a part is a lexicon word (one- and two-letter parts only from a short list; markup debris such as `com`
 *   never) or a word that stands alone in the document;
 * - two content words fuse only when both are common (rank < 20,000) and the left one is inflected
 *   (`claimed|last`) or one of them is very common; a compound prefix or head (`counter|offensive`,
 *   `battle|field`) blocks a split unless the other part is a function word;
 * - the document's own usage lifts the pair guards: the two words written apart elsewhere (`first time` ...
 *   `firsttime`), or two common words that each stand alone there; a form seen twice is a word unless it
 *   reads as a function word beside a very common word (`may|be`, `can|help`);
 * - up to four parts (`on|the|way|to`); a content word in the middle only before a function word;
 * - the compound parts of a hyphenated word, words with apostrophes, URLs and e-mail addresses are never
 *   split; a lower-case segment of a hyphenated word that is itself no word may be (`all-new|electric`), and
 *   a word after a possessive or contraction (`it’s|also`, `don't|break`);
 * - a capitalised token (a proper noun: `Gazprombank`) is split only after a sentence-starting function
 *   word at a sentence start (`The|president`, `Some|consumers`), for the pronouns (`I|was`, `It|is`),
 *   before a closed-class word when the capitalised part stands alone elsewhere or is a common word
 *   (`Russia|said`, `Monday|in`), or when a part that stands alone elsewhere is followed by a past-tense
 *   verb, a word that also stands alone, or a fusion that starts with a closed-class word
 *   (`Figgins|declined`, `Nissan|hastaken`); a token the lexicon lists (`Samsung`, `Rankin`) never;
 * - more readings, each for one kind of damage: a pair the page writes apart twice or more often than fused
 *   (`jelly|jars`); a stripped contraction as a closed-class part (`doesnt|mention`); two content words of
 *   twelve letters or more together (`remote|markets`); the article before a rarer noun (`a|paycheck`); at a
 *   sentence start a common word and a determiner or preposition (`Let|the`); an acronym before a
 *   closed-class word (`CNN|that`); a headline in capitals (`THE|BILLIONAIRES`); a name the page writes alone
 *   twice before a word that stands alone too (`Stadia|titles`); a capitalised modifier before a common word
 *   (`Mexican|immigration`, `Sunday|night`).
 *
 * @param context - The rule context; reads `text` and `options.vocabulary`.
 * @returns One insertion finding per boundary.
 * @example
 * ```ts
 * splitWordJoin(ctx('it was formedin March')); // 'formed in'
 * ```
 */
export function splitWordJoin(context: RuleContext): Finding[] {
  const base = context.text;
  const baseVocab = repairVocabulary(context);
  const corpus = context.options.vocabulary;
  return untilStable(base, (text, inserted) => {
    if (inserted.length === 0) return findJoins(text, joinEvidence(baseVocab, corpus));
    return findJoinsBeside(text, inserted, () => joinEvidence(vocabularyAfterInsertions(baseVocab, base, inserted, text), corpus));
  });
}

/**
 * What one round of a {@link splitWordJoin} call judges its tokens against, passed down to every reading:
 * the vocabulary of the round's text, the corpus vocabulary of the call's options, and the verdicts on
 * lower-case forms made so far in the round. No verdict that hangs on the document or the corpus is kept
 * anywhere else, so none outlives the round: the memos kept process-wide hang on the form alone, and the
 * folded forms and sieve bits kept per vocabulary are facts of that vocabulary, not verdicts.
 */
interface JoinEvidence {
  /** The document's word forms (of the text as this round sees it). */
  readonly vocab: DocumentVocabulary;
  /** `options.vocabulary`: a lower-case form the corpus keeps whole recurs, as one the document writes twice does. */
  readonly corpus: CorpusVocabulary | undefined;
  /** Verdicts of {@link splitLower}, without the text and with it (the document's usage may lift a guard). */
  readonly verdicts: readonly [Map<string, Split | null>, Map<string, Split | null>];
}

function joinEvidence(vocab: DocumentVocabulary, corpus: CorpusVocabulary | undefined): JoinEvidence {
  return { vocab, corpus, verdicts: [new Map(), new Map()] };
}

function findJoins(text: string, ev: JoinEvidence): Finding[] {
  const vocab = ev.vocab;
  if (!vocab.english) return [];
  const findings: Finding[] = [];
  // The document's distinct word forms are judged once each (most are words and end here: what hangs on
  // the form alone is read by its intern-table id, judged once per process); only the few that may be
  // fusions are then looked for in the text. Far cheaper than a lexicon probe per token.
  const { forms, counts, ids } = vocabularyForms(vocab);
  for (let f = 0; f < ids.length; f++) {
    if (!CANDIDATE.of(ids[f]!)) continue;
    const form = forms[f]!;
    const count = counts[f]!;
    // What mayBeFusion adds to the form's own verdict: a capitalised form that recurs is a word.
    if ((form.charCodeAt(0) <= 90 && count >= 2) || !mayEverSplit(form, ev, text)) continue;
    // Each of the form's `count` occurrences as a whole run of letters, from the first one on.
    let seen = 0;
    for (let at = text.indexOf(form); at >= 0 && seen < count; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (isLetterAt(text, at - 1) || isLetterAt(text, end)) continue;
      seen++;
      if (!inUrl(text, at, end)) examine(text, at, end, ev, findings);
    }
  }
  return findings.sort((x, y) => x.start - y.start);
}

/**
 * A later round of {@link untilStable}: only the runs of letters right beside a space inserted by the
 * rounds before can be new (`dontclaimedlast` -> `dont claimedlast`), so only those are looked at.
 * `inserted` holds offsets in the text before the round's spaces; the k-th space stands at `inserted[k] + k`.
 */
function findJoinsBeside(text: string, inserted: readonly number[], evidence: () => JoinEvidence): Finding[] {
  const findings: Finding[] = [];
  // The vocabulary of the spaced text is derived only when a run beside a space may be a fusion at all.
  let ev: JoinEvidence | null = null;
  const starts = new Set<number>();
  for (let k = 0; k < inserted.length; k++) {
    const space = inserted[k]! + k;
    let s = space;
    while (s > 0 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
    starts.add(s);
    starts.add(space + 1);
  }
  for (const s of [...starts].sort((a, b) => a - b)) {
    if (!isAsciiLetter(text.charCodeAt(s)) || isLetterAt(text, s - 1)) continue;
    let e = s;
    while (isAsciiLetter(text.charCodeAt(e))) e++;
    if (isLetterAt(text, e)) continue;
    const form = text.slice(s, e);
    if (!mayBeFusionInAnyText(form)) continue;
    ev ??= evidence();
    if (!ev.vocab.english) return [];
    if (mayBeFusion(form, ev.vocab.counts.get(form) ?? 0) && !inUrl(text, s, e)) examine(text, s, e, ev, findings);
  }
  return findings;
}

/** True when a letter (any script) stands at `k`. */
function isLetterAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c !== c) return false; // NaN: off either end
  return isAsciiLetter(c) || (c >= 128 && /\p{L}/u.test(text[k]!));
}

/**
 * A cheap test on a word form, true when {@link examine} may split it: ASCII letters only, of a length
 * that can hold two words, and not a listed word (or a capitalised form that recurs: `count` is how often
 * the form stands in the document, read by the caller from the vocabulary it holds).
 */
function mayBeFusion(form: string, count: number): boolean {
  const n = form.length;
  if (n < MIN_RUN || n > MAX_TOKEN) return false;
  const first = form.charCodeAt(0);
  // The one judgement that hangs on the document: a capitalised form that recurs is a word.
  if (first >= 65 && first <= 90 && count >= 2) return false;
  return mayBeFusionInAnyText(form);
}

/** {@link mayBeFusion} without its one judgement that hangs on the document (false: in no text a candidate). */
function mayBeFusionInAnyText(form: string): boolean {
  const n = form.length;
  if (n < MIN_RUN || n > MAX_TOKEN) return false;
  let v = candidateMemo.get(form);
  if (v === undefined) {
    v = mayBeFusionForm(form);
    if (candidateMemo.size >= CANDIDATE_MEMO_LIMIT) candidateMemo.clear();
    candidateMemo.set(ownString(form), v);
  }
  return v;
}

/**
 * {@link mayBeFusionInAnyText} of each interned form, except that a lower-case form {@link neverSplitsLower}
 * rules out is no candidate either.
 */
const CANDIDATE = new FormProperty((form) => mayBeFusionInAnyText(form) && !neverSplitsLower(form));

/**
 * True for a lower-case candidate form that {@link mayEverSplit} refuses in every document: no clitic
 * reading, and {@link judgeLower} says no before it asks the document (not a-z only, a contraction, a
 * known word form, or no last part any document could admit). Depends on the form alone. Keep in step
 * with judgeLower: a form it may split must never be refused here.
 */
function neverSplitsLower(form: string): boolean {
  const first = form.charCodeAt(0);
  if (first < 97 || first > 122 || form.length === 3) return false;
  if (CLITICS.some((c) => form.startsWith(c) && isCliticRest(form.slice(c.length)))) return false;
  const whole = englishLexicon().get(form);
  if (whole !== undefined && whole < WORD_RANK && !FUSED.has(form)) return true;
  if (!/^[a-z]+$/.test(form)) return true;
  if (FUSED.has(form)) return false;
  if (CONTRACTIONS.has(form) || isKnownWordForm(form)) return true;
  const last = lastParts(form);
  return last !== true && last.length === 0;
}

/**
 * {@link mayBeFusion} without the document: per form, kept process-wide (bounded). Word forms repeat
 * heavily from document to document (most of a page's forms were judged on an earlier page), and this
 * small map answers faster than the 60,000-word lexicon it stands in front of.
 */
const candidateMemo = new Map<string, boolean>();
const CANDIDATE_MEMO_LIMIT = 50_000;

function mayBeFusionForm(form: string): boolean {
  const n = form.length;
  const first = form.charCodeAt(0);
  if (n === 3 && first !== 73) return SHORT_FUSION.test(form);
  if (first >= 97 && first <= 122) {
    const r = englishLexicon().get(form);
    if (r !== undefined && r < WORD_RANK && !FUSED.has(form)) return false;
  } else if (!(first >= 65 && first <= 90)) {
    return false;
  }
  for (let i = 1; i < n; i++) if (!isAsciiLetter(form.charCodeAt(i))) return false;
  if (first >= 97) return true;
  const r = wordRank(form);
  return r === undefined || r >= CAPITALISED_WORD_RANK;
}

/**
 * Whether some occurrence of a candidate form can be split: the judgements that do not depend on where
 * the form stands, made once per form so that the text is searched only for forms that will split.
 */
function mayEverSplit(form: string, ev: JoinEvidence, text: string): boolean {
  if (form.length === 3) return true;
  if (form.charCodeAt(0) >= 97) return splitLower(form, ev, text) !== null || CLITICS.some((c) => form.startsWith(c) && isCliticRest(form.slice(c.length)));
  // At a sentence start every reading open elsewhere is open too, and more: one call answers for both.
  return splitCapitalised(form, ev, true) !== null || splitCapitals(form, ev) !== null;
}

/** Judges one occurrence of a candidate form at `[start, end)` and adds its findings. */
function examine(text: string, start: number, end: number, ev: JoinEvidence, findings: Finding[]): void {
  const token = text.slice(start, end);
  const clitic = cliticJoin(text, start, token);
  if (clitic) {
    findings.push(clitic);
    return;
  }
  if (!isFreeToken(text, start, end) && !isHyphenSegment(text, start, end)) return;
  if (token.length === 3 && token.charCodeAt(0) !== 73) { // `Iam` goes on to the pronoun check
    if (SHORT_FUSION.test(token)) {
      findings.push({
        start: start + 2, end: start + 2, replacement: ' ', rule: RULE, confidence: 0.75,
        reason: `"${token}" is "${token.slice(0, 2)}" fused to the article "a"`,
      });
    }
    return;
  }
  const first = token.charCodeAt(0);
  const split = first >= 97
    ? splitLower(token, ev, text)
    : /^[A-Z][a-z]+$/.test(token) ? splitCapitalised(token, ev, atSentenceStart(text, start))
    : CAPITALS.test(token) && !besideCapitals(text, start, end) ? null : splitCapitals(token, ev);
  if (!split) return;
  const parts = cutAt(token, split.cuts);
  for (const at of split.cuts) {
    findings.push({
      start: start + at, end: start + at, replacement: ' ', rule: RULE, confidence: split.confidence,
      reason: `"${token}" is not a word; ${parts.map((p) => `"${p}"`).join(' + ')} are: ${split.reason}`,
    });
  }
}

/** A word that may follow a clitic with the space lost: common, three letters or more, no markup debris. */
function isCliticRest(rest: string): boolean {
  return rest.length >= 3 && !NOISE.has(rest) && (wordRank(rest) ?? PART_RANK) < PART_RANK;
}

/** Endings after an apostrophe: possessive `'s` and the contractions `n't`, `'re`, `'ve`, `'ll`, `'d`, `'m`. */
const CLITICS = ['s', 't', 're', 've', 'll', 'd', 'm'];

/**
 * `it’salso` -> `it’s also`, `don'tbreak` -> `don't break`: a word that follows a possessive or a
 * contraction with the space lost. The run after the apostrophe must be a clitic and then a common word
 * (rank < {@link PART_RANK}, three letters or more), and the run before it a plain word: transliterations
 * (`Shi’ites`, `Sana’a`) and names (`O’Sullivan`) never have that shape.
 */
function cliticJoin(text: string, start: number, token: string): Finding | null {
  const mark = text[start - 1];
  if (mark !== "'" && mark !== '’' || !isAsciiLetter(text.charCodeAt(start - 2))) return null;
  const after = start + token.length;
  if (/[\p{L}\p{N}'’\-@/_]/u.test(text[after] ?? '')) return null;
  if (text[after] === '.' && /[\p{L}\p{N}]/u.test(text[after + 1] ?? '')) return null; // a domain: `Larry'sexample.com`
  let s = start - 2;
  while (s > 0 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  if (/[\p{L}\p{N}'’\-@/_]/u.test(text[s - 1] ?? '')) return null;
  const before = text.slice(s, start - 1);
  for (const c of CLITICS) {
    if (!token.startsWith(c)) continue;
    const rest = token.slice(c.length);
    if (!isCliticRest(rest)) continue;
    if (c === 't' ? !/n$/i.test(before) : c === 's' ? before.length < 2 : !/^[a-z]+$/i.test(before)) continue;
    return {
      start: start + c.length, end: start + c.length, replacement: ' ', rule: RULE, confidence: 0.8,
      reason: `"${before}${mark}${c}" and "${rest}" fused: a word after a possessive or contraction`,
    };
  }
  return null;
}

/**
 * True for a lower-case segment of a hyphenated word (`all-newelectric`, `so-calledgrowth-related`): the
 * segment itself may be a fusion, while the hyphen stays where it is. Only {@link splitLower} judges such a
 * segment, and only a segment that is no word splits, so the parts of a compound (`well-known`) never do.
 */
function isHyphenSegment(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 97 || c > 122) return false;
  const before = text[start - 1];
  const after = text[end];
  const okBefore = before === undefined || before === ' ' || before === '\n' || (before === '-' && /[\p{L}\p{N}]/u.test(text[start - 2] ?? ''));
  const okAfter = after === undefined || after === ' ' || after === '\n' || /[,;:!?)\]”"]/.test(after)
    || (after === '-' && /\p{L}/u.test(text[end + 1] ?? '')) || (after === '.' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? ''));
  return okBefore && okAfter && (before === '-' || after === '-');
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

/**
 * What the word lists alone say of a part (a lower-case a-z word): its cost, `undefined` when they refuse
 * it, or `null` when no list holds it (then the part cost of {@link cheapestReading} asks the document and the inflection rules).
 * Depends on the word alone; {@link lastParts} uses it too, so the two never disagree.
 */
function listedPartCost(word: string): number | undefined | null {
  if (NOISE.has(word) || FUSED.has(word)) return undefined; // `upto` is no part
  const lex = englishLexicon(); // `word` is lower-case a-z: no case folding needed
  if (STRIPPED.has(word)) return rankCost(lex.get(word) ?? STRIPPED_RANK);
  if (word.length <= 2) return SHORT.has(word) ? rankCost(lex.get(word) ?? PART_RANK) : undefined;
  const r = lex.get(word);
  if (r !== undefined) return word.length === 3 && r >= PART_RANK && !isFunctionWord(word) ? undefined : rankCost(r);
  return word.length === 3 ? undefined : null;
}

/**
 * True when an attested form would itself be split, asked one level deep only: the reading of `word` takes
 * every form the document attests as a part, without asking whether that one is a fusion in turn.
 */
function isAttestedFusion(word: string, ev: JoinEvidence): boolean {
  return judgeLower(word, ev, '', true) !== null;
}

/**
 * The lower-cased forms of a vocabulary's word forms that are not lower-case a-z already (`Kyiv` -> `kyiv`),
 * built once per vocabulary when a split first asks: with `counts` itself (where the lower-case forms, most
 * of a text, already are) they answer {@link hasFoldedForm} without a set entry per form.
 */
const folded = new WeakMap<DocumentVocabulary, Set<string>>();

/**
 * True when some word form of the document starting with an ASCII letter lower-cases to `lower` (a
 * lower-case a-z word): `foldedCount(vocab, lower) > 0`, in one or two probes.
 */
function hasFoldedForm(vocab: DocumentVocabulary, lower: string): boolean {
  if (vocab.counts.has(lower)) return true;
  if (!mayBeFoldedForm(vocab, lower)) return false; // most words: no lower-cased copy of every form needed
  let set = folded.get(vocab);
  if (!set) {
    set = new Set();
    for (const [form] of vocab.counts) {
      const c = form.charCodeAt(0);
      if (c >= 65 && c <= 90) set.add(form.toLowerCase());
      else if (c >= 97 && c <= 122 && !isLowerAscii(form)) set.add(form.toLowerCase()); // `iPhone`, `eBay`
    }
    folded.set(vocab, set);
  }
  return set.has(lower);
}

function rankCost(rank: number): number {
  return Math.log((rank + 1) * Math.log(lexiconSize()));
}

/** Closed-class words from the curated list only (and the stripped contractions): the Wikipedia ranks put markup words (`link`, `page`) among the most frequent. */
function isFunctionWord(word: string): boolean {
  return FUNCTION.has(word) || STRIPPED.has(word);
}

/** Both parts of a pair written apart elsewhere must rank above this to lift the pair guards. */
const APART_RANK = 10_000;

/** A pair written apart this often lifts the pair guards whatever the parts' ranks (both lexicon words). */
const APART_OFTEN = 2;

/**
 * Document evidence for a fusion the pair guards would refuse: the text itself writes the two parts as two
 * words (`protein intake` ... `proteinintake`, `first time` ... `firsttime`), so the page's own usage says
 * they are two words. Common words (rank < {@link APART_RANK}) written apart once, or any lexicon words
 * written apart {@link APART_OFTEN} times (`pear jam`, `jelly jars`).
 */
function writtenApart(text: string, a: string, b: string, vocab: DocumentVocabulary): boolean {
  return apartAtLeast(text, a, b, vocab, (ra, rb) => (ra < APART_RANK && rb < APART_RANK ? 1 : APART_OFTEN));
}

/** How often `a b` (or `A b`) stands in the text as two whole words, counted up to `upTo`. */
function apartCount(text: string, a: string, b: string, upTo: number): number {
  const n = countApart(text, `${a} ${b}`, upTo);
  return n >= upTo ? n : n + countApart(text, `${a.charAt(0).toUpperCase()}${a.slice(1)} ${b}`, upTo - n);
}

/**
 * A recurring fused form that the document writes apart more often than fused (`jelly jars` five times,
 * `jellyjars` twice): one page, two spellings of one phrase, the spaced one its usual spelling. Written
 * apart at least {@link APART_OFTEN} times, and more often than the `fused` form stands.
 */
function apartMoreOften(text: string, parts: readonly string[], vocab: DocumentVocabulary, fused: number): boolean {
  return parts.length === 2 && apartAtLeast(text, parts[0]!, parts[1]!, vocab, () => Math.max(APART_OFTEN, fused + 1));
}

/**
 * The evidence both readings above share: `a` and `b` are lexicon words of three letters or more that each
 * stand alone in the document (a cheap test before the text is searched), and `a b` stands apart in the
 * text at least `times(rank of a, rank of b)` times.
 */
function apartAtLeast(text: string, a: string, b: string, vocab: DocumentVocabulary, times: (ra: number, rb: number) => number): boolean {
  if (text === '' || a.length < 3 || b.length < 3) return false;
  const ra = wordRank(a);
  const rb = wordRank(b);
  if (ra === undefined || rb === undefined || !hasFoldedForm(vocab, a) || !hasFoldedForm(vocab, b)) return false;
  const need = times(ra, rb);
  return apartCount(text, a, b, need) >= need;
}

/**
 * Weaker document evidence, for two content words that are not compound parts: each stands alone elsewhere
 * in the document and both are common (`tuft|cells` on a page about tuft cells, `protein|intake`).
 */
function bothStandAlone(a: string, b: string, vocab: DocumentVocabulary): boolean {
  if (a.length < 3 || b.length < 3 || PREFIXES.has(a) || HEADS.has(b) || PARTICLES.has(b)) return false;
  if ((wordRank(a) ?? APART_RANK) >= APART_RANK || (wordRank(b) ?? APART_RANK) >= APART_RANK) return false;
  return foldedCount(vocab, a) > 0 && foldedCount(vocab, b) > 0;
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
  return INFLECTED.some((e) => a.endsWith(e)) || ra < VERY_COMMON_RANK || rb < VERY_COMMON_RANK || isLongPhrase(a, b);
}

/** Two content words this long together read as a phrase that lost its space, not a closed compound. */
const LONG_PAIR = 12;

/**
 * `remote|markets`, `carbon|dioxide`, `holiday|spirit`: two common content words twelve letters or more
 * together, the second no agent noun or gerund. Closed compounds the lexicon misses are short
 * (`breadbasket`, `tablespoon`, `flowchart`) or end in a head made from a verb (`sleepwalking`,
 * `woodcarver`, `whistleblower`, `crowdfunding`).
 */
function isLongPhrase(a: string, b: string): boolean {
  return a.length + b.length >= LONG_PAIR && a.length >= 3 && !/(?:ing|ings|er|ers)$/.test(b);
}

/**
 * The reading of a lower-case token, judged once per round (kept in the round's {@link JoinEvidence}), not
 * per use. `text` is the round's text, or `''` where the document's usage is not to be read.
 */
function splitLower(token: string, ev: JoinEvidence, text = ''): Split | null {
  const verdicts = ev.verdicts[text === '' ? 0 : 1]; // with the text, the document's usage may lift a guard
  let v = verdicts.get(token);
  if (v === undefined) {
    v = judgeLower(token, ev, text, false);
    verdicts.set(token, v);
  }
  return v;
}

/**
 * {@link splitLower} without its verdicts kept. `nested` is true for the one level of looking inside an
 * attested part ({@link isAttestedFusion}): there every attested form is a part.
 */
function judgeLower(token: string, ev: JoinEvidence, text: string, nested: boolean): Split | null {
  const vocab = ev.vocab;
  const whole = englishLexicon().get(token);
  if (whole !== undefined && whole < WORD_RANK && !FUSED.has(token)) return null; // most tokens end here
  if (!/^[a-z]+$/.test(token)) return null;
  const known = FUSED.get(token);
  if (known !== undefined) return { cuts: [known.indexOf(' ')], confidence: 0.9, reason: 'a well-known fused form' };
  if (CONTRACTIONS.has(token)) return null;
  if (isKnownWordForm(token)) return null;
  // The cheapest reading in two to four parts among those the guards admit (a Viterbi search over
  // states = where the last part starts, so that each pair of neighbours can be checked).
  const best = cheapestReading(token, ev, nested);
  if (!best) return null;
  // The corpus keeps a form whole that stands intact in several documents and far more often than the corpus
  // writes the reading's parts apart (`assailed`, never `as sailed`): that answers, for this form, what the
  // exception for a recurring form below has to guess from one document.
  if (isWordInCorpus(ev.corpus, token, best.cuts)) return null;
  const seen = foldedCount(vocab, token);
  const recurs = seen >= 2;
  const parts = cutAt(token, best.cuts);
  // ... then vetoed by the guards: a wrong reading is not replaced by a second-best one.
  for (let k = 1; k < parts.length; k++) {
    const a = parts[k - 1]!;
    const b = parts[k]!;
    if (!(shortPartAllowed(a, b, parts.length) || isArticleNoun(a, b)) || !shortPartAllowed(b, a, parts.length)) return null;
    if (!pairAllowed(a, b) && !writtenApart(text, a, b, vocab) && !bothStandAlone(a, b, vocab)) return null;
    if (k >= 2 && !tripleAllowed(parts[k - 2]!, a, b)) return null;
  }
  const fn = parts.some((p, k) => p.length >= 2 && isFunctionWord(p) && (parts.length === 2 || k > 0));
  // A form seen twice is a word (`zorbfest`), unless it reads as a function word beside a very common word
  // (`may|be`, `about|the`, `can|help`): no word of English is spelt like that, and a page that lost a space
  // in one bigram often lost it in the same bigram again (one template, one inline tag).
  if (recurs && !(parts.length === 2 && fn && parts.every((p) => (wordRank(p) ?? PART_RANK) < RECURRING_FUSION_RANK))
    && !apartMoreOften(text, parts, vocab, seen)) return null;
  if (whole !== undefined && best.cost + MARGIN > rankCost(whole)) return null;
  return {
    cuts: best.cuts,
    confidence: fn ? 0.85 : 0.7,
    reason: fn ? 'a function word fused to its neighbour' : 'two common words fused',
  };
}

/** Most parts a fused token is read as (`or|other|irritant|is`). */
const MAX_PARTS = 4;

/**
 * The cheapest segmentation of `token` into 2..{@link MAX_PARTS} parts that the part cost of {@link cheapestReading} admits, by
 * dynamic programming over (parts so far, end): what a plain unigram segmenter would choose. The caller vetoes it with the pair guards rather than searching for a second-best.
 */
function cheapestReading(token: string, ev: JoinEvidence, nested: boolean): { cuts: number[]; cost: number } | null {
  const n = token.length;
  const vocab = ev.vocab;
  const sieve = partSieve(token, vocab);
  const cells = formCells(token);
  // The cost of a part in the Zipf model, or undefined when it may not be a part: what the lists say
  // (judged once per token, process-wide), else a form the document attests, unless it is itself a fusion
  // (`formedin` in `formedinfight`: else the verdict on one token would hang on whether another was
  // repaired yet), else an inflected form of a lexicon word of six letters or more (`divulged`, `hydrated`).
  const cost = (i: number, j: number): number | undefined => {
    const at = i * (n + 1) + j;
    let v = cells[at]!;
    if (v !== v) { // NaN: not judged yet
      v = listedCell(token, i, j, sieve);
      cells[at] = v;
    }
    if (v >= 0) return v;
    if (v === REFUSED) return undefined;
    // Only the document can admit it (the part cost): a form it attests that is no fusion itself.
    if (sieve.mayBeAttested(i, j)) {
      const word = token.slice(i, j);
      if (hasFoldedForm(vocab, word) && (nested || !isAttestedFusion(word, ev))) return rankCost(PART_RANK);
    }
    return v === ATTESTED_OR_KNOWN ? rankCost(lexiconSize()) + 1 : undefined;
  };
  // Most tokens that are no fusion have no admissible last part: find that out before the n² search, from
  // what the token's last parts are whatever the document (kept process-wide), probing the document only
  // for the last parts that it alone can admit.
  const last = lastParts(token);
  if (last !== true) {
    let anyLast = false;
    for (let k = 0; k < last.length && !anyLast; k++) anyLast = cost(last[k]!, n) !== undefined;
    if (!anyLast) return null;
  }
  // best[k][j]: cheapest cost of token[0, j) in k parts, and where its last part starts.
  const best: ({ cost: number; from: number } | undefined)[][] = [[]];
  for (let k = 1; k <= MAX_PARTS; k++) best[k] = [];
  for (let j = 1; j < n; j++) {
    const c = cost(0, j);
    if (c !== undefined) best[1]![j] = { cost: c, from: 0 };
  }
  let answer: { cuts: number[]; cost: number } | null = null;
  for (let k = 2; k <= MAX_PARTS; k++) {
    const prev = best[k - 1]!;
    const row = best[k]!;
    for (let i = 1; i < n; i++) {
      const cell = prev[i];
      if (!cell) continue;
      for (let j = i + 1; j <= n; j++) {
        if (j < n && k === MAX_PARTS) continue;
        const c = cost(i, j);
        if (c === undefined) continue;
        const total = cell.cost + c;
        if (!row[j] || total < row[j]!.cost) row[j] = { cost: total, from: i };
      }
    }
    const end = row[n];
    if (!end || (answer && answer.cost <= end.cost)) continue;
    const cuts: number[] = [];
    for (let kk = k, at = n; kk > 1; kk--) {
      at = best[kk]![at]!.from;
      cuts.unshift(at);
    }
    answer = { cuts, cost: end.cost };
  }
  return answer;
}

/** Codes of a {@link formCells} cell below zero (a cost is zero or more; NaN: not judged yet). */
const REFUSED = -1;
/** Admitted only when the document attests it (the part cost of {@link cheapestReading}); refused otherwise. */
const ATTESTED_ONLY = -2;
/** Admitted when the document attests it; otherwise an inflected form's cost. */
const ATTESTED_OR_KNOWN = -3;

/**
 * What the word lists alone say of each part `token.slice(i, j)` of a lower-case a-z token, at
 * `i * (n + 1) + j` (NaN until asked): the part cost of {@link cheapestReading} without the document, judged once per token and
 * kept process-wide (bounded). Word forms recur from page to page, and so do the lexicon probes a
 * segmentation of each makes.
 */
function formCells(token: string): Float64Array {
  let cells = cellMemo.get(token);
  if (cells === undefined) {
    cells = new Float64Array((token.length + 1) * (token.length + 1)).fill(NaN);
    if (cellMemo.size >= CELL_MEMO_LIMIT || cellsHeld + cells.length > CELL_MEMO_CELLS) {
      cellMemo.clear();
      cellsHeld = 0;
    }
    cellMemo.set(ownString(token), cells);
    cellsHeld += cells.length;
  }
  return cells;
}

const cellMemo = new Map<string, Float64Array>();
const CELL_MEMO_LIMIT = 5_000;
/** Cells held in all (8 bytes each): at most 8 MB, however long the tokens. */
const CELL_MEMO_CELLS = 1_000_000;
let cellsHeld = 0;

/**
 * One cell of {@link formCells}: the cost the lists give `token.slice(i, j)`, {@link REFUSED}, or, when no
 * list holds it (four letters or more), {@link ATTESTED_OR_KNOWN} for an inflected form of a lexicon word
 * and {@link ATTESTED_ONLY} otherwise. The sieve spares the string for most parts: one the lexicon bits
 * rule out is in no list.
 */
function listedCell(token: string, i: number, j: number, sieve: PartSieve): number {
  const n = j - i;
  let listed: number | undefined | null;
  if (n <= 2 || sieve.mayBeListed(i, j)) listed = listedPartCost(token.slice(i, j));
  else listed = n === 3 ? undefined : null;
  if (listed !== null) return listed === undefined ? REFUSED : listed;
  return n >= 6 && mayBeInflected(token, j) && isKnownWordForm(token.slice(i, j), true) ? ATTESTED_OR_KNOWN : ATTESTED_ONLY;
}

/**
 * What the last parts of a lower-case a-z token are, whatever the document: `true` when the part cost of {@link cheapestReading}
 * admits one of them from the lexicon alone, else the starts of those only the document can admit (a
 * form of four letters or more that no list holds, admitted when the document attests it), descending.
 * Depends on the token alone, so kept process-wide (bounded): rare forms recur from document to document.
 */
function lastParts(token: string): true | readonly number[] {
  let v = lastPartMemo.get(token);
  if (v === undefined) {
    const starts: number[] = [];
    v = starts;
    for (let i = token.length - 1; i >= 1 && v !== true; i--) {
      const word = token.slice(i);
      const listed = listedPartCost(word);
      if (listed !== null) {
        if (listed !== undefined) v = true;
      } else if (word.length >= 6 && isKnownWordForm(word, true)) {
        v = true;
      } else {
        starts.push(i); // four letters or more: only the document can admit it
      }
    }
    if (lastPartMemo.size >= LAST_PART_MEMO_LIMIT) lastPartMemo.clear();
    lastPartMemo.set(ownString(token), v);
  }
  return v;
}

const lastPartMemo = new Map<string, true | readonly number[]>();
const LAST_PART_MEMO_LIMIT = 20_000;

/**
 * A three-letter part that is not a function word must be common (the list's tail is full of fragments:
 * `eco`, `meg`), or stand beside a function word (`the|gig`); the article `a` only beside a plain common
 * word (`a|typical` is `atypical`). `parts` is how many parts the reading has: only a two-part reading
 * loosens the three-letter limit.
 */
function shortPartAllowed(part: string, other: string, parts: number): boolean {
  if (part === 'a') return (wordRank(other) ?? PART_RANK) < PART_RANK;
  if (part.length !== 3 || isFunctionWord(part)) return true;
  const limit = parts === 2 && other.length >= 2 && isFunctionWord(other) ? PART_RANK : SHORT_PART_RANK;
  return (wordRank(part) ?? PART_RANK) < limit;
}

/** Endings of the adjectives that take the privative prefix `a-` (`atypical`, `amoral`, `asymmetric`, `agnostic`). */
const PRIVATIVE_STEM = /(?:al|ic|ous|ive|ist|ists|ism|ent|ant|ial|ual|oid|ile|ory)$/;

/**
 * `a|paycheck`, `a|lukewarm`, `a|webinar`: the article before a lexicon word of any rank, five letters or
 * more, that starts with a consonant (before a vowel the article is `an`, and the privative prefix is
 * `an-` too) and has no ending of the adjectives that take the privative `a-` ({@link PRIVATIVE_STEM}).
 */
function isArticleNoun(a: string, b: string): boolean {
  return a === 'a' && b.length >= 5 && /^[b-df-hj-np-tv-z]/.test(b) && !PRIVATIVE_STEM.test(b) && wordRank(b) !== undefined;
}

/**
 * With three or more parts, the article `a` in the middle only between a function word and a common word
 * (`was|a|key`, never `be|a|ding`); any other middle part is a function word or a common word before one.
 */
function tripleAllowed(a: string, mid: string, c: string): boolean {
  if (mid === 'a') return a.length >= 2 && isFunctionWord(a) && !isFunctionWord(c) && (wordRank(c) ?? PART_RANK) < 5_000;
  if (mid.length < 2) return false;
  if (isFunctionWord(mid)) return true;
  // A content word in the middle only before a function word (`against|people|of`), never `has|own|property`.
  return c.length >= 2 && isFunctionWord(c) && [a, mid].every((p) => (wordRank(p) ?? PART_RANK) < PART_RANK);
}

function splitCapitalised(token: string, ev: JoinEvidence, sentenceStart: boolean): Split | null {
  const vocab = ev.vocab;
  if ((vocab.counts.get(token) ?? 0) >= 2) return null;
  const whole = wordRank(token);
  const pronoun = splitPronoun(token, whole, ev);
  if (pronoun) return pronoun;
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
      // `But|theres|so`, `Those|facts|suggest`: the whole read as lower-case splits, first after this word.
      if (r === undefined && at >= 2 && whole === undefined) {
        const lower = splitLower(token.toLowerCase(), ev);
        if (lower && lower.cuts[0] === at) {
          return { cuts: lower.cuts, confidence: 0.75, reason: `"${a}" starts a sentence and the rest is common words run together` };
        }
      }
    }
    // `Russia|said`: a name standing alone elsewhere, then a closed-class word.
    if (at >= 4 && FUNCTION.has(b) && b.length >= 2 && whole === undefined) {
      if ((vocab.counts.get(a) ?? 0) > 0) {
        return { cuts: [at], confidence: 0.75, reason: `"${a}" stands alone elsewhere and "${b}" is a closed-class word` };
      }
      // `Monday|in`, `Hospital|in`, `Vegas|and`: a common capitalised word (the token itself is in no list:
      // a rare name such as `Rankin` or `Larkin` is, so it is never read as `Rank|in`), then one of the
      // closed-class words that most often follow a noun.
      const ra = wordRank(a);
      if (ra !== undefined && ra < KNOWN_NAME_RANK && AFTER_NOUN.has(b)) {
        return { cuts: [at], confidence: 0.7, reason: `"${a}" is a common word or name and "${b}" a closed-class word that follows nouns` };
      }
    }
  }
  return (sentenceStart ? splitSentenceOpener(token, whole) : null) ?? splitAttestedName(token, ev, whole)
    ?? splitCapitalisedModifier(token, whole);
}

/** A nationality or language adjective: `Mexican`, `Syrian`, `Chinese`, `British`, `American`. */
const DEMONYM = /(?:ian|ean|ese|ish|ican)$/;
/** The adjective of a {@link splitCapitalisedModifier} reading must rank above this. */
const DEMONYM_RANK = 10_000;

/**
 * `Mexican|immigration`, `Sunday|night`, `Court|decision`: a capitalised word that modifies the noun after
 * it (a nationality adjective in the lexicon, a day or month, or a noun that ends institution names; five
 * letters or more, so never `May|fair`), then a common content word (rank < {@link PART_RANK}, four letters
 * or more: `Court|ois` stays) that heads no compound (`Chinatown`, `Russiagate` end in listed heads). The
 * token itself is in no list.
 */
function splitCapitalisedModifier(token: string, whole: number | undefined): Split | null {
  if (whole !== undefined) return null;
  for (let at = 5; at <= token.length - 4; at++) {
    const a = token.slice(0, at);
    const b = token.slice(at);
    if (isFunctionWord(b)) continue; // `Marchand`: no modifier before a closed-class word
    const modifier = PHRASE_HEADS.has(a) || (DEMONYM.test(a) && (wordRank(a) ?? DEMONYM_RANK) < DEMONYM_RANK);
    if (!modifier || NOISE.has(b) || HEADS.has(b) || PARTICLES.has(b) || (wordRank(b) ?? PART_RANK) >= PART_RANK) continue;
    return { cuts: [at], confidence: 0.7, reason: `"${a}" modifies "${b}"` };
  }
  return null;
}

/** The content word of a {@link splitSentenceOpener} reading must rank above this. */
const OPENER_RANK = 10_000;

/**
 * `Letthe|mixture`, `Eatevery`, `Hostinga`: at a sentence start, a capitalised token that no list holds
 * and that is no inflected form reads, lower-cased, as a common word (rank < {@link OPENER_RANK}, no
 * closed-class word; five letters or more before `a`) and then a determiner or preposition that names
 * seldom end with ({@link OPENER_TAILS}). Found by the tails alone: no segmentation per capitalised token. A sentence opens with a verb or a noun as often as with a name; a
 * name of that shape (`Canfora`, `Toobin`, `Larkin`) is in the lexicon, reads as three parts, or ends otherwise.
 */
function splitSentenceOpener(token: string, whole: number | undefined): Split | null {
  if (whole !== undefined) return null;
  const lower = token.toLowerCase();
  for (const b of OPENER_TAILS) {
    const at = lower.length - b.length;
    if (at < (b === 'a' ? 5 : 3) || !lower.endsWith(b)) continue;
    const a = lower.slice(0, at);
    if (isFunctionWord(a) || NOISE.has(a) || (wordRank(a) ?? OPENER_RANK) >= OPENER_RANK || isKnownWordForm(lower)) continue;
    return { cuts: [at], confidence: 0.7, reason: `"${b}" after a sentence's first word` };
  }
  return null;
}

/**
 * `Figgins|declined`, `Friday|deals`, `Nissan|hastaken`: the capitalised part stands alone in the
 * document, and the rest is a past-tense verb, a common word that stands alone too (lower-case), or a
 * fusion that starts with a closed-class word. The token itself is in no list and occurs once.
 */
function splitAttestedName(token: string, ev: JoinEvidence, whole: number | undefined): Split | null {
  if (whole !== undefined) return null;
  const vocab = ev.vocab;
  for (let at = 3; at <= token.length - 3; at++) {
    const a = token.slice(0, at);
    if ((vocab.counts.get(a) ?? 0) === 0) continue;
    const lowerA = a.toLowerCase();
    if (FUNCTION.has(lowerA) || PREFIXES.has(lowerA)) continue; // What|aburger, Over|matched: a word's start, not a name
    const b = token.slice(at);
    const rb = wordRank(b);
    if (rb !== undefined && rb < PART_RANK && b.length >= 5 && b.endsWith('ed') && !NOISE.has(b)) {
      return { cuts: [at], confidence: 0.7, reason: `"${a}" stands alone elsewhere and "${b}" is a verb in the past tense` };
    }
    if (rb !== undefined && b.length >= 5 && bothStandAlone(lowerA, b, vocab) && (vocab.counts.get(b) ?? 0) > 0 && !isFunctionWord(b)) {
      return { cuts: [at], confidence: 0.7, reason: `"${a}" and "${b}" both stand alone elsewhere in the document` };
    }
    if (rb === undefined) {
      const rest = splitLower(b, ev);
      if (rest && isFunctionWord(b.slice(0, rest.cuts[0]))) {
        return { cuts: [at], confidence: 0.7, reason: `"${a}" stands alone elsewhere and "${b}" starts with a closed-class word` };
      }
    } else if (isNameThenWord(a, b, rb, vocab)) {
      return { cuts: [at], confidence: 0.7, reason: `"${a}" stands alone elsewhere, "${b}" too` };
    }
  }
  return null;
}

/** A name the document writes alone this often may be fused to any common word after it. */
const NAME_SEEN = 2;

/**
 * `Trump|administrations`, `Stadia|titles`, `Apple|actually`, `Pro|over`: a capitalised part the document
 * writes alone at least {@link NAME_SEEN} times, then a common word (rank < {@link PART_RANK}, four letters or
 * more) that heads no compound (`Jacksonville`, `Kingston`, `Disneyland` end in listed heads).
 */
function isNameThenWord(a: string, b: string, rb: number, vocab: DocumentVocabulary): boolean {
  return rb < PART_RANK && b.length >= 4 && (vocab.counts.get(a) ?? 0) >= NAME_SEEN && !vocab.counts.has(a.toLowerCase())
    && foldedCount(vocab, b) > 0
    && !NOISE.has(b) && !HEADS.has(b) && !PARTICLES.has(b);
}

/** An acronym followed by lower-case letters: `CNNthat`, `USgovernment`. */
const ACRONYM_THEN_LOWER = /^([A-Z]{2,})([a-z]{2,})$/;
/** A word in capitals long enough to hold two words: `THEBILLIONAIRES`, `YOUNEED`. */
const CAPITALS = /^[A-Z]{5,}$/;

/**
 * Tokens in capitals: an acronym fused to the word after it (`CNN|that`, `FPS|of`, `US|government`), and a
 * headline in capitals that lost a space (`THE|BILLIONAIRES`, `YOU|NEED`).
 * - After an acronym of two capitals or more: a closed-class word of two letters or more (not `one`: `PSone`),
 *   or a common word (rank < {@link PART_RANK}, four letters or more) when both the acronym and the word stand
 *   alone in the document. Plurals and suffixes (`IDs`, `CDs`, `OKed`, `DJing`) have no such part.
 * - A token in capitals no list holds, whose lower-case reading splits under all the lower-case guards and
 *   starts with a closed-class word; acronyms (`NATO`, `UNICEF`, `ASEAN`) read as no words.
 */
function splitCapitals(token: string, ev: JoinEvidence): Split | null {
  const vocab = ev.vocab;
  const m = ACRONYM_THEN_LOWER.exec(token);
  if (m) {
    const [, caps, rest] = m as unknown as [string, string, string];
    if (FUNCTION.has(rest) && rest !== 'one') {
      return { cuts: [caps.length], confidence: 0.75, reason: 'an acronym before a closed-class word' };
    }
    const r = wordRank(rest);
    if (r !== undefined && r < PART_RANK && rest.length >= 4 && !NOISE.has(rest) && (vocab.counts.get(caps) ?? 0) > 0 && foldedCount(vocab, rest) > 0) {
      return { cuts: [caps.length], confidence: 0.7, reason: `"${caps}" and "${rest}" both stand alone elsewhere` };
    }
    return null;
  }
  if (!CAPITALS.test(token) || wordRank(token) !== undefined) return null;
  const lower = token.toLowerCase();
  if (!startsWithClosedClass(lower)) return null; // cheap: most acronyms end here, before a segmentation
  const split = splitLower(lower, ev);
  if (!split || split.cuts.length !== 1 || lower.length - split.cuts[0]! < 3 || !FUNCTION.has(lower.slice(0, split.cuts[0]))) return null;
  return { cuts: split.cuts, confidence: 0.7, reason: 'a headline in capitals' };
}

/** True when the first two to five letters of `lower` are a closed-class word. */
function startsWithClosedClass(lower: string): boolean {
  for (let n = 2; n <= 5 && n < lower.length; n++) if (FUNCTION.has(lower.slice(0, n))) return true;
  return false;
}

/**
 * True when a word in capitals of two letters or more stands right before or after `[start, end)` on its
 * line: the token is part of a headline in capitals (`WILL THEY BASH THEBILLIONAIRES?`), not a name set in
 * capitals on its own (`MYNEWS`, `USANA`).
 */
function besideCapitals(text: string, start: number, end: number): boolean {
  return CAPS_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || CAPS_AFTER.test(text.slice(end, end + 40));
}

/** A word in capitals then spaces, at the end of what precedes a token; and spaces then one, after it. */
const CAPS_BEFORE = /(?:^|[^\p{L}\p{N}])[A-Z]{2,} +$/u;
const CAPS_AFTER = /^ +[A-Z]{2,}(?![\p{L}\p{N}])/u;

/** A capitalised part not attested in the document must rank above this to be split from a closed-class word. */
const KNOWN_NAME_RANK = 5_000;
/** Closed-class words that most often follow a noun or name (`Monday|in`, `Trump|said`, `Vegas|and`). */
const AFTER_NOUN = new Set(['and', 'said', 'says', 'was', 'is', 'has', 'had', 'will', 'would', 'in', 'on', 'of', 'for', 'to', 'that', 'the', 'with', 'at', 'from', 'which', 'who', 'were', 'are', 'have']);
/** Words that follow the pronoun `I` (`Iwas`, `Iam`): a token `I` + one of these is split unless it is a listed word. */
const AFTER_I = new Set(['am', 'was', 'do', 'did', 'have', 'had', 'will', 'would', 'can', 'could', 'think', 'thought', 'know', 'knew', 'said', 'feel', 'felt', 'want', 'wanted', 'just', 'also', 'really', 'never', 'always', 'love', 'loved', 'like', 'got', 'went', 'get', 'see', 'saw', 'mean', 'guess', 'hope', 'believe', 'remember', 'found', 'made', 'told', 'asked', 'tried', 'decided', 'started', 'should', 'must', 'may', 'might', 'need', 'needed', 'sat', 'took', 'came', 'heard']);
/** Verbs that follow `It` (`Itis`, `Itwas`). */
const AFTER_IT = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'does', 'did', 'seems', 'seemed', 'may', 'might', 'must', 'should', 'took', 'makes', 'made']);
/** A token listed rarer than this does not protect itself from a pronoun split (`Iam` and `Itis` are in the Wikipedia list). */
const PRONOUN_WHOLE_RANK = 10_000;

/** `Iwas` -> `I was`, `Itis` -> `It is`: the pronouns fused to a verb that follows them. */
function splitPronoun(token: string, whole: number | undefined, ev: JoinEvidence): Split | null {
  if (whole !== undefined && whole < PRONOUN_WHOLE_RANK) return null; // Iran, Ivan, Italy
  if (token.startsWith('It') && startsWithOneOf(token.slice(2), AFTER_IT, ev)) {
    return { cuts: [2], confidence: 0.8, reason: `"It" fused to the verb that follows it` };
  }
  if (token.length >= 3 && token.charCodeAt(0) === 73 && token.charCodeAt(1) >= 97 && startsWithOneOf(token.slice(1), AFTER_I, ev)) {
    return { cuts: [1], confidence: 0.8, reason: `"I" fused to the verb that follows it` };
  }
  return null;
}

/** True when `rest` is one of `words`, or a fusion whose first part is (`wasjust` -> `was|just`). */
function startsWithOneOf(rest: string, words: ReadonlySet<string>, ev: JoinEvidence): boolean {
  if (words.has(rest)) return true;
  if (englishLexicon().has(rest)) return false;
  const split = splitLower(rest, ev);
  return split !== null && words.has(rest.slice(0, split.cuts[0]));
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
