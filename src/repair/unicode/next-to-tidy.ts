import { MOJIBAKE_CONTINUATION, TIDY_STABLE_CHARS } from '../../data/unicode-tidy.js';

// Where the `unicode-tidy` rule (tidy-unicode.ts) must look: most of a text is characters the rule keeps
// whatever surrounds them, skipped here by a regular expression and a class cached per code unit.

/** Characters a space beside which makes a run of spaces (a plain space, odd spaces, invisible characters). */
const SPACE_RUN_NEIGHBOUR = /[ \u00a0\u00ad\u1680\u2000-\u200b\u202f\u205f\u2060\ufeff]/;
const STABLE_RANGES = new RegExp(`[${TIDY_STABLE_CHARS}]`);
const CONTINUATION = new RegExp(`[${MOJIBAKE_CONTINUATION}]`);
/**
 * Never changed by the rule on their own: combining marks (and the Hangul jamo composed like them), control,
 * format, space, separator, surrogate and unassigned characters, and `‘` (an apostrophe between letters)
 * excepted; what remains is kept when NFC leaves it as it is.
 */
const NEEDS_A_LOOK = /[\p{M}\p{Cc}\p{Cf}\p{Z}\p{Cs}\p{Cn}\u1160-\u11ff\u2018]/u;

/** Per BMP code unit, filled on first sight: 0 not yet known, 1 always kept as it is, 2 worth a look. */
let keepClass: Uint8Array | null = null;

/**
 * True when the rule keeps the BMP code unit `c` as it is whatever surrounds it (a mojibake lead aside,
 * which {@link nextToTidy} looks at with what follows): the listed {@link TIDY_STABLE_CHARS} and, tested on
 * first sight by the same criteria the list was made with, any other character (CJK, Hangul syllables,
 * kana, Arabic, Indic letters...), so that a page in another script is skipped in runs as well.
 */
function alwaysKept(c: number): boolean {
  keepClass ??= new Uint8Array(0x10000);
  let k = keepClass[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    const kept = c >= 0xa0 && (STABLE_RANGES.test(ch) || (!NEEDS_A_LOOK.test(ch) && ch.normalize('NFC') === ch));
    k = kept ? 1 : 2;
    keepClass[c] = k;
  }
  return k === 1;
}

/**
 * The first offset at or after `from` that the rule must look at one by one, or the text's length: a
 * character outside printable ASCII (tab and line ends included) that is not {@link alwaysKept}, a
 * mojibake lead (U+00C2-U+00F4) before a continuation character, or a space beside a space-like character.
 * The printable ASCII is skipped by a regular expression ({@link nextStop}); the other characters are
 * tested one by one with a class cached per code unit.
 *
 * @param text - The text.
 * @param from - Where to start.
 * @returns The offset, or `text.length`.
 * @example
 * ```ts
 * nextToTidy('plain text\u00a0here', 0); // 10
 * ```
 */
export function nextToTidy(text: string, from: number): number {
  const n = text.length;
  for (let i = nextStop(text, from); i < n; ) {
    // A space run or a control character: ASCII where the search stopped.
    if (text.charCodeAt(i) < 0x80) return i;
    // The characters from here up to the next ASCII one (a word in another script, a dash, a curly quote)
    // are tested in this loop, not found one by one by the search (a call each: a page in Russian stopped
    // at every letter).
    for (; i < n && text.charCodeAt(i) >= 0x80; i++) if (!isKeptAt(text, i)) return i;
    i = nextStop(text, i);
  }
  return n;
}

/**
 * True when the character at `i` (not ASCII) is kept as it is whatever surrounds it: {@link alwaysKept},
 * and no mojibake lead (U+00C2-U+00F4) before a continuation character.
 */
function isKeptAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return alwaysKept(c) && !(c >= 0xc2 && c <= 0xf4 && CONTINUATION.test(text[i + 1] ?? ''));
}

/**
 * The first offset at or after `from` that holds a character outside printable ASCII (tab and line ends
 * aside) or a space beside a space-like character (a plain space, an odd space, an invisible character),
 * or the text's length: where the `unicode-tidy` rule looks when it keeps no character unlooked at
 * (`straightQuotes`), and where {@link nextToTidy} tests a character.
 *
 * @param text - The text.
 * @param from - Where to start.
 * @returns The offset, or `text.length`.
 * @example
 * ```ts
 * nextStop('plain  text', 0); // 5
 * ```
 */
export function nextStop(text: string, from: number): number {
  // A space after a space-like character: only at `from` can the character before be one not yet looked at
  // (a space-like character further on stops the search itself: it is no printable ASCII, or a space before one).
  if (text[from] === ' ' && SPACE_RUN_NEIGHBOUR.test(text[from - 1] ?? '')) return from;
  if (text !== pairText || from < pairFrom || from > pairAt) {
    PAIR.lastIndex = pairFrom = from;
    pairAt = PAIR.test(pairText = text) ? PAIR.lastIndex - 2 : text.length;
  }
  // `test`, not `exec`: the match's length is fixed, so where it starts needs no match array.
  STOP.lastIndex = from;
  const stop = STOP.test(text) ? STOP.lastIndex - 1 : text.length;
  // A space before a space-like character (a space before a space is a pair).
  return Math.min(pairAt, stop > from && text[stop - 1] === ' ' && SPACE_RUN_NEIGHBOUR.test(text[stop]!) ? stop - 1 : stop);
}

/** What {@link nextStop} finds after `from` but the space runs: a character outside printable ASCII (tab and line ends aside). */
const STOP = /[^\t\n\r -~]/g;
/**
 * Two spaces. Searched apart from {@link STOP} (a pattern that may start at a space stops at every one,
 * three times slower), and once for the calls that step through one text: the first two spaces at or
 * after `pairFrom` in `pairText` stand at `pairAt` (a cache only: another text, or a search from elsewhere,
 * searches again; it holds on to the last text searched until the next).
 */
const PAIR = / {2}/g;
let pairText = '';
let pairFrom = 0;
let pairAt = 0;
