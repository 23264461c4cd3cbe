import { BLOCK_TAGS, SKIPPED_TAGS } from '../data/html-hints.js';
import { HEAD_TAGS } from './collect-head.js';

/**
 * Attributes segmentation and metadata read ({@link segmentBlocks}, {@link collectHead}), with the tags they
 * are read on (`*`: any); the parser builds an object for every attribute, so the others are left out.
 */
const READ_ATTRIBUTES: ReadonlyMap<string, ReadonlySet<string> | '*'> = new Map<string, ReadonlySet<string> | '*'>([
  ['class', '*'], ['id', '*'], ['role', '*'], ['hidden', '*'], ['aria-hidden', '*'], ['style', '*'],
  ['href', new Set(['a', 'link'])], ['rel', new Set(['a', 'link'])], ['lang', new Set(['html'])], ['xml:lang', new Set(['html'])],
  ['datetime', new Set(['time'])], ['type', new Set(['script'])],
  ...['name', 'property', 'itemprop', 'content'].map((a): [string, ReadonlySet<string>] => [a, new Set(['meta'])]),
]);

/** {@link READ_ATTRIBUTES} by name length, to test a name in place without slicing it out. */
const READ_BY_LENGTH: readonly (readonly string[])[] = (() => {
  const out: string[][] = [];
  for (const name of READ_ATTRIBUTES.keys()) (out[name.length] ??= []).push(name);
  return out;
})();

/** The read attribute `html[from..to)` names (ASCII case-insensitive, as the tokenizer lower-cases names), or `''`. */
function readAttributeName(html: string, from: number, to: number): string {
  const names = READ_BY_LENGTH[to - from];
  if (!names) return '';
  for (const name of names) {
    let k = 0;
    for (; k < name.length; k++) {
      const c = html.charCodeAt(from + k);
      if ((c >= 65 && c <= 90 ? c | 32 : c) !== name.charCodeAt(k)) break;
    }
    if (k === name.length) return name;
  }
  return '';
}

/** Block elements segmentation enters (a block starts and ends a line of text). */
const BREAKING_TAGS: ReadonlySet<string> = new Set([...BLOCK_TAGS].filter((t) => !SKIPPED_TAGS.has(t) && !HEAD_TAGS.has(t)));

/** Elements segmentation passes over without reading anything in them (skipped, and not metadata like `<script>`). */
const UNREAD_TAGS: ReadonlySet<string> = new Set([...SKIPPED_TAGS].filter((t) => !HEAD_TAGS.has(t)));

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
  const attrs: number[] = [];
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
    if (!isAsciiAlpha(c)) {
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
    const end = readTag(html, j, inert ? '' : name, attrs);
    if (end < 0) break;
    const selfClosing = selfClosed;
    elements.open(name, mayHide, selfClosing);
    const block = BREAKING_TAGS.has(name);
    if (block && !mayHide) {
      // White space just before a block that shows ends a line: segmentation trims it.
      let k = i;
      while (k > last && isWhitespace(html.charCodeAt(k - 1))) k--;
      if (k < i) {
        parts.push(html.slice(last, k));
        last = i;
      }
    }
    if (dropped) {
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

function isAsciiAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

function isEndOfTagSection(c: number): boolean {
  return c === 47 || c === 62 || isWhitespace(c);
}

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

function isAlnum(c: number): boolean {
  return isAsciiAlpha(c) || (c >= 48 && c <= 57);
}

/** After a `<`: a letter, `/`, `!` or `?` starts markup; anything else leaves the `<` as text. */
function startsMarkup(c: number): boolean {
  return isAsciiAlpha(c) || c === 47 || c === 33 || c === 63;
}

/**
 * The name of the closing tag `</...>` whose `>` is at `end`, as the tokenizer reads it (white space after
 * `</` skipped, then up to white space or `>`, lower-cased), or `''` when it is a bogus comment (`</3>`).
 */
function closingTagName(html: string, from: number, end: number): string {
  let k = from;
  while (k < end && isWhitespace(html.charCodeAt(k))) k++;
  if (k === end || !isAsciiAlpha(html.charCodeAt(k))) return '';
  let e = k + 1;
  while (e < end && !isWhitespace(html.charCodeAt(e))) e++;
  return html.slice(k, e).toLowerCase();
}

/** Tags whose opening closes open elements (htmlparser2's `openImpliesClose`). */
const P_TAG = new Set(['p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
    'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t): [string, ReadonlySet<string>] => [t, P_TAG]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t): [string, ReadonlySet<string>] => [t, FORM_TAGS]),
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])], ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
]);
const VOID_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr',
]);
const FOREIGN_TAGS: ReadonlySet<string> = new Set(['math', 'svg']);
const HTML_INTEGRATION_TAGS: ReadonlySet<string> = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/**
 * The parser's stack of open elements, kept as htmlparser2 10 keeps it (implied closes, void elements,
 * self-closing tags only in SVG/MathML, `</x>` closing the nearest open x and everything above it, a stray
 * `</x>` ignored), so the scan knows whether a closing tag closes something. Counts per name make
 * "is x open" constant-time, so 10,000-deep nesting stays linear.
 */
class OpenElements {
  private readonly names: string[] = [];
  private readonly mayHide: boolean[] = [];
  private readonly counts = new Map<string, number>();
  private readonly foreign: boolean[] = [false];
  private skipped = 0;

  isOpen(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  /** Whether an open element is one segmentation skips (`<svg>`, `<select>`, `<noscript>`...). */
  insideSkipped(): boolean {
    return this.skipped > 0;
  }

  /** The closes an opening tag implies (`<p>` closes an open `<p>`), as the parser applies them before the tag. */
  closeImplied(name: string): void {
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (this.names.length > 0 && closes.has(this.names[this.names.length - 1]!)) this.pop();
  }

  /** Opens `name` (after {@link OpenElements.closeImplied}). */
  open(name: string, mayHide: boolean, selfClosing: boolean): void {
    if (VOID_TAGS.has(name)) return;
    this.names.push(name);
    if (UNREAD_TAGS.has(name)) this.skipped++;
    this.mayHide.push(mayHide);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (FOREIGN_TAGS.has(name)) this.foreign.push(true);
    else if (HTML_INTEGRATION_TAGS.has(name)) this.foreign.push(false);
    if (selfClosing && this.foreign[this.foreign.length - 1] && this.names[this.names.length - 1] === name) this.pop();
  }

  /** Closes `name` as `</name>` does; true when an element of that name closed and none of the closed ones may be hidden. */
  close(name: string): boolean {
    if (FOREIGN_TAGS.has(name) || HTML_INTEGRATION_TAGS.has(name)) this.foreign.pop();
    if (VOID_TAGS.has(name) || !this.isOpen(name)) return false;
    let shown = true;
    for (;;) {
      const hidden = this.mayHide[this.mayHide.length - 1]!;
      if (this.pop() === name) return shown && !hidden;
      shown &&= !hidden;
    }
  }

  private pop(): string {
    const name = this.names.pop()!;
    this.mayHide.pop();
    if (UNREAD_TAGS.has(name)) this.skipped--;
    this.counts.set(name, this.counts.get(name)! - 1);
    return name;
  }
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

const BEFORE_NAME = 0;
const IN_NAME = 1;
const AFTER_NAME = 2;
const BEFORE_VALUE = 3;
const UNQUOTED = 4;
const SELF_CLOSING = 5;

/**
 * What {@link readTag} last read: whether the tag ended with `/>`, whether it left an attribute out, and
 * whether it has an attribute that can hide the element (`hidden`, `aria-hidden`, `style`).
 */
let selfClosed = false;
let dropped = false;
let mayHide = false;

/**
 * Reads the attributes of an opening tag (lower-case name `tag`, or `''` to keep none) from `j` (just past
 * its name) to the `>` that ends it, with the tokenizer's states. Fills `attrs` with the attributes to keep, four numbers each (name start and end,
 * value start and end, or -1 -1 without a value; a quoted value's range includes its quotes), and sets
 * `selfClosed` and `dropped`.
 *
 * @returns The index of the `>`, or -1 when the page ends first.
 */
function readTag(html: string, j: number, tag: string, attrs: number[]): number {
  const n = html.length;
  attrs.length = 0;
  selfClosed = false;
  dropped = false;
  mayHide = false;
  let nameStart = -1;
  let nameEnd = -1;
  let valueStart = -1;
  const attribute = (valueEnd: number): void => {
    const name = readAttributeName(html, nameStart, nameEnd);
    const on = name && tag ? READ_ATTRIBUTES.get(name)! : null;
    if (!on || (on !== '*' && !on.has(tag))) dropped = true;
    else {
      attrs.push(nameStart, nameEnd, valueStart, valueEnd);
      if (name === 'hidden' || name === 'aria-hidden' || name === 'style') mayHide = true;
    }
    nameStart = valueStart = -1;
  };
  let state = BEFORE_NAME;
  for (let k = j; k < n; k++) {
    const c = html.charCodeAt(k);
    switch (state) {
      case BEFORE_NAME:
        if (c === 62) return k;
        if (c === 47) state = SELF_CLOSING;
        else if (!isWhitespace(c)) {
          state = IN_NAME;
          nameStart = k;
        }
        break;
      case IN_NAME:
        if (c === 61 || c === 62 || c === 47 || isWhitespace(c)) {
          nameEnd = k;
          state = AFTER_NAME;
          k--; // the tokenizer looks at this character again in the next state
        }
        break;
      case AFTER_NAME:
        if (c === 61) state = BEFORE_VALUE;
        else if (c === 62 || c === 47) {
          attribute(-1);
          state = BEFORE_NAME;
          k--;
        } else if (!isWhitespace(c)) {
          attribute(-1);
          state = IN_NAME;
          nameStart = k;
        }
        break;
      case BEFORE_VALUE:
        if (c === 34 || c === 39) {
          const close = html.indexOf(c === 34 ? '"' : "'", k + 1);
          if (close < 0) return -1;
          valueStart = k;
          attribute(close + 1);
          k = close;
          state = BEFORE_NAME;
        } else if (!isWhitespace(c)) {
          valueStart = k;
          state = UNQUOTED;
          k--;
        }
        break;
      case UNQUOTED:
        if (c === 62 || isWhitespace(c)) {
          attribute(k);
          state = BEFORE_NAME;
          k--;
        }
        break;
      default: // SELF_CLOSING
        if (c === 62) {
          selfClosed = true;
          return k;
        }
        if (!isWhitespace(c)) {
          state = BEFORE_NAME;
          k--;
        }
    }
  }
  return -1;
}
