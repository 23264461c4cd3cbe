/**
 * unscrape: turn scraped news text into clean documents, with a ledger of every edit and why.
 *
 * @packageDocumentation
 */

// The document model
export type { Edit } from './model/edit.js';
export type { Finding, DocumentField } from './model/finding.js';
export type { CleanDocument, RuleStats } from './model/document.js';
export type { Rule, RuleContext, Phase } from './model/rule.js';
export { UnscrapeError, InvalidInputError, InvalidOptionError, RuleContractError, InvalidLedgerError } from './errors.js';

// The ledger
export { applyEdits, checkEdits, type EditSpan } from './ledger/apply-edits.js';
export { composeEdits } from './ledger/compose-edits.js';
export { findingsToEdits, type ResolvedFindings } from './ledger/findings-to-edits.js';

// Parsing text into lines and blocks
export { splitLines, splitBlocks, type Line, type Block } from './parse/split-lines.js';

// The pipeline
export { clean, countStats } from './pipeline/clean.js';
export { defaultRules } from './pipeline/default-rules.js';
export { runRules, type RunResult } from './pipeline/run-rules.js';
export { validateOptions } from './pipeline/validate-options.js';
export type { CleanOptions, LanguageOptions } from './pipeline/options.js';

// Output
export { normalizeLayout, layoutRule } from './emit/normalize-layout.js';
export { detectLanguage } from './emit/detect-language.js';

// Repairs: unicode tidy, sentence and case seams, word joins, apostrophes (src/repair/)
export { repair } from './repair/repair.js';
export { repairRules } from './repair/repair-rules.js';
export { tidyUnicode, unicodeTidyRule, type UnicodeTidyOptions } from './repair/tidy-unicode.js';
export { splitSentenceSeam, sentenceSeamRule } from './repair/split-sentence-seam.js';
export { splitCaseSeam, caseSeamRule } from './repair/split-case-seam.js';
export { splitWordJoin, wordJoinRule } from './repair/split-word-join.js';
export { restoreApostrophe, apostropheRule, apostropheStyle } from './repair/restore-apostrophe.js';
