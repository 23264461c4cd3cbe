import type { Rule } from '../model/rule.js';
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
