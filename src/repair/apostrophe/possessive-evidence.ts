import type { DocumentVocabulary } from '../vocabulary/document-vocabulary.js';
import { wordRank } from '../vocabulary/english-lexicon.js';
import { isFunctionLike } from './words-around.js';

// The possessives of the `apostrophe` rule (restore-apostrophe.ts): a word with an `s` whose apostrophe a
// scraper stripped (`Kyivs`, `NASAs`, `a farmers tan`), told from a plural by the document and the words
// around it. The form-only tests (`mayBePossessive`, `mayBeSingularPossessive`) stand first in the two
// judges, so the rule's per-form filter, which asks them alone, can never drop a token a judge would take.

/** Endings of demonyms and agent nouns whose plural is a word (`Georgians`, `Packers`): never made possessive when the plural is in the lexicon. */
const PLURAL_NAME_ENDINGS = /(?:an|ian|ese|i|ish|er|ite|ist)$/;
/** Demonym endings (`Belarusian`, `Korean`, `Mexican`, `Israeli`): such a name plus `s` is a plural, never made possessive. */
const DEMONYM_ENDINGS = /(?:ian|ean|can|ese|ish|ite|ist|i)$/;
/** A name (`Kyiv`, `McDonald`), an acronym (`NASA`) and a lower-case word, as bases of a possessive. */
const NAME = /^(?:Mc|Mac|De|La|Le)?[A-Z][a-z]+$/;
const ACRONYM = /^[A-Z]{2,}$/;
const LOWER = /^[a-z]+$/;
/** A capitalised plural in the lexicon ranked above this is a word first (`Americans`, `Streets`). */
const COMMON_PLURAL_RANK = 15_000;
/** A lower-case common noun's possessive is restored only when the noun ranks this high. */
const COMMON_BASE_RANK = 10_000;

/**
 * The tests of {@link possessiveEvidence} that read the token alone: false when it returns `null` for
 * every context, so a rule may skip such a form once and for all (per interned form).
 *
 * @param token - A word.
 * @returns Whether some context could make it a possessive that lost its apostrophe.
 * @example
 * ```ts
 * mayBePossessive('Kyivs'); // true
 * mayBePossessive('Russians'); // false: a demonym's plural
 * ```
 */
export function mayBePossessive(token: string): boolean {
  if (token.length < 4 || !token.endsWith('s')) return false;
  const base = token.slice(0, -1);
  if (base.endsWith('s')) return false;
  if (ACRONYM.test(base)) return true;
  const pluralRank = wordRank(token);
  if (NAME.test(base)) {
    if (DEMONYM_ENDINGS.test(base)) return false;
    return pluralRank === undefined || (pluralRank >= COMMON_PLURAL_RANK && !PLURAL_NAME_ENDINGS.test(base));
  }
  if (!LOWER.test(base) || pluralRank !== undefined) return false;
  const r = wordRank(base);
  return r !== undefined && r < COMMON_BASE_RANK;
}

/**
 * The tests of {@link possessiveEvidence} that read the token and the document, not the words around it:
 * false when it returns `null` for every `next` (and `text`) in this document, so the rule need not look for
 * the form's occurrences at all (`Epsteins` when `Epstein` never stands alone and is no known word; `NASAs`
 * when `NASA` never stands alone).
 *
 * @param token - A word.
 * @param vocab - The document's vocabulary.
 * @returns Whether some words around it could make it a possessive that lost its apostrophe here.
 * @example
 * ```ts
 * mayBePossessiveIn('Kyivs', documentVocabulary('Kyiv said. Kyivs forces')); // true
 * mayBePossessiveIn('NASAs', documentVocabulary('NASAs probes')); // false: `NASA` never stands alone
 * ```
 */
export function mayBePossessiveIn(token: string, vocab: DocumentVocabulary): boolean {
  if (!mayBePossessive(token)) return false;
  const base = token.slice(0, -1);
  const attested = (vocab.counts.get(base) ?? 0) > 0;
  if (ACRONYM.test(base)) return attested;
  if (!NAME.test(base)) return true; // a lower-case word (mayBePossessive saw to it): the word after it decides
  const baseRank = wordRank(base);
  return attested || (baseRank !== undefined && baseRank < COMMON_BASE_RANK * 2 && wordRank(token) === undefined);
}

/**
 * The tests of {@link singularPossessive} that read the token alone: false when it returns `null` for
 * every context.
 *
 * @param token - A word.
 * @returns Whether some context could make it a singular possessive that lost its apostrophe.
 * @example
 * ```ts
 * mayBeSingularPossessive('farmers'); // true
 * mayBeSingularPossessive('news'); // false: singular already
 * ```
 */
export function mayBeSingularPossessive(token: string): boolean {
  if (!/^[a-z]{3,}s$/.test(token) || token.endsWith('ss') || SINGULAR_IN_S.has(token)) return false;
  const base = token.slice(0, -1);
  const r = wordRank(base);
  return r !== undefined && r < COMMON_BASE_RANK && !/(?:u|i)$/.test(base);
}

/**
 * A name, an acronym or a common noun with an `s` that lost its apostrophe (`Kyivs forces`, `NASAs
 * probe`, `the companys profits`): the base form stands alone in the document or is a known word, the
 * form with `s` is no common word, and a content word or a name follows, not a function word.
 *
 * @param token - The candidate, ending in `s`.
 * @param next - The word after it ('' at punctuation or a line end); `'0'` when a number follows (`Holcombs
 *   2016 campaign`: a number reads as what the name owns, as a content word does).
 * @param vocab - The document's vocabulary.
 * @param text - The document's text, for an acronym's plural (is it counted somewhere: `two SUVs`).
 *   Default: '' (not asked).
 * @returns The confidence and the reason, or `null`.
 * @example
 * ```ts
 * possessiveEvidence('Kyivs', 'forces', documentVocabulary('Kyiv said. Kyivs forces'))?.confidence; // 0.85
 * ```
 */
export function possessiveEvidence(token: string, next: string, vocab: DocumentVocabulary, text = ''): { confidence: number; reason: string } | null {
  // The tests of the form and the document first, as the rule's per-form filters ask them (CANDIDATE,
  // lookFor): the filters can never drop a token this function would take.
  if (next === '' || !mayBePossessiveIn(token, vocab)) return null;
  const base = token.slice(0, -1);
  if (ACRONYM.test(base)) {
    // `NASAs exploration`: an acronym that stands alone (mayBePossessiveIn), before a content word or a name (`NGOs and` is a plural).
    // A recurring `NASAs` is a plural unless the acronym reads as a name: standing alone at least twice
    // and never counted (`an SUV`, `two SUVs`, `many NGOs`).
    if ((vocab.counts.get(token) ?? 0) > 1 && !(text !== '' && (vocab.counts.get(base) ?? 0) >= 2 && !isCounted(text, base))) return null;
    if (/^[a-z]/.test(next) && (isFunctionLike(next) || /(?:ed|ing)$/.test(next))) return null;
    return { confidence: 0.7, reason: `the acronym "${base}" stands alone in the document and a noun phrase follows "${token}": a possessive that lost its apostrophe` };
  }
  if (NAME.test(base)) {
    // The possessive precedes a noun phrase: a content word or a name, not `and`, `of`, `are`; the most
    // frequent words that open one count as content words here (`Hawleys second film`, `Californias state`).
    if (isFunctionLike(next) && !PHRASE_OPENERS.has(next)) return null; // (a demonym's plural never gets here: mayBePossessive)
    // The name stands alone, or is a known word of rank under 20,000 whose plural is no word (mayBePossessiveIn).
    const attested = (vocab.counts.get(base) ?? 0) > 0;
    if (wordRank(token) !== undefined) {
      // The plural is a word too (`Trumps`): only a rare plural of a name that is not a demonym (mayBePossessive
      // saw to both) reads as a possessive, before a content word, when the name stands alone (mayBePossessiveIn).
      if (/ed$/.test(next)) return null;
      return { confidence: 0.7, reason: `"${base}" is a name in the document and a content word follows "${token}": a possessive that lost its apostrophe` };
    }
    const why = attested ? `"${base}" stands alone in the document` : `"${base}" is a known name or word`;
    return { confidence: attested ? 0.85 : 0.75, reason: `${why} and "${token}" is not a word: a possessive that lost its apostrophe` };
  }
  // Else a common lower-case word whose plural is no word (mayBePossessive), before a content word: not `vacuums to`.
  if (!/^[a-z]/.test(next) || isFunctionLike(next)) return null;
  return { confidence: 0.75, reason: `"${base}" is a common word and "${token}" is not: a possessive that lost its apostrophe` };
}

/** Words the lexicon ranks among its first 150 that open a noun phrase after a possessive (`first`, `state`). */
const PHRASE_OPENERS = new Set('first new second two three state film school city group work time year people'.split(' '));

/** Determiners of one thing: a plural cannot follow them (`a farmers tan`, `this weeks hearing`). */
const SINGULAR_DETERMINERS = new Set('a an every each this one last next another'.split(' ')); // not `that`: a rack that makes
/**
 * True for a determiner of one thing (`a`, `this`, `every`, any casing): what {@link singularPossessive}
 * asks first of the word before its token.
 *
 * @param word - A word.
 * @returns Whether a plural cannot follow it.
 * @example
 * ```ts
 * isSingularDeterminer('This'); // true
 * isSingularDeterminer('the'); // false: `the` may determine many
 * ```
 */
export function isSingularDeterminer(word: string): boolean {
  return SINGULAR_DETERMINERS.has(word.toLowerCase());
}

/** Nouns that end in `s` in the singular and so may follow a singular determiner (`a news`, `a means`), and plural noun adjuncts from `sales` on (`a sales tax`, `a sports car`, `a jobs report`). */
const SINGULAR_IN_S = new Set('news means lens gas series species thanks odds politics economics physics ethics athletics headquarters crossroads whereabouts works barracks lyrics graphics dynamics tactics analytics logistics statistics always perhaps towards afterwards sometimes has is was does yes this thus plus minus less sales sports parts savings systems goods customs jobs arms communications operations affairs services resources students veterans workers consumers rights drugs games weapons records sciences arts letters products materials assets securities markets'.split(' '));
/** Words after `last`/`next` + plural that make it a plural after all (`the last weeks before`). */
const AFTER_PLURAL = new Set('ago later earlier ahead before after since left remaining running straight together apart'.split(' '));

/**
 * `a farmers tan`, `this weeks hearing`, `every parents nightmare`: after a determiner of one thing a
 * lower-case plural cannot stand, so `xs` before a content word is a possessive that lost its apostrophe,
 * even though `xs` is a word. Nouns that end in `s` in the singular (`a news report`) are left alone.
 *
 * @param token - The candidate, lower-case, ending in `s`.
 * @param next - The word after it.
 * @param prev - The word before it.
 * @returns The confidence and the reason, or `null`.
 * @example
 * ```ts
 * singularPossessive('farmers', 'tan', 'a')?.confidence; // 0.7
 * singularPossessive('farmers', 'market', 'the'); // null: `the` may determine many
 * ```
 */
export function singularPossessive(token: string, next: string, prev: string): { confidence: number; reason: string } | null {
  if (!isSingularDeterminer(prev) || !/^[a-z]{3,}$/.test(next) || isFunctionLike(next) || AFTER_PLURAL.has(next)) return null;
  if (/(?:ly|ed)$/.test(next)) return null;
  // The form-only tests, as MAY_RESTORE asks them, last: they probe the lexicon, and most tokens that get
  // here have no determiner of one thing before them (all tests are pure: the order changes no answer).
  if (!mayBeSingularPossessive(token)) return null;
  return { confidence: 0.7, reason: `"${prev}" determines one thing, so "${token}" before "${next}" is a possessive that lost its apostrophe` };
}

/** Words that count things: an acronym after one of these names a countable thing (`an SUV`, `two NGOs`). */
const COUNTING = 'a|an|one|two|three|four|five|several|many|more|most|few|other|these|those|every|each|some|all|new|its|their|our';

/**
 * True when the acronym (or its plural) stands after a counting word somewhere in the text. Asked at each
 * occurrence of a recurring acronym plural (`NGOs`), so the answers for the text last asked about are kept:
 * each search is a new expression run over the whole text.
 *
 * @param text - The document's text.
 * @param acronym - An acronym, capitals only (`SUV`).
 * @returns Whether a counting word stands before it (or its plural) somewhere, any casing.
 * @example
 * ```ts
 * isCounted('He drove an SUV. SUVs sell.', 'SUV'); // true
 * isCounted('NASAs probe reached NASA', 'NASA'); // false
 * ```
 */
export function isCounted(text: string, acronym: string): boolean {
  if (text !== countedIn) {
    countedIn = text;
    counted.clear();
  }
  let v = counted.get(acronym);
  if (v === undefined) {
    // The acronym first and the counting word in a lookbehind: the same matches as
    // `(?<!\p{L})(?:COUNTING)\s+NGOs?(?!\p{L})`, but the engine skips along the text to the acronym instead of
    // trying the 23 counting words at every offset (about 5 µs a search on a bench page, not 108).
    v = new RegExp(`${acronym}(?<=(?<![\\p{L}])(?:${COUNTING})\\s+${acronym})s?(?![\\p{L}])`, 'iu').test(text);
    counted.set(acronym, v);
  }
  return v;
}

/** The text {@link isCounted} last answered for, and its answers by acronym. */
let countedIn: string | null = null;
const counted = new Map<string, boolean>();
