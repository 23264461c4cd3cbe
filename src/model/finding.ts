/**
 * What a detector reports: a span of the text it was given, and what should stand there instead.
 *
 * Detectors only find; the pipeline turns findings into {@link Edit}s in one place
 * ({@link findingsToEdits}). Offsets are UTF-16 offsets into the text the rule was given
 * (`RuleContext.text`), half-open.
 *
 * @example
 * ```ts
 * const finding: Finding = {
 *   start: 0, end: 15, rule: 'photo-credit', confidence: 0.9,
 *   reason: 'line starts with "Photo Credit:"',
 * };
 * ```
 */
export interface Finding {
  /** Offset of the first character of the span. */
  readonly start: number;
  /** Offset just past the span (`start === end` for an insertion). */
  readonly end: number;
  /** The id of the rule that found it. */
  readonly rule: string;
  /** Why, in words a reviewer can check against the text. */
  readonly reason: string;
  /** How sure the rule is, from 0 to 1; findings under `minConfidence` are reported but not applied. */
  readonly confidence: number;
  /** What replaces the span. Default: `''` (the span is removed). */
  readonly replacement?: string;
  /**
   * A value this span carries into a document field (`title`, `byline`, `date`): the span is taken
   * out of the body and its value kept in the field, so nothing is silently dropped.
   */
  readonly field?: DocumentField;
}

/** A document field a finding fills. */
export interface DocumentField {
  /** Which field of the {@link CleanDocument} the value fills. */
  readonly name: 'title' | 'byline' | 'date';
  /** The field's value, as written in the text (trimmed by the rule that found it). */
  readonly value: string;
}
