/** What has a span: an edit, or a finding. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The ledger's order: by `start`, then by `end` (an insertion before a replacement at the same offset).
 *
 * @param x - A span.
 * @param y - Another.
 * @returns Negative when `x` comes first, positive when `y` does, 0 for the same span.
 * @example
 * ```ts
 * edits.sort(byPosition);
 * ```
 */
export function byPosition(x: Span, y: Span): number {
  return x.start - y.start || x.end - y.end;
}

/**
 * Whether `spans` are already in {@link byPosition} order. Rules report their findings, and the ledger's
 * steps make their edits, in text order nearly always: this test (inlined, no comparator calls) lets a
 * caller skip the comparator sort, which would leave an ordered list as it is (it is stable).
 *
 * @param spans - Edits or findings.
 * @returns True when no span comes before the one ahead of it.
 * @example
 * ```ts
 * if (!inOrder(found)) found.sort(byPosition);
 * ```
 */
export function inOrder(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (byPosition(spans[k - 1]!, spans[k]!) > 0) return false;
  return true;
}
