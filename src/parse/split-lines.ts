/** One line of a text, with its offsets (the newline is not part of the line). */
export interface Line {
  /** Position among all lines, from 0. */
  readonly index: number;
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset just past the line's last character (before its `\n`). */
  readonly end: number;
  /** The line without its newline. */
  readonly text: string;
  /** True when the line holds only white space. */
  readonly blank: boolean;
}

/** A run of non-blank lines with no blank line between them: a paragraph, a list or a menu. */
export interface Block {
  /** Position among all blocks, from 0. */
  readonly index: number;
  /** Offset of the block's first character. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
  /** The block's lines, in order. */
  readonly lines: readonly Line[];
}

const BLANK = /^[\s\u00a0\u200b\ufeff]*$/;

/**
 * Splits a text into lines with offsets. `\r\n` and `\r` count as line ends too.
 *
 * @param text - Any text.
 * @returns One {@link Line} per line (an empty text has one blank line).
 * @example
 * ```ts
 * splitLines('a\n\nb').map((l) => l.text); // ['a', '', 'b']
 * ```
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  splitRange(text, 0, -1, lines);
  return lines;
}

/**
 * Splits `text` into lines from `from` (a line start) to the line start `to`, or to the end when `to` is
 * -1, appending them to `out` (each line's `index` is its place in `out`). False when no line starts at
 * `to`. Shared by {@link splitLines} (the whole text) and `updateLines` (the lines an edit touched).
 *
 * @param text - The text.
 * @param from - Offset of a line start.
 * @param to - Offset of a later line start to stop at, or -1 for the end of the text.
 * @param out - Lines so far; the new ones are appended.
 * @returns Whether the split ended exactly at `to` (always true for -1).
 * @example
 * ```ts
 * const out: Line[] = [];
 * splitRange('a\nb\nc', 2, 4, out); // true; out holds the line 'b'
 * ```
 */
export function splitRange(text: string, from: number, to: number, out: Line[]): boolean {
  // Line ends are found with `indexOf` (a native search) for `\n` and for `\r`, each kept until passed.
  const n = text.length;
  let nextLf = -2;
  let nextCr = -2;
  let start = from;
  while (start <= n) {
    if (nextLf < start && nextLf !== -1) nextLf = text.indexOf('\n', start);
    if (nextCr < start && nextCr !== -1) nextCr = text.indexOf('\r', start);
    const i = nextLf < 0 ? (nextCr < 0 ? n : nextCr) : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
    const t = text.slice(start, i);
    out.push({ index: out.length, start, end: i, text: t, blank: isBlankLine(t) });
    start = i < n && text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    if (to >= 0 && start >= to) return start === to;
  }
  return to < 0;
}

/**
 * True when a line holds only white space (or nothing): the `blank` of {@link Line}.
 *
 * @param t - One line, without its line break.
 * @returns Whether it is blank.
 * @example
 * ```ts
 * isBlankLine(' \u00a0'); // true
 * ```
 */
export function isBlankLine(t: string): boolean {
  // Most lines start with a printable ASCII character and so are not blank: no regex for them.
  const first = t.charCodeAt(0);
  return first > 32 && first < 127 ? false : BLANK.test(t);
}

/**
 * Groups lines into blocks: maximal runs of non-blank lines.
 *
 * @param lines - The lines of one text, as {@link splitLines} returns them.
 * @returns The blocks, in order.
 * @example
 * ```ts
 * splitBlocks(splitLines('a\nb\n\nc')).map((b) => b.lines.length); // [2, 1]
 * ```
 */
export function splitBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let run: Line[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    blocks.push({ index: blocks.length, start: run[0]!.start, end: run[run.length - 1]!.end, lines: run });
    run = [];
  };
  for (const line of lines) {
    if (line.blank) flush();
    else run.push(line);
  }
  flush();
  return blocks;
}

/**
 * The paragraphs of a clean text: the pieces between its paragraph breaks (exactly one blank line, as the
 * `layout` rule leaves them). An empty text has none.
 *
 * @param text - A clean text (`doc.text`).
 * @returns Its paragraphs, in order.
 * @example
 * ```ts
 * splitParagraphs('One.\n\nTwo.'); // ['One.', 'Two.']
 * ```
 */
export function splitParagraphs(text: string): string[] {
  return text === '' ? [] : text.split('\n\n');
}
