import { isWhitespace } from './markup-chars.js';

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

/**
 * What {@link readTag} read of one opening tag. One is made per scan and refilled by each tag, so a page's
 * thousands of tags make no objects.
 */
export interface TagRead {
  /** The attributes to keep, four numbers each: name start and end, value start and end (-1 -1 without a value; a quoted value's range includes its quotes). */
  readonly attrs: number[];
  /** Whether the tag ended with `/>`. */
  selfClosed: boolean;
  /** Whether the tag had an attribute that is left out. */
  dropped: boolean;
  /** Whether it has a kept attribute that can hide the element (`hidden`, `aria-hidden`, `style`). */
  mayHide: boolean;
}

/**
 * A {@link TagRead} to refill, tag after tag.
 *
 * @returns One with no attributes.
 * @example
 * ```ts
 * const read = tagRead();
 * read.attrs; // []
 * ```
 */
export function tagRead(): TagRead {
  return { attrs: [], selfClosed: false, dropped: false, mayHide: false };
}

const BEFORE_NAME = 0;
const IN_NAME = 1;
const AFTER_NAME = 2;
const BEFORE_VALUE = 3;
const UNQUOTED = 4;
const SELF_CLOSING = 5;

/**
 * Reads the attributes of an opening tag from just past its name to the `>` that ends it, with the states of
 * the tokenizer linkedom parses with (htmlparser2 10): a quote opens a value only after `=`, and a `>` in a
 * quoted value does not end the tag. Keeps the attributes segmentation and metadata read on that tag.
 *
 * @param html - The page's markup.
 * @param j - Where the tag's name ends.
 * @param tag - The tag's lower-case name, or `''` to keep no attribute (a tag on or inside an element segmentation skips).
 * @param read - Refilled with what the tag holds ({@link TagRead}).
 * @returns The index of the `>`, or -1 when the page ends first.
 * @example
 * ```ts
 * const read = tagRead();
 * readTag('<a title="x>y" href="/z">', 2, 'a', read); // 24
 * read.attrs; // [15, 19, 20, 24]: href="/z"
 * read.dropped; // true: title went
 * ```
 */
export function readTag(html: string, j: number, tag: string, read: TagRead): number {
  const n = html.length;
  const attrs = read.attrs;
  attrs.length = 0;
  read.selfClosed = false;
  read.dropped = false;
  read.mayHide = false;
  let nameStart = -1;
  let nameEnd = -1;
  let valueStart = -1;
  const attribute = (valueEnd: number): void => {
    const name = readAttributeName(html, nameStart, nameEnd);
    const on = name && tag ? READ_ATTRIBUTES.get(name)! : null;
    if (!on || (on !== '*' && !on.has(tag))) read.dropped = true;
    else {
      attrs.push(nameStart, nameEnd, valueStart, valueEnd);
      if (name === 'hidden' || name === 'aria-hidden' || name === 'style') read.mayHide = true;
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
          read.selfClosed = true;
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
