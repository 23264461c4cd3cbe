import type { Rule } from '../model/rule.js';
import { layoutRule } from '../emit/normalize-layout.js';
import { variantsRule } from '../variants/normalize-variants.js';

/**
 * The rules `clean` runs, in order. Copy, reorder or trim it and pass it as `pipeline`; turn one rule
 * off with `rules: { '<id>': false }`.
 *
 * | id | phase | what it does |
 * | --- | --- | --- |
 * | `variants` | normalize | spelling variants of names to their canonical form; only with the `variants` option |
 * | `layout` | layout | one blank line between paragraphs; trims line and text ends |
 *
 * @example
 * ```ts
 * const pipeline = defaultRules.filter((r) => r.id !== 'layout');
 * clean(text, { pipeline });
 * ```
 */
export const defaultRules: readonly Rule[] = Object.freeze([variantsRule, layoutRule]);
