import { INFLECTED_LEFT_ENDINGS } from '../../data/repair-words.js';
import { englishLexicon, wordRank } from '../vocabulary/english-lexicon.js';
import { HEADS, PARTICLES, PART_RANK, PAST_FORMS, PREFIXES, isFunctionWord } from './join-words.js';
import { rankCost } from './listed-part-cost.js';
import { cutAt } from './cut-at.js';
import type { Reading } from './segment.js';

// The guards a plain segmenter lacks: what the parts of a reading say of it, whatever the document. Pure
// predicates on the parts (a compound, a short part, a middle part, the article before a noun), and
// {@link judgeParts}, which asks them of one reading. Where a pair guard refuses, the document may still
// vouch for the pair (`written-apart`); the judge (`split-lower-case`) asks it.

const INFLECTED = INFLECTED_LEFT_ENDINGS;
/** A split must cost this much less than the whole (natural-log units) when the whole is in the lexicon. */
const MARGIN = 1.5;
/** A content word ranked above this may fuse with another content word (`claimed|last`, `movie|together`). */
const VERY_COMMON_RANK = 1_000;
/** A fused form that recurs is still split when both of its two parts rank above this (and one is a function word). */
const RECURRING_FUSION_RANK = 10_000;
/** A 3-letter part must rank above this (or be a function word): the list's tail is full of fragments (`eco`, `meg`). */
const SHORT_PART_RANK = 3_000;

/** What the guards say of a reading from its parts alone, whatever the document ({@link judgeParts}). */
export interface PartGuards {
  /** A guard refuses it whatever the document: a short part, three parts, or the whole is the cheaper word. */
  readonly veto: boolean;
  /** The pairs (by the index of their right part) the pair guards refuse unless the document vouches for them. */
  readonly unpaired: readonly number[];
  /** A function word is one of the parts (the first only of two). */
  readonly fn: boolean;
  /** Two parts, one a function word, both very common: such a form is split even when it recurs. */
  readonly commonPair: boolean;
}

/**
 * The {@link PartGuards} of `best`, a reading of the lower-case a-z token `token`: vetoed when the whole is
 * a lexicon word cheaper than the reading (by a margin), or a short or middle part is refused
 * ({@link shortPartAllowed}, {@link isArticleNoun}, {@link tripleAllowed}); else the pairs
 * {@link pairAllowed} refuses, for the document to vouch for.
 *
 * @param token - A lower-case a-z token.
 * @param best - Its cheapest reading.
 * @returns What the guards say of it.
 * @example
 * ```ts
 * judgeParts('formedin', { cuts: [6], cost: 12.3 }); // { veto: false, unpaired: [], fn: true, commonPair: true }
 * judgeParts('battlefield', { cuts: [6], cost: 10 }).veto; // true: the whole is a cheaper word
 * ```
 */
export function judgeParts(token: string, best: Reading): PartGuards {
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
  if (PARTICLES.has(b) && !fa && !a.endsWith('s') && !PAST_FORMS.has(a) && !INFLECTED.some((e) => a.endsWith(e))) return false; // pile|up, roll|out (but going|up, came|up)
  if (fa || fb) return true;
  const ra = wordRank(a) ?? RARE_PART_RANK;
  const rb = wordRank(b) ?? RARE_PART_RANK;
  const inflected = INFLECTED.some((e) => a.endsWith(e));
  if (ra >= PART_RANK || rb >= PART_RANK) return inflected && isRarePhrase(a, b, ra, rb);
  return inflected || ra < VERY_COMMON_RANK || rb < VERY_COMMON_RANK || isLongPhrase(a, b);
}

/** A part no list holds ranks as this: a {@link isRarePhrase} reading takes only listed words. */
const RARE_PART_RANK = 60_000;
/** The commoner part of a {@link isRarePhrase} reading must rank above this. */
const PHRASE_PART_RANK = 10_000;

/**
 * `alarming|levels`, `crewed|mission`, `feeling|intimidated`, `simply|tacked`: an inflected word of six
 * letters or more (`-ing`, `-ed`, `-ly`, `-ous`, ...) beside a listed word of any rank, five letters or more
 * and no agent noun or gerund, when one of the two is common (rank < {@link PHRASE_PART_RANK}). Closed
 * compounds rarely open with an inflected word; those that do are short (`feedback`) or listed words (never
 * split), or end in a head made from a verb (`festivalgoers`, as {@link isLongPhrase}).
 */
function isRarePhrase(a: string, b: string, ra: number, rb: number): boolean {
  return a.length >= 6 && b.length >= 5 && !AGENT_OR_GERUND.test(b) && Math.max(ra, rb) < RARE_PART_RANK && Math.min(ra, rb) < PHRASE_PART_RANK;
}

/** The endings of an agent noun or a gerund, which head closed compounds (`woodcarver`, `moviegoers`, `sleepwalking`). */
const AGENT_OR_GERUND = /(?:ing|ings|er|ers)$/;

/** Two content words this long together read as a phrase that lost its space, not a closed compound. */
const LONG_PAIR = 12;

/**
 * `remote|markets`, `carbon|dioxide`, `holiday|spirit`: two common content words twelve letters or more
 * together, the second no agent noun or gerund. Closed compounds the lexicon misses are short
 * (`breadbasket`, `tablespoon`, `flowchart`) or end in a head made from a verb (`sleepwalking`,
 * `woodcarver`, `whistleblower`, `crowdfunding`).
 */
function isLongPhrase(a: string, b: string): boolean {
  return a.length + b.length >= LONG_PAIR && a.length >= 3 && !AGENT_OR_GERUND.test(b);
}

/**
 * A three-letter part that is not a function word must be common (the list's tail is full of fragments:
 * `eco`, `meg`), or stand beside a function word (`the|gig`); the article `a` only beside a plain common
 * word (`a|typical` is `atypical`). `parts` is how many parts the reading has: only a two-part reading
 * loosens the three-letter limit.
 *
 * @param part - A part, lower-case.
 * @param other - Its neighbour in the reading.
 * @param parts - How many parts the reading has.
 * @returns Whether `part` may be a part beside `other`.
 * @example
 * ```ts
 * shortPartAllowed('eco', 'system', 2); // false: a fragment
 * shortPartAllowed('gig', 'the', 2); // true: beside a function word
 * ```
 */
export function shortPartAllowed(part: string, other: string, parts: number): boolean {
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
 *
 * @param a - The left part, lower-case.
 * @param b - The right part, lower-case.
 * @returns Whether `a|b` reads as the article before a noun.
 * @example
 * ```ts
 * isArticleNoun('a', 'paycheck'); // true
 * isArticleNoun('a', 'typical'); // false: the privative `a-`
 * ```
 */
export function isArticleNoun(a: string, b: string): boolean {
  return a === 'a' && b.length >= 5 && /^[b-df-hj-np-tv-z]/.test(b) && !PRIVATIVE_STEM.test(b) && wordRank(b) !== undefined;
}

/**
 * With three or more parts, the article `a` in the middle only between a function word and a common word
 * (`was|a|key`, never `be|a|ding`); any other middle part is a function word or a common word before one.
 *
 * @param a - The part before the middle one.
 * @param mid - The middle part.
 * @param c - The part after it.
 * @returns Whether `mid` may stand between `a` and `c`.
 * @example
 * ```ts
 * tripleAllowed('was', 'a', 'key'); // true
 * tripleAllowed('be', 'a', 'ding'); // false
 * ```
 */
export function tripleAllowed(a: string, mid: string, c: string): boolean {
  if (mid === 'a') return a.length >= 2 && isFunctionWord(a) && !isFunctionWord(c) && (wordRank(c) ?? PART_RANK) < 5_000;
  if (mid.length < 2) return false;
  if (isFunctionWord(mid)) return true;
  // A content word in the middle only before a function word (`against|people|of`), never `has|own|property`.
  return c.length >= 2 && isFunctionWord(c) && [a, mid].every((p) => (wordRank(p) ?? PART_RANK) < PART_RANK);
}