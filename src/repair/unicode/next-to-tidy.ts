import { MOJIBAKE_CONTINUATION, TIDY_STABLE_CHARS } from '../../data/unicode-tidy.js';

// Where the `unicode-tidy` rule (tidy-unicode.ts) must look: most of a text is characters the rule keeps
// whatever surrounds them, skipped here by char code with a class cached per code unit.

/** Characters a space beside which makes a run of spaces (a plain space, odd spaces, invisible characters). */
const SPACE_RUN_NEIGHBOURS = new Set(' \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u2060\ufeff\u00ad'.split('').map((c) => c.charCodeAt(0)));
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
 * A scan by char code with a cached class per code unit: most of a text is skipped without a regex.
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
  // A space after a space-like character: only at `from` can the character before be one not yet looked at
  // (a space-like character further on stops the scan itself: it is no printable ASCII and never kept).
  if (text.charCodeAt(from) === 0x20 && from > 0 && isSpaceRunNeighbour(text.charCodeAt(from - 1))) return from;
  const table = keepClass ?? (keepClass = new Uint8Array(0x10000));
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20) {
        const d = text.charCodeAt(i + 1);
        if (d === 0x20 || (d >= 0xa0 && isSpaceRunNeighbour(d))) return i;
      } else if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c === 0x7f) {
        return i;
      }
      continue;
    }
    const k = table[c]!;
    if (k === 2 || (k === 0 && !alwaysKept(c))) return i;
    if (c >= 0xc2 && c <= 0xf4 && i + 1 < n && CONTINUATION.test(text[i + 1]!)) return i;
  }
  return n;
}

/** True for the characters beside which a space makes a run: a plain space, odd spaces, invisible characters. */
function isSpaceRunNeighbour(c: number): boolean {
  return c === 0x20 || SPACE_RUN_NEIGHBOURS.has(c);
}
