import { SPECIAL_FOLDS, TRANSLIT_REWRITES } from '../data/variant-keys.js';

const COMBINING = /\p{M}/gu;
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_FOLDS).join('')}]`, 'gu');
const APOSTROPHES = /['’ʼʹ`´"]/g;
const NON_LETTER = /[^a-z]/g;
const REWRITES = TRANSLIT_REWRITES.map(([source, replacement]) => [new RegExp(source, 'g'), replacement] as const);
const DOUBLES = /([a-z])\1+/g;
const VOWELS_AFTER_FIRST = /(?!^)[aeiou]/g;
const SKELETON_MERGES: readonly (readonly [RegExp, string])[] = [
  [/[gk]/g, 'h'],
  [/z/g, 's'],
  [/f/g, 'v'],
  [/d/g, 't'],
];

/**
 * Folds a name to lower-case ASCII letters: diacritics dropped (ë → e), letters without a decomposition
 * mapped (ł → l, ž → zh, ß → ss), apostrophes and soft-sign marks removed (Smarhon' → smarhon).
 *
 * @param name - Any string.
 * @returns The folded string; characters that are neither letters, digits nor white space are removed
 *   except the hyphen.
 * @example
 * ```ts
 * foldName('Wołkowysk'); // 'wolkowysk'
 * foldName('Rogachëv');  // 'rogachev'
 * ```
 */
export function foldName(name: string): string {
  const cached = foldCache.get(name);
  if (cached !== undefined) return cached;
  const folded = name
    .replace(SPECIAL, (c) => SPECIAL_FOLDS[c] ?? c)
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(APOSTROPHES, '')
    .toLowerCase();
  if (foldCache.size >= KEY_CACHE_SIZE) foldCache.clear();
  foldCache.set(name, folded);
  return folded;
}

const foldCache = new Map<string, string>();

/**
 * The transliteration-aware key of one name token: spellings of one Cyrillic name in different
 * romanisations get the same key (y/i/j, yev/ev/iev, ts/tz/c, kh/h, zh, ye/e, -skiy/-sky/-skyy/-skij,
 * Belarusian ў as u/w, German w, Polish cz/sz). Doubled letters are collapsed.
 *
 * The rewrites are data: `TRANSLIT_REWRITES` in `src/data/variant-keys.ts`, with their sources.
 *
 * @param token - One word of a name (any case, any script of Latin letters).
 * @returns The key: lower-case ASCII letters only (empty for a token without letters).
 * @example
 * ```ts
 * translitKey('Slutskiy') === translitKey('Slutsky');      // true ('sluc ski' → 'slucki')
 * translitKey('Tagiyev') === translitKey('Tagiev');        // true
 * translitKey('Yemelyanov') === translitKey('Emelyanov');  // true
 * translitKey('Caesar'); // 'cesar' (Tsezar → 'cezar', one cheap edit away)
 * ```
 */
export function translitKey(token: string): string {
  const cached = keyCache.get(token);
  if (cached !== undefined) return cached;
  let key = foldName(token).replace(NON_LETTER, '');
  for (const [re, replacement] of REWRITES) key = key.replace(re, replacement);
  key = key.replace(DOUBLES, '$1');
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
  keyCache.set(token, key);
  return key;
}

// Keys are asked for again and again while clustering; a bounded memo keeps that cheap.
const KEY_CACHE_SIZE = 200_000;
const keyCache = new Map<string, string>();

/**
 * A coarser key for blocking (deciding which pairs to compare at all): the transliteration key with
 * g/k/h, z/s, f/v and d/t merged and the vowels after the first letter dropped. Two spellings that
 * differ only in vowels or in those voicing pairs share it.
 *
 * @param token - One word of a name.
 * @returns The skeleton (lower-case consonants, first letter kept).
 * @example
 * ```ts
 * skeletonKey('Halavanau') === skeletonKey('Golovanov'); // true ('hlvnv')
 * ```
 */
export function skeletonKey(token: string): string {
  let key = translitKey(token);
  for (const [re, replacement] of SKELETON_MERGES) key = key.replace(re, replacement);
  return key.replace(VOWELS_AFTER_FIRST, '').replace(/^[aeiou]/, 'a').replace(DOUBLES, '$1');
}
