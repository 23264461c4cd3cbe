/** A word of a text, as the variants code sees it (seams split: `LegionThe` is two words). */
export interface NameWord {
  /** The word as written (a possessive `'s` included). */
  readonly word: string;
  /** Offset of its first character. */
  readonly start: number;
  /** Offset just past it. */
  readonly end: number;
  /** Glued to the word before it (`LegionThe`): a sentence boundary lost in scraping. */
  readonly seam: boolean;
}

// A word: letters, then letters/marks/digits, with inner hyphens or apostrophes (O'Brien, Rostov-on-Don).
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’]\p{L}[\p{L}\p{M}\p{N}]*)*/gu;
// Three lower-case letters glued to a capitalised word (`LegionThe unit`).
const SEAM = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})/u;
/** A possessive ending: `Legion's`, `Legion’s`. */
export const POSSESSIVE = /['’]s$/u;
/** White space that may stand inside a name: spaces, and at most one line break. */
export const NAME_GAP = /^[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*$/u;

/**
 * Splits a text into words with offsets, splitting words glued at a lost sentence boundary
 * (`LegionThe` → `Legion`, `The`, the second marked `seam`).
 *
 * @param text - Any text.
 * @returns The words in order.
 * @example
 * ```ts
 * splitNameWords('Legion’s LegionThe').map((w) => w.word); // ['Legion’s', 'Legion', 'The']
 * ```
 */
export function splitNameWords(text: string): NameWord[] {
  const out: NameWord[] = [];
  for (const m of text.matchAll(WORD)) {
    let at = m.index;
    m[0].split(SEAM).forEach((word, part) => {
      out.push({ word, start: at, end: at + word.length, seam: part > 0 });
      at += word.length;
    });
  }
  return out;
}
