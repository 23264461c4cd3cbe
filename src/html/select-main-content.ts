import { BOILERPLATE_HINTS, Hint, HINT_NAMES, SENTENCE_END } from '../data/html-hints.js';
import type { DocumentField } from '../model/finding.js';
import { scoreCandidates, type MainContainer } from './score-candidates.js';
import type { HtmlBlock, Segmentation } from './segment-blocks.js';

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
}

/** Settings of the `main-content` rule (`rules: { 'main-content': {...} }`). */
export interface MainContentSettings {
  /** Keep photo captions and credits in the body. Default: `false` (news benchmarks exclude them). */
  readonly captions?: boolean;
}

/** The outcome of main-content selection over a page. */
export interface MainContentSelection {
  readonly decisions: readonly BlockDecision[];
  /** The container chosen, or `null` when the page reads as having no article. */
  readonly container: MainContainer | null;
  /** How the body was chosen, for stats and reasons: `container`, `paragraphs` (fallback) or `none`. */
  readonly method: 'container' | 'paragraphs' | 'none';
}

const MIN_BODY_CHARS = 250;
const SHORT = 60;
const DATE_LIKE = /\b(?:1[0-9]|20)\d\d\b|\b\d{1,2}[:.]\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/**
 * Decides block by block what is the article: picks the container ({@link scoreCandidates}), keeps the blocks
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
  let container = scoreCandidates(seg, true);
  let kept = container ? keepInContainer(seg, container, settings) : null;
  if (!kept || keptChars(blocks, kept) < MIN_BODY_CHARS) {
    const wide = scoreCandidates(seg, false);
    const wideKept = wide ? keepInContainer(seg, wide, settings) : null;
    if (wideKept && keptChars(blocks, wideKept) > (kept ? keptChars(blocks, kept) : 0)) {
      container = wide;
      kept = wideKept;
    }
  }
  let method: MainContentSelection['method'] = 'container';
  if (!kept || keptChars(blocks, kept) < MIN_BODY_CHARS) {
    const para = keepParagraphs(seg, settings);
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
  const decisions = blocks.map((b, i) => kept![i] ?? drop(outsideReason(seg, b, container), 0.8));
  assignFields(seg, decisions, kept, titleHint);
  trimEdges(blocks, decisions);
  return { decisions, container, method };
}

const keepIt: BlockDecision = { keep: true, reason: '', confidence: 1 };
const drop = (reason: string, confidence: number, field?: DocumentField['name']): BlockDecision =>
  field ? { keep: false, reason, confidence, field } : { keep: false, reason, confidence };

function keptChars(blocks: readonly HtmlBlock[], kept: readonly (BlockDecision | null)[]): number {
  let n = 0;
  for (let i = 0; i < blocks.length; i++) if (kept[i]?.keep) n += blocks[i]!.chars;
  return n;
}

/** Decisions inside the container: null outside it, a drop for boilerplate inside it, keep otherwise. */
function keepInContainer(seg: Segmentation, c: MainContainer, settings: MainContentSettings): (BlockDecision | null)[] {
  const { elements, blocks } = seg;
  // Hints set above the container do not count against what is inside it.
  let above = 0;
  for (let p = elements[c.top]!.parent; p >= 0; p = elements[p]!.parent) above |= elements[p]!.ownHints;
  return blocks.map((b) => {
    if (!c.roots.some((r) => b.element >= r && b.element <= elements[r]!.last)) return null;
    return judgeBlock(b, b.hints & ~above, settings);
  });
}

/** Fallback: every paragraph-like block outside boilerplate, wherever it sits. */
function keepParagraphs(seg: Segmentation, settings: MainContentSettings): (BlockDecision | null)[] {
  return seg.blocks.map((b) => {
    if (b.heading > 0 || b.chars < 50 || !SENTENCE_END.test(b.text)) return null;
    const d = judgeBlock(b, b.hints, settings);
    return d.keep && b.linkDensity <= 0.3 ? d : null;
  });
}

function judgeBlock(b: HtmlBlock, hints: number, settings: MainContentSettings): BlockDecision {
  const bad = hints & BOILERPLATE_HINTS;
  if (bad) return drop(`${hintName(bad)} block in ${source(b, bad)}`, 0.9);
  if ((hints & Hint.header) && b.heading !== 1) return drop(`in the page header ${source(b, Hint.header)}`, 0.8);
  if (!settings.captions && (hints & Hint.caption || b.inFigure)) return drop(`caption or credit in ${b.inFigure ? 'figure' : source(b, Hint.caption)}`, 0.85);
  if (b.linkDensity > 0.5 && b.heading === 0) return drop(`link density ${b.linkDensity.toFixed(2)} in ${b.path}`, 0.8);
  return keepIt;
}

function hintName(bits: number): string {
  for (const [bit, name] of HINT_NAMES) if (bits & bit) return name;
  return 'boilerplate';
}

function source(b: HtmlBlock, bits: number): string {
  for (const [bit, name] of HINT_NAMES) if (bits & bit && b.hintSources[name]) return b.hintSources[name]!;
  return b.path;
}

function outsideReason(seg: Segmentation, b: HtmlBlock, c: MainContainer | null): string {
  const where = c ? labelOf(seg, c.top) : 'the article paragraphs';
  const bad = b.hints & BOILERPLATE_HINTS;
  const what = bad ? `${hintName(bad)} block in ${source(b, bad)}` : `link density ${b.linkDensity.toFixed(2)} in ${b.path}`;
  return `outside the main content (${where}): ${what}`;
}

function labelOf(seg: Segmentation, id: number): string {
  const el = seg.elements[id]!;
  const first = el.classId.split(/\s+/, 1)[0];
  return first ? `${el.tag}.${first}` : el.tag;
}

/** Headline, byline and date blocks leave the body as fields (the first of each), near the article's start. */
function assignFields(seg: Segmentation, decisions: BlockDecision[], kept: readonly (BlockDecision | null)[], titleHint: string | null): void {
  const { blocks } = seg;
  const firstKept = kept.findIndex((d) => d?.keep);
  if (firstKept < 0) return;
  // Title: an h1 equal to (or contained in) the metadata title, else the last h1 before the body, else the first h1 in it.
  let title = -1;
  const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const hint = titleHint ? norm(titleHint) : '';
  for (const b of blocks) {
    if (b.heading !== 1 || b.chars > 300) continue;
    if (hint && (hint === norm(b.text) || hint.includes(norm(b.text)))) { title = b.index; break; }
    if (b.index < firstKept) title = b.index;
    else if (title < 0 && kept[b.index]?.keep) { title = b.index; break; }
  }
  if (title < 0 && hint) {
    for (const b of blocks) if (b.heading > 0 && b.chars <= 300 && norm(b.text) === hint) { title = b.index; break; }
  }
  if (title >= 0) decisions[title] = drop('the headline', 0.95, 'title');
  // Byline and date: short hinted blocks from the headline (or a bit before the body) to early in the body.
  const from = title >= 0 ? title : Math.max(0, firstKept - 8);
  const until = Math.min(blocks.length, firstKept + 6);
  let byline = false;
  let date = false;
  for (let i = from; i < until; i++) {
    const b = blocks[i]!;
    if (i === title || b.chars > 120) continue;
    if (!byline && b.hints & Hint.byline && b.heading === 0) {
      decisions[i] = drop(`byline in ${source(b, Hint.byline)}`, 0.9, 'byline');
      byline = true;
    } else if (!date && (b.datetime || b.hints & Hint.date) && b.chars <= SHORT && DATE_LIKE.test(b.text)) {
      decisions[i] = drop(`date in ${b.datetime ? 'time' : source(b, Hint.date)}`, 0.9, 'date');
      date = true;
    } else if (decisions[i]!.keep && b.hints & (Hint.byline | Hint.date) && b.chars <= SHORT && !SENTENCE_END.test(b.text)) {
      decisions[i] = drop(`article metadata in ${source(b, b.hints & (Hint.byline | Hint.date))}`, 0.8);
    }
  }
}

/** Headings with no kept text after them (a "Related" or "Comments" title) go with what they announced. */
function trimEdges(blocks: readonly HtmlBlock[], decisions: BlockDecision[]): void {
  let tail = true;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const d = decisions[i]!;
    if (!d.keep) continue;
    const b = blocks[i]!;
    if (tail && b.heading > 0) {
      decisions[i] = drop('heading with no article text after it', 0.7);
      continue;
    }
    tail = false;
    // A heading straight before another heading of the same or higher rank announces nothing kept.
  }
}
