import { englishLexicon, wordRank } from '../vocabulary/english-lexicon.js';
import { NOISE, PART_RANK, PAST_FORMS, STRIPPED } from './join-words.js';
import type { Split } from './cut-at.js';
import type { JoinEvidence } from './join-evidence.js';
import { splitLowerCase } from './split-lower-case.js';

// A capitalised token that is a subject pronoun fused to the verb after it (`Iwas`, `Itis`, `Wedidnt`): the
// first reading `splitCapitalised` tries.

/** Words that follow the pronoun `I` (`Iwas`, `Iam`): a token `I` + one of these is split unless it is a listed word. */
const AFTER_I = new Set([...PAST_FORMS, ...'am was do did have had will would can could think know said feel felt want wanted just also really never always love loved like got get see saw mean guess hope believe remember asked tried decided started should must may might need needed sat heard'.split(' ')]);
/** Verbs that follow `It` (`Itis`, `Itwas`). */
const AFTER_IT = new Set('is was has had will would can could does did seems seemed may might must should took makes made'.split(' '));
/** A token listed rarer than this does not protect itself from a pronoun split (`Iam` and `Itis` are in the Wikipedia list). */
const PRONOUN_WHOLE_RANK = 10_000;

/** Subject pronouns, longest first where one starts another: what a stripped negated auxiliary follows. */
const SUBJECTS = 'It I We They She He You'.split(' ');

/**
 * `Iwas` -> `I was`, `Itis` -> `It is`: the pronouns fused to a verb that follows them; `I` also before a
 * common past-tense verb (`Italked`, `Imessed`), and any subject pronoun before a stripped negated
 * auxiliary (`Wedidnt`, `Itwasnt`, `Icouldnt`), which is no word's ending.
 *
 * @param token - A capitalised token that is no word of the document.
 * @param whole - The token's rank in the lexicon, if listed (a common listed word is never split: `Iran`).
 * @param ev - The round's evidence (for a verb fused to more words: `Iwasjust`).
 * @returns The split after the pronoun, or `null`.
 * @example
 * ```ts
 * splitPronoun('Wedidnt', undefined, ev)?.cuts; // [2]
 * ```
 */
export function splitPronoun(token: string, whole: number | undefined, ev: JoinEvidence): Split | null {
  if (whole !== undefined && whole < PRONOUN_WHOLE_RANK) return null; // Iran, Ivan, Italy
  for (const p of SUBJECTS) {
    const rest = token.slice(p.length);
    if (token.startsWith(p) && ((rest.endsWith('nt') && STRIPPED.has(rest)) || (p === 'It' && startsWithOneOf(rest, AFTER_IT, ev))
      || (p === 'I' && /^[a-z]/.test(rest) && (startsWithOneOf(rest, AFTER_I, ev)
        || (rest.length >= 4 && rest.endsWith('ed') && !NOISE.has(rest) && (wordRank(rest) ?? PART_RANK) < PART_RANK))))) {
      return { cuts: [p.length], confidence: 0.8, reason: `"${p}" fused to the verb that follows it` };
    }
  }
  return null;
}

/**
 * True when a token starts with a subject pronoun as written (`Itis`, `Israel`): {@link splitPronoun} says
 * `null` to every other token, whatever the document.
 *
 * @param token - A capitalised token.
 * @returns Whether it opens with `It`, `I`, `We`, `They`, `She`, `He` or `You`.
 * @example
 * ```ts
 * startsWithSubject('Wedidnt'); // true
 * ```
 */
export function startsWithSubject(token: string): boolean {
  return SUBJECTS.some((p) => token.startsWith(p));
}

/** True when `rest` is one of `words`, or a fusion whose first part is (`wasjust` -> `was|just`). */
function startsWithOneOf(rest: string, words: ReadonlySet<string>, ev: JoinEvidence): boolean {
  if (words.has(rest)) return true;
  if (englishLexicon().has(rest)) return false;
  const split = splitLowerCase(rest, ev);
  return split !== null && words.has(rest.slice(0, split.cuts[0]));
}
