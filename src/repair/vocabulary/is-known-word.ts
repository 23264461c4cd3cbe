import { WORD_ENDINGS, WORD_PREFIXES } from '../../data/repair-words.js';
import { englishLexicon } from './english-lexicon.js';
import { detachString } from '../../model/detach-string.js';

const ENDINGS = [...WORD_ENDINGS].sort((a, b) => b.length - a.length);
/** A stem must rank above this: the list's tail holds names and fragments (`andi`, `isan`) that make bad stems. */
const STEM_RANK = 20_000;
/**
 * The stem of an inflection (`anted`, `worldviews`, `purifies`, `chimed`) may rank above this: an inflection
 * changes no word into another, so a rarer stem vouches for it; a derivation from a rare stem (`Forman|y`,
 * `Hera|ised`) is likelier a fusion.
 */
const INFLECTED_STEM_RANK = 40_000;
/** Inflections only: the endings a word takes without changing what it is (parts of a split may carry these). */
const INFLECTIONS = 'ing ies ied ers es ed er ly s d'.split(' ');

/** The last letters of {@link INFLECTIONS}: a word ending in none of them is no inflected form. */
const INFLECTION_LAST = new Set(INFLECTIONS.map((e) => e.charCodeAt(e.length - 1)));

/**
 * False when `isKnownWordForm(token.slice(start, end), true)` is certainly false, told from the last
 * letter alone (no inflection ends that way), without making the string.
 *
 * @param token - A lower-case a-z token.
 * @param end - End of the substring in `token`.
 * @returns Whether the substring ending at `end` may be an inflected form.
 * @example
 * ```ts
 * mayBeInflected('formedin', 6); // true: 'formed' ends like '-ed'
 * mayBeInflected('formedin', 8); // false: nothing ends in 'n'
 * ```
 */
export function mayBeInflected(token: string, end: number): boolean {
  return INFLECTION_LAST.has(token.charCodeAt(end - 1));
}

/**
 * True when a lower-case token is an inflected or derived form of a lexicon word: `contoured` (contour),
 * `paring` (pare), `bottoming` (bottom), `brokerages` (brokerage), `reopenings` (re + opening). Frequency
 * lists rank only the forms that were frequent in their corpus; this covers the rest of a word's family.
 *
 * @param token - A lower-case a-z token.
 * @param inflectionsOnly - Accept only inflections (`-s`, `-ed`, `-ing`, ...), no derivations or prefixes. Default: `false`.
 * @returns Whether a stem with a listed ending or prefix is in the lexicon.
 * @example
 * ```ts
 * isKnownWordForm('contoured'); // true
 * isKnownWordForm('formedin'); // false
 * ```
 */
export function isKnownWordForm(token: string, inflectionsOnly = false): boolean {
  const memo = inflectionsOnly ? knownInflected : knownAny;
  let verdict = memo.get(token);
  if (verdict === undefined) {
    verdict = judgeWordForm(token, inflectionsOnly);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(detachString(token), verdict); // the memo outlives the page a token may be cut from
  }
  return verdict;
}

/**
 * Verdicts of {@link isKnownWordForm}, process-wide: it depends on the token alone, and the rare forms it is
 * asked about recur from document to document (and from probe to probe inside one segmentation). Cleared
 * when full, so memory stays bounded.
 */
const knownAny = new Map<string, boolean>();
const knownInflected = new Map<string, boolean>();
const MEMO_LIMIT = 50_000;

function judgeWordForm(token: string, inflectionsOnly: boolean): boolean {
  for (const end of inflectionsOnly ? INFLECTIONS : ENDINGS) {
    if (!token.endsWith(end) || token.length - end.length < 4) continue;
    const stem = token.slice(0, -end.length);
    for (const s of stemVariants(stem, end)) {
      const r = s.length >= 4 ? englishLexicon().get(s) : undefined;
      if (r !== undefined && r < (!inflectionsOnly && INFLECTIONS.includes(end) ? INFLECTED_STEM_RANK : STEM_RANK)) return true;
    }
  }
  if (inflectionsOnly) return false;
  for (const pre of WORD_PREFIXES) {
    if (!token.startsWith(pre) || token.length - pre.length < 4) continue;
    const rest = token.slice(pre.length);
    const r = englishLexicon().get(rest);
    if (r !== undefined && r >= 100) return true;
  }
  return false;
}

function stemVariants(stem: string, end: string): string[] {
  const out = [stem];
  if (/^[aeiouy]/.test(end)) out.push(stem + 'e'); // paring -> pare
  const n = stem.length;
  if (n >= 2 && stem[n - 1] === stem[n - 2]) out.push(stem.slice(0, -1)); // stopped -> stop
  if (stem.endsWith('i') && end !== 's') out.push(stem.slice(0, -1) + 'y'); // cities -> city (not `wateri|s`)
  return out;
}
