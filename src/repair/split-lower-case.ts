import { AMBIGUOUS_CONTRACTIONS, UNAMBIGUOUS_CONTRACTIONS } from '../data/contractions.js';
import {
  COMPOUND_HEADS, COMPOUND_PREFIXES, INFLECTED_LEFT_ENDINGS, JOINABLE_FUNCTION_WORDS, KNOWN_FUSED_FORMS, LEXICON_NOISE,
  PARTICLE_HEADS, SHORT_WORDS,
} from '../data/repair-words.js';
import { foldedCount, vocabularyForms, type DocumentVocabulary } from './document-vocabulary.js';
import { detachString } from '../model/detach-string.js';
import { FormProperty } from './word-form-table.js';
import { englishLexicon, isLowerAscii, lexiconSize, wordRank } from './english-lexicon.js';
import { isKnownWordForm, mayBeInflected } from './is-known-word.js';
import { mayBeFoldedForm, partSieve, type PartSieve } from './part-sieve.js';
import { countApart } from './count-apart.js';
import { isWordInCorpus, type CorpusVocabulary } from './corpus-vocabulary.js';
import { isAsciiLetter } from '../model/characters.js';

// The lower-case readings of `word-join` (`formedin` -> `formed|in`, `claimedlast`, `modelsina`): a unigram
// segmentation of a lower-case a-z token into two to four parts, vetoed by the guards a plain segmenter
// lacks. `split-word-join` finds the tokens and turns readings into findings; `split-capitalised` builds its
// readings of capitalised tokens on these.

/** The one- and two-letter words a reading may have as parts ({@link SHORT_WORDS}). */
export const SHORT = new Set(SHORT_WORDS);
/** Closed-class words that fuse with their neighbours ({@link JOINABLE_FUNCTION_WORDS}). */
export const FUNCTION = new Set(JOINABLE_FUNCTION_WORDS);
/** Compound prefixes (`counter`, `over`): no split after one unless a function word follows. */
export const PREFIXES = new Set(COMPOUND_PREFIXES);
/** Compound heads (`field`, `time`): no split before one unless a function word is beside it. */
export const HEADS = new Set(COMPOUND_HEADS);
/** Markup debris the lexicon ranks high (`com`, `http`): never a part. */
export const NOISE = new Set(LEXICON_NOISE);
/** Particles of phrasal verbs (`up`, `out`): `pile|up` is one word, `going|up` two. */
export const PARTICLES = new Set(PARTICLE_HEADS);
// Maps, not objects: a token such as `constructor` must not find `Object.prototype` members.
/** Well-known fusions and their reading (`upto` -> `up to`): split whatever the lexicon says, and never a part. */
export const FUSED = new Map(Object.entries(KNOWN_FUSED_FORMS));
/** Contractions written without their apostrophe (`dont`, `wont`): the apostrophe rule's, never split. */
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
/** A fused form that recurs is still split when both of its two parts rank above this (and one is a function word). */
const RECURRING_FUSION_RANK = 10_000;
/** A 3-letter part must rank above this (or be a function word): the list's tail is full of fragments (`eco`, `meg`). */
const SHORT_PART_RANK = 3_000;

/**
 * What one round of a `splitWordJoin` call judges its tokens against, passed down to every reading:
 * the vocabulary of the round's text, the corpus vocabulary of the call's options, and the verdicts on
 * lower-case forms made so far in the round. No verdict that hangs on the document or the corpus is kept
 * anywhere else, so none outlives the round: the memos kept process-wide hang on the form alone, and the
 * folded forms and sieve bits kept per vocabulary are facts of that vocabulary, not verdicts.
 */
export interface JoinEvidence {
  /** The document's word forms (of the text as this round sees it). */
  readonly vocab: DocumentVocabulary;
  /** `options.vocabulary`: a lower-case form the corpus keeps whole recurs, as one the document writes twice does. */
  readonly corpus: CorpusVocabulary | undefined;
  /** Verdicts of {@link splitLowerCase}, without the text and with it (the document's usage may lift a guard). */
  readonly verdicts: readonly [Map<string, Split | null>, Map<string, Split | null>];
}

/**
 * A fresh {@link JoinEvidence} for one round, with no verdicts yet.
 *
 * @param vocab - The vocabulary of the round's text.
 * @param corpus - The corpus vocabulary of the call's options, if any.
 * @returns The round's evidence.
 * @example
 * ```ts
 * splitLowerCase('formedin', joinEvidence(documentVocabulary(text), undefined), text); // cuts [6]
 * ```
 */
export function joinEvidence(vocab: DocumentVocabulary, corpus: CorpusVocabulary | undefined): JoinEvidence {
  return { vocab, corpus, verdicts: [new Map(), new Map()] };
}

/** A reading of a token as words run together: where the spaces go, and why. */
export interface Split {
  /** Offsets in the token where a space goes, ascending. */
  readonly cuts: readonly number[];
  /** How sure the reading is, 0..1. */
  readonly confidence: number;
  /** Why, for the finding's reason. */
  readonly reason: string;
}

/**
 * The parts of `token` cut at `cuts`.
 *
 * @param token - A token.
 * @param cuts - Offsets in it, ascending.
 * @returns The `cuts.length + 1` parts.
 * @example
 * ```ts
 * cutAt('ontheway', [2, 5]); // ['on', 'the', 'way']
 * ```
 */
export function cutAt(token: string, cuts: readonly number[]): string[] {
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
 * Word forms that start with an ASCII letter in a casing other than lower-case a-z, capitalised a-z
 * (`Kyiv`) or capitals A-Z (`NATO`): `McDonald`, `iPhone`, `YouTube`, and forms with a letter past ASCII
 * (`José`). {@link hasFoldedForm} finds the usual casings by probing `counts`; only these need a set. Per
 * interned form.
 */
const IRREGULAR_CASE = new FormProperty((form) => {
  const c = form.charCodeAt(0);
  if (!isAsciiLetter(c) || isLowerAscii(form)) return false;
  let lower = 0;
  let upper = 0;
  for (let i = 1; i < form.length; i++) {
    const d = form.charCodeAt(i);
    if (d >= 97 && d <= 122) lower++;
    else if (d >= 65 && d <= 90) upper++;
    else return true;
  }
  return c >= 97 || (lower > 0 && upper > 0);
});

/**
 * The lower-cased {@link IRREGULAR_CASE} forms of a vocabulary, built once per vocabulary when a split first
 * asks for a word whose usual casings the document lacks (few pages have more than a handful).
 */
const irregular = new WeakMap<DocumentVocabulary, Set<string>>();

/**
 * True when some word form of the document starting with an ASCII letter lower-cases to `lower` (a
 * lower-case a-z word): as written, capitalised, in capitals ({@link foldedCount}'s casings, probed), or in
 * any other casing (`McDonald` for `mcdonald`).
 */
function hasFoldedForm(vocab: DocumentVocabulary, lower: string): boolean {
  const counts = vocab.counts;
  if (counts.has(lower)) return true;
  if (!mayBeFoldedForm(vocab, lower)) return false; // most words: no probe needed
  if (counts.has(String.fromCharCode(lower.charCodeAt(0) - 32) + lower.slice(1)) || counts.has(lower.toUpperCase())) return true;
  let set = irregular.get(vocab);
  if (!set) {
    set = new Set();
    const { forms, ids } = vocabularyForms(vocab);
    for (let f = 0; f < ids.length; f++) if (IRREGULAR_CASE.of(ids[f]!)) set.add(forms[f]!.toLowerCase());
    irregular.set(vocab, set);
  }
  return set.has(lower);
}

/**
 * The cost of a word of frequency rank `rank` in the Zipf model: `ln((rank + 1) · ln N)`, N the lexicon's size.
 *
 * @param rank - A lexicon rank (0 the most frequent).
 * @returns Its cost in natural-log units.
 * @example
 * ```ts
 * rankCost(0) < rankCost(1_000); // true
 * ```
 */
export function rankCost(rank: number): number {
  return Math.log((rank + 1) * Math.log(lexiconSize()));
}

/**
 * Closed-class words from the curated list only (and the stripped contractions): the Wikipedia ranks put
 * markup words (`link`, `page`) among the most frequent.
 *
 * @param word - A lower-case word.
 * @returns Whether it is a function word or a stripped contraction.
 * @example
 * ```ts
 * isFunctionWord('the'); // true
 * isFunctionWord('doesnt'); // true
 * isFunctionWord('page'); // false
 * ```
 */
export function isFunctionWord(word: string): boolean {
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
 *
 * @param a - The left part, lower-case.
 * @param b - The right part, lower-case.
 * @param vocab - The document's vocabulary.
 * @returns Whether the document vouches for the two as words of their own.
 * @example
 * ```ts
 * bothStandAlone('protein', 'intake', documentVocabulary('protein ... intake')); // true
 * ```
 */
export function bothStandAlone(a: string, b: string, vocab: DocumentVocabulary): boolean {
  if (a.length < 3 || b.length < 3 || PREFIXES.has(a) || HEADS.has(b) || PARTICLES.has(b)) return false;
  if ((wordRank(a) ?? APART_RANK) >= APART_RANK || (wordRank(b) ?? APART_RANK) >= APART_RANK) return false;
  return foldedCount(vocab, a) > 0 && foldedCount(vocab, b) > 0;
}

/**
 * Whether two adjacent parts may have been one fusion: the guards a plain segmenter lacks.
 *
 * @param a - The left part, lower-case.
 * @param b - The right part, lower-case.
 * @returns False for a compound (`counter|offensive`, `battle|field`, `pile|up`) or two content words that
 *   are not both common.
 * @example
 * ```ts
 * pairAllowed('claimed', 'last'); // true
 * pairAllowed('battle', 'field'); // false
 * ```
 */
export function pairAllowed(a: string, b: string): boolean {
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
 * The reading of a lower-case token as two to four words run together, or `null` when it is a word (or no
 * reading passes the guards). Judged once per round (kept in the round's {@link JoinEvidence}), not per use.
 *
 * @param token - A token of ASCII letters.
 * @param ev - The round's evidence.
 * @param text - The round's text, or `''` where the document's usage (parts written apart) is not to be read.
 * @returns The reading, or `null`.
 * @example
 * ```ts
 * splitLowerCase('claimedlast', ev, text)?.cuts; // [7]
 * ```
 */
export function splitLowerCase(token: string, ev: JoinEvidence, text = ''): Split | null {
  const verdicts = ev.verdicts[text === '' ? 0 : 1]; // with the text, the document's usage may lift a guard
  let v = verdicts.get(token);
  if (v === undefined) {
    v = judgeLower(token, ev, text, false);
    verdicts.set(token, v);
  }
  return v;
}

/**
 * {@link splitLowerCase} without its verdicts kept. `nested` is true for the one level of looking inside an
 * attested part ({@link isAttestedFusion}): there every attested form is a part.
 */
function judgeLower(token: string, ev: JoinEvidence, text: string, nested: boolean): Split | null {
  const entry = tokenEntry(token);
  if (entry.spelling !== undefined) return entry.spelling; // most tokens end here
  // The cheapest reading in two to four parts among those the guards admit (a Viterbi search over
  // states = where the last part starts, so that each pair of neighbours can be checked) ...
  const best = cheapestReading(token, entry, ev, nested);
  if (!best) return null;
  // ... then vetoed by the guards: a wrong reading is not replaced by a second-best one. What the guards
  // say from the parts alone is judged once per reading (a token's reading without the document is kept
  // process-wide, and so with it this judgement); the document is asked only about the rest.
  const guards = (best.guards ??= judgeParts(token, best));
  if (guards.veto) return null;
  // The corpus keeps a form whole that stands intact in several documents and far more often than the corpus
  // writes the reading's parts apart (`assailed`, never `as sailed`): that answers, for this form, what the
  // exception for a recurring form below has to guess from one document.
  if (isWordInCorpus(ev.corpus, token, best.cuts)) return null;
  const vocab = ev.vocab;
  const cuts = best.cuts;
  for (let u = 0; u < guards.unpaired.length; u++) {
    const k = guards.unpaired[u]!;
    const a = token.slice(k === 1 ? 0 : cuts[k - 2]!, cuts[k - 1]!);
    const b = token.slice(cuts[k - 1]!, k < cuts.length ? cuts[k]! : token.length);
    if (!bothStandAlone(a, b, vocab) && !writtenApart(text, a, b, vocab)) return null;
  }
  // A form seen twice is a word (`zorbfest`), unless it reads as a function word beside a very common word
  // (`may|be`, `about|the`, `can|help`): no word of English is spelt like that, and a page that lost a space
  // in one bigram often lost it in the same bigram again (one template, one inline tag).
  const seen = foldedCount(vocab, token);
  if (seen >= 2 && !guards.commonPair && !apartMoreOften(text, cutAt(token, cuts), vocab, seen)) return null;
  return {
    cuts,
    confidence: guards.fn ? 0.85 : 0.7,
    reason: guards.fn ? 'a function word fused to its neighbour' : 'two common words fused',
  };
}

/** What the guards of {@link judgeLower} say of a reading from its parts alone, whatever the document. */
interface PartGuards {
  /** A guard refuses it whatever the document: a short part, three parts, or the whole is the cheaper word. */
  readonly veto: boolean;
  /** The pairs (by the index of their right part) the pair guards refuse unless the document vouches for them. */
  readonly unpaired: readonly number[];
  /** A function word is one of the parts (the first only of two). */
  readonly fn: boolean;
  /** Two parts, one a function word, both very common: such a form is split even when it recurs. */
  readonly commonPair: boolean;
}

/** The {@link PartGuards} of `best`, a reading of the lower-case a-z token `token`. */
function judgeParts(token: string, best: Reading): PartGuards {
  const parts = cutAt(token, best.cuts);
  const whole = englishLexicon().get(token);
  let veto = whole !== undefined && best.cost + MARGIN > rankCost(whole);
  const unpaired: number[] = [];
  for (let k = 1; k < parts.length && !veto; k++) {
    const a = parts[k - 1]!;
    const b = parts[k]!;
    if (!(shortPartAllowed(a, b, parts.length) || isArticleNoun(a, b)) || !shortPartAllowed(b, a, parts.length)) veto = true;
    else if (k >= 2 && !tripleAllowed(parts[k - 2]!, a, b)) veto = true;
    else if (!pairAllowed(a, b)) unpaired.push(k);
  }
  const fn = parts.some((p, k) => p.length >= 2 && isFunctionWord(p) && (parts.length === 2 || k > 0));
  const commonPair = parts.length === 2 && fn && parts.every((p) => (wordRank(p) ?? PART_RANK) < RECURRING_FUSION_RANK);
  return { veto, unpaired: veto ? [] : unpaired, fn, commonPair };
}

/**
 * What the spelling of a lower-case token says before any segmentation, whatever the document: `null` when
 * it is a word (ranked among the lexicon's first {@link WORD_RANK}, not a-z only, a stripped contraction,
 * an inflected or derived form of a lexicon word), the reading of a well-known fusion ({@link FUSED}), or
 * `undefined` when only a segmentation can tell. The opening of every lower-case reading, and of the
 * rule's test for forms that never split, so the two cannot disagree.
 *
 * @param token - A token that starts with a lower-case letter.
 * @returns `null`, a reading, or `undefined`.
 * @example
 * ```ts
 * judgeSpelling('formed'); // null
 * judgeSpelling('upto')?.cuts; // [2]
 * judgeSpelling('formedin'); // undefined
 * ```
 */
export function judgeSpelling(token: string): Split | null | undefined {
  const whole = englishLexicon().get(token);
  if (whole !== undefined && whole < WORD_RANK && !FUSED.has(token)) return null;
  if (!/^[a-z]+$/.test(token)) return null;
  const known = FUSED.get(token);
  if (known !== undefined) return { cuts: [known.indexOf(' ')], confidence: 0.9, reason: 'a well-known fused form' };
  if (CONTRACTIONS.has(token) || isKnownWordForm(token)) return null;
  return undefined;
}

/** Most parts a fused token is read as (`or|other|irritant|is`). */
const MAX_PARTS = 4;

/** A segmentation: where the parts start after the first, and its cost in the Zipf model. */
interface Reading {
  readonly cuts: readonly number[];
  readonly cost: number;
  /** What the guards say of it from its parts alone: judged when first asked, kept with the reading. */
  guards?: PartGuards;
}

/**
 * The cheapest segmentation of `token` into 2..{@link MAX_PARTS} parts that the part cost admits, by
 * dynamic programming over (parts so far, end): what a plain unigram segmenter would choose. The caller
 * vetoes it with the pair guards rather than searching for a second-best.
 *
 * The part cost is what the lists say (judged once per token, process-wide), else a form the document
 * attests, unless it is itself a fusion (`formedin` in `formedinfight`: else the verdict on one token would
 * hang on whether another was repaired yet), else an inflected form of a lexicon word of six letters or
 * more (`divulged`, `hydrated`). The document changes a reading only through a part it attests, so the
 * reading the lists alone give is found once per token (process-wide, with the parts it asked about that a
 * document could admit); a document whose sieve rules out all of those parts reads the token the same,
 * and only the others are segmented again.
 */
function cheapestReading(token: string, entry: TokenEntry, ev: JoinEvidence, nested: boolean): Reading | null {
  const w = token.length + 1;
  const vocab = ev.vocab;
  const sieve = partSieve(token, vocab);
  const cells = cellsOf(entry, w);
  // What the lists say of a part: a cost, REFUSED, or what only the document can admit.
  const listed = (i: number, j: number): number => {
    const at = i * w + j;
    let v = cells[at]!;
    if (v !== v) { // NaN: not judged yet
      v = listedCell(token, i, j, sieve);
      cells[at] = v;
    }
    return v;
  };
  let alone = entry.alone;
  if (alone === undefined) {
    const open: number[] = [];
    const asked = new Uint8Array(w * w);
    const reading = segment(token, (i, j) => {
      const v = listed(i, j);
      if (v >= 0) return v;
      if (v === REFUSED) return undefined;
      const at = i * w + j;
      if (asked[at] === 0) {
        asked[at] = 1;
        open.push(at);
      }
      return v === ATTESTED_OR_KNOWN ? rankCost(lexiconSize()) + 1 : undefined;
    });
    alone = { reading, open: Int32Array.from(open) };
    keepAlone(entry, alone);
  }
  let attested = false;
  for (let k = 0; k < alone.open.length && !attested; k++) {
    const at = alone.open[k]!;
    attested = sieve.mayBeAttested((at / w) | 0, at % w);
  }
  if (!attested) return alone.reading;
  return segment(token, (i, j) => {
    const v = listed(i, j);
    if (v >= 0) return v;
    if (v === REFUSED) return undefined;
    // Only the document can admit it (the part cost): a form it attests that is no fusion itself.
    if (sieve.mayBeAttested(i, j)) {
      const word = token.slice(i, j);
      if (hasFoldedForm(vocab, word) && (nested || !isAttestedFusion(word, ev))) return rankCost(PART_RANK);
    }
    return v === ATTESTED_OR_KNOWN ? rankCost(lexiconSize()) + 1 : undefined;
  });
}

/**
 * The dynamic programme of {@link cheapestReading} under the part cost `cost` (undefined: no part).
 * Most tokens that are no fusion have no admissible last part: that is found out before the n² search,
 * from what the token's last parts are whatever the document ({@link lastParts}, kept process-wide),
 * asking `cost` only about the last parts that a document alone can admit.
 */
function segment(token: string, cost: (i: number, j: number) => number | undefined): Reading | null {
  const n = token.length;
  const last = lastParts(token);
  if (last !== true) {
    let anyLast = false;
    for (let k = 0; k < last.length && !anyLast; k++) anyLast = cost(last[k]!, n) !== undefined;
    if (!anyLast) return null;
  }
  // At k * w + j: the cheapest cost of token[0, j) in k parts (Infinity: none), and where its last part starts.
  const w = n + 1;
  const best = new Float64Array((MAX_PARTS + 1) * w).fill(Infinity);
  const from = new Int32Array((MAX_PARTS + 1) * w);
  for (let j = 1; j < n; j++) {
    const c = cost(0, j);
    if (c !== undefined) best[w + j] = c;
  }
  let answer: Reading | null = null;
  for (let k = 2; k <= MAX_PARTS; k++) {
    const prev = (k - 1) * w;
    const row = k * w;
    for (let i = 1; i < n; i++) {
      const before = best[prev + i]!;
      if (before === Infinity) continue;
      for (let j = i + 1; j <= n; j++) {
        if (j < n && k === MAX_PARTS) continue;
        const c = cost(i, j);
        if (c === undefined) continue;
        const total = before + c;
        if (total < best[row + j]!) {
          best[row + j] = total;
          from[row + j] = i;
        }
      }
    }
    const end = best[row + n]!;
    if (end === Infinity || (answer && answer.cost <= end)) continue;
    const cuts: number[] = [];
    for (let kk = k, at = n; kk > 1; kk--) {
      at = from[kk * w + at]!;
      cuts.unshift(at);
    }
    answer = { cuts, cost: end };
  }
  return answer;
}

/** Codes of a {@link TokenEntry} cell below zero (a cost is zero or more; NaN: not judged yet). */
const REFUSED = -1;
/** Admitted only when the document attests it (the part cost of {@link cheapestReading}); refused otherwise. */
const ATTESTED_ONLY = -2;
/** Admitted when the document attests it; otherwise an inflected form's cost. */
const ATTESTED_OR_KNOWN = -3;

/** What the word lists alone make of one token {@link judgeLower} is asked about: kept process-wide (bounded) by {@link tokenEntry}. */
interface TokenEntry {
  /** {@link judgeSpelling} of the token. */
  readonly spelling: Split | null | undefined;
  /**
   * What the lists say of each part `token.slice(i, j)`, at `i * (n + 1) + j` (NaN until asked): the part
   * cost of {@link cheapestReading} without the document ({@link listedCell}). Made when first asked.
   */
  cells?: Float64Array;
  /**
   * The reading when the document attests no part, once asked, and the parts its segmentation asked about
   * that a document could admit (at `i * (n + 1) + j`).
   */
  alone?: { readonly reading: Reading | null; readonly open: Int32Array };
}

/**
 * The {@link TokenEntry} of a token, judged once per token and kept process-wide (bounded). Word forms recur
 * from page to page, and so do the lexicon probes a judgement of each makes.
 */
function tokenEntry(token: string): TokenEntry {
  let entry = tokenMemo.get(token);
  if (entry === undefined) {
    if (tokenMemo.size >= TOKEN_MEMO_LIMIT) forgetTokens();
    entry = { spelling: judgeSpelling(token) };
    tokenMemo.set(detachString(token), entry);
  }
  return entry;
}

/** The cells of a token's entry (`w` is the token's length + 1), made when first asked. */
function cellsOf(entry: TokenEntry, w: number): Float64Array {
  let cells = entry.cells;
  if (cells === undefined) {
    cells = new Float64Array(w * w).fill(NaN);
    if (cellsHeld + cells.length > CELL_MEMO_CELLS) forgetTokens(); // this entry's cells are then its own
    entry.cells = cells;
    cellsHeld += cells.length;
  }
  return cells;
}

/** Keeps the reading the lists alone give in a token's entry (its open parts count toward the cells held). */
function keepAlone(entry: TokenEntry, alone: NonNullable<TokenEntry['alone']>): void {
  entry.alone = alone;
  cellsHeld += alone.open.length;
}

function forgetTokens(): void {
  tokenMemo.clear();
  cellsHeld = 0;
}

const tokenMemo = new Map<string, TokenEntry>();
const TOKEN_MEMO_LIMIT = 20_000;
/** Cells (8 bytes each) and open parts (4 bytes each) held in all: at most 8 MB, however long the tokens. */
const CELL_MEMO_CELLS = 1_000_000;
let cellsHeld = 0;

/**
 * One cell of {@link TokenEntry}: the cost the lists give `token.slice(i, j)`, {@link REFUSED}, or, when no
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
 *
 * @param token - A lower-case a-z token.
 * @returns `true`, or the starts of the last parts only a document can admit.
 * @example
 * ```ts
 * lastParts('formedin'); // true: `in` is listed
 * ```
 */
export function lastParts(token: string): true | readonly number[] {
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
    lastPartMemo.set(detachString(token), v);
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