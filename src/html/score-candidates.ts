import { BOILERPLATE_HINTS, CANDIDATE_NEGATIVE, CANDIDATE_POSITIVE, COMMAS, SENTENCE_END } from '../data/html-hints.js';
import { isParagraphLike } from './effective-hints.js';
import type { HtmlBlock, Segmentation } from './segmentation.js';

/** The container chosen as the article, and the elements joined to it. */
export interface MainContainer {
  /** Id of the top-scoring element. */
  readonly top: number;
  /** Its score after link-density scaling. */
  readonly score: number;
  /** Element ids whose subtrees make up the main content (the top candidate and joined siblings). */
  readonly roots: readonly number[];
}

const SCORED_LEVELS = 5;
const SIBLING_MAX_LINK_DENSITY = 0.2;
const SIBLING_SHARE = 0.3;
const SIBLING_MIN_CHARS = 400;
const ROOT_TAGS: ReadonlySet<string> = new Set(['html', 'body', '#document']);
const TAG_BONUS: Readonly<Record<string, number>> = {
  div: 5, article: 8, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5, nav: -25, aside: -25, footer: -25,
};

/**
 * Scores containers by the paragraphs inside them and picks the article's container, the way Mozilla
 * Readability does: each paragraph-like block scores `1 + commas + min(chars / 100, 3)`, given in full to
 * its parent element, half to the grandparent and `1 / (3 * level)` further up (five levels); a container
 * starts from a tag bonus and a class/id weight (+25 article-like, -25 boilerplate-like) and its total is
 * scaled by `1 - link density`. Then the choice is widened when the best candidates share an ancestor, and
 * siblings of the winner that score high or read like paragraphs are joined. Unlike Readability, blocks in
 * boilerplate-hinted subtrees (comments, related, nav...) do not score at all when `hints` are given, and
 * mostly-link blocks never score.
 *
 * @param seg - The page's segmentation.
 * @param hints - Per-element hint bits ({@link effectiveHints}): blocks under boilerplate hints do not score.
 *   Default: `null` (every block scores).
 * @returns The container, or `null` when no block reads like a paragraph.
 * @example
 * ```ts
 * const main = scoreCandidates(seg, effectiveHints(seg).hints);
 * ```
 */
export function scoreCandidates(seg: Segmentation, hints: Int32Array | null = null): MainContainer | null {
  const { elements, blocks } = seg;
  const scores = new Float64Array(elements.length);
  const touched = new Uint8Array(elements.length);
  const init = (id: number): void => {
    if (touched[id]) return;
    touched[id] = 1;
    const el = elements[id]!;
    let s = TAG_BONUS[el.tag] ?? 0;
    if (el.classId) {
      if (CANDIDATE_POSITIVE.test(el.classId)) s += 25;
      if (CANDIDATE_NEGATIVE.test(el.classId)) s -= 25;
    }
    scores[id] = s;
  };
  for (const b of blocks) {
    if (!isParagraphLike(b) || (hints && hints[b.element]! & BOILERPLATE_HINTS)) continue;
    const commas = b.text.match(COMMAS)?.length ?? 0;
    const score = 1 + commas + Math.min(Math.floor(b.chars / 100), 3);
    // The paragraph is the block's element; it gives to its ancestors.
    let id = elements[b.element]!.parent;
    for (let level = 0; level < SCORED_LEVELS && id >= 0; level++) {
      const el = elements[id]!;
      init(id);
      scores[id] = scores[id]! + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      id = el.parent;
    }
  }
  const final = (id: number): number => {
    const el = elements[id]!;
    return scores[id]! * (1 - (el.chars ? el.linkChars / el.chars : 0));
  };
  const ranked: number[] = [];
  for (let id = 0; id < elements.length; id++) if (touched[id]) ranked.push(id);
  ranked.sort((a, b) => final(b) - final(a));
  // The page root wins only when nothing inside it scored (a fragment of bare paragraphs).
  const inner = ranked.findIndex((id) => !ROOT_TAGS.has(elements[id]!.tag));
  if (inner > 0) ranked.unshift(...ranked.splice(inner, 1));
  if (ranked.length === 0) return null;
  let top = ranked[0]!;
  const topScore = final(top);
  if (!(topScore > 0)) return null;

  // Several strong candidates inside one ancestor: the article is that ancestor (Readability's idea).
  const strong = ranked.slice(1, 6).filter((id) => final(id) / topScore >= 0.75);
  if (strong.length >= 3) {
    let anc = elements[top]!.parent;
    while (anc >= 0 && !ROOT_TAGS.has(elements[anc]!.tag)) {
      const inside = strong.filter((id) => id >= anc && id <= elements[anc]!.last).length;
      if (inside >= 3) { top = anc; break; }
      anc = elements[anc]!.parent;
    }
  }
  // Climb while the parent holds the same text (a wrapper around the article) or scores higher.
  let last = final(top);
  for (let p = elements[top]!.parent; p >= 0 && !ROOT_TAGS.has(elements[p]!.tag); p = elements[p]!.parent) {
    const same = elements[p]!.chars === elements[top]!.chars;
    const ps = touched[p] ? final(p) : 0;
    if (!same && !(ps > last)) break;
    if (!same && ps < last / 3) break;
    top = p;
    last = Math.max(last, ps);
  }

  // Clean paragraph text per element (outside boilerplate hints), summed up the tree.
  const clean = new Float64Array(elements.length);
  for (const b of blocks) {
    if (isParagraphLike(b) && !(hints && hints[b.element]! & BOILERPLATE_HINTS)) clean[b.element] = clean[b.element]! + b.chars;
  }
  for (let id = elements.length - 1; id > 0; id--) {
    const p = elements[id]!.parent;
    if (p >= 0) clean[p] = clean[p]! + clean[id]!;
  }
  const roots = [top];
  const parent = elements[top]!.parent;
  if (parent >= 0) {
    const threshold = Math.max(10, final(top) * 0.2);
    const topClass = elements[top]!.classId;
    const blocksByElement = firstBlockOf(seg);
    for (let id = parent + 1; id <= elements[parent]!.last; id = elements[id]!.last + 1) {
      if (id === top) continue;
      const el = elements[id]!;
      if (el.chars === 0) continue;
      const bonus = topClass && el.classId === topClass ? final(top) * 0.2 : 0;
      if (touched[id] && final(id) + bonus >= threshold) { roots.push(id); continue; }
      // A part of the article nested too deep to have scored: much clean paragraph text, few links.
      const ld = el.chars ? el.linkChars / el.chars : 0;
      if (ld < SIBLING_MAX_LINK_DENSITY && clean[id]! >= SIBLING_SHARE * clean[top]! && clean[id]! >= SIBLING_MIN_CHARS) { roots.push(id); continue; }
      const b = blocksByElement.get(id);
      if (b && b.element === id && !(hints && hints[id]! & BOILERPLATE_HINTS) && (el.tag === 'p' || el.tag === 'div')) {
        const ld = el.chars ? el.linkChars / el.chars : 0;
        if ((el.chars > 80 && ld < 0.25) || (el.chars > 0 && ld === 0 && SENTENCE_END.test(b.text))) roots.push(id);
      }
    }
  }
  roots.sort((a, b) => a - b);
  return { top, score: final(top), roots };
}

function firstBlockOf(seg: Segmentation): Map<number, HtmlBlock> {
  const map = new Map<number, HtmlBlock>();
  for (const b of seg.blocks) if (!map.has(b.element)) map.set(b.element, b);
  return map;
}
