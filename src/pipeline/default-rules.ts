import type { Rule } from '../model/rule.js';
import { layoutRule } from '../emit/normalize-layout.js';

/**
 * The rules `clean` runs, in order. Copy, reorder or trim it and pass it as `pipeline`; turn one rule
 * off with `rules: { '<id>': false }`.
 *
 * | id | phase | what it does |
 * | --- | --- | --- |
 * | `layout` | layout | one blank line between paragraphs; trims line and text ends |
 *
 * For HTML input, {@link cleanHtml} runs `main-content` (phase `extract`, built per page by
 * {@link mainContentRule}) before this list: it keeps the article's blocks and drops the rest with a reason each.
 *
 * @example
 * ```ts
 * const pipeline = defaultRules.filter((r) => r.id !== 'layout');
 * clean(text, { pipeline });
 * ```
 */
export const defaultRules: readonly Rule[] = Object.freeze([layoutRule]);
