import { SKIPPED_TAGS } from '../../data/html-hints.js';
import { HEAD_TAGS } from '../collect-head.js';

/** Elements segmentation passes over without reading anything in them (skipped, and not metadata like `<script>`). */
export const UNREAD_TAGS: ReadonlySet<string> = new Set([...SKIPPED_TAGS].filter((t) => !HEAD_TAGS.has(t)));

/** Tags whose opening closes open elements (htmlparser2's `openImpliesClose`). */
const P_TAG = new Set(['p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])],
  ...('p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header ' +
    'hr main nav ol pre section table ul').split(' ').map((t): [string, ReadonlySet<string>] => [t, P_TAG]),
  ...'select input output button datalist textarea'.split(' ').map((t): [string, ReadonlySet<string>] => [t, FORM_TAGS]),
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])], ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
]);
const VOID_TAGS: ReadonlySet<string> = new Set(
  'area base basefont br col command embed frame hr image img input keygen link meta param source track wbr'.split(' '),
);
const FOREIGN_TAGS: ReadonlySet<string> = new Set(['math', 'svg']);
const HTML_INTEGRATION_TAGS: ReadonlySet<string> = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/**
 * The parser's stack of open elements, kept as htmlparser2 10 keeps it (implied closes, void elements,
 * self-closing tags only in SVG/MathML, `</x>` closing the nearest open x and everything above it, a stray
 * `</x>` ignored), so the markup scan knows whether a closing tag closes something and whether it is inside
 * an element segmentation skips. Counts per name make "is x open" constant-time, so 10,000-deep nesting
 * stays linear.
 *
 * @example
 * ```ts
 * const open = new OpenElements();
 * open.closeImplied('div');
 * open.open('div', false, false);
 * open.isOpen('div'); // true
 * open.close('div'); // true: it closed, and it could not be hidden
 * ```
 */
export class OpenElements {
  private readonly names: string[] = [];
  private readonly mayHide: boolean[] = [];
  private readonly counts = new Map<string, number>();
  private readonly foreign: boolean[] = [false];
  private skipped = 0;

  /**
   * Whether an element of this name is open.
   *
   * @param name - A lower-case tag name.
   * @returns True when one is on the stack.
   * @example
   * ```ts
   * new OpenElements().isOpen('p'); // false
   * ```
   */
  isOpen(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  /**
   * Whether an open element is one segmentation skips (`<svg>`, `<select>`, `<noscript>`...).
   *
   * @returns True inside such an element.
   * @example
   * ```ts
   * const open = new OpenElements();
   * open.open('svg', false, false);
   * open.insideSkipped(); // true
   * ```
   */
  insideSkipped(): boolean {
    return this.skipped > 0;
  }

  /**
   * Applies the closes an opening tag implies (`<p>` closes an open `<p>`), as the parser does before it
   * opens the tag.
   *
   * @param name - The lower-case name of the tag about to open.
   * @example
   * ```ts
   * const open = new OpenElements();
   * open.open('p', false, false);
   * open.closeImplied('div');
   * open.isOpen('p'); // false
   * ```
   */
  closeImplied(name: string): void {
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (this.names.length > 0 && closes.has(this.names[this.names.length - 1]!)) this.pop();
  }

  /**
   * Opens an element (after {@link OpenElements.closeImplied}); a void element opens nothing, and a
   * self-closing tag closes at once only in SVG or MathML.
   *
   * @param name - Its lower-case tag name.
   * @param mayHide - Whether it has an attribute that can hide it (`hidden`, `aria-hidden`, `style`).
   * @param selfClosing - Whether its tag ended with `/>`.
   * @example
   * ```ts
   * const open = new OpenElements();
   * open.open('br', false, false);
   * open.isOpen('br'); // false: a void element
   * ```
   */
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

  /**
   * Closes as `</name>` does: the nearest open element of that name and every element above it.
   *
   * @param name - The lower-case name of the closing tag.
   * @returns True when an element of that name closed and none of the closed ones may be hidden.
   * @example
   * ```ts
   * const open = new OpenElements();
   * open.open('div', true, false);
   * open.close('div'); // false: it closed, but it may have been hidden
   * ```
   */
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
