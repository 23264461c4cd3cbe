import { CP1252_HIGH } from '../../data/unicode-tidy.js';

// Mojibake: UTF-8 bytes read as Windows-1252, one character per byte (`â€™` for `’`), decoded back. Used by
// the `unicode-tidy` rule (tidy-unicode.ts).

const decoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-8', { fatal: true }) : null;

/** The Windows-1252 byte a character stands for, or `undefined`. */
function byteOf(ch: string): number | undefined {
  const cp = ch.charCodeAt(0);
  if (cp >= 0xa0 && cp <= 0xff) return cp;
  if (cp >= 0x80 && cp <= 0x9f) return cp; // undefined Windows-1252 bytes often survive as C1 controls
  return CP1252_HIGH[ch];
}

/**
 * Decodes a run at `at` that is UTF-8 bytes shown as Windows-1252 (`â€™`), or null. Two-byte sequences are
 * trusted only when they decode to punctuation or a Latin letter (U+00A0-U+024F).
 *
 * @param text - The text.
 * @param at - Where the run's lead character (U+00C2-U+00F4) stands.
 * @returns The run's length in the text and what it decodes to, or `null`.
 * @example
 * ```ts
 * decodeMojibake('It\u00e2\u20ac\u2122s', 2); // { length: 3, out: '\u2019' }
 * ```
 */
export function decodeMojibake(text: string, at: number): { length: number; out: string } | null {
  if (!decoder) return null;
  const lead = text.charCodeAt(at);
  const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
  const bytes = [lead];
  for (let k = 1; k <= need; k++) {
    const ch = text[at + k];
    if (ch === undefined) return null;
    const b = byteOf(ch);
    if (b === undefined || b < 0x80 || b > 0xbf) return null;
    bytes.push(b);
  }
  let out: string;
  try {
    out = decoder.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
  const cp = out.codePointAt(0)!;
  // Two-byte sequences are only trusted for punctuation and Latin letters an English text would carry, and
  // never for a pair that reads as a real word part (`Ã©` is never one).
  if (need === 1 && !(cp >= 0xa0 && cp <= 0x24f)) return null;
  return { length: need + 1, out };
}
