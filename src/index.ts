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

// HTML input (issue #5): main-content extraction on linkedom, then the same pipeline
export { cleanHtml } from './html/clean-html.js';
export type { HtmlInput } from './pipeline/clean.js';
export { parsePage } from './html/parse-page.js';
export { segmentBlocks, type HtmlBlock, type HtmlElementInfo, type Segmentation, type PageHead } from './html/segment-blocks.js';
export { selectMainContent, type BlockDecision, type MainContentSettings, type MainContentSelection } from './html/select-main-content.js';
export type { MainContainer } from './html/score-candidates.js';
export { mainContentRule } from './html/main-content-rule.js';
export { extractMetadata, toIso639_3, type PageMetadata } from './html/extract-metadata.js';
