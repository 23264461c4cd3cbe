import { BLOCK_TAGS, SKIPPED_TAGS } from '../data/html-hints.js';
import { HEAD_TAGS } from './collect-head.js';
import { isAlnum, isEndOfTagSection, isWhitespace, startsMarkup } from './prune/markup-chars.js';
import { isAsciiLetter } from '../model/characters.js';
import { OpenElements, UNREAD_TAGS } from './prune/open-elements.js';
import { readTag, tagRead } from './prune/read-tag.js';

/** Block elements segmentation enters (a block starts and ends a line of text). */
const BREAKING_TAGS: ReadonlySet<string> = new Set([...BLOCK_TAGS].filter((t) => !SKIPPED_TAGS.has(t) && !HEAD_TAGS.has(t)));

/** Elements whose content is raw text up to `</name` (the tokenizer's special tags). */
const RAW_TEXT = ['script', 'style', 'title', 'textarea', 'xmp'];

/**
 * Takes out of a page, before it is parsed, what the parser would build for nothing because segmentation
 * never reads it: comments, the content of `<script>` (except JSON-LD, which metadata reads) and `<style>`
 * elements, attributes other than those segmentation and metadata read (`class`, `id`, `role`, `hidden`,
 * `aria-hidden` and `style` anywhere; `href` and `rel` on links, `lang` on `<html>`, `datetime` on `<time>`,
 * `type` on scripts, `name`, `property`, `itemprop` and `content` on `<meta>`; none on or inside an element
 * segmentation skips, such as `<img>`, `<svg>` or `<select>`), and white space that only separates blocks
 * (just before or after the opening tag of a block that is not hidden, just before a closing tag that
 * closes a block, just after one when that block cannot be hidden: segmentation trims it). Elements and
 * text stay as they are, so the page segments as before (only the link-density estimate, which counts raw
 * white space, moves); linkedom builds an object per node and per attribute, and on news pages over a third of
 * them go, with three quarters of the bytes.
 *
 * The scan follows the tokenizer linkedom parses with (htmlparser2 10) where it matters: a tag starts with
 * `<` and an ASCII letter and ends at the first `>` outside a quoted attribute value (a quote opens a value
 * only after `=`); `<script>`, `<style>`, `<title>`, `<textarea>` and `<xmp>` hold raw text up to `</name`
 * followed by white space or `>`, unless self-closed; a comment runs from `<!--` to the first `-->`
 * (counting the opening dashes: `<!-->` is a whole comment), and stays when the text on its two sides would
 * meet as markup; `<![CDATA[` runs to `]]>`; other `<!`, `<?` and `</` constructs run to the next `>`. It
 * keeps the parser's stack of open elements ({@link OpenElements}) to know what a closing tag closes and
 * what lies inside a skipped element. Where a construct is left open at the end of the page, the scan
 * stops and keeps the rest as it is. Every step moves forward (`indexOf` or one character at a time), and
 * the stack answers in constant time: linear in the page's length, whatever its nesting.
 *
 * @param html - The page's markup.
 * @returns The pruned markup (the same string when there is nothing to take out).
 * @example
 * ```ts
 * pruneMarkup('<div>\n  <p data-x="1">a<!-- ad --></p></div><script>track()</script>');
 * // '<div><p>a</p></div><script></script>'
 * ```
 */
export function pruneMarkup(html: string): string {
  const parts: string[] = [];
  const read = tagRead();
  const attrs = read.attrs;
  const elements = new OpenElements();
  /** While an element segmentation skips is open: the length of `parts` when its content began, else -1. */
  let skipped = -1;
  let last = 0; // html[last..] is still to be copied
  let i = 0;
  const n = html.length;
  for (;;) {
    i = html.indexOf('<', i);
    if (i < 0 || i + 1 >= n) break;
    const c = html.charCodeAt(i + 1);
    if (c === 33 /* ! */) {
      if (html.startsWith('--', i + 2)) {
        const end = html.indexOf('-->', i + 2);
        if (end < 0) break;
        if (joinsMarkup(html, i, last, parts)) {
          i = end + 3; // the text on either side must not meet: `<` + `a` would open a tag, `&am` + `p;` an entity
          continue;
        }
        if (i > last) parts.push(html.slice(last, i));
        i = last = end + 3;
        continue;
      }
      let from = i + 3; // the tokenizer does not look at the character after `<!` again
      if (html.charCodeAt(i + 2) === 91 /* [ */) {
        let k = 0;
        while (k < 6 && html.charCodeAt(i + 3 + k) === CDATA.charCodeAt(k)) k++;
        if (k === 6) {
          const end = html.indexOf(']]>', i + 9);
          if (end < 0) break;
          i = end + 3;
          continue;
        }
        from = i + 3 + k; // a declaration, from the character that broke `CDATA[`
      } else if (html.charCodeAt(i + 2) === 45 /* - */) {
        from = i + 4; // `<!-x`: a declaration from after x
      }
      const end = html.indexOf('>', from);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    if (c === 63 /* ? */ || c === 47 /* / */) {
      const end = html.indexOf('>', i + 2);
      if (end < 0) break;
      const name = c === 47 ? closingTagName(html, i + 2, end) : '';
      if (name) {
        // A block that closes here ends a line: white space just before it is trimmed, and so is white space
        // just after it, unless the block could be hidden (then the text around it joins).
        const open = elements.isOpen(name) && BREAKING_TAGS.has(name);
        if (open) {
          let k = i;
          while (k > last && isWhitespace(html.charCodeAt(k - 1))) k--;
          if (k < i) {
            parts.push(html.slice(last, k));
            last = i;
          }
        }
        const shown = elements.close(name);
        if (skipped >= 0 && !elements.insideSkipped()) {
          // The skipped element closed: nothing in it is read, so all of it goes.
          parts.length = skipped;
          last = i;
          skipped = -1;
        }
        if (open && shown) {
          let k = end + 1;
          while (k < n && isWhitespace(html.charCodeAt(k))) k++;
          if (k > end + 1 && html.charCodeAt(k) === 60 && startsMarkup(html.charCodeAt(k + 1))) {
            if (last < end + 1) parts.push(html.slice(last, end + 1));
            last = k;
            i = k;
            continue;
          }
        }
      }
      i = end + 1;
      continue;
    }
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    // An opening tag: its name, then its attributes up to the `>` that ends it.
    let j = i + 2;
    while (j < n && !isEndOfTagSection(html.charCodeAt(j))) j++;
    const name = html.slice(i + 1, j).toLowerCase();
    elements.closeImplied(name);
    if (skipped >= 0 && !elements.insideSkipped()) {
      parts.length = skipped;
      last = i;
      skipped = -1;
    }
    // Segmentation never enters a skipped element: no attribute in or on one is read.
    const inert = elements.insideSkipped() || UNREAD_TAGS.has(name);
    const end = readTag(html, j, inert ? '' : name, read);
    if (end < 0) break;
    const selfClosing = read.selfClosed;
    elements.open(name, read.mayHide, selfClosing);
    const block = BREAKING_TAGS.has(name);
    if (block && !read.mayHide) {
      // White space just before a block that shows ends a line: segmentation trims it.
      let k = i;
      while (k > last && isWhitespace(html.charCodeAt(k - 1))) k--;
      if (k < i) {
        parts.push(html.slice(last, k));
        last = i;
      }
    }
    if (read.dropped) {
      parts.push(html.slice(last, j));
      for (let k = 0; k < attrs.length; k += 4) {
        parts.push(' ', html.slice(attrs[k]!, attrs[k + 1]!));
        if (attrs[k + 2]! >= 0) parts.push('=', html.slice(attrs[k + 2]!, attrs[k + 3]!));
      }
      parts.push(selfClosing ? '/>' : '>');
      last = end + 1;
    }
    if (skipped < 0 && elements.insideSkipped()) {
      // Everything in this element, up to where the parser closes it, goes (what is copied meanwhile is undone).
      if (last < end + 1) parts.push(html.slice(last, end + 1));
      last = end + 1;
      skipped = parts.length;
    }
    i = end + 1;
    if (selfClosing) continue;
    const raw = RAW_TEXT.includes(name) ? name : '';
    if (!raw) {
      if (block && name !== 'hr') {
        // White space up to a block's first child (a tag, comment or declaration) starts a line: it never shows.
        let k = i;
        while (k < n && isWhitespace(html.charCodeAt(k))) k++;
        if (k > i && html.charCodeAt(k) === 60 && startsMarkup(html.charCodeAt(k + 1))) {
          if (last < i) parts.push(html.slice(last, i));
          i = last = k;
        }
      }
      continue;
    }
    const close = findCloseTag(html, raw, i);
    if (close < 0) break;
    if (close > i && (raw === 'style' || (raw === 'script' && !html.slice(j, end).toLowerCase().includes('ld+json')))) {
      if (last < i) parts.push(html.slice(last, i));
      last = close;
    }
    i = close;
  }
  if (last === 0) return html;
  parts.push(html.slice(last));
  return parts.join('');
}

const CDATA = 'CDATA[';

/**
 * Whether taking out the comment at `i` would let the text before it meet the text after it in a way the
 * tokenizer reads differently: the text before ends with `<`, or with an `&` and letters, digits or `#`
 * (an entity the comment cut). `last` and `parts` give the output so far, when it ends before `i`.
 */
function joinsMarkup(html: string, i: number, last: number, parts: readonly string[]): boolean {
  if (last === i) {
    const prev = parts.length > 0 ? parts[parts.length - 1]! : '';
    const c = prev.charCodeAt(prev.length - 1);
    return c === 60 || c === 38 || isAlnum(c) || c === 35;
  }
  let k = i - 1;
  if (html.charCodeAt(k) === 60) return true;
  while (k >= last && (isAlnum(html.charCodeAt(k)) || html.charCodeAt(k) === 35)) k--;
  return k >= last && html.charCodeAt(k) === 38;
}

/**
 * The name of the closing tag `</...>` whose `>` is at `end`, as the tokenizer reads it (white space after
 * `</` skipped, then up to white space or `>`, lower-cased), or `''` when it is a bogus comment (`</3>`).
 */
function closingTagName(html: string, from: number, end: number): string {
  let k = from;
  while (k < end && isWhitespace(html.charCodeAt(k))) k++;
  if (k === end || !isAsciiLetter(html.charCodeAt(k))) return '';
  let e = k + 1;
  while (e < end && !isWhitespace(html.charCodeAt(e))) e++;
  return html.slice(k, e).toLowerCase();
}

/** Where the raw text of `name` ends: the `<` of `</name` followed by white space or `>`, or -1. */
function findCloseTag(html: string, name: string, from: number): number {
  for (let k = html.indexOf('</', from); k >= 0; k = html.indexOf('</', k + 2)) {
    let m = 0;
    while (m < name.length && (html.charCodeAt(k + 2 + m) | 0x20) === name.charCodeAt(m)) m++;
    if (m < name.length) continue;
    const c = html.charCodeAt(k + 2 + m);
    if (c === 62 || isWhitespace(c)) return k;
  }
  return -1;
}
