import type { CleanDocument } from '../model/document.js';
import type { Rule } from '../model/rule.js';
import { clean } from '../pipeline/clean.js';
import type { CleanOptions } from '../pipeline/options.js';
import { apostropheRule } from './restore-apostrophe.js';
import { caseSeamRule } from './split-case-seam.js';
import { sentenceSeamRule } from './split-sentence-seam.js';
import { wordJoinRule } from './split-word-join.js';
import { unicodeTidyRule } from './tidy-unicode.js';


/**
 * The repair rules, in the order `clean` runs them (first in {@link defaultRules}):
 *
 * | id | phase | what it does |
 * | --- | --- | --- |
 * | `unicode-tidy` | tidy | mojibake, invisible/control characters, odd spaces, NFC, space runs |
 * | `sentence-seam` | repair | `fight.And` -> `fight. And` |
 * | `case-seam` | repair | `LegionIn` -> `Legion In` |
 * | `word-join` | repair | `formedin` -> `formed in` |
 * | `apostrophe` | repair | `dont` -> `don't`, `Kyivs` -> `Kyiv's` |
 *
 * @example
 * ```ts
 * clean(text, { pipeline: [...repairRules, layoutRule] });
 * ```
 */
export const repairRules: readonly Rule[] = Object.freeze([unicodeTidyRule, sentenceSeamRule, caseSeamRule, wordJoinRule, apostropheRule]);

/**
 * Runs only the repairs ({@link repairRules}): no noise removal, no layout. Every change is in the ledger,
 * so `applyEdits(doc.source, doc.edits) === doc.text`. Turn one repair off with `rules: {'<id>': false}`.
 *
 * @param text - The scraped text.
 * @param options - {@link CleanOptions}; `pipeline` defaults to {@link repairRules}.
 * @returns A {@link CleanDocument} whose `text` is the repaired text (fields stay `null`).
 * @throws {@link InvalidInputError} when `text` is not a string; {@link InvalidOptionError} on a bad option.
 * @example
 * ```ts
 * repair('Many dont want to fight.And some formedin March').text;
 * // "Many don't want to fight. And some formed in March"
 * ```
 */
export function repair(text: string, options: CleanOptions = {}): CleanDocument {
  return clean(text, { ...options, pipeline: options.pipeline ?? repairRules });
}
