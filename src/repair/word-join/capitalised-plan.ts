import { formTableGeneration } from '../vocabulary/word-form-table.js';
import { wordRank } from '../vocabulary/english-lexicon.js';
import { FUNCTION, FUSED, PREFIXES } from './join-words.js';
import type { JoinEvidence } from './join-evidence.js';
import { judgeSpelling } from './judge-spelling.js';
import { rankCost } from './listed-part-cost.js';
import { pairAllowed } from './part-guards.js';
import { splitLowerCase } from './split-lower-case.js';
import { splitPronoun, startsWithSubject } from './split-pronoun.js';
import {
  AFTER_NOUN, CAPITALISED_WORD_RANK, KNOWN_NAME_RANK, OPENING_WORDS, cutsAfter, cutsBefore, openerCost,
  splitAttestedName, splitCapitalised, splitCapitalisedModifier, splitCapitals, splitSentenceOpener,
} from './split-capitalised.js';

// Whether a capitalised candidate may split anywhere in a document (`split-word-join` asks once per form and
// document, before it looks for the form in the text): `splitCapitalised` at a sentence start, where most
// readings are open, split in two. What hangs on the form alone (its rank, the readings that need no
// document, the prefixes a document would have to write alone) is judged once per form and kept by form id;
// a document then answers a few lookups, and a reading that reads it further is asked as `splitCapitalised`
// asks it. Only yes or no is wanted here: which reading wins is `splitCapitalised`'s, per occurrence.

/** What a capitalised form's readings need from a document ({@link maySplitCapitalised}); `true`: a well-known fusion. */
interface CapitalisedPlan {
  /** The form's rank in the lexicon. */
  readonly whole: number | undefined;
  /** Opens with a subject pronoun (`Iwas`): {@link splitPronoun} is asked. */
  readonly pronoun: boolean;
  /** Rarer than {@link CAPITALISED_WORD_RANK} (or unlisted) and five letters or more: the readings below are open. */
  readonly open: boolean;
  /** A reading that needs no document: a sentence opener, a common word before a closed-class word, a modifier. */
  free: boolean;
  /** Opener cuts (bits) where the whole read in lower case must start (`But|theres|so`). */
  lowerCuts: number;
  /** Parts before a closed-class word that split when the document writes them alone (`Russia|said`). */
  readonly closers: string[];
  /** Prefixes that may be a name the document writes alone ({@link splitAttestedName}). */
  readonly names: string[];
}

/**
 * True when some occurrence of a candidate form that starts with a capital may split in this document:
 * `splitCapitalised(form, ev, true) !== null || splitCapitals(form, ev) !== null`, answered for a form of one
 * capital then lower-case letters (most) from its {@link CapitalisedPlan}.
 *
 * @param form - A candidate form (ASCII letters, a capital first) the document holds fewer than twice.
 * @param id - Its intern-table id.
 * @param ev - The round's evidence.
 * @returns Whether an occurrence may split.
 * @example
 * ```ts
 * maySplitCapitalised('Thepresident', internForm('Thepresident'), ev); // true
 * ```
 */
export function maySplitCapitalised(form: string, id: number, ev: JoinEvidence): boolean {
  if (!PLAIN.test(form)) return splitCapitalised(form, ev, true) !== null || splitCapitals(form, ev) !== null;
  if (plansGeneration !== formTableGeneration()) {
    plans = [];
    plansGeneration = formTableGeneration();
  }
  const plan = (plans[id] ??= planOf(form));
  if (plan === true) return true;
  const counts = ev.vocab.counts;
  if (plan.pronoun && splitPronoun(form, plan.whole, ev)) return true;
  // A possessive that lost its apostrophe (`Chinas`) is the apostrophe rule's.
  if (!plan.open || (form.endsWith('s') && (counts.get(form.slice(0, -1)) ?? 0) > 0)) return false;
  if (plan.free) return true;
  if (plan.lowerCuts !== 0) {
    const lower = splitLowerCase(form.toLowerCase(), ev); // a token is at most 30 letters: the bit fits
    if (lower && (plan.lowerCuts & (1 << lower.cuts[0]!)) !== 0) return true;
  }
  for (const a of plan.closers) if ((counts.get(a) ?? 0) > 0) return true;
  for (const a of plan.names) if ((counts.get(a) ?? 0) > 0) return splitAttestedName(form, ev, plan.whole) !== null;
  return false;
}

/** One capital, then lower-case letters: `splitCapitals` never splits such a form. */
const PLAIN = /^[A-Z][a-z]+$/;

/** The plan of each form by id, of the intern table's generation `plansGeneration`. */
let plans: (CapitalisedPlan | true)[] = [];
let plansGeneration = -1;

/** The {@link CapitalisedPlan} of a form: `splitCapitalised`'s tests that need no document, in its order. */
function planOf(form: string): CapitalisedPlan | true {
  const lower = form.toLowerCase();
  if (FUSED.has(lower) && judgeSpelling(lower)) return true;
  const whole = wordRank(form);
  const plan: CapitalisedPlan = {
    whole, pronoun: startsWithSubject(form), open: !(whole! < CAPITALISED_WORD_RANK) && form.length >= 5,
    free: false, lowerCuts: 0, closers: [], names: [],
  };
  if (!plan.open) return plan;
  const openers = cutsAfter(form, OPENING_WORDS, true);
  const closers = whole === undefined ? cutsBefore(form) : null;
  for (let at = 1; at < form.length - 1; at++) {
    const a = form.slice(0, at);
    const b = form.slice(at);
    if (at < 32 && (openers & (1 << at)) !== 0 && pairAllowed(a.toLowerCase(), b)) {
      const r = wordRank(b);
      if (openerCost(form, at, r, whole === undefined ? Infinity : rankCost(whole)) < Infinity) plan.free = true;
      else if (r === undefined && at >= 2 && whole === undefined) plan.lowerCuts |= 1 << at;
    }
    if (at >= 4 && closers?.[at] === 1 && FUNCTION.has(b) && b.length >= 2) {
      plan.closers.push(a);
      if ((wordRank(a) ?? KNOWN_NAME_RANK) < KNOWN_NAME_RANK && AFTER_NOUN.has(b)) plan.free = true;
    }
    const l = a.toLowerCase();
    if (whole === undefined && at >= 3 && at <= form.length - 3 && !FUNCTION.has(l) && !PREFIXES.has(l)) plan.names.push(a);
  }
  plan.free ||= splitSentenceOpener(form, whole) !== null || splitCapitalisedModifier(form, whole) !== null;
  return plan;
}
