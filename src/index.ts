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

// Corpus scale: cross-document dedup (map: collect, reduce: merge + find, apply: remove) and the review report
export { collectParagraphSignatures, mergeSignatures, paragraphKey } from './dedup/collect-signatures.js';
export type { CorpusSignatures, DocumentSignature, ParagraphSignature, SignableDocument, CollectOptions } from './dedup/collect-signatures.js';
export { findDuplicates, createDuplicateIndex } from './dedup/find-duplicates.js';
export type { DuplicateIndex, DocumentFindings, DuplicateReport, ParagraphDuplicate, ParagraphOverlap, DocumentDuplicate, ParagraphRef } from './dedup/find-duplicates.js';
export { dedupeDocuments, createDeduplicator, removeDuplicateParagraphs, DUPLICATE_PARAGRAPH_RULE } from './dedup/dedupe-documents.js';
export type { Deduplicator, DedupeStep, IdentifiedDocument, DedupeDocumentsOptions, DedupeResult } from './dedup/dedupe-documents.js';
export { resolveDedupeOptions, type DedupeOptions, type SignatureSettings, type ResolvedDedupeOptions } from './dedup/options.js';
export { normalizeWords, shingleHashes, minhash, minhashSeeds, estimateSimilarity } from './dedup/shingle-paragraph.js';
export { hashString, hashKey, mix32 } from './dedup/hash-string.js';
export { renderReport, createReportBuilder, escapeHtml } from './emit/render-report.js';
export type { ReportDocument, ReportOptions, ReportBuilder } from './emit/render-report.js';
