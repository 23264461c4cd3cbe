import { AMBIGUOUS_CONTRACTIONS, UNAMBIGUOUS_CONTRACTIONS } from '../../data/contractions.js';
import { englishLexicon } from '../vocabulary/english-lexicon.js';
import { isKnownWordForm } from '../vocabulary/is-known-word.js';
import { FUSED, WORD_RANK } from './join-words.js';
import type { Split } from './cut-at.js';

// What the spelling of a lower-case token says before any segmentation: a word, a well-known fusion, or
// a question for the segmenter. Depends on the token alone, so the token memo (`token-memo`) keeps it.

/** Contractions written without their apostrophe (`dont`, `wont`): the apostrophe rule's, never split. */
const CONTRACTIONS = new Set([...Object.keys(UNAMBIGUOUS_CONTRACTIONS), ...Object.keys(AMBIGUOUS_CONTRACTIONS)]);

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
