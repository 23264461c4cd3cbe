import { BALTIC_ENDINGS, DERIVED_ENDINGS, GENDER_ENDINGS, NAME_CONNECTORS, NAME_WORD_EQUIVALENTS } from '../data/variant-keys.js';
import { keyDistance } from './key-distance.js';
import { foldName, translitKey } from './translit-key.js';

/** How two name tokens relate, as {@link compareTokens} judged it. */
export type TokenRelation = 'same' | 'key' | 'distance' | 'derived';

/** Why two tokens or names were judged spelling variants, and how sure. */
export interface NameMatch {
  /** Similarity from 0 to 1 (1 = the same string). */
  readonly score: number;
  /** What joined them, in words: keys, distances, alignments. */
  readonly evidence: readonly string[];
}

/** A token comparison with its relation. */
export interface TokenMatch extends NameMatch {
  /**
   * How the tokens relate: `same` (identical), `key` (same transliteration key, or the same name word in two
   * languages), `distance` (keys a small weighted edit apart, or a Baltic ending), `derived` (one word derives
   * from the other: Russia / Russian, Free / Freedom; only when `allowDerived`).
   */
  readonly relation: TokenRelation;
}

/** Options of {@link compareNames} (and of clustering). */
export interface CompareOptions {
  /** Largest normalised key distance for one word alone. Default: `0.2`. */
  readonly maxDistance?: number;
  /** Largest normalised key distance for one word of a multi-word name whose other words match. Default: `0.3`. */
  readonly maxTokenDistance?: number;
}

const DOUBLES = /(\p{L})\1+/gu;
const WORD_CLASS = new Map<string, number>();
NAME_WORD_EQUIVALENTS.forEach((words, k) => words.forEach((w) => WORD_CLASS.set(w, k)));
const PATRONYMIC = /(?:ovich|evich|avich|ich|ych|ovna|evna|ivna|ichna|ovych|yovych)$/;

/**
 * True when two surnames differ only by a Slavic gender ending (Ivanov / Ivanova, Iwanow / Ivanova,
 * Zhukovsky / Zhukovskaya). By policy these are different people (often husband and wife, father and
 * daughter) and are never joined.
 *
 * @param a - A name token.
 * @param b - Another name token.
 * @returns Whether the pair is a masculine / feminine pair of one surname.
 * @example
 * ```ts
 * isGenderPair('Ivanov', 'Ivanova'); // true
 * isGenderPair('Ivanov', 'Ivanow');  // false
 * ```
 */
export function isGenderPair(a: string, b: string): boolean {
  const sa = signatureCache.get(a) ?? genderSignatures(a);
  const sb = signatureCache.get(b) ?? genderSignatures(b);
  for (const [k, g] of sa) if (sb.has(k) && sb.get(k) !== g) return true;
  return false;
}

/**
 * The gender signatures of a name: for each masculine / feminine ending pair it ends with, the key of
 * what stands before the ending and which side (`m` or `f`). Two names are a gender pair when they share
 * a signature key on opposite sides. Used to check whole clusters quickly.
 *
 * @param name - A name.
 * @returns Map from signature key to `'m'` or `'f'`.
 * @example
 * ```ts
 * genderSignatures('Ivanova'); // Map { '0|ivan' => 'f' }
 * ```
 */
export function genderSignatures(name: string): Map<string, 'm' | 'f'> {
  const cached = signatureCache.get(name);
  if (cached) return new Map(cached);
  const folded = foldName(name);
  const out = new Map<string, 'm' | 'f'>();
  GENDER_ENDINGS.forEach(([m, f], p) => {
    if (folded.endsWith(f) && folded.length > f.length + 1) out.set(`${p}|${translitKey(folded.slice(0, -f.length))}`, 'f');
    else if (folded.endsWith(m) && folded.length > m.length + 1) out.set(`${p}|${translitKey(folded.slice(0, -m.length))}`, 'm');
  });
  if (signatureCache.size >= 200_000) signatureCache.clear();
  signatureCache.set(name, out);
  return new Map(out);
}

// Asked for every compared pair: a bounded memo.
const signatureCache = new Map<string, ReadonlyMap<string, 'm' | 'f'>>();

/**
 * True when one word is the other plus a derivational or plural ending (Russia / Russian, Russian /
 * Russians, Georgia / Georgians): related words, not spellings of one word.
 *
 * @param a - A word.
 * @param b - Another word.
 * @returns Whether one derives from the other by an ending in `DERIVED_ENDINGS` (`src/data/variant-keys.ts`).
 * @example
 * ```ts
 * isDerivedForm('Russia', 'Russian'); // true
 * ```
 */
export function isDerivedForm(a: string, b: string): boolean {
  const fa = foldName(a).replace(DOUBLES, '$1');
  const fb = foldName(b).replace(DOUBLES, '$1');
  if (fa === fb) return false;
  const stemsA = stems(fa);
  for (const s of stems(fb)) if (stemsA.has(s)) return true;
  return false;
}

/** The word and what is left of it after taking off one derivational ending (at least three letters left). */
function stems(word: string): Set<string> {
  const out = new Set([word]);
  for (const e of DERIVED_ENDINGS) if (word.length - e.length >= 3 && word.endsWith(e)) out.add(word.slice(0, -e.length));
  return out;
}

/**
 * Compares two name tokens. Same string: 1. Same transliteration key: 0.9. Otherwise the weighted key
 * distance must be small (at most `maxDistance` of the longer key, at most one full-cost edit, and at
 * most one edit in all for keys of four letters or fewer); the score falls with the distance.
 * Gender pairs never match. When `allowDerived`, a word and its derivative (Free / Freedom,
 * Russia / Russian) match weakly (0.6): only used inside multi-word names.
 *
 * @param a - A token.
 * @param b - Another token.
 * @param maxDistance - See {@link CompareOptions.maxDistance}. Default: `0.2`.
 * @param allowDerived - Accept a derivational pair. Default: `false`.
 * @returns The match, or `null`.
 * @example
 * ```ts
 * compareTokens('Volobuyev', 'Volubuev')?.relation; // 'distance'
 * compareTokens('Russia', 'Russian');               // null
 * ```
 */
export function compareTokens(a: string, b: string, maxDistance = 0.2, allowDerived = false): TokenMatch | null {
  if (a === b) return { score: 1, relation: 'same', evidence: [] };
  if (isGenderPair(a, b)) return null;
  const ka = translitKey(a);
  const kb = translitKey(b);
  if (ka.length === 0 || kb.length === 0) return null;
  if (ka === kb) return { score: 0.92, relation: 'key', evidence: [`"${a}" ~ "${b}": same transliteration key "${ka}"`] };
  const ca = WORD_CLASS.get(foldName(a).replace(/\.$/u, ''));
  if (allowDerived && ca !== undefined && ca === WORD_CLASS.get(foldName(b).replace(/\.$/u, ''))) {
    return { score: 0.9, relation: 'key', evidence: [`"${a}" ~ "${b}": the same name word in two languages`] };
  }
  const [shortKey, longKey] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  if (shortKey.length >= 5 && /[^aeiou]$/u.test(shortKey) && BALTIC_ENDINGS.some((e) => longKey === shortKey + e)) {
    return { score: 0.75, relation: 'distance', evidence: [`"${a}" ~ "${b}": the same name with a Baltic ending`] };
  }
  if (isDerivedForm(a, b) || (allowDerived && isPrefixWord(a, b))) {
    return allowDerived ? { score: 0.6, relation: 'derived', evidence: [`"${a}" ~ "${b}" (derived word)`] } : null;
  }
  const longest = Math.max(ka.length, kb.length);
  const d = keyDistance(ka, kb, Math.max(1, maxDistance * longest));
  if (!d || d.normalized > maxDistance || d.hardEdits > 1) return null;
  if (d.hardEdits === 1 && d.cost > 1) return null; // a real edit plus more: Austria / Australia
  if (longest <= 4 && d.cost > 0.5) return null;
  if (ka[0] !== kb[0] && d.hardEdits > 0) return null; // a different first sound plus more
  const score = Math.max(0, 0.92 - 1.2 * d.normalized - 0.1 * d.hardEdits);
  return { score, relation: 'distance', evidence: [`"${a}" ~ "${b}": keys "${ka}" / "${kb}" at weighted distance ${d.cost}`] };
}

function isPrefixWord(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

/** Content words of a name (lower-case connectors like "of" dropped) and how many connectors there were. */
export function nameTokens(name: string): { content: string[]; connectors: number } {
  const words = name.split(/[\s\u00a0-]+/u).filter((w) => w.length > 0);
  const content = words.filter((w) => !NAME_CONNECTORS.has(w));
  return { content, connectors: words.length - content.length };
}

/**
 * Compares two names of one or more words. A single word uses {@link compareTokens}. Multi-word names
 * are aligned word by word in order (or with the last word moved to the front, for surname-first
 * forms); connectors ("of") may differ; a patronymic may be missing from one side; every aligned pair
 * must match, and derived words (Free / Freedom, Russia / Russian) are allowed when another word is the
 * same or has the same key.
 *
 * @param a - A name.
 * @param b - Another name.
 * @param options - {@link CompareOptions}.
 * @returns The match with its evidence, or `null`.
 * @example
 * ```ts
 * compareNames('Free Russia Legion', 'Freedom of Russia Legion')?.score; // ≈ 0.82
 * compareNames('Austria', 'Australia'); // null
 * ```
 */
export function compareNames(a: string, b: string, options: CompareOptions = {}): NameMatch | null {
  if (a === b) return { score: 1, evidence: [] };
  const maxDistance = options.maxDistance ?? 0.2;
  const maxTokenDistance = options.maxTokenDistance ?? 0.3;
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.content.length === 0 || tb.content.length === 0) return null;
  if (ta.content.length === 1 && tb.content.length === 1) {
    const m = compareTokens(ta.content[0]!, tb.content[0]!, maxDistance, false);
    return m && ta.connectors === tb.connectors ? m : null;
  }
  if (ta.content.length !== tb.content.length) {
    const ja = translitKey(ta.content.join(''));
    if (ja.length >= 6 && ja === translitKey(tb.content.join(''))) return { score: 0.85, evidence: [`"${a}" ~ "${b}": the same letters written as one word and as two`] };
  }
  let best: NameMatch | null = null;
  for (const [x, y, penalty, note] of alignments(ta.content, tb.content, ta.connectors === 0 && tb.connectors === 0)) {
    const m = alignTokens(x, y, maxTokenDistance);
    if (!m) continue;
    const connectorPenalty = ta.connectors !== tb.connectors ? 0.05 : 0;
    const score = m.score - penalty - connectorPenalty;
    if (!best || score > best.score) best = { score, evidence: note ? [note, ...m.evidence] : m.evidence };
  }
  return best;
}

function alignments(a: string[], b: string[], rotations: boolean): [string[], string[], number, string][] {
  const out: [string[], string[], number, string][] = [];
  if (a.length === b.length) {
    out.push([a, b, 0, '']);
    if (a.length >= 2 && rotations) out.push([[a[a.length - 1]!, ...a.slice(0, -1)], b, 0.05, 'word order differs (surname first)']);
  } else if (Math.abs(a.length - b.length) === 1 && Math.min(a.length, b.length) >= 2) {
    const [long, short, flip] = a.length > b.length ? [a, b, false] : [b, a, true];
    for (let i = 1; i < long.length - 1; i++) {
      if (!PATRONYMIC.test(foldName(long[i]!))) continue;
      const trimmed = [...long.slice(0, i), ...long.slice(i + 1)];
      out.push(flip ? [short, trimmed, 0.1, `patronymic "${long[i]}" missing on one side`] : [trimmed, short, 0.1, `patronymic "${long[i]}" missing on one side`]);
    }
  }
  return out;
}

function alignTokens(a: readonly string[], b: readonly string[], maxTokenDistance: number): NameMatch | null {
  let sum = 0;
  let anchors = 0;
  let derived = 0;
  const evidence: string[] = [];
  for (let i = 0; i < a.length; i++) {
    const m = compareTokens(a[i]!, b[i]!, maxTokenDistance, true);
    if (!m) return null;
    if (m.relation === 'same' || m.relation === 'key') anchors++;
    if (m.relation === 'derived') derived++;
    sum += m.score;
    evidence.push(...m.evidence);
  }
  // A derived word (Free / Freedom) counts only beside words that are the same: Russia / Russian alone is a trap.
  if (derived > 0 && derived > anchors) return null;
  return { score: sum / a.length, evidence: evidence.length > 0 ? evidence : ['words align'] };
}
