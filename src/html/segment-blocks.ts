import { BLOCK_TAGS, HIDDEN_STYLE, Hint, ROLE_HINTS, SKIPPED_TAGS, TAG_HINTS } from '../data/html-hints.js';
import { classHints } from './class-hints.js';
import { collectHead, HEAD_TAGS, readAttr, type PageHead } from './collect-head.js';
import type { DomNode } from './dom-node.js';
import type { HtmlBlock, HtmlElementInfo, Segmentation } from './segmentation.js';

const PATH_DEPTH = 3;
const INLINE_HINTS = Hint.byline | Hint.date;
const LINE_BREAK = /[\r\n]/;
const LINE_BREAKS = /[\r\n]/g;
const NON_SPACE = /[^\s\u00a0\u200b\u200c\u200d\ufeff]/;
const WS = /[\s\u00a0\u200b\u200c\u200d\ufeff]+/g;
/** White space other than a lone space: what `WS` would change (`\s` less the space, and zero-width spaces). */
const NEEDS_COLLAPSE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;
const SPACE = /\s/;

interface Frame {
  readonly id: number;
  readonly tag: string;
  readonly block: boolean;
  readonly hints: number;
  readonly label: string;
  /** True for an `<a href>` (counted in link density). */
  readonly link: boolean;
}

/**
 * Walks the DOM in document order (iteratively, with an explicit stack: 10,000-deep nesting cannot blow the
 * call stack) and cuts its visible text into blocks at block-level elements, the way a reader sees
 * paragraphs. Script-like and hidden subtrees are skipped. Each block keeps the features main-content
 * selection scores: tag path, link density, class/id hints inherited from ancestors, heading level, list,
 * table and figure context (features in the spirit of boilerpipe's shallow text features and jusText's
 * block classes).
 *
 * @param root - The node to walk: the parsed `document` (linkedom does not add `<html>`/`<body>` to a fragment,
 *   so the walk starts at the document node), or any element.
 * @returns The blocks, the elements above them, and the source: blocks joined by one blank line.
 * @example
 * ```ts
 * const { document } = parseHTML('<p>One.</p><p>Two <a href="/">link</a></p>');
 * segmentBlocks(document).source; // 'One.\n\nTwo link'
 * ```
 */
export function segmentBlocks(root: DomNode | null): Segmentation {
  const elements: HtmlElementInfo[] = [];
  const blocks: HtmlBlock[] = [];
  const parts: string[] = [];
  let offset = 0;
  const head: PageHead = { lang: '', title: '', meta: new Map(), links: new Map(), jsonLd: [] };
  if (!root) return { source: '', blocks, elements, head };

  const stack: Frame[] = [];
  let pending: string[] = []; // inline text of the block being built
  let pendingText = false; // whether `pending` holds more than white space
  let pendingHints = 0; // byline/date hints of inline elements holding the block's text
  let pendingLink = 0;
  let linkDepth = 0;
  let listDepth = 0;
  let tableDepth = 0;
  let figureDepth = 0;
  let quoteDepth = 0;
  let preDepth = 0;
  let headingLevel = 0;
  let headingDepth = 0;
  let articleDepth = 0;
  let datetime: string | null = null;

  const flush = (): void => {
    if (pending.length === 0) return;
    if (!pendingText) {
      pending = [];
      pendingLink = 0;
      pendingHints = 0;
      return;
    }
    pendingText = false;
    const inlineHints = pendingHints;
    pendingHints = 0;
    const raw = pending.length === 1 ? pending[0]! : pending.join('');
    pending = [];
    const linkRaw = pendingLink;
    pendingLink = 0;
    let text: string;
    if (raw.indexOf('\n') < 0) {
      text = collapse(raw);
    } else {
      const lines: string[] = [];
      for (const l of raw.split('\n')) {
        const t = collapse(l);
        if (t) lines.push(t);
      }
      text = lines.join('\n');
    }
    const dt = datetime;
    datetime = null;
    if (!text) return;
    const top = stack[stack.length - 1]!;
    let blockFrame = top;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i]!.block) { blockFrame = stack[i]!; break; }
    }
    const chars = text.length;
    const linkChars = Math.min(chars, Math.round(linkRaw * (chars / Math.max(1, raw.length))));
    let path = '';
    for (let i = stack.length - 1, depth = 0; i >= 0 && depth < PATH_DEPTH; i--) {
      if (stack[i]!.block) {
        path = depth++ === 0 ? stack[i]!.label : `${stack[i]!.label}>${path}`;
      }
    }
    if (offset > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    blocks.push({
      index: blocks.length, text, start: offset, end: offset + text.length, element: blockFrame.id,
      tag: blockFrame.tag, path, hints: top.hints | inlineHints, chars, linkChars,
      linkDensity: chars ? linkChars / chars : 0, heading: headingLevel, inList: listDepth > 0, tableDepth,
      inFigure: figureDepth > 0, quoted: quoteDepth > 0, datetime: dt,
    });
    parts.push(text);
    offset += text.length;
    // Count the block's characters on every element above it (summed up at each element's exit).
    const el = elements[top.id]!;
    el.chars += chars;
    el.linkChars += linkChars;
  };

  const enter = (node: DomNode): boolean => {
    if (node.nodeType === 3) {
      const d = node.data ?? '';
      if (d.length > 0 && stack.length > 0) {
        const text = NON_SPACE.test(d);
        if (!text && !pendingText) return false; // white space before any text in the block changes nothing
        pendingText ||= text;
        if (text) pendingHints |= stack[stack.length - 1]!.hints & INLINE_HINTS;
        // A line break in the markup is white space, except in <pre>; only <br> breaks a line.
        pending.push(preDepth === 0 && LINE_BREAK.test(d) ? d.replace(LINE_BREAKS, ' ') : d);
        if (linkDepth > 0) pendingLink += d.length;
      }
      return false;
    }
    if (node.nodeType === 9 || node.nodeType === 11) return pushDocument();
    if (node.nodeType !== 1) return false;
    const tag = (node.localName ?? '').toLowerCase();
    if (HEAD_TAGS.has(tag)) {
      collectHead(node, tag, head);
      return false;
    }
    if (SKIPPED_TAGS.has(tag)) return false;
    if (tag === 'br') {
      if (pendingText) pending.push('\n');
      return false;
    }
    const hasAttrs = node.hasAttributes ? node.hasAttributes() : true;
    if (tag === 'html' && hasAttrs && !head.lang) head.lang = readAttr(node, 'lang') || readAttr(node, 'xml:lang');
    if (hasAttrs && (node.hasAttribute?.('hidden') || readAttr(node, 'aria-hidden') === 'true' || HIDDEN_STYLE.test(readAttr(node, 'style').toLowerCase()))) return false;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    let classId = '';
    let own = TAG_HINTS[tag] ?? 0;
    if (tag === 'header' && articleDepth === 0) own |= Hint.header;
    if (hasAttrs) {
      const cls = readAttr(node, 'class');
      const idAttr = readAttr(node, 'id');
      classId = cls ? (idAttr ? `${cls} ${idAttr}` : cls) : idAttr;
      if (classId) classId = classId.toLowerCase().trim();
      const role = readAttr(node, 'role');
      if (role) own |= ROLE_HINTS[role.toLowerCase()] ?? 0;
      if (classId && tag !== 'body' && tag !== 'html') own |= classHints(classId, block, tag === 'a');
      if (tag === 'a' && readAttr(node, 'rel').toLowerCase().includes('author')) own |= Hint.byline;
    }
    if (tag === 'blockquote') own &= ~Hint.share; // an embedded post (twitter-tweet, instagram-media) is a quotation
    const id = elements.length;
    const parent = stack.length ? stack[stack.length - 1]! : null;
    const label = labelOf(tag, classId);
    elements.push({ tag, label, parent: parent ? parent.id : -1, classId, ownHints: own, last: id, chars: 0, linkChars: 0 });
    const link = tag === 'a' && hasAttrs && node.getAttributeNode?.('href') != null;
    stack.push({ id, tag, block, hints: (parent ? parent.hints : 0) | own, label, link });
    if (link) linkDepth++;
    else if (tag === 'li' || tag === 'dd' || tag === 'dt') listDepth++;
    else if (tag === 'table') tableDepth++;
    else if (tag === 'figure') figureDepth++;
    else if (tag === 'blockquote' || tag === 'pre') {
      quoteDepth++;
      if (tag === 'pre') preDepth++;
    }
    else if (tag === 'article' || tag === 'main') articleDepth++;
    else if (tag === 'time' && datetime === null) datetime = (hasAttrs && readAttr(node, 'datetime')) || null;
    else if (tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6' && headingDepth === 0) {
      headingLevel = tag.charCodeAt(1) - 48;
    }
    if (headingLevel > 0) headingDepth++;
    return true;
  };

  // The document node itself: a block frame above whatever the parser put at top level.
  const pushDocument = (): boolean => {
    if (stack.length > 0) return false;
    elements.push({ tag: '#document', label: '#document', parent: -1, classId: '', ownHints: 0, last: 0, chars: 0, linkChars: 0 });
    stack.push({ id: 0, tag: '#document', block: true, hints: 0, label: '#document', link: false });
    return true;
  };

  const leave = (): void => {
    const frame = stack[stack.length - 1]!;
    if (frame.block) flush();
    stack.pop();
    const el = elements[frame.id]!;
    el.last = elements.length - 1;
    const parent = stack[stack.length - 1];
    if (parent) {
      const p = elements[parent.id]!;
      p.chars += el.chars;
      p.linkChars += el.linkChars;
    }
    const tag = frame.tag;
    if (frame.link) linkDepth--;
    else if (tag === 'li' || tag === 'dd' || tag === 'dt') listDepth--;
    else if (tag === 'table') tableDepth--;
    else if (tag === 'figure') figureDepth--;
    else if (tag === 'blockquote' || tag === 'pre') {
      quoteDepth--;
      if (tag === 'pre') preDepth--;
    }
    else if (tag === 'article' || tag === 'main') articleDepth--;
    if (headingLevel > 0 && --headingDepth === 0) headingLevel = 0;
  };

  const walk = (top: DomNode): void => {
    let n: DomNode = top;
    for (;;) {
      const pushed = enter(n);
      if (pushed && n.firstChild) {
        n = n.firstChild;
        continue;
      }
      if (pushed) leave();
      for (;;) {
        if (n === top) return;
        const sib = n.nextSibling;
        if (sib) { n = sib; break; }
        const up = n.parentNode;
        if (!up) return;
        n = up;
        leave();
      }
    }
  };
  if (root.nodeType === 9 || root.nodeType === 11) {
    // A document's children are walked one by one: linkedom gives its doctype no next sibling.
    pushDocument();
    const children = root.childNodes ?? [];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType !== 10) walk(child);
    }
  } else {
    walk(root);
  }
  while (stack.length > 0) leave(); // a walk cut short by a detached node still closes its frames
  return { source: parts.join(''), blocks, elements, head };
}

function labelOf(tag: string, classId: string): string {
  if (!classId) return tag;
  const space = classId.search(SPACE);
  const first = space < 0 ? classId : classId.slice(0, space);
  return first ? `${tag}.${first}` : tag;
}

/**
 * Collapses each run of white space to one space and trims: `s.replace(WS, ' ').trim()`, without building
 * a new string when there is nothing to collapse (most text nodes).
 */
function collapse(s: string): string {
  return NEEDS_COLLAPSE.test(s) ? s.replace(WS, ' ').trim() : s.trim();
}
