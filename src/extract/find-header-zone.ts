import type { Line } from '../parse/split-lines.js';
import { findMainRegion } from '../detect/find-main-region.js';
import { countWords, endsSentence } from '../detect/line-shape.js';
import { captionAt } from '../detect/detect-caption.js';
import { isCreditLine } from '../detect/detect-photo-credit.js';

/** Where the headline, byline and date are looked for: the lines above the article's first paragraph. */
export interface HeaderZone {
  /** Non-blank lines above the body, in order (at most the last 12 before the body). */
  readonly lines: readonly Line[];
  /** Index (in all lines) of the body's first line, or -1 when the text has no prose. */
  readonly bodyStart: number;
}

const MAX_LINES = 12;

/**
 * Finds the header zone of a text: the non-blank lines just above its first paragraph of prose (the
 * first sentence line of the main region of {@link findMainRegion} that is no image caption or credit; without a region, the first such line at or above the first long sentence line).
 *
 * @param lines - The lines of the text.
 * @param text - The whole text.
 * @returns The zone; when the text has no prose, its first 12 non-blank lines and `bodyStart` -1.
 * @example
 * ```ts
 * findHeaderZone(splitLines('Headline Here\nBy Jane Doe\n\nThe body starts with a sentence of some length, as bodies do.'), text);
 * ```
 */
export function findHeaderZone(lines: readonly Line[], text: string): HeaderZone {
  const { regions, verdicts } = findMainRegion(lines, text);
  const region = regions[0];
  // The first sentence line of the region that is no image caption or credit (they sit between headline and body).
  const nonBlank = lines.filter((l) => !l.blank);
  // Each non-blank line's place among them, by line index.
  const position: number[] = new Array<number>(lines.length);
  for (let k = 0; k < nonBlank.length; k++) position[nonBlank[k]!.index] = k;
  const isBody = (v: (typeof verdicts)[number]): boolean =>
    (v.cls === 'good' || v.cls === 'near') && !isCreditLine(v.line.text) && captionAt(nonBlank, position[v.line.index]!) === null;
  let bodyStart = region ? (verdicts.find((v) => v.line.index >= region.first && isBody(v))?.line.index ?? region.first) : -1;
  if (bodyStart < 0) {
    // Too little prose for a region: the body is there when a long sentence line is, and starts at the
    // first prose line (as inside a region) at or above it. The same text cleaned and re-cleaned then keeps
    // one body start whether or not the removed lines had made a region.
    const long = lines.find((l) => !l.blank && countWords(l.text) >= 12 && endsSentence(l.text.trim()) && !isCreditLine(l.text) && captionAt(nonBlank, position[l.index]!) === null)?.index ?? -1;
    bodyStart = long < 0 ? -1 : (verdicts.find((v) => v.line.index <= long && isBody(v))?.line.index ?? long);
  }
  const above = (bodyStart < 0 ? lines : lines.slice(0, bodyStart)).filter((l) => !l.blank);
  return { lines: bodyStart < 0 ? above.slice(0, MAX_LINES) : above.slice(-MAX_LINES), bodyStart };
}
