import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { vocabularyForms } from './vocabulary/document-vocabulary.js';
import { FormProperty } from './vocabulary/word-form-table.js';
import { repairVocabulary } from './vocabulary/repair-vocabulary.js';
import { englishLexicon, wordRank } from './vocabulary/english-lexicon.js';
import { inUrl } from './in-url.js';
import { findWholeRuns } from './word-join/find-whole-runs.js';
import { FUSED, NOISE, PART_RANK, WORD_RANK } from './word-join/join-words.js';
import { joinEvidence, type JoinEvidence } from './word-join/join-evidence.js';
import { judgeSpelling } from './word-join/judge-spelling.js';
import { lastParts } from './word-join/listed-part-cost.js';
import { splitLowerCase } from './word-join/split-lower-case.js';
import { maySplitCapitalised } from './word-join/capitalised-plan.js';
import { CAPITALISED_WORD_RANK, isLoneCapitals, neverSplitsCapitalised, splitCapitalised, splitCapitals } from './word-join/split-capitalised.js';
import { isAsciiLetter, isLetterAt } from '../model/characters.js';

// The rule: finds the tokens that may be fusions and turns their readings into findings. The readings
// themselves are judged in `split-lower-case` (lower-case tokens: segmentation and guards) and
// `split-capitalised` (tokens that start with a capital, built on the lower-case readings).

const RULE = 'word-join';
/** Tokens longer than this are not segmented (they are not fusions of two or three words). */
const MAX_TOKEN = 30;

/** Runs of a-z letters long enough to hold two words (what `/[A-Za-z]{3,}/g` finds); their neighbours are checked by {@link isFreeToken}. */
const MIN_RUN = 3;
/** Three-letter fusions of a two-letter function word and the article `a` (`isa`, `ofa`, `ina`): never lower-case words. */
const SHORT_FUSION = /^(?:is|in|as|at|to|on|of|by|or|if|so|be|do|was)a$/;
const GLUE_BEFORE = /[\p{L}\p{M}\p{N}'’\-@/_.]/u;
const GLUE_AFTER = /[\p{L}\p{M}\p{N}'’\-@/_]/u;
/** What may not touch a clitic's fusion (`it’salso`) on either side. */
const CLITIC_GLUE = /[\p{L}\p{N}'’\-@/_]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

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
  // One look. A fusion that a split exposes (`dont claimedlast`, `Colorado itsimpossible`) is split when the
  // runner runs the repair rules again, as it does after any pass that changed the text.
  return findJoins(context.text, joinEvidence(repairVocabulary(context), context.options.vocabulary));
}

function findJoins(text: string, ev: JoinEvidence): Finding[] {
  const vocab = ev.vocab;
  if (!vocab.english) return [];
  const findings: Finding[] = [];
  // The document's distinct word forms are judged once each (most are words and end here: what hangs on
  // the form alone is read by its intern-table id, judged once per process); only the few that may be
  // fusions are then looked for in the text. Far cheaper than a lexicon probe per token.
  const { forms, counts, ids, firsts, text: counted } = vocabularyForms(vocab);
  const wanted = new Map<string, number>();
  // Where each form first stands, when the vocabulary knows (counted or carried to this very text).
  const from = counted === text ? new Map<string, number>() : undefined;
  for (let f = 0; f < ids.length; f++) {
    if (!CANDIDATE.of(ids[f]!)) continue;
    const form = forms[f]!;
    const count = counts[f]!;
    // The one judgement that hangs on the document besides the verdict: a capitalised form that recurs is a word.
    if ((form.charCodeAt(0) <= 90 && count >= 2) || !mayEverSplit(form, ids[f]!, ev, text)) continue;
    wanted.set(form, count);
    from?.set(form, firsts![f]!);
  }
  // Each such form's `count` occurrences as a whole run of letters, from the first one on.
  for (const [at, form] of findWholeRuns(text, wanted, from)) {
    const end = at + form.length;
    if (!inUrl(text, at, end)) examine(text, at, end, ev, findings);
  }
  return findings.sort((x, y) => x.start - y.start);
}

/**
 * {@link mayBeFusion} of each interned form, except that a form {@link neverSplitsLower} or
 * {@link neverSplitsCapitalised} rules out is no candidate either.
 */
const CANDIDATE = new FormProperty((form) => mayBeFusion(form) && !(form.charCodeAt(0) < 97 ? neverSplitsCapitalised(form) : neverSplitsLower(form)));

/**
 * True for a lower-case candidate form that {@link mayEverSplit} refuses in every document: no clitic
 * reading, and the lower-case reading says no before it asks the document: its spelling makes it a word
 * ({@link judgeSpelling}, where that reading opens too), or no last part any document could admit
 * ({@link lastParts}, where its segmentation starts). Depends on the form alone.
 */
function neverSplitsLower(form: string): boolean {
  const first = form.charCodeAt(0);
  if (first < 97 || first > 122 || form.length === 3) return false;
  if (hasCliticReading(form)) return false;
  const spelling = judgeSpelling(form);
  if (spelling !== undefined) return spelling === null;
  const last = lastParts(form);
  return last !== true && last.length === 0;
}

/**
 * A cheap test on a word form, true when {@link examine} may split it in some text: ASCII letters only, of a
 * length that can hold two words, and not a listed word. Per interned form ({@link CANDIDATE}): word forms
 * repeat heavily from document to document, and the intern table answers faster than the 80,000-word
 * lexicon.
 */
function mayBeFusion(form: string): boolean {
  const n = form.length;
  const first = form.charCodeAt(0);
  if (n < MIN_RUN || n > MAX_TOKEN) return false;
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
function mayEverSplit(form: string, id: number, ev: JoinEvidence, text: string): boolean {
  if (form.length === 3) return true;
  if (form.charCodeAt(0) >= 97) return CLITIC_READING.of(id) || splitLowerCase(form, ev, text, id) !== null;
  // At a sentence start every reading open elsewhere is open too, and more: one call answers for both.
  return maySplitCapitalised(form, id, ev);
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
    ? splitLowerCase(token, ev, text)
    : /^[A-Z][a-z]+$/.test(token) ? splitCapitalised(token, ev, atSentenceStart(text, start), text[end] ?? '')
    : isLoneCapitals(token, text, start, end) ? null : splitCapitals(token, ev);
  if (!split) return;
  // The parts quoted and joined by ` + ` in one loop (a finding per occurrence: no array of parts, no closure).
  const cuts = split.cuts;
  let parts = `"${token.slice(0, cuts[0])}"`;
  for (let k = 0; k < cuts.length; k++) parts += ` + "${token.slice(cuts[k], cuts[k + 1])}"`;
  const reason = `"${token}" is not a word; ${parts} are: ${split.reason}`;
  for (const at of cuts) {
    findings.push({ start: start + at, end: start + at, replacement: ' ', rule: RULE, confidence: split.confidence, reason });
  }
}

/** A word that may follow a clitic with the space lost: common, three letters or more, no markup debris. */
function isCliticRest(rest: string): boolean {
  return rest.length >= 3 && !NOISE.has(rest) && (wordRank(rest) ?? PART_RANK) < PART_RANK;
}

/** Endings after an apostrophe: possessive `'s` and the contractions `n't`, `'re`, `'ve`, `'ll`, `'d`, `'m`. */
const CLITICS = 's t re ve ll d m'.split(' ');

/** True when a form reads as a clitic and then a word that may follow one (`salso` after `it’`): {@link cliticJoin}'s test of the token alone. */
function hasCliticReading(form: string): boolean {
  return CLITICS.some((c) => form.startsWith(c) && isCliticRest(form.slice(c.length)));
}

/** {@link hasCliticReading} of each interned form. */
const CLITIC_READING = new FormProperty(hasCliticReading);

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
  if (CLITIC_GLUE.test(text[after] ?? '')) return null;
  if (text[after] === '.' && LETTER_OR_DIGIT.test(text[after + 1] ?? '')) return null; // a domain: `Larry'sexample.com`
  let s = start - 2;
  while (s > 0 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  if (CLITIC_GLUE.test(text[s - 1] ?? '')) return null;
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
 * segment itself may be a fusion, while the hyphen stays where it is. Only {@link splitLowerCase} judges such a
 * segment, and only a segment that is no word splits, so the parts of a compound (`well-known`) never do.
 */
function isHyphenSegment(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 97 || c > 122) return false;
  const before = text[start - 1];
  const after = text[end];
  const okBefore = before === undefined || before === ' ' || before === '\n' || (before === '-' && LETTER_OR_DIGIT.test(text[start - 2] ?? ''));
  const okAfter = after === undefined || after === ' ' || after === '\n' || /[,;:!?)\]”"]/.test(after)
    || (after === '-' && isLetterAt(text, end + 1)) || (after === '.' && !LETTER_OR_DIGIT.test(text[end + 1] ?? ''));
  return okBefore && okAfter && (before === '-' || after === '-');
}

/** True when the run is a whole token: not glued to other letters, digits, hyphens, apostrophes, `@`, `/`, `_`. */
function isFreeToken(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && before !== ' ' && before !== '\n' && GLUE_BEFORE.test(before)) return false;
  if (after === '.' && LETTER_OR_DIGIT.test(text[end + 1] ?? '')) return false; // a domain: `upto.com`
  if (after !== undefined && after !== ' ' && after !== '\n' && GLUE_AFTER.test(after)) {
    // A possessive or contraction ending is no glue: `thenation’s` -> `the nation’s`.
    return /['’]/.test(after) && /^(?:s|t|re|ve|ll|d)(?![\p{L}\p{N}])/u.test(text.slice(end + 1, end + 4));
  }
  return true;
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
