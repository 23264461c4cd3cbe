import type { Rule } from '../model/rule.js';
import { layoutRule } from '../emit/normalize-layout.js';
import { repairRules } from '../repair/repair-rules.js';

/**
 * The rules `clean` runs, in order. Copy, reorder or trim it and pass it as `pipeline`; turn one rule
 * off with `rules: { '<id>': false }`, or every `tidy`/`repair` rule at once with `repair: false`.
 *
 * | id | phase | what it does |
 * | --- | --- | --- |
 * | `unicode-tidy` | tidy | mojibake (`â€™` -> `’`), invisible/control characters, odd spaces, NFC, space runs |
 * | `sentence-seam` | repair | a space lost after a sentence end: `fight.And` -> `fight. And` |
 * | `case-seam` | repair | words fused at a case change: `LegionIn` -> `Legion In` |
 * | `word-join` | repair | words run together: `formedin` -> `formed in` |
 * | `apostrophe` | repair | stripped apostrophes: `dont` -> `don't`, `Kyivs` -> `Kyiv's` |
 * | `layout` | layout | one blank line between paragraphs; trims line and text ends |
 *
 * @example
 * ```ts
 * const pipeline = defaultRules.filter((r) => r.id !== 'layout');
 * clean(text, { pipeline });
 * ```
 */
export const defaultRules: readonly Rule[] = Object.freeze([...repairRules, layoutRule]);
