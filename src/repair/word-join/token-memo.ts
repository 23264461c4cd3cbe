import { detachString } from '../../model/detach-string.js';
import { FORM_TABLE_LIMIT, formTableGeneration } from '../vocabulary/word-form-table.js';
import { judgeSpelling } from './judge-spelling.js';
import type { Split } from './cut-at.js';
import type { Reading } from './segment.js';
import type { PartGuards } from './part-guards.js';

// What the word lists alone make of a lower-case token, kept process-wide (bounded) for the judge
// (`split-lower-case`): its spelling's verdict, the listed cost of each part, the reading when the
// document attests no part and what the guards say of that reading. Word forms recur from page to page,
// and none of these hangs on the page. The memo makes an entry with its spelling's verdict
// (`judge-spelling`) and otherwise only keeps what others make: the segmentation (`cheapest-reading`)
// fills the cells and the reading, the judge the guards' verdict on it (`part-guards`).

/** What the word lists alone make of one token the judge is asked about: kept process-wide (bounded) by {@link tokenEntry}. */
export interface TokenEntry {
  /** {@link judgeSpelling} of the token. */
  readonly spelling: Split | null | undefined;
  /**
   * What the lists say of each part `token.slice(i, j)`, at `i * (n + 1) + j` (NaN until asked): the part
   * cost of `cheapestReading` without the document (`listedCell`). Made when first asked.
   */
  cells?: Float64Array;
  /**
   * The reading when the document attests no part, once asked, and the form bits (`PartSieve.formBit`) of
   * the parts its segmentation asked about that a document could admit; and what the guards say of that
   * reading from its parts alone (`judgeParts`), judged when first asked.
   */
  alone?: { readonly reading: Reading | null; readonly open: Int32Array; guards?: PartGuards };
}

/**
 * The {@link TokenEntry} of a token, judged once per token and kept process-wide (bounded). Word forms recur
 * from page to page, and so do the lexicon probes a judgement of each makes.
 *
 * @param token - A token of ASCII letters that starts with a lower-case letter.
 * @returns Its entry, made with its spelling's verdict when first asked.
 * @example
 * ```ts
 * tokenEntry('upto').spelling?.cuts; // [2]
 * tokenEntry('formedin').spelling; // undefined: a segmentation must tell
 * ```
 */
export function tokenEntry(token: string): TokenEntry {
  let entry = tokenMemo.get(token);
  if (entry === undefined) {
    if (tokenMemo.size >= TOKEN_MEMO_LIMIT) forgetTokens();
    entry = { spelling: judgeSpelling(token) };
    tokenMemo.set(detachString(token), entry);
  }
  return entry;
}

/**
 * {@link tokenEntry} of an interned form, found by its id: an array read where the memo is a probe of a
 * hash table and a compare of the key's letters, both cold in cache when a page's candidates are judged.
 *
 * @param id - The form's intern-table id (of the current generation).
 * @param form - The form: a token of ASCII letters that starts with a lower-case letter.
 * @returns Its entry.
 * @example
 * ```ts
 * formEntry(internForm('upto'), 'upto') === tokenEntry('upto'); // true
 * ```
 */
export function formEntry(id: number, form: string): TokenEntry {
  if (byIdGeneration !== formTableGeneration()) {
    byId = new Array(FORM_TABLE_LIMIT);
    byIdGeneration = formTableGeneration();
  }
  return id < FORM_TABLE_LIMIT ? (byId[id] ??= tokenEntry(form)) : tokenEntry(form);
}

/**
 * The cells of a token's entry (`w` is the token's length + 1), made when first asked (NaN: not judged
 * yet). When all entries hold too many cells, the memo forgets them first.
 *
 * @param entry - The token's entry.
 * @param w - The token's length + 1.
 * @returns Its cells, `w * w` of them.
 * @example
 * ```ts
 * cellsOf(tokenEntry('formedin'), 9).length; // 81
 * ```
 */
export function cellsOf(entry: TokenEntry, w: number): Float64Array {
  let cells = entry.cells;
  if (cells === undefined) {
    cells = new Float64Array(w * w).fill(NaN);
    if (cellsHeld + cells.length > CELL_MEMO_CELLS) forgetTokens(); // this entry's cells are then its own
    entry.cells = cells;
    cellsHeld += cells.length;
  }
  return cells;
}

/**
 * Keeps the reading the lists alone give in a token's entry (its open parts count toward the cells held).
 *
 * @param entry - The token's entry.
 * @param alone - The reading when the document attests no part, and the parts a document could admit.
 * @example
 * ```ts
 * keepAlone(entry, { reading: segment(token, listed), open: Int32Array.from(open) });
 * ```
 */
export function keepAlone(entry: TokenEntry, alone: NonNullable<TokenEntry['alone']>): void {
  entry.alone = alone;
  cellsHeld += alone.open.length;
}

/** Forgets every entry (when the memo holds too many tokens or cells). */
function forgetTokens(): void {
  tokenMemo.clear();
  byIdGeneration = -1;
  cellsHeld = 0;
}

const tokenMemo = new Map<string, TokenEntry>();
/** {@link formEntry}'s entries by form id, of the intern table's generation `byIdGeneration` (-1: none, after the memo forgot its entries). */
let byId: (TokenEntry | undefined)[] = [];
let byIdGeneration = -1;
const TOKEN_MEMO_LIMIT = 20_000;
/** Cells (8 bytes each) and open parts (4 bytes each) held in all: at most 8 MB, however long the tokens. */
const CELL_MEMO_CELLS = 1_000_000;
let cellsHeld = 0;
