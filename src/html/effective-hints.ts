import { BOILERPLATE_HINTS, HINT_NAMES } from '../data/html-hints.js';
import type { HtmlBlock, Segmentation } from './segmentation.js';

/** Hint bits per element after overruling misleading names, and where each came from. */
export interface EffectiveHints {
  /** Hint bits of each element, inherited from its ancestors (indexed by element id). */
  readonly hints: Int32Array;
  /** Characters of paragraph-like text inside each element. */
  readonly paragraphChars: Float64Array;
}

const MIN_PARAGRAPH_CHARS = 25;
const OVERRULE_SHARE = 0.5;
const SOURCE_DEPTH = 64;

/**
 * Class/id names mislead: a blog engine wraps its article in `div.widget.Blog`, a theme in
 * `div.sidebar-layout`. A container whose name reads as boilerplate but which holds at least half of the
 * page's paragraph text is the article, so its boilerplate bits are dropped before they are inherited.
 * (Readability keeps "unlikely" candidates that also look like content for the same reason; here the test
 * is the text they hold, not a second word list.)
 *
 * @param seg - The page's segmentation.
 * @returns Per-element hint bits and paragraph text.
 * @example
 * ```ts
 * const eff = effectiveHints(seg);
 * const hintsOfBlock = eff.hints[block.element];
 * ```
 */
export function effectiveHints(seg: Segmentation): EffectiveHints {
  const { elements, blocks } = seg;
  const n = elements.length;
  const paragraphChars = new Float64Array(n);
  for (const b of blocks) if (isParagraphLike(b)) paragraphChars[b.element] = paragraphChars[b.element]! + b.chars;
  // Children come after their parent in document order: sum up from the end.
  let total = 0;
  for (let id = n - 1; id >= 0; id--) {
    const p = elements[id]!.parent;
    if (p >= 0) paragraphChars[p] = paragraphChars[p]! + paragraphChars[id]!;
    else total += paragraphChars[id]!;
  }
  const hints = new Int32Array(n);
  for (let id = 0; id < n; id++) {
    const el = elements[id]!;
    let own = el.ownHints;
    if (own & BOILERPLATE_HINTS && total > 0 && paragraphChars[id]! >= OVERRULE_SHARE * total) own &= ~BOILERPLATE_HINTS;
    hints[id] = (el.parent >= 0 ? hints[el.parent]! : 0) | own;
  }
  return { hints, paragraphChars };
}

/** A block that reads like a paragraph: long enough, mostly not links, not a heading. */
export function isParagraphLike(b: HtmlBlock): boolean {
  return b.chars >= MIN_PARAGRAPH_CHARS && b.heading === 0 && b.linkDensity <= 0.5;
}

/**
 * The nearest element at or above `id` whose own hints carry one of `bits`, as `tag.class`, for a reason
 * in the ledger (looks up at most 64 levels).
 *
 * @param seg - The page's segmentation.
 * @param id - The element to start from.
 * @param bits - Hint bits to look for.
 * @returns The label, or the element's own label when none is found.
 * @example
 * ```ts
 * hintSource(seg, block.element, Hint.related); // 'aside.related'
 * ```
 */
export function hintSource(seg: Segmentation, id: number, bits: number): string {
  for (let e = id, k = 0; e >= 0 && k < SOURCE_DEPTH; e = seg.elements[e]!.parent, k++) {
    if (seg.elements[e]!.ownHints & bits) return seg.elements[e]!.label;
  }
  return seg.elements[id]?.label ?? 'page';
}

/**
 * The name of the first hint among `bits` (`comment`, `related`...).
 *
 * @param bits - Hint bits.
 * @returns Its name, or `boilerplate`.
 * @example
 * ```ts
 * hintName(Hint.related); // 'related'
 * ```
 */
export function hintName(bits: number): string {
  for (const [bit, name] of HINT_NAMES) if (bits & bit) return name;
  return 'boilerplate';
}
