// The CLI build's stand-in for the `franc` package (tsup.config.ts aliases `franc` to this file in the CLI
// bundle only; the library builds and the tests import franc itself). Same answers as franc 6's `franc()`
// (franc's own models and script expressions, its algorithm: wooorm/franc, after Cavnar and Trenkle's
// trigram ranks), computed from an index by trigram instead of one object lookup per trigram and language.
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import type { Options } from 'franc';

/** franc reads at most this much of a value. */
const MAX_LENGTH = 2048;

/** franc's default `minLength`. */
const MIN_LENGTH = 10;

/** What a trigram missing from a language's model adds to its distance (franc's `MAX_DIFFERENCE`). */
const MAX_DIFFERENCE = 300;

/** The script expressions, in franc's order (the first of equal counts wins). */
const SCRIPTS = Object.entries(expressions);

/** What franc strips before it cuts a value into trigrams (trigram-utils' `clean`), then white space. */
const PUNCTUATION = /[\u0021-\u0040]+/g;
const WHITE_SPACE = /\s+/g;

/**
 * One script's models as an index: for each trigram, the languages whose model holds it and its rank there
 * (pairs of `[language, rank]`, languages numbered in franc's order of the script's models), for the
 * languages an option set allows.
 */
interface ScriptIndex {
  readonly languages: readonly string[];
  readonly byTrigram: ReadonlyMap<number, Int32Array>;
}

/** The indexes built, by script and option set (`only` and `ignore`). */
const indexes = new Map<string, ScriptIndex>();

/** Indexes kept at most (a script's and option set's each) before they are built again. */
const MAX_INDEXES = 16;

/**
 * A trigram's three UTF-16 code units as one number: no string is made per trigram. Code units under 1024 (ASCII,
 * Latin, Greek; most trigrams of Latin-script text) pack into ten bits each, a small integer that V8 hashes and
 * keeps without allocating; any other trigram is its code units in base 65536 (exact below 2^53) above 2^30, so
 * the two kinds never meet.
 *
 * @param text - The text.
 * @param at - Where the trigram starts.
 * @returns Its key.
 */
function trigramKey(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  return (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : 2 ** 30 + (a * 65536 + b) * 65536 + c;
}

/**
 * The index of one script's models, built on its first use (a thread that meets only Latin text builds only
 * Latin's). A model lists trigrams by rank; franc keeps a repeated trigram's first rank, and so does this. A
 * model entry that is not three code units long can never equal a value's trigram and is left out.
 *
 * Only the languages `only` and `ignore` allow are indexed, in franc's order: the distances of the others are
 * never read. Language identification asks for the 56 web languages (`WEB_LANGUAGES`), 32 of Latin's 126
 * models, so a Latin text's trigrams are summed for a quarter of the languages, in a smaller table.
 *
 * @param script - A script with models (a key of franc's `data`).
 * @param only - Languages allowed (`[]`: all).
 * @param ignore - Languages never answered.
 * @returns Its index.
 */
function indexOf(script: string, only: readonly string[], ignore: readonly string[]): ScriptIndex {
  const id = `${script}|${only.join()}|${ignore.join()}`;
  const known = indexes.get(id);
  if (known !== undefined) return known;
  const models = data[script]!;
  const languages = Object.keys(models).filter((language) => allowed(language, only, ignore));
  const pairs = new Map<number, number[]>();
  languages.forEach((language, n) => {
    const trigrams = models[language]!.split('|');
    const ranks = new Map<number, number>();
    for (let rank = trigrams.length - 1; rank >= 0; rank--) if (trigrams[rank]!.length === 3) ranks.set(trigramKey(trigrams[rank]!, 0), rank);
    for (const [key, rank] of ranks) {
      const list = pairs.get(key);
      if (list === undefined) pairs.set(key, [n, rank]);
      else list.push(n, rank);
    }
  });
  const byTrigram = new Map<number, Int32Array>();
  for (const [key, list] of pairs) byTrigram.set(key, Int32Array.from(list));
  const index = { languages, byTrigram };
  // A caller's option sets are few (the CLI's two); a bound all the same.
  if (indexes.size >= MAX_INDEXES) indexes.clear();
  indexes.set(id, index);
  return index;
}

/**
 * Whether franc may answer `language` (its `allow`).
 *
 * @param language - A language code (or a script's single language).
 * @param only - Languages allowed (`[]`: all).
 * @param ignore - Languages never answered.
 * @returns Whether it may.
 */
function allowed(language: string, only: readonly string[], ignore: readonly string[]): boolean {
  return (only.length === 0 || only.includes(language)) && !ignore.includes(language);
}

/**
 * The script with the most characters in a text, and their share (franc's `getTopScript`, to the bit). Only the
 * Latin expression matches ASCII (its letters, and no other ASCII character), and every other expression's
 * match takes at least one code unit beyond ASCII: a text with more ASCII letters than such code units is
 * Latin whatever the other counts, and its expressions are not run (most texts; the share is then unused).
 *
 * @param text - The text (at most `MAX_LENGTH` code units).
 * @returns The script (`undefined` for an empty text) and its share of the text.
 */
function topScript(text: string): [string | undefined, number] {
  let letters = 0;
  let beyond = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) beyond++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  if (letters > beyond) return ['Latin', letters / text.length];
  let script: string | undefined;
  let most = -1;
  for (const [name, expression] of SCRIPTS) {
    // franc's measure: the share of the text's characters in the script.
    const share = (text.match(expression)?.length ?? 0) / text.length || 0;
    if (share > most) {
      most = share;
      script = name;
    }
  }
  return [script, most];
}

/**
 * The most probable language of a text, as franc 6's `franc(value, options)` answers it: the script with the
 * most characters decides the candidates (a script with one language answers it), then the language whose
 * trigram ranks are nearest the text's (franc's out-of-place distance; the first in franc's order of equals).
 * The distances are sums of small integers, so the order of summing does not change them: the answers are
 * franc's, checked against franc itself in tests/cli/indexed-franc.test.ts. Per text, each of the text's
 * distinct trigrams is looked up once, in the index, rather than once per candidate language (the Latin
 * script has over a hundred models): about a quarter of franc's time over the bench pages.
 *
 * @param value - The text.
 * @param options - franc's options: `only`, `ignore`, `minLength` (default 10).
 * @returns An ISO 639-3 code, or `'und'`.
 * @example
 * ```ts
 * franc('Die Soldaten sagten, sie hätten Mühe gehabt, ihren Familien ...', { only: ['deu', 'eng'] }); // 'deu'
 * ```
 */
export function franc(value?: string, options: Options = {}): string {
  const only = options.only ?? [];
  const ignore = options.ignore ?? [];
  const minLength = options.minLength ?? MIN_LENGTH;
  if (!value || value.length < minLength) return 'und';
  const text = value.slice(0, MAX_LENGTH);
  const [script, most] = topScript(text);
  if (script === undefined) return 'und';
  if (!Object.hasOwn(data, script)) return most === 0 || !allowed(script, only, ignore) ? 'und' : script;
  const { languages, byTrigram } = indexOf(script, only, ignore);
  const padded = ` ${text.replace(PUNCTUATION, ' ').replace(WHITE_SPACE, ' ').trim().toLowerCase()} `;
  const counts = new Map<number, number>();
  for (let at = padded.length - 3; at >= 0; at--) {
    const key = trigramKey(padded, at);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // Every language starts as if it held none of the text's trigrams; each trigram it holds takes back the
  // difference between its count and its rank.
  const distances = new Float64Array(languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [key, count] of counts) {
    const pairs = byTrigram.get(key);
    if (pairs === undefined) continue;
    for (let i = 0; i < pairs.length; i += 2) distances[pairs[i]!]! += Math.abs(count - pairs[i + 1]! - 1) - MAX_DIFFERENCE;
  }
  let best = 'und';
  let nearest = Infinity;
  for (let n = 0; n < languages.length; n++) {
    // (Every language of the index is allowed.)
    if (distances[n]! < nearest) {
      nearest = distances[n]!;
      best = languages[n]!;
    }
  }
  return best;
}
