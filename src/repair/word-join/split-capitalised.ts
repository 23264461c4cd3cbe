import { DAYS_AND_MONTHS, INSTITUTION_HEADS, OPENER_TAILS, SENTENCE_STARTERS } from '../../data/repair-words.js';
import { foldedCount, type DocumentVocabulary } from '../vocabulary/document-vocabulary.js';
import { wordRank } from '../vocabulary/english-lexicon.js';
import { isKnownWordForm } from '../vocabulary/is-known-word.js';
import { FUNCTION, FUSED, HEADS, NOISE, PARTICLES, PART_RANK, PAST_FORMS, PREFIXES, SHORT, isFunctionWord } from './join-words.js';
import type { Split } from './cut-at.js';
import type { JoinEvidence } from './join-evidence.js';
import { rankCost } from './listed-part-cost.js';
import { judgeSpelling } from './judge-spelling.js';
import { pairAllowed } from './part-guards.js';
import { bothStandAlone } from './written-apart.js';
import { splitLowerCase } from './split-lower-case.js';
import { splitPronoun, startsWithSubject } from './split-pronoun.js';

// The readings of `word-join` for tokens that start with a capital (`Thepresident`, `Iwas`, `Russiasaid`,
// `Figginsdeclined`, `CNNthat`, `THEBILLIONAIRES`): a proper noun is never split, so each reading needs
// a capital's own evidence (a sentence start, a pronoun, a name the page writes alone, a headline in
// capitals). Their lower-case parts are judged by `split-lower-case`.

const STARTERS = new Set([...SENTENCE_STARTERS.map((w) => w.toLowerCase()), 'i']);
/** Sentence starters that are closed-class words (`the`, `some`, `i`), by first letter: what `The|president` opens with. */
export const OPENING_WORDS = byLetter([...STARTERS].filter((w) => FUNCTION.has(w)), 0);
/** Closed-class words by last letter: what `Russia|said` ends with. */
const CLOSING_WORDS = byLetter([...FUNCTION], -1);

function byLetter(words: readonly string[], at: 0 | -1): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) {
    const c = w.charCodeAt(at < 0 ? w.length - 1 : 0);
    const list = out.get(c) ?? [];
    list.push(w);
    out.set(c, list);
  }
  return out;
}

/**
 * The cuts (as bits: `1 << at`) after a word of `words` (lower-case, by first letter) that the token opens
 * with, in any case; only `I` itself (`Iwas`) unless the token starts a sentence.
 */
export function cutsAfter(token: string, words: ReadonlyMap<number, readonly string[]>, sentenceStart: boolean): number {
  const lower = token.toLowerCase();
  let bits = 0;
  for (const w of words.get(lower.charCodeAt(0)) ?? []) {
    if (w.length < lower.length - 1 && w.length < 32 && lower.startsWith(w) && (sentenceStart || w === 'i')) bits |= 1 << w.length;
  }
  return bits;
}

/** Marks (1 at `at`) the cuts before a closed-class word of two letters or more that the token ends with, as written. */
export function cutsBefore(token: string): Uint8Array | null {
  let marks: Uint8Array | null = null;
  for (const w of CLOSING_WORDS.get(token.charCodeAt(token.length - 1)) ?? []) {
    if (w.length >= 2 && w.length < token.length && token.endsWith(w)) (marks ??= new Uint8Array(token.length))[token.length - w.length] = 1;
  }
  return marks;
}
/**
 * What `token` read as a sentence-starting function word before `at` and a common word after it costs (the two
 * words' {@link rankCost}s), or `Infinity` when that is no reading: `r` is the rank of the part after `at`, and
 * `at` an opener cut (`cutsAfter`: the part before it is one of {@link OPENING_WORDS}).
 */
export function openerCost(token: string, at: number, r: number | undefined, wholeCost: number): number {
  const a = token.slice(0, at).toLowerCase();
  const b = token.slice(at);
  const rank = r ?? PART_RANK; // an unlisted part is no reading: PART_RANK fails the limit below
  const cost = rankCost(wordRank(a) ?? PART_RANK) + rankCost(rank);
  return pairAllowed(a, b) && rank < (at === 1 ? 3_000 : PART_RANK) && !NOISE.has(b)
    && (b.length > 2 || SHORT.has(b)) && !isKnownWordForm(token.toLowerCase()) && cost + CAPITALISED_MARGIN < wholeCost ? cost : Infinity;
}

/** Capitalised words that head a noun phrase (`Sunday|night`, `Court|decision`): days, months, institutions. */
const PHRASE_HEADS = new Set([...DAYS_AND_MONTHS, ...INSTITUTION_HEADS]);
/** A capitalised token ranked above this is a known word or name (the list is lower-cased, so `Itis` ranks as `itis`). */
export const CAPITALISED_WORD_RANK = 10_000;
/** A capitalised token in the lexicon is split only when the parts cost this much less than the whole. */
const CAPITALISED_MARGIN = 3;

/**
 * The reading of a capitalised token (`[A-Z][a-z]+`) as words run together, or `null`. A capitalised token
 * is a proper noun unless the page says otherwise: one the document writes twice, or the lexicon ranks
 * among its first {@link CAPITALISED_WORD_RANK} words, stays whole. Otherwise it is split for a pronoun (`I|was`, `It|is`); after a sentence-starting function word
 * at a sentence start (`The|president`); for a name standing alone elsewhere, or a common capitalised
 * word, before a closed-class word (`Russia|said`, `Monday|in`); and by the readings of a sentence opener,
 * an attested name and a capitalised modifier below.
 *
 * @param token - The token.
 * @param ev - The round's evidence.
 * @param sentenceStart - Whether the token opens a sentence (more readings are open there).
 * @param after - The character after the token in the text; `undefined` (any) when a form is judged apart from a text.
 * @returns The reading, or `null`.
 * @example
 * ```ts
 * splitCapitalised('Thepresident', ev, true)?.cuts; // [3]
 * ```
 */
export function splitCapitalised(token: string, ev: JoinEvidence, sentenceStart: boolean, after?: string): Split | null {
  const vocab = ev.vocab;
  if ((vocab.counts.get(token) ?? 0) >= 2) return null;
  // `Isthe`, `Infact,`: a well-known fusion opening a sentence, before a closed-class word or a comma, split
  // whatever the lexicon says, as in lower case (`judgeSpelling` reads the list).
  const lower = token.toLowerCase();
  const fused = sentenceStart && FUSED.has(lower) ? judgeSpelling(lower) : null;
  if (fused && (after === undefined || after === ',' || FUNCTION.has(lower.slice(fused.cuts[0])))) return fused;
  const whole = wordRank(token);
  const pronoun = splitPronoun(token, whole, ev);
  if (pronoun) return pronoun;
  if (whole !== undefined && whole < CAPITALISED_WORD_RANK) return null; // a known word or name: Boston, Clinton, Facebook
  const wholeCost = whole === undefined ? Infinity : rankCost(whole);
  if (token.length < 5) return null;
  // `Chinas`, `Marthas`: a possessive that lost its apostrophe is the apostrophe rule's, not a fusion.
  if (token.endsWith('s') && (vocab.counts.get(token.slice(0, -1)) ?? 0) > 0) return null;
  // Only a cut after a sentence-starting function word, or before a closed-class word, can take one of the
  // two readings below: those cuts are found from the token's first and last letters, without a string each.
  const openers = sentenceStart || token.charCodeAt(0) === 73 ? cutsAfter(token, OPENING_WORDS, sentenceStart) : 0;
  const closers = whole === undefined ? cutsBefore(token) : null;
  for (let at = 1; at < token.length - 1; at++) {
    const opener = at < 32 && (openers & (1 << at)) !== 0;
    const closing = at >= 4 && closers !== null && closers[at] === 1;
    if (!opener && !closing) continue;
    const a = token.slice(0, at);
    const b = token.slice(at);
    const lowerA = opener ? a.toLowerCase() : '';
    // `The|president`: a sentence-starting function word, then a common word; of the openers that give such a
    // reading, the one whose two words cost least (`Nowwe`: `Now|we`, not `No|wwe`). (An opener cut's word is
    // a sentence starter and a closed-class word by construction: OPENING_WORDS.)
    if (opener && (sentenceStart || a === 'I') && pairAllowed(lowerA, b)) {
      const r = wordRank(b);
      let cost = openerCost(token, at, r, wholeCost);
      if (cost < Infinity) {
        let best = at;
        for (let next = at + 1; next < token.length - 1 && next < 32; next++) {
          const c = openers & (1 << next) ? openerCost(token, next, wordRank(token.slice(next)), wholeCost) : cost;
          if (c < cost) [best, cost] = [next, c];
        }
        return cutOnce(best, `"${token.slice(0, best)}" starts a sentence and "${token.slice(best)}" is a common word`, 0.8);
      }
      // `But|theres|so`, `Those|facts|suggest`: the whole read as lower-case splits, first after this word.
      if (r === undefined && at >= 2 && whole === undefined) {
        const lower = splitLowerCase(token.toLowerCase(), ev);
        if (lower && lower.cuts[0] === at) {
          return { cuts: lower.cuts, confidence: 0.75, reason: `"${a}" starts a sentence and the rest is common words run together` };
        }
      }
    }
    // `Russia|said`: a name standing alone elsewhere, then a closed-class word.
    if (closing && whole === undefined && FUNCTION.has(b) && b.length >= 2) {
      if ((vocab.counts.get(a) ?? 0) > 0) {
        return cutOnce(at, `"${a}" stands alone elsewhere and "${b}" is a closed-class word`, 0.75);
      }
      // `Monday|in`, `Hospital|in`, `Vegas|and`: a common capitalised word (the token itself is in no list:
      // a rare name such as `Rankin` or `Larkin` is, so it is never read as `Rank|in`), then one of the
      // closed-class words that most often follow a noun.
      const ra = wordRank(a);
      if (ra !== undefined && ra < KNOWN_NAME_RANK && AFTER_NOUN.has(b)) {
        return cutOnce(at, `"${a}" is a common word or name and "${b}" a closed-class word that follows nouns`);
      }
    }
  }
  return (sentenceStart ? splitSentenceOpener(token, whole) : null) ?? splitAttestedName(token, ev, whole)
    ?? splitCapitalisedModifier(token, whole);
}

/**
 * True for a capitalised token that {@link splitCapitalised} (at a sentence start, where most readings are
 * open) and {@link splitCapitals} leave whole in every document: its second letter is lower-case, it opens
 * with no subject pronoun and is no well-known fusion, and it is shorter than five letters, or listed (rank
 * {@link CAPITALISED_WORD_RANK} or rarer: a common one is never split) and opens with no sentence-starting
 * function word. Every other reading asks for a token no list holds. Depends on the token alone.
 *
 * @param token - A token of ASCII letters that starts with a capital.
 * @returns Whether no document can split it.
 * @example
 * ```ts
 * neverSplitsCapitalised('Gazette'); // true: listed, and no opener
 * neverSplitsCapitalised('Thepresident'); // false
 * ```
 */
export function neverSplitsCapitalised(token: string): boolean {
  const second = token.charCodeAt(1);
  return second >= 97 && !startsWithSubject(token) && !FUSED.has(token.toLowerCase())
    && (token.length < 5 || (wordRank(token) !== undefined && cutsAfter(token, OPENING_WORDS, true) === 0));
}

/** The reading of a token as two words, cut at `at`: the shape of every reading below. */
function cutOnce(at: number, reason: string, confidence = 0.7): Split {
  return { cuts: [at], confidence, reason };
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
export function splitCapitalisedModifier(token: string, whole: number | undefined): Split | null {
  if (whole !== undefined) return null;
  for (let at = 5; at <= token.length - 4; at++) {
    const a = token.slice(0, at);
    const b = token.slice(at);
    if (isFunctionWord(b)) continue; // `Marchand`: no modifier before a closed-class word
    const modifier = PHRASE_HEADS.has(a) || (DEMONYM.test(a) && (wordRank(a) ?? DEMONYM_RANK) < DEMONYM_RANK);
    if (!modifier || NOISE.has(b) || HEADS.has(b) || PARTICLES.has(b) || (wordRank(b) ?? PART_RANK) >= PART_RANK) continue;
    return cutOnce(at, `"${a}" modifies "${b}"`);
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
export function splitSentenceOpener(token: string, whole: number | undefined): Split | null {
  if (whole !== undefined) return null;
  const lower = token.toLowerCase();
  for (const b of OPENER_TAILS) {
    const at = lower.length - b.length;
    if (at < (b === 'a' ? 5 : 3) || !lower.endsWith(b)) continue;
    const a = lower.slice(0, at);
    if (isFunctionWord(a) || NOISE.has(a) || (wordRank(a) ?? OPENER_RANK) >= OPENER_RANK || isKnownWordForm(lower)) continue;
    return cutOnce(at, `"${b}" after a sentence's first word`);
  }
  return null;
}

/**
 * `Figgins|declined`, `Friday|deals`, `Nissan|hastaken`: the capitalised part stands alone in the
 * document, and the rest is a past-tense verb, a common word that stands alone too (lower-case), or a
 * fusion that starts with a closed-class word. The token itself is in no list and occurs once.
 */
export function splitAttestedName(token: string, ev: JoinEvidence, whole: number | undefined): Split | null {
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
      return cutOnce(at, `"${a}" stands alone elsewhere and "${b}" is a verb in the past tense`);
    }
    if (rb !== undefined && b.length >= 5 && bothStandAlone(lowerA, b, vocab) && (vocab.counts.get(b) ?? 0) > 0 && !isFunctionWord(b)) {
      return cutOnce(at, `"${a}" and "${b}" both stand alone elsewhere in the document`);
    }
    if (rb === undefined) {
      const rest = splitLowerCase(b, ev);
      if (rest && isFunctionWord(b.slice(0, rest.cuts[0]))) {
        return cutOnce(at, `"${a}" stands alone elsewhere and "${b}" starts with a closed-class word`);
      }
    } else if (isNameThenWord(a, b, rb, vocab)) {
      const why = foldedCount(vocab, b) > 0 ? `"${b}" too` : `and "${b}" reads as a past-tense verb after it`;
      return cutOnce(at, `"${a}" stands alone elsewhere, ${why}`);
    }
  }
  return null;
}

/** A name the document writes alone this often may be fused to any common word after it. */
const NAME_SEEN = 2;

/**
 * `Trump|administrations`, `Stadia|titles`, `Apple|actually`, `Pro|over`: a capitalised part the document
 * writes alone at least {@link NAME_SEEN} times, then a common word (rank < {@link PART_RANK}, four letters or
 * more) that heads no compound (`Jacksonville`, `Kingston`, `Disneyland` end in listed heads) and stands
 * alone in the document too, or reads as a past-tense verb after its subject (`Trump|tied`, `Apple|made`).
 * Not any word in `-s` that does not stand alone: a plural after a given name spells family names
 * (`Jacksons`, `Newtons`), which a page writes beside the given name alone (`Jack`, `New York`).
 */
function isNameThenWord(a: string, b: string, rb: number, vocab: DocumentVocabulary): boolean {
  return rb < PART_RANK && b.length >= 4 && (vocab.counts.get(a) ?? 0) >= NAME_SEEN && !vocab.counts.has(a.toLowerCase())
    && (foldedCount(vocab, b) > 0 || PAST_FORMS.has(b) || b.endsWith('ed'))
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
 *
 * @param token - A token of ASCII letters that starts with two capitals.
 * @param ev - The round's evidence.
 * @returns The reading, or `null`.
 * @example
 * ```ts
 * splitCapitals('CNNthat', ev)?.cuts; // [3]
 * ```
 */
export function splitCapitals(token: string, ev: JoinEvidence): Split | null {
  const vocab = ev.vocab;
  const m = ACRONYM_THEN_LOWER.exec(token);
  if (m) {
    const [, caps, rest] = m as unknown as [string, string, string];
    if (FUNCTION.has(rest) && rest !== 'one') {
      return cutOnce(caps.length, 'an acronym before a closed-class word', 0.75);
    }
    const r = wordRank(rest);
    if (r !== undefined && r < PART_RANK && rest.length >= 4 && !NOISE.has(rest) && (vocab.counts.get(caps) ?? 0) > 0 && foldedCount(vocab, rest) > 0) {
      return cutOnce(caps.length, `"${caps}" and "${rest}" both stand alone elsewhere`);
    }
    return null;
  }
  if (!CAPITALS.test(token) || wordRank(token) !== undefined) return null;
  const lower = token.toLowerCase();
  if (!startsWithClosedClass(lower)) return null; // cheap: most acronyms end here, before a segmentation
  const split = splitLowerCase(lower, ev);
  if (!split || split.cuts.length !== 1 || lower.length - split.cuts[0]! < 3 || !FUNCTION.has(lower.slice(0, split.cuts[0]))) return null;
  return { cuts: split.cuts, confidence: 0.7, reason: 'a headline in capitals' };
}

/** True when the first two to five letters of `lower` are a closed-class word. */
function startsWithClosedClass(lower: string): boolean {
  for (let n = 2; n <= 5 && n < lower.length; n++) if (FUNCTION.has(lower.slice(0, n))) return true;
  return false;
}

/**
 * True for a token in capitals long enough to hold two words (five letters or more) with no word in
 * capitals beside it on its line: a name set in capitals (`MYNEWS`, `USANA`), which {@link splitCapitals}
 * is not asked about, while a word of a headline in capitals (`BASH THEBILLIONAIRES`) is.
 *
 * @param token - The token, `text.slice(start, end)`.
 * @param text - The text it stands in.
 * @param start - Where it starts in `text`.
 * @param end - Where it ends in `text`.
 * @returns Whether the token stands in capitals on its own.
 * @example
 * ```ts
 * isLoneCapitals('MYNEWS', 'Read MYNEWS today', 5, 11); // true
 * isLoneCapitals('THEBILLIONAIRES', 'WILL THEY BASH THEBILLIONAIRES?', 15, 30); // false
 * ```
 */
export function isLoneCapitals(token: string, text: string, start: number, end: number): boolean {
  return CAPITALS.test(token) && !besideCapitals(text, start, end);
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
export const KNOWN_NAME_RANK = 5_000;
/** Closed-class words that most often follow a noun or name (`Monday|in`, `Trump|said`, `Vegas|and`). */
export const AFTER_NOUN = new Set('and said says was is has had will would in on of for to that the with at from which who were are have'.split(' '));
