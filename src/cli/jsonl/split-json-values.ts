/**
 * Splits one JSON text that arrives in pieces into its values without holding the whole text: a
 * top-level array gives back each element's text as soon as the element ends (so a pretty-printed
 * array of a million documents, e.g. `clean --format json` over a directory, needs the memory of one
 * document at a time); any other top-level value is given back whole at the end. Only the structure
 * is scanned (strings, escapes, brackets); each text is then parsed by the caller, so a broken
 * element costs only itself.
 *
 * @example
 * ```ts
 * const split = new JsonValueSplitter();
 * split.push('[{"id":"a"},\n'); // ['{"id":"a"}']
 * split.push('{"id":"b"}]');    // ['{"id":"b"}']
 * split.end();                  // { values: [], problem: undefined }
 * ```
 */
export class JsonValueSplitter {
  /** `start`: before the first character; `array`: inside the top-level array; `value`: any other top-level value; `done`: after the array. */
  private state: 'start' | 'array' | 'value' | 'done' = 'start';
  /** Nesting inside the current element (0 between elements). */
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The current element's text so far (earlier pieces), or `undefined` between elements. */
  private pieces: string[] | undefined;
  private trailing = false;

  /**
   * Scans the next piece of the text.
   *
   * @param text - The piece.
   * @returns The texts of the array elements that ended in it, in order.
   */
  push(text: string): string[] {
    const out: string[] = [];
    let from = this.pieces ? 0 : -1; // where the current element starts in `text`
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
        continue;
      }
      if (this.state === 'value') continue;
      if (this.state === 'start') {
        if (isSpace(c)) continue;
        if (c === OPEN_BRACKET) {
          this.state = 'array';
          continue;
        }
        this.state = 'value';
        from = i;
        this.pieces = [];
        if (c === QUOTE) this.inString = true;
        continue;
      }
      if (this.state === 'done') {
        if (!isSpace(c)) this.trailing = true;
        continue;
      }
      // Inside the top-level array.
      if (this.pieces === undefined) {
        if (isSpace(c) || c === COMMA) continue;
        if (c === CLOSE_BRACKET) {
          this.state = 'done';
          continue;
        }
        this.pieces = [];
        from = i;
      }
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth++;
      else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && this.depth > 0) this.depth--;
      else if (this.depth === 0 && (c === COMMA || c === CLOSE_BRACKET)) {
        this.pieces.push(text.slice(from, i));
        out.push(this.pieces.join(''));
        this.pieces = undefined;
        if (c === CLOSE_BRACKET) this.state = 'done';
      }
    }
    if (this.pieces !== undefined) this.pieces.push(text.slice(Math.max(from, 0)));
    return out;
  }

  /**
   * Ends the text.
   *
   * @returns The last values (a top-level value that is not an array, or an unterminated array's
   * last element) and, when the text was not one JSON value, what was wrong.
   */
  end(): { values: string[]; problem?: string } {
    const rest = this.pieces?.join('');
    this.pieces = undefined;
    if (this.state === 'value') return { values: rest !== undefined ? [rest] : [] };
    if (this.state === 'start') return { values: [], problem: 'no JSON value' };
    if (this.state === 'array') return { values: rest !== undefined && rest.trim() !== '' ? [rest] : [], problem: 'the array is not closed (truncated input?)' };
    return this.trailing ? { values: [], problem: 'text after the array' } : { values: [] };
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
