import type { PageHead } from './collect-head.js';

/*
 * What segmentation hands to main-content selection: the page as blocks of text, the elements above them,
 * and the rendered source the ledger's offsets refer to. `segmentBlocks` (segment-blocks.ts) builds it.
 */

/** One element of the page that holds text, as segmentation saw it (elements are numbered in document order). */
export interface HtmlElementInfo {
  /** Lower-case tag name. */
  readonly tag: string;
  /** `tag.firstclass` (or `tag.id`), for paths and reasons. */
  readonly label: string;
  /** Id of the parent element, `-1` for the root. */
  readonly parent: number;
  /** Lower-case `class` and `id` attribute values, joined by a space. */
  readonly classId: string;
  /**
   * Hint bits from this element's own tag, role and class/id: an OR of the
   * `Hint` flags of `src/data/html-hints.ts`: comment 1, related 2, share 4, caption 8, byline 16, nav 32, footer 64, promo 128, sidebar 256, newsletter 512, tags 1024, form 2048, header 4096, date 8192, hidden 16384, bio 32768, standfirst 65536.
   */
  readonly ownHints: number;
  /** Id of the last element inside this one (its subtree is the id range `[id, last]`). */
  last: number;
  /** Characters of block text inside the element. */
  chars: number;
  /** Of which inside links. */
  linkChars: number;
}

/** A block of visible text with the DOM features main-content selection reads. */
export interface HtmlBlock {
  /** Position among the page's blocks, from 0. */
  readonly index: number;
  /** The text: white space collapsed, `<br>` kept as a line break, no blank lines. */
  readonly text: string;
  /** Offset of the block in the rendered source ({@link Segmentation.source}). */
  readonly start: number;
  /** Offset just past the block in the rendered source. */
  readonly end: number;
  /** Id of the innermost block-level element holding the text. */
  readonly element: number;
  /** Its tag. */
  readonly tag: string;
  /** The last few elements above the block, e.g. `article.story>div.body>p`. */
  readonly path: string;
  /**
   * Hint bits inherited from every ancestor (the same bit flags as {@link HtmlElementInfo.ownHints});
   * main-content selection re-derives them per element, dropping boilerplate bits from a container that holds
   * most of the page's paragraph text (`effectiveHints` in `src/html/effective-hints.ts`).
   */
  readonly hints: number;
  /** Characters of text (after white-space collapsing). */
  readonly chars: number;
  /** Characters inside `<a href>` links. */
  readonly linkChars: number;
  /** `linkChars / chars`. */
  readonly linkDensity: number;
  /** Heading level 1-6, or 0. */
  readonly heading: number;
  /** True inside a list item. */
  readonly inList: boolean;
  /** Nesting depth of tables around the block (layout tables nest). */
  readonly tableDepth: number;
  /** True inside `<figure>`. */
  readonly inFigure: boolean;
  /** True inside `<blockquote>` or `<pre>`. */
  readonly quoted: boolean;
  /** The `datetime` attribute of the first `<time>` element inside the block that has one, else `null`. */
  readonly datetime: string | null;
}

/** The page as blocks, their elements, and the rendered source the ledger refers to. */
export interface Segmentation {
  /** What the page's metadata elements say. */
  readonly head: PageHead;
  /** Blocks joined by one blank line: the page's visible text as segmented. */
  readonly source: string;
  /** The blocks in document order; `blocks[i].index === i`, and their offsets point into {@link Segmentation.source}. */
  readonly blocks: readonly HtmlBlock[];
  /**
   * Every element walked, in document order (skipped and hidden subtrees left out; a `#document` entry first
   * when the walk starts at a document): `elements[id]` is element `id`, as {@link HtmlBlock.element} and
   * {@link HtmlElementInfo.parent} name it.
   */
  readonly elements: readonly HtmlElementInfo[];
}
