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

// Docs: examples a rule carries, shown live in the Rules guide and the playground
export type { RuleExample } from './model/rule.js';
