/**
 * One change to the text, in the ledger of a {@link CleanDocument}.
 *
 * `start` and `end` are UTF-16 offsets into the document's `source` (half-open, `start <= end`);
 * `before` is `source.slice(start, end)` and `after` is what stands there in the clean text.
 * A removal has `after === ''`; an insertion has `start === end`.
 *
 * @example
 * ```ts
 * const edit: Edit = {
 *   start: 120, end: 184, before: 'Post a Comment', after: '',
 *   rule: 'comment-section', reason: 'comment section opens with "Post a Comment"',
 * };
 * ```
 */
export interface Edit {
  /** Offset of the first replaced character in the source. */
  readonly start: number;
  /** Offset just past the last replaced character in the source. */
  readonly end: number;
  /** The source text that was replaced: `source.slice(start, end)`. */
  readonly before: string;
  /** The text that replaces it in the output (`''` for a removal). */
  readonly after: string;
  /** The id of the rule that made the change (also its key in `stats`). */
  readonly rule: string;
  /** Why, in words a reviewer can check against the text. */
  readonly reason: string;
  /** How sure the rule was, from 0 to 1. */
  readonly confidence: number;
}
