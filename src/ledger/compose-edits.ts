import type { Edit } from '../model/edit.js';
import { byPosition, inOrder } from './by-position.js';

/** A stretch of the intermediate text: copied from the source (`edit === null`) or the output of one base edit. */
interface Piece {
  readonly tStart: number;
  readonly tEnd: number;
  /** Source offset of `tStart` (for an edit piece: the edit's `start`). */
  readonly sStart: number;
  readonly edit: Edit | null;
}

/**
 * Folds a later pass's edits into the ledger, so that every edit keeps pointing into the original source.
 *
 * `next` refers to the intermediate text `mid = applyEdits(source, base)`. The result `R` satisfies
 * `applyEdits(source, R) === applyEdits(mid, next)`.
 *
 * - A later edit that overlaps the visible output of an earlier one (e.g. a caption removed after a space
 *   was inserted into it) is merged with it into one edit that carries the later rule; one that only
 *   touches it keeps its own edit, so neither reason is lost.
 * - An earlier removal lying inside a later edit's span keeps its own edit (the later rule never saw
 *   that text), so its reason is not lost.
 *
 * @param source - The original text.
 * @param base - The ledger so far (refers to `source`), sorted and valid.
 * @param next - Edits of the later pass (refer to `mid`), sorted and valid for `mid`.
 * @param mid - `applyEdits(source, base)`; computed when not given.
 * @returns The combined ledger, sorted by `start`, referring to `source`.
 * @example
 * ```ts
 * const src = 'fight.And';
 * const base = [{ start: 6, end: 6, before: '', after: ' ', rule: 'sentence-seam', reason: 'r', confidence: 1 }];
 * // mid = 'fight. And'; a later pass replaces 'And' (7..10 of mid) with 'and'
 * const next = [{ start: 7, end: 10, before: 'And', after: 'and', rule: 'x', reason: 'r', confidence: 1 }];
 * composeEdits(src, base, next); // [{ start: 6, end: 6, after: ' ' }, { start: 6, end: 9, after: 'and' }]
 * ```
 */
export function composeEdits(source: string, base: readonly Edit[], next: readonly Edit[], mid?: string): Edit[] {
  if (next.length === 0) return [...base];
  if (base.length === 0) return next.map((e) => ({ ...e }));
  const pieces = buildPieces(source, base);
  const text = mid ?? pieces.map((pc) => pieceText(source, pc)).join('');
  const atoms = splitAtHiddenRemovals(next, pieces);

  // Group atoms that touch the same visible base output (closed intervals), in text order.
  const groups: { atoms: Edit[]; pieces: number[] }[] = [];
  for (const atom of atoms) {
    const touched = touchedPieces(pieces, atom);
    const last = groups[groups.length - 1];
    const lastPiece = last && last.pieces.length > 0 ? last.pieces[last.pieces.length - 1]! : -1;
    if (last && touched.length > 0 && touched[0]! <= lastPiece) {
      last.atoms.push(atom);
      for (const k of touched) if (k > lastPiece) last.pieces.push(k);
    } else {
      groups.push({ atoms: [atom], pieces: touched });
    }
  }

  const consumed = new Set<Edit>();
  const made: Edit[] = [];
  for (const g of groups) {
    for (const k of g.pieces) consumed.add(pieces[k]!.edit!);
    made.push(materialize(source, text, pieces, g.atoms, g.pieces));
  }
  // Earlier edits that fall inside a merged span are part of it now. The groups came in text order, and so
  // nearly always in source order: the comparator sort only when they are not (a stable sort leaves an
  // ordered list as it is).
  if (!inOrder(made)) made.sort(byPosition);
  const kept: Edit[] = [];
  let m = 0;
  for (const b of base) {
    if (consumed.has(b)) continue;
    while (m < made.length && made[m]!.end < b.start) m++;
    let inside = false;
    for (let k = m; k < made.length && made[k]!.start <= b.end; k++) if (covers(made[k]!, b)) inside = true;
    if (!inside) kept.push(b);
  }
  // A group may net out to no change (an insertion taken back); it still absorbed what lay inside it.
  return mergeByPosition(kept, made.filter((e) => e.before !== e.after));
}

/**
 * `[...a, ...b].sort(byPosition)` for the ledger's edits kept (`a`) and the new ones (`b`, in order: `made`
 * is sorted above): merged in one pass, `a`'s edit first on a tie, as the stable sort puts it. A ledger out
 * of order (not made here) is sorted as before.
 */
function mergeByPosition(a: readonly Edit[], b: readonly Edit[]): Edit[] {
  if (!inOrder(a)) return [...a, ...b].sort(byPosition);
  const out = new Array<Edit>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byPosition(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** True when base edit `b` lies within the span of `m` so that keeping both would overlap. */
function covers(m: Edit, b: Edit): boolean {
  if (b.start === b.end) return b.start > m.start && b.start < m.end;
  return b.start >= m.start && b.end <= m.end;
}

function buildPieces(source: string, base: readonly Edit[]): Piece[] {
  const pieces: Piece[] = [];
  let s = 0;
  let t = 0;
  for (const e of base) {
    if (e.start > s) {
      pieces.push({ tStart: t, tEnd: t + (e.start - s), sStart: s, edit: null });
      t += e.start - s;
    }
    pieces.push({ tStart: t, tEnd: t + e.after.length, sStart: e.start, edit: e });
    t += e.after.length;
    s = e.end;
  }
  pieces.push({ tStart: t, tEnd: t + (source.length - s), sStart: s, edit: null });
  return pieces;
}

function pieceText(source: string, pc: Piece): string {
  return pc.edit ? pc.edit.after : source.slice(pc.sStart, pc.sStart + (pc.tEnd - pc.tStart));
}

/** Index of the first piece whose `tEnd >= t`. */
function firstPieceReaching(pieces: readonly Piece[], t: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.tEnd >= t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Indices of base-edit pieces with visible output that the atom must merge with: those it overlaps, and an
 * earlier insertion at the very offset where the atom inserts (two insertions at one offset would leave
 * their order undefined). An edit that merely touches earlier output keeps its own edit and reason.
 */
function touchedPieces(pieces: readonly Piece[], atom: Edit): number[] {
  const out: number[] = [];
  const inserts = atom.start === atom.end;
  for (let k = firstPieceReaching(pieces, atom.start); k < pieces.length && pieces[k]!.tStart <= atom.end; k++) {
    const pc = pieces[k]!;
    if (!pc.edit || pc.tEnd === pc.tStart) continue;
    const overlaps = inserts ? pc.tStart < atom.start && atom.start < pc.tEnd : pc.tStart < atom.end && pc.tEnd > atom.start;
    const sameInsertionPoint = inserts && pc.edit.start === pc.edit.end && (pc.tStart === atom.start || pc.tEnd === atom.start);
    if (overlaps || sameInsertionPoint) out.push(k);
  }
  return out;
}

/**
 * Splits each later edit at earlier removals strictly inside its span: the later rule never saw that
 * text, so the earlier removal keeps its own edit.
 */
function splitAtHiddenRemovals(next: readonly Edit[], pieces: readonly Piece[]): Edit[] {
  const cuts: number[] = [];
  for (const pc of pieces) if (pc.edit && pc.tStart === pc.tEnd) cuts.push(pc.tStart);
  if (cuts.length === 0) return [...next];
  const out: Edit[] = [];
  let c = 0;
  for (const e of next) {
    while (c < cuts.length && cuts[c]! <= e.start) c++;
    // No removal hidden inside: the edit is its own atom (most are; atoms are read, never kept or changed).
    if (c === cuts.length || cuts[c]! >= e.end) {
      out.push(e);
      continue;
    }
    let start = e.start;
    let first = true;
    for (let k = c; k < cuts.length && cuts[k]! < e.end; k++) {
      if (cuts[k]! > start) {
        out.push({ ...e, start, end: cuts[k]!, after: first ? e.after : '' });
        first = false;
        start = cuts[k]!;
      }
    }
    out.push({ ...e, start, end: e.end, after: first ? e.after : '' });
  }
  return out;
}

/**
 * Source offset of text offset `t` outside any merged output: inside copied text it maps one to one; at a
 * hidden removal or at the edge of an earlier edit's output it leans away from that edit (after it for a
 * start, before it for an end), so the new edit never overlaps an earlier one it did not merge with.
 */
function toSource(pieces: readonly Piece[], t: number, side: 'start' | 'end'): number {
  let best = -1;
  for (let k = firstPieceReaching(pieces, t); k < pieces.length && pieces[k]!.tStart <= t; k++) {
    const pc = pieces[k]!;
    let s: number;
    if (pc.edit === null) s = pc.sStart + (t - pc.tStart);
    else if (pc.tStart === pc.tEnd) s = side === 'start' ? pc.edit.end : pc.edit.start;
    else if (pc.tEnd === t) s = pc.edit.end;
    else if (pc.tStart === t) s = pc.edit.start;
    else continue;
    if (best < 0) best = s;
    else best = side === 'start' ? Math.max(best, s) : Math.min(best, s);
  }
  return Math.max(best, 0);
}

function materialize(source: string, text: string, pieces: readonly Piece[], atoms: readonly Edit[], touched: readonly number[]): Edit {
  const lead = atoms[0]!;
  const tail = atoms[atoms.length - 1]!;
  const first = touched.length > 0 ? pieces[touched[0]!]! : null;
  const last = touched.length > 0 ? pieces[touched[touched.length - 1]!]! : null;
  const gStart = first && first.tStart <= lead.start ? first.tStart : lead.start;
  const gEnd = last && last.tEnd >= tail.end ? last.tEnd : tail.end;
  const start = first && first.tStart <= lead.start ? first.edit!.start : toSource(pieces, lead.start, 'start');
  let end: number;
  if (last && last.tEnd >= tail.end) end = last.edit!.end;
  else if (gStart === gEnd) end = start;
  else end = toSource(pieces, gEnd, 'end');
  let after = '';
  let at = gStart;
  for (const a of atoms) {
    after += text.slice(at, a.start) + a.after;
    at = a.end;
  }
  after += text.slice(at, gEnd);
  const before = source.slice(start, end);
  return { start, end, before, after, rule: lead.rule, reason: lead.reason, confidence: lead.confidence };
}
