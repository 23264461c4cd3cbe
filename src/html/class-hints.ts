import { CLASS_HINTS, Hint, POSITIVE_CLASS, STRONG_HINTS } from '../data/html-hints.js';

const HINT_CACHE_LIMIT = 5000;
/** Cached hints of block elements' and of inline elements' class/id strings (two maps: no key to build). */
const blockCache = new Map<string, number>();
const inlineCache = new Map<string, number>();

/**
 * Hint bits (`Hint` in `src/data/html-hints.ts`) of a class/id string, cached by string (pages repeat their class names). A block container named like the article (`article-body`) is not
 * boilerplate, but still says where a byline, date or caption is; a link's classes count for nothing.
 *
 * @param classId - Lower-case `class` and `id` values joined by a space.
 * @param block - True for a block-level element.
 * @param link - True for an `<a>`.
 * @returns The hint bits.
 * @example
 * ```ts
 * classHints('related-stories', true, false) === Hint.related; // true
 * ```
 */
export function classHints(classId: string, block: boolean, link: boolean): number {
  if (link) return 0;
  const cache = block ? blockCache : inlineCache;
  const hit = cache.get(classId);
  if (hit !== undefined) return hit;
  let own = 0;
  const articleLike = block && POSITIVE_CLASS.test(classId);
  for (const [bit, re] of CLASS_HINTS) {
    if (articleLike && (bit & (Hint.byline | Hint.date | Hint.caption | Hint.hidden | STRONG_HINTS)) === 0) continue;
    if (re.test(classId)) own |= bit;
  }
  if (cache.size > HINT_CACHE_LIMIT) cache.clear();
  cache.set(classId, own);
  return own;
}
