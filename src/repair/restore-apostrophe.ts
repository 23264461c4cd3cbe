import {
  AFTER_ITS_CONTRACTION, AFTER_LETS_CONTRACTION, AFTER_MODAL_CONTRACTION, AFTER_WERE_CONTRACTION,
  AFTER_WILL_CONTRACTION, AMBIGUOUS_CONTRACTIONS, BEFORE_SUBJECTLESS_WERE, UNAMBIGUOUS_CONTRACTIONS,
} from '../data/contractions.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { vocabularyForms, type DocumentVocabulary } from './vocabulary/document-vocabulary.js';
import { FormProperty } from './vocabulary/word-form-table.js';
import { nextWholeRun } from './vocabulary/next-whole-run.js';
import { repairVocabulary } from './vocabulary/repair-vocabulary.js';
import { isInnerApostrophe, letterAt, letterBefore } from '../model/characters.js';
import { isSingularDeterminer, mayBePossessive, mayBePossessiveIn, mayBeSingularPossessive, possessiveEvidence, singularPossessive } from './apostrophe/possessive-evidence.js';
import { atSentenceStart, isFunctionLike, nextWord, previousWord } from './apostrophe/words-around.js';

const RULE = 'apostrophe';
// Maps, not objects: a token such as `constructor` must not find `Object.prototype` members.
const UNAMBIGUOUS = new Map(Object.entries(UNAMBIGUOUS_CONTRACTIONS));
const AMBIGUOUS = new Map(Object.entries(AMBIGUOUS_CONTRACTIONS));
const AFTER_ITS = new Set(AFTER_ITS_CONTRACTION);
const AFTER_MODAL = new Set(AFTER_MODAL_CONTRACTION);
const AFTER_WILL = new Set(AFTER_WILL_CONTRACTION);
const AFTER_ID = new Set('really rather appreciate imagine think want guess bet hate prefer recommend suggest'.split(' '));
const AFTER_WERE = new Set(AFTER_WERE_CONTRACTION);
const AFTER_LETS = new Set(AFTER_LETS_CONTRACTION);
const BEFORE_WERE = new Set(BEFORE_SUBJECTLESS_WERE);
/** Words before `well` that make it the adverb (`as well be`, `very well`). */
const BEFORE_ADVERB_WELL = new Set('as very so too pretty quite how really fairly extremely just might may could would do does did done went go goes going work works worked fit fits sit sits bode bodes play played'.split(' '));
const POSSESSIVE_DETERMINERS = new Set('his her their its my our your'.split(' '));
const AFTER_IVE = new Set('been got had seen never always already done heard said made lived worked known tried learned decided just ever also spent met spoken talked lost'.split(' '));
/** A document with no apostrophe at all and at least this many words counts as stripped. */
const MIN_WORDS_NO_APOSTROPHE = 100;

/**
 * Restores apostrophes a scraper dropped (`dont` -> `don't`, `Kyivs forces` -> `Kyiv's forces`), as
 * one-character insertions in the document's own apostrophe style (`’` or `'`: whichever the text already
 * uses between letters; else `’` when it has curly quotes, `'` otherwise). English text only.
 *
 * First it decides, per block, whether apostrophes were stripped: the whole document has no apostrophe in
 * 100+ words, or stripped contractions (`dont`, `doesnt`, `isnt`, ...) are at least as many as intact
 * apostrophes in the document, or (per block) two or more and more than the block's intact ones. Then:
 * - contractions that are not words (`dont`, `youre`, `theyve`, ...) are restored everywhere;
 * - in stripped blocks only:
 *   - possessives `Xs` of a capitalised `X` that stands alone in the document (or is a common word or name
 *     in the lexicon) where `Xs` is not a word (`Kyivs`, `Putins`, `Russias`), before a content word; when
 *     `Xs` is a word too (`Trumps`), only if it is rare, `X` stands alone and is no demonym;
 *   - lower-case possessives `xs` of a common noun when `xs` is not a word (`companys`), or after a
 *     determiner of one thing, where a plural cannot stand (`a farmers tan`, `this weeks hearing`);
 *   - `its` before words a possessive cannot precede (`its not`, `its a`, `its clearer`); `wont`/`cant` before
 *     a base verb or with no determiner before them; `Im`, `Ive`, `Ill`, `Id` (capitalised) before the words
 *     they take; `lets` before a bare verb (`lets be honest`); `Well`/`Were`/`Lets` at a sentence start
 *     and `were`/`well`/`wed` with no subject before them,
 *     before a verb (`Were not certain`, `and were thinking`, `Well be testing`).
 *
 * Left alone on purpose (too ambiguous without a grammar): `its` elsewhere, `ill`, `shed`, `hell`, `id`,
 * `were`/`well` after a subject, plurals that are words (`legions`, `Russians`, `Harpers`), demonym plurals
 * (`Belarusians`), plural possessives (`workers'`), lower-case possessives whose plural is a word
 * (`the presidents`), and acronym plurals (`NGOs`; a recurring `NASAs` is a possessive only when the
 * acronym stands alone twice and is never counted: `an SUV`, `two SUVs`).
 *
 * @param context - The rule context; reads `text` and `blocks`.
 * @returns One insertion finding per restored apostrophe.
 * @example
 * ```ts
 * restoreApostrophe(ctx('Many dont want it. It doesnt matter. Kyiv said Kyivs forces...')); // "don't", "doesn't", "Kyiv's"
 * ```
 */
export function restoreApostrophe(context: RuleContext): Finding[] {
  const { text } = context;
  const vocab = repairVocabulary(context);
  if (!vocab.english) return [];
  // The cheap signal first: with no stripped contraction among the document's word forms, no block can
  // count as stripped unless the text has no apostrophe at all, so nothing is restored.
  if (!hasStrippedContraction(vocab) && (vocab.tokens < MIN_WORDS_NO_APOSTROPHE || hasIntactApostrophe(text))) return [];
  // The tokens worth a look. Which occurrences of a candidate form examine may restore an apostrophe in, here, whatever else stands
  // around them: all of a contraction's; all of a possessive's when the tests of possessiveEvidence that read
  // the form and the document (mayBePossessiveIn) allow it; else, when singularPossessive's form-only tests
  // allow it, only those after a determiner of one thing (afterOne), as it asks; else none. Two in three
  // candidates of a stripped page were lower-case plurals (`years`, `cells`) no such determiner precedes.
  const afterOne = (at: number): boolean => isSingularDeterminer(previousWord(text, at));
  const candidates = apostropheCandidates(text, vocab, (id, form) =>
    STRIPPED.of(id) || AMBIGUOUS.has(form.toLowerCase()) || (POSSESSIVE.of(id) && mayBePossessiveIn(form, vocab)) || (SINGULAR.of(id) && afterOne));
  // Then whether apostrophes were stripped: in the whole document (most often, and then the blocks are not
  // asked for: their lines would be split for this text alone, which the rule's insertions then change),
  // else per block, from its stripped contractions and intact apostrophes.
  const docUnamb = candidates.filter((c) => c.unamb).length;
  const [intactAt, curly] = intactApostrophes(text);
  const docIntact = intactAt.length;
  const mark = styleOf(curly, docIntact - curly, text);
  const docStripped = (docIntact === 0 && vocab.tokens >= MIN_WORDS_NO_APOSTROPHE) || (docUnamb >= 2 && docUnamb >= docIntact);
  let stripped = (_at: number): boolean => true;
  if (!docStripped) {
    const blocks = context.blocks; // not empty: a text past the first test has a word
    // The block an offset stands in (one past a block's end: the next), for offsets asked in ascending order.
    let b = 0;
    const blockOf = (at: number): number => {
      while (b < blocks.length - 1 && at >= blocks[b]!.end) b++;
      return b;
    };
    const unamb = blocks.map(() => 0);
    const intact = blocks.map(() => 0);
    for (const c of candidates) if (c.unamb) unamb[blockOf(c.at)]!++;
    b = 0;
    for (const at of intactAt) intact[blockOf(at)]!++;
    b = 0;
    stripped = (at) => {
      const k = blockOf(at);
      return unamb[k]! >= 2 && unamb[k]! > intact[k]!;
    };
  }
  const findings: Finding[] = [];
  for (const c of candidates) examine(text, c.at, c.token, stripped(c.at), mark, vocab, findings, c.possessive);
  return findings;
}

/** {@link mayBeSingularPossessive} per interned form. */
const SINGULAR = new FormProperty(mayBeSingularPossessive);

/**
 * True when some token of the document is a stripped unambiguous contraction (`dont`, `Doesnt`), any casing.
 * An indexed loop, not `ids.some(...)` (whose callback is not inlined) nor `for...of` (slower by about 1 µs
 * a page here): an undamaged page, and every page the rule sees again, reads all its forms here.
 */
function hasStrippedContraction(vocab: DocumentVocabulary): boolean {
  const ids = vocabularyForms(vocab).ids;
  for (let f = ids.length; f--; ) if (STRIPPED.of(ids[f]!)) return true;
  return false;
}

/** True when a form is a stripped unambiguous contraction in any casing; per interned form. */
const STRIPPED = new FormProperty((form) => UNAMBIGUOUS.has(form.toLowerCase()));

/** A token {@link examine} is to look at. */
export interface Candidate {
  /** Where it starts in the text. */
  at: number;
  /** The token. */
  token: string;
  /** False when {@link possessiveEvidence} says no to it whatever its context. */
  possessive: boolean;
  /** True for a stripped unambiguous contraction (`dont`, `Doesnt`). */
  unamb: boolean;
}

/**
 * The tokens of `text` {@link examine} may restore an apostrophe in, in text order: each whole token (no
 * letter, digit, mark, apostrophe, `@`, `/` or `_` beside it, no hyphen after it) of a-z and A-Z only that
 * is a stripped contraction in any casing (`dont`, `Its`) or ends in `s` after three letters or more, and
 * is a form of the document that `CANDIDATE` takes. On a page most words that end in `s` are
 * plurals the lexicon lists (`officials`, `Americans`): each distinct form is judged once, and only the
 * forms kept are looked for in the text, from where the vocabulary says they first stand.
 *
 * @param text - The document text.
 * @param vocab - Its vocabulary (of this very text).
 * @param where - Which occurrences of such a form (by interned id and form) to keep: all (`true`), none
 *   (`false`), or those at offsets a test takes.
 * @returns The candidates.
 * @example
 * ```ts
 * apostropheCandidates('Kyiv said Kyivs forces dont', documentVocabulary(text), () => true); // Kyivs at 10, dont at 23
 * ```
 */
export function apostropheCandidates(text: string, vocab: DocumentVocabulary, where: (id: number, form: string) => boolean | ((at: number) => boolean)): Candidate[] {
  const out: Candidate[] = [];
  const { forms, ids, counts, firsts, text: counted } = vocabularyForms(vocab);
  // A letter outside the BMP is a letter to the vocabulary, not to isFreeToken: then every occurrence is read.
  const astral = /[\ud800-\udfff]/.test(text);
  for (let f = 0; f < ids.length; f++) {
    if (!CANDIDATE.of(ids[f]!)) continue;
    const token = forms[f]!;
    const keep = where(ids[f]!, token);
    if (keep === false) continue;
    const possessive = POSSESSIVE.of(ids[f]!);
    const unamb = STRIPPED.of(ids[f]!);
    // Its whole runs, as many as the vocabulary counts, from where it first stands; in a text with a letter
    // outside the BMP, every occurrence from the start. One loop, no closure per form (nextWholeRun).
    let at = astral ? 0 : counted === text ? firsts![f]! : 0;
    for (let n = astral ? Infinity : counts[f]!; n-- > 0 && (at = astral ? text.indexOf(token, at) : nextWholeRun(text, token, at)) >= 0; at += astral ? 1 : token.length) {
      if (isFreeToken(text, at, at + token.length) && (keep === true || keep(at))) out.push({ at, token, possessive, unamb });
    }
  }
  return out.sort((x, y) => x.at - y.at);
}

/**
 * True for a form that can be a candidate of {@link apostropheCandidates}: a-z and A-Z only, and a stripped
 * contraction in any casing, or a form the form-only tests of {@link possessiveEvidence} or
 * {@link singularPossessive} take (both ask for three letters or more and `s`). Depends on the form alone:
 * {@link examine} never restores an apostrophe in another form, whatever the context (the block, the words
 * around it, the document's vocabulary).
 */
const CANDIDATE = new FormProperty((form) => {
  const lower = form.toLowerCase();
  return /^[A-Za-z]+$/.test(form) && (UNAMBIGUOUS.has(lower) || AMBIGUOUS.has(lower) || mayBePossessive(form) || mayBeSingularPossessive(form));
});

/** {@link mayBePossessive} per interned form. */
const POSSESSIVE = new FormProperty(mayBePossessive);

/** True when an apostrophe (`'` or `’`) stands between two letters somewhere in the text. */
function hasIntactApostrophe(text: string): boolean {
  for (const mark of ["'", '’']) {
    for (let at = text.indexOf(mark, 1); at >= 0; at = text.indexOf(mark, at + 1)) if (isInnerApostrophe(text, at)) return true;
  }
  return false;
}

const GLUE = /[\p{L}\p{M}\p{N}'’@/_]/u;

/** True when the run is a whole word: not glued to letters, digits, apostrophes, `@`, `/`, `_` (a hyphen before is allowed). */
function isFreeToken(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && before !== ' ' && before !== '\n' && GLUE.test(before)) return false;
  if (after !== undefined && after !== ' ' && after !== '\n' && (after === '-' || GLUE.test(after))) return false;
  return true;
}

/**
 * The apostrophe a document uses, so that restored apostrophes match it: the more frequent of `’` and `'`
 * between letters (`it’s`, `mayor's`); on a tie (or none), `’` when the text has curly double quotes
 * (`“ ”`), `'` otherwise.
 *
 * @param text - The document text.
 * @returns `’` or `'`.
 * @example
 * ```ts
 * apostropheStyle('It’s the mayor’s plan'); // '’'
 * apostropheStyle('“Its here,” he said'); // '’' (no apostrophe; curly quotes)
 * apostropheStyle('Its here'); // "'"
 * ```
 */
export function apostropheStyle(text: string): string {
  const [at, curly] = intactApostrophes(text);
  return styleOf(curly, at.length - curly, text);
}

/**
 * The apostrophes (`'` or `’`) between two letters, as `text.matchAll(/\p{L}['’]\p{L}/gu)` finds them: left
 * to right, never two sharing a letter (`a'b'c` holds one), each by the offset of the letter before it; and
 * how many of them have `’` for the match's second code unit (not so after a letter outside the BMP, whose
 * second code unit is the letter's own). Found by searching for the two marks, not by trying the
 * expression at every offset of the text.
 */
function intactApostrophes(text: string): [at: number[], curly: number] {
  const at: number[] = [];
  let curly = 0;
  let end = 0; // where the last match ended: the next may not start before
  for (const m of text.matchAll(MARKS)) {
    const p = m.index;
    const before = letterBefore(text, p);
    const after = letterAt(text, p + 1);
    if (before === 0 || after === 0 || p - before < end) continue;
    at.push(p - before);
    if (before === 1 && m[0] === '’') curly++;
    end = p + 1 + after;
  }
  return [at, curly];
}

const MARKS = /['’]/g;

function styleOf(curly: number, straight: number, text: string): string {
  if (curly !== straight) return curly > straight ? '’' : "'";
  return /[“”]/.test(text) ? '’' : "'";
}

/** `possessive`: false when {@link possessiveEvidence} says no to the token whatever its context ({@link mayBePossessive}). */
function examine(text: string, at: number, token: string, stripped: boolean, mark: string, vocab: DocumentVocabulary, out: Finding[], possessive: boolean): void {
  const lower = token.toLowerCase();
  const insert = (offset: number, confidence: number, reason: string): void => {
    out.push({ start: at + offset, end: at + offset, replacement: mark, rule: RULE, confidence, reason });
  };
  const unamb = UNAMBIGUOUS.get(lower);
  if (text[at - 1] === '-') {
    // Only a hyphenated name's possessive (`Rose-Lynns` -> `Rose-Lynn's`).
    if (stripped && possessive && /^[A-Z]/.test(token)) {
      const poss = possessiveEvidence(token, nextWord(text, at + token.length), vocab);
      if (poss) insert(token.length - 1, poss.confidence, poss.reason);
    }
    return;
  }
  if (unamb !== undefined && (token === lower || /^[A-Z][a-z]+$/.test(token) || token === token.toUpperCase())) {
    insert(unamb.indexOf("'"), stripped ? 0.95 : 0.8, `"${token}" is a contraction that lost its apostrophe`);
    return;
  }
  if (!stripped) return;
  const next = nextWord(text, at + token.length);
  const ambiguous = AMBIGUOUS.get(lower);
  if (ambiguous !== undefined) {
    const why = ambiguousEvidence(token, next, previousWord(text, at), atSentenceStart(text, at), /,\s*$/.test(text.slice(Math.max(0, at - 3), at)));
    if (why) insert(ambiguous.indexOf("'"), 0.8, `"${token}" before "${next}": ${why} (apostrophes stripped here)`);
    return;
  }
  // A number after a name reads as what it owns (`Holcombs 2016 campaign`, `Disneys $6.99 plan`): '0' stands for it.
  const end = at + token.length;
  const poss = (possessive ? possessiveEvidence(token, next || (/^ [$€£\d]/.test(text.slice(end, end + 2)) ? '0' : ''), vocab, text) : null)
    ?? singularPossessive(token, next, previousWord(text, at));
  if (poss) insert(token.length - 1, poss.confidence, poss.reason);
}

function ambiguousEvidence(token: string, next: string, prev: string, sentenceStart: boolean, afterComma = false): string | null {
  const lower = token.toLowerCase();
  const nextLower = next.toLowerCase();
  if (lower === 'its' && AFTER_ITS.has(nextLower)) return 'a possessive "its" cannot stand here';
  if ((lower === 'wont' || lower === 'cant') && AFTER_MODAL.has(nextLower)) return 'a base verb follows, so a negated modal';
  if ((lower === 'wont' || lower === 'cant') && next !== '' && nextLower !== 'to' && !POSSESSIVE_DETERMINERS.has(prev.toLowerCase())) {
    return `"${lower}" as a noun is rare and no determiner precedes it`;
  }
  if (/^[a-z]/.test(next)) {
    const p = prev.toLowerCase();
    if (token === 'Ill' && (AFTER_WILL.has(next) || (!sentenceStart && !isFunctionLike(next)))) return 'a verb follows, so "I\'ll"';
    if (token === 'Id' && (AFTER_WILL.has(next) || next === 'been' || /ed$/.test(next) || AFTER_ID.has(next))) return 'a verb follows, so "I\'d"';
    if (lower === 'wed' && (AFTER_WILL.has(next) || next === 'been') && !/^(?:they|who|were|was|couple|and)$/.test(p)) return 'a verb follows, so "we\'d"';
    if (sentenceStart && token === 'Well' && AFTER_WILL.has(next)) return 'no comma after "Well" and a verb follows, so "We\'ll"';
    if (!sentenceStart && token === 'well' && AFTER_WILL.has(next) && next !== 'like' && p !== '' && !BEFORE_ADVERB_WELL.has(p) && !/(?:ed|ly)$/.test(p)) {
      return 'a verb follows and nothing "well" could qualify precedes it, so "we\'ll"';
    }
    if (token === 'Lets' && sentenceStart && AFTER_LETS.has(next)) return 'a base verb follows at a sentence start, so "Let\'s"';
    // The verb `lets` takes an object (`lets users see`), never a bare verb: `lets be honest`, `lets talk`.
    if (token === 'lets' && AFTER_LETS.has(next) && !LETS_VERB_PARTICLES.has(next)) return 'a base verb follows, so "let\'s"';
    // `and were thinking`, `Today, were going`: nothing before `were` can be its subject.
    const subjectless = (sentenceStart && token === 'Were') || (token === 'were' && (BEFORE_WERE.has(p) || afterComma));
    if (subjectless && (AFTER_WERE.has(next) || (/ing$/.test(next) && next !== 'being'))) return 'no subject before it, so "we\'re"';
  }
  if (token === 'Im' && /^[a-z]/.test(next)) return '"Im" is not a word; "I\'m" is';
  if (token === 'Ive' && (AFTER_IVE.has(next) || /(?:ed|en|wn)$/.test(next))) return 'a participle follows, so "I\'ve"';
  return null;
}

/** After `lets`, words the verb `lets` itself takes (`lets go of`, `lets all`): never read as `let's`. */
const LETS_VERB_PARTICLES = new Set('go all break turn put not'.split(' '));
/** The `apostrophe` rule: apostrophes a scraper stripped, restored. */
export const apostropheRule: Rule = {
  examples: ['The soldiers said they dont want to fight. Putin doesnt listen, and Russia isnt winning. Kyiv said Kyivs forces held the line; Russias losses grew. They didnt say more, and it wasnt clear why.'],
  id: RULE,
  phase: 'repair',
  description: 'Restores apostrophes stripped from contractions and possessives (`dont` -> `don\'t`, `Kyivs` -> `Kyiv\'s`).',
  find: restoreApostrophe,
};
