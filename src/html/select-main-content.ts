import { BOILERPLATE_HINTS, Hint, SENTENCE_END } from '../data/html-hints.js';
import { effectiveHints, hintName, hintSource, isParagraphLike } from './effective-hints.js';
import type { DocumentField } from '../model/finding.js';
import { scoreCandidates, type MainContainer } from './score-candidates.js';
import type { HtmlBlock, Segmentation } from './segmentation.js';

/** What main-content selection decided for one block. */
export interface BlockDecision {
  /** True when the block stays in the body. */
  readonly keep: boolean;
  /** Why it goes (or `''` when kept). */
  readonly reason: string;
  /** How sure the decision is. */
  readonly confidence: number;
  /** The field the block fills when it leaves the body as title, byline or date. */
  readonly field?: DocumentField['name'];
  /** What kind of drop it is: `boilerplate` (hinted), `links`, `teaser` (linked heading), `caption`, `field`, `other`. */
  readonly kind?: 'boilerplate' | 'links' | 'teaser' | 'caption' | 'field' | 'other';
  /** For a kept block whose first line is the headline: that line's length (the line leaves as `title`). */
  readonly headlineLine?: number;
}

/** Settings of the `main-content` rule (`rules: { 'main-content': {...} }`). */
export interface MainContentSettings {
  /** Keep photo captions and credits in the body. Default: `false` (news benchmarks exclude them). */
  readonly captions?: boolean;
}

/** The outcome of main-content selection over a page. */
export interface MainContentSelection {
  /** One decision per block, in block order (`decisions[i]` is about `seg.blocks[i]`). */
  readonly decisions: readonly BlockDecision[];
  /** The container chosen, or `null` when the page reads as having no article. */
  readonly container: MainContainer | null;
  /** How the body was chosen, for stats and reasons: `container`, `paragraphs` (fallback) or `none`. */
  readonly method: 'container' | 'paragraphs' | 'none';
}

const MIN_BODY_CHARS = 250;
const MIN_HOME_CHARS = 150;
/** How many blocks before and after the body a lookalike paragraph may sit. */
const LOOKALIKE_WINDOW = 6;
/** Inside the article, a block more than half links is a link list... */
const MAX_LINK_DENSITY = 0.5;
/** ...unless it is a long paragraph (deal and roundup posts link most of their sentences). */
const LONG_LINKED_CHARS = 150;
const SENTENCE_CHARS = 60;
const MAX_LINK_DENSITY_SENTENCE = 0.8;
const SHORT = 60;
/** A byline names someone: two letters in a row other than a bare "By". */
/** "By", "Von", "Por", "Par", "Door", "Di", "Av": a byline that also carries a date still names someone. */
const BY_WORD = /(?:^|\s)(?:by|von|por|par|door|di|av)[\s:]/i;
const BYLINE_NAME = /^(?!\s*by\s*:?\s*$)[\s\S]*\p{L}{2}/iu;
const DATE_LIKE = /\b(?:1[0-9]|20)\d\d\b|\b\d{1,2}[:.]\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/**
 * Decides block by block what is the article: picks the container (Readability-style scoring, `scoreCandidates`
 * in `src/html/score-candidates.ts`), keeps the blocks
 * inside it, and inside it still drops what class/id hints, link density and context mark as boilerplate
 * (comment threads, related lists, share bars, captions, site headers), taking the headline, byline and date
 * out into fields. When the container holds too little text (under 250 characters) it retries with hinted
 * blocks scored too, then falls back to every paragraph-like block outside boilerplate (trafilatura's idea of
 * a recall fallback); with nothing left, every block goes with the reason that the page has no article.
 *
 * @param seg - The page's segmentation.
 * @param settings - {@link MainContentSettings}.
 * @param titleHint - The title from the page's metadata, to recognise the headline block.
 * @returns A decision per block.
 * @example
 * ```ts
 * selectMainContent(segmentBlocks(document)).decisions.filter((d) => d.keep).length;
 * ```
 */
export function selectMainContent(seg: Segmentation, settings: MainContentSettings = {}, titleHint: string | null = null): MainContentSelection {
  const { blocks } = seg;
  if (blocks.length === 0) return { decisions: [], container: null, method: 'none' };
  const eff = effectiveHints(seg);
  const ctx: Ctx = { seg, hints: eff.hints, settings };
  const scored = scoreCandidates(seg, eff.hints);
  let container = scored ? narrowToMainArticle(seg, scored, eff.paragraphChars) : null;
  let kept = container ? keepInContainer(ctx, container) : null;
  // A short story beside long teasers stays short: choosing one <article> among several is a strong sign.
  const narrowed = container !== null && container !== scored && keptChars(blocks, kept!) > 0;
  if (!narrowed && (!kept || keptChars(blocks, kept) < MIN_BODY_CHARS)) {
    const wide = scoreCandidates(seg, null);
    const wideKept = wide ? keepInContainer(ctx, wide) : null;
    if (wideKept && keptChars(blocks, wideKept) > (kept ? keptChars(blocks, kept) : 0)) {
      container = wide;
      kept = wideKept;
    }
  }
  let method: MainContentSelection['method'] = 'container';
  if (!narrowed && (!kept || keptChars(blocks, kept) < MIN_BODY_CHARS)) {
    const para = keepParagraphs(ctx);
    if (keptChars(blocks, para) > (kept ? keptChars(blocks, kept) : 0)) {
      kept = para;
      method = 'paragraphs';
      container = null;
    }
  }
  if (!kept || keptChars(blocks, kept) === 0) {
    const decisions = blocks.map(() => drop('no article found: no block reads like a paragraph of text', 0.9));
    return { decisions, container: null, method: 'none' };
  }
  if (container) joinLookalikes(ctx, kept);
  const decisions = blocks.map((b, i) => kept![i] ?? drop(outsideReason(ctx, b, container), 0.8));
  assignFields(ctx, decisions, kept, titleHint);
  trimEdges(ctx, decisions);
  return { decisions, container, method };
}

interface Ctx {
  readonly seg: Segmentation;
  readonly hints: Int32Array;
  readonly settings: MainContentSettings;
}

/**
 * A paragraph just outside the container that is dressed like the article's own paragraphs (same class,
 * e.g. a lede set apart in its own wrapper) is part of it: Readability's same-class sibling bonus,
 * applied to blocks near the body's edges. Only classed paragraphs, outside boilerplate, with few links.
 */
function joinLookalikes(ctx: Ctx, kept: (BlockDecision | null)[]): void {
  const { blocks, elements } = ctx.seg;
  const labels = new Set<string>();
  let first = -1;
  let last = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (!kept[i]?.keep) continue;
    if (first < 0) first = i;
    last = i;
    const el = elements[blocks[i]!.element]!;
    if (el.classId && isParagraphLike(blocks[i]!)) labels.add(el.classId);
  }
  if (labels.size === 0) return;
  const from = Math.max(0, first - LOOKALIKE_WINDOW);
  const to = Math.min(blocks.length - 1, last + LOOKALIKE_WINDOW);
  for (let i = from; i <= to; i++) {
    if (kept[i] !== null) continue;
    const b = blocks[i]!;
    const el = elements[b.element]!;
    if (!el.classId || !isParagraphLike(b) || b.linkDensity > 0.3 || ctx.hints[b.element]! & (BOILERPLATE_HINTS | Hint.caption)) continue;
    if (labels.has(el.classId)) kept[i] = keepIt;
  }
}

/**
 * A container holding several `<article>` elements side by side is a page of teasers around one story.
 * The story is the `<article>` holding the page's headline (h1), when it holds paragraph text of its own;
 * else, when one of them holds most of the paragraph text, that one.
 */
function narrowToMainArticle(seg: Segmentation, c: MainContainer, paragraphChars: Float64Array): MainContainer {
  const { elements } = seg;
  const inRoots = (id: number): boolean => c.roots.some((r) => id >= r && id <= elements[r]!.last);
  const headline = seg.blocks.find((b) => b.heading === 1 && b.chars >= 2);
  let home = -1;
  if (headline) {
    for (let e = headline.element, k = 0; e >= 0 && k < 64; e = elements[e]!.parent, k++) {
      if (elements[e]!.tag === 'article') { home = e; break; }
    }
  }
  let total = 0;
  for (const r of c.roots) total += paragraphChars[r]!;
  let best = -1;
  let articles = 0;
  let others = 0;
  for (let id = 0; id < elements.length; id++) {
    if (elements[id]!.tag !== 'article' || !inRoots(id) && !c.roots.includes(id)) continue;
    articles++;
    if (home >= 0 && !(id >= home && id <= elements[home]!.last) && !(home >= id && home <= elements[id]!.last)) others++;
    if (best < 0 || paragraphChars[id]! > paragraphChars[best]!) best = id;
    id = elements[id]!.last; // articles nested in this one are part of it
  }
  if (home >= 0 && others > 0 && paragraphChars[home]! >= MIN_HOME_CHARS) return { top: home, score: c.score, roots: [home] };
  if (articles < 2 || best < 0 || paragraphChars[best]! < 0.6 * total) return c;
  return { top: best, score: c.score, roots: [best] };
}

const keepIt: BlockDecision = { keep: true, reason: '', confidence: 1 };
const drop = (reason: string, confidence: number, field?: DocumentField['name'], kind: BlockDecision['kind'] = 'other'): BlockDecision =>
  field ? { keep: false, reason, confidence, field, kind: 'field' } : { keep: false, reason, confidence, kind };

/** Byline and date hint bits of a block's own element, the two elements above it, and inline elements in it. */
function nearHints(seg: Segmentation, b: HtmlBlock): number {
  let bits = 0;
  let e = b.element;
  for (let k = 0; k < 3 && e >= 0; k++, e = seg.elements[e]!.parent) bits |= seg.elements[e]!.ownHints;
  const inline = b.hints & ~inheritedHints(seg, b.element);
  return (bits | inline) & (Hint.byline | Hint.date);
}

/** Hint bits an element inherits (its own and its ancestors'), recomputed up to 200 levels. */
function inheritedHints(seg: Segmentation, id: number): number {
  let bits = 0;
  for (let e = id, k = 0; e >= 0 && k < 200; e = seg.elements[e]!.parent, k++) bits |= seg.elements[e]!.ownHints;
  return bits;
}

function keptChars(blocks: readonly HtmlBlock[], kept: readonly (BlockDecision | null)[]): number {
  let n = 0;
  for (let i = 0; i < blocks.length; i++) if (kept[i]?.keep) n += blocks[i]!.chars;
  return n;
}

/** Decisions inside the container: null outside it, a drop for boilerplate inside it, keep otherwise. */
function keepInContainer(ctx: Ctx, c: MainContainer): (BlockDecision | null)[] {
  const { elements, blocks } = ctx.seg;
  // Hints set above the container do not count against what is inside it.
  const above = elements[c.top]!.parent >= 0 ? ctx.hints[elements[c.top]!.parent]! : 0;
  return blocks.map((b) => {
    if (!c.roots.some((r) => b.element >= r && b.element <= elements[r]!.last)) return null;
    return judgeBlock(ctx, b, ctx.hints[b.element]! & ~above);
  });
}

/** Fallback: every paragraph-like block outside boilerplate, wherever it sits. */
function keepParagraphs(ctx: Ctx): (BlockDecision | null)[] {
  return ctx.seg.blocks.map((b) => {
    if (b.heading > 0 || b.chars < 50 || !SENTENCE_END.test(b.text)) return null;
    const d = judgeBlock(ctx, b, ctx.hints[b.element]!);
    return d.keep && b.linkDensity <= 0.3 ? d : null;
  });
}

function judgeBlock(ctx: Ctx, b: HtmlBlock, hints: number): BlockDecision {
  const bad = hints & BOILERPLATE_HINTS;
  const where = (bits: number): string => hintSource(ctx.seg, b.element, bits);
  if (bad) return drop(`${hintName(bad)} block in ${where(bad)}`, 0.9, undefined, 'boilerplate');
  if ((hints & Hint.header) && b.heading !== 1) return drop(`in the page header ${where(Hint.header)}`, 0.8);
  if (!ctx.settings.captions && (hints & Hint.caption || b.inFigure)) {
    return drop(`caption or credit in ${b.inFigure ? 'figure' : where(Hint.caption)}`, 0.85, undefined, 'caption');
  }
  if (b.linkDensity > MAX_LINK_DENSITY && b.heading === 0 && !readsAsLinkedSentence(b)) return drop(`link density ${b.linkDensity.toFixed(2)} in ${b.path}`, 0.8, undefined, 'links');
  return keepIt;
}

/** A sentence with many of its words linked (roundups, news with inline links), not a link list. */
function readsAsLinkedSentence(b: HtmlBlock): boolean {
  if (b.linkDensity > MAX_LINK_DENSITY_SENTENCE) return false;
  return b.chars >= LONG_LINKED_CHARS || (b.chars >= SENTENCE_CHARS && SENTENCE_END.test(b.text));
}

function outsideReason(ctx: Ctx, b: HtmlBlock, c: MainContainer | null): string {
  const where = c ? ctx.seg.elements[c.top]!.label : 'the article paragraphs';
  const bad = ctx.hints[b.element]! & BOILERPLATE_HINTS;
  const what = bad
    ? `${hintName(bad)} block in ${hintSource(ctx.seg, b.element, bad)}`
    : `link density ${b.linkDensity.toFixed(2)} in ${b.path}`;
  return `outside the main content (${where}): ${what}`;
}

/** Headline, byline and date blocks leave the body as fields (the first of each), near the article's start. */
function assignFields(ctx: Ctx, decisions: BlockDecision[], kept: readonly (BlockDecision | null)[], titleHint: string | null): void {
  const { blocks } = ctx.seg;
  // Byline and date hints count from the block's own element and the two above it (or an inline element in
  // it), not from a container far up that happens to be named `post-date-wrapper`.
  const hintsOf = (b: HtmlBlock): number => ctx.hints[b.element]! & ~(Hint.byline | Hint.date) | nearHints(ctx.seg, b);
  const where = (b: HtmlBlock, bits: number): string => hintSource(ctx.seg, b.element, bits);
  const firstKept = kept.findIndex((d) => d?.keep);
  if (firstKept < 0) return;
  // Title: an h1 (see below), else a heading that reads as the metadata title. (A site's logo is often an
  // h1 too, and og:title is sometimes the site's name.)
  const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const hint = titleHint ? norm(titleHint) : '';
  // The h1 nearest before the first paragraph of the body (a logo h1 comes earlier), else the first h1 in it.
  const firstPara = blocks.findIndex((b) => kept[b.index]?.keep && b.heading === 0 && isParagraphLike(b));
  let title = -1;
  let inBody = -1;
  for (const b of blocks) {
    if (b.heading !== 1 || b.chars > 300 || b.chars < 2 || hintsOf(b) & BOILERPLATE_HINTS) continue;
    if (firstPara < 0 || b.index < firstPara) title = b.index;
    else if (kept[b.index]?.keep) { inBody = b.index; break; }
    else break;
  }
  if (title < 0) title = inBody;
  if (title < 0 && hint) {
    for (const b of blocks) {
      if (b.heading === 0 || b.chars > 300 || b.index > firstKept + 3) continue;
      const t = norm(b.text);
      if (t === hint || (t.length >= 0.6 * hint.length && hint.includes(t))) { title = b.index; break; }
    }
  }
  if (title >= 0) {
    decisions[title] = drop('the headline', 0.95, 'title');
    // An h1 above the headline in the same container is the site's name (a logo), not the article's.
    for (let i = firstKept; i < title; i++) {
      if (blocks[i]!.heading === 1 && decisions[i]!.keep) decisions[i] = drop('an h1 above the headline (the site name)', 0.75);
    }
  }
  else if (hint) {
    // No heading: an old layout often sets the headline as the first line of the body's first block.
    const b = blocks[firstKept]!;
    const nl = b.text.indexOf('\n');
    if (nl > 0 && norm(b.text.slice(0, nl)) === hint) decisions[firstKept] = { ...keepIt, headlineLine: nl };
  }
  // Byline and date: short hinted blocks from the headline (or a bit before the body) to early in the body.
  const from = title >= 0 ? title : Math.max(0, firstKept - 8);
  const until = Math.min(blocks.length, firstKept + 6);
  let byline = false;
  let date = false;
  for (let i = from; i < until; i++) {
    const b = blocks[i]!;
    if (i === title || b.chars > 120 || ctx.hints[b.element]! & BOILERPLATE_HINTS) continue;
    const dateLike = b.heading === 0 && (b.datetime !== null || (hintsOf(b) & Hint.date) !== 0) && b.chars <= SHORT && DATE_LIKE.test(b.text);
    const sentence = SENTENCE_END.test(b.text) && b.text.split(' ').length > 6;
    if (!byline && hintsOf(b) & Hint.byline && b.heading === 0 && !sentence && BYLINE_NAME.test(b.text) && !(dateLike && !BY_WORD.test(b.text))) {
      decisions[i] = drop(`byline in ${where(b, Hint.byline)}`, 0.9, 'byline');
      byline = true;
    } else if (!date && dateLike) {
      decisions[i] = drop(`date in ${b.datetime ? 'time' : where(b, Hint.date)}`, 0.9, 'date');
      date = true;
    } else if (decisions[i]!.keep && b.heading === 0 && hintsOf(b) & (Hint.byline | Hint.date) && b.chars <= SHORT && !SENTENCE_END.test(b.text)) {
      decisions[i] = drop(`article metadata in ${where(b, hintsOf(b) & (Hint.byline | Hint.date))}`, 0.8);
    }
  }
}

/**
 * Headings with no kept text after them (a "Related" or "Comments" title) go with what they announced, and
 * so does a heading whose next block was dropped as boilerplate (jusText's idea: a block is judged with its
 * neighbours).
 */
function trimEdges(ctx: Ctx, decisions: BlockDecision[]): void {
  const { blocks } = ctx.seg;
  let tail = true;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const d = decisions[i]!;
    if (!d.keep) continue;
    const b = blocks[i]!;
    if (b.heading > 0 && tail) {
      decisions[i] = drop('heading with no article text after it', 0.7);
      continue;
    }
    const next = decisions[i + 1];
    // A linked heading is a teaser unless a paragraph of the article follows it (roundups link their items).
    if (b.heading > 1 && b.linkDensity > MAX_LINK_DENSITY && (b.inList || !(next?.keep && blocks[i + 1]!.heading === 0))) {
      decisions[i] = drop(`linked heading (a teaser) in ${b.path}`, 0.8, undefined, 'teaser');
      continue;
    }
    tail = false;
    if (b.heading > 1 && next && !next.keep && (next.kind === 'boilerplate' || next.kind === 'teaser')) {
      decisions[i] = drop('heading of a boilerplate block', 0.7, undefined, 'boilerplate');
    }
  }
}
