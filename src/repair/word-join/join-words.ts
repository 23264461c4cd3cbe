import { UNAMBIGUOUS_CONTRACTIONS } from '../../data/contractions.js';
import {
  COMPOUND_HEADS, COMPOUND_PREFIXES, JOINABLE_FUNCTION_WORDS, KNOWN_FUSED_FORMS, LEXICON_NOISE, PARTICLE_HEADS, PAST_BEFORE_PARTICLE, SHORT_WORDS,
} from '../../data/repair-words.js';

// The word lists of `word-join` as sets, and the ranks that bound a word and a part: what the costs, the
// guards and the judges of the lower-case and the capitalised readings all read, so that they read one list
// the same way (`case-seam` reads its closed-class words and well-known fusions here too).

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
/** Past tenses a particle may follow as a word of its own ({@link PAST_BEFORE_PARTICLE}: `came|up`). */
export const PAST_FORMS = new Set(PAST_BEFORE_PARTICLE);
// Maps, not objects: a token such as `constructor` must not find `Object.prototype` members.
/** Well-known fusions and their reading (`upto` -> `up to`): split whatever the lexicon says, and never a part. */
export const FUSED = new Map(Object.entries(KNOWN_FUSED_FORMS));
/**
 * Stripped contractions of four letters or more that are no English word (`doesnt`, `theyre`, `thats`,
 * `whos`): closed-class words (an auxiliary with `not`, a pronoun with a verb), so a part of a fusion like
 * any function word (`doesnt|mention`, `anyone|whos`); the apostrophe rule restores them afterwards.
 */
export const STRIPPED = new Set(Object.keys(UNAMBIGUOUS_CONTRACTIONS).filter((w) => w.length >= 4));

/** A token ranked above this is a word and is never split (except {@link KNOWN_FUSED_FORMS}). */
export const WORD_RANK = 30_000;
/** In a fusion of two content words, both must rank above this. */
export const PART_RANK = 20_000;

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
