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

// Spelling variants: apply a dictionary, discover variant clusters (map: collectTerms, reduce: mergeTermStats)
export { normalizeVariants, findVariants, variantsRule } from './variants/normalize-variants.js';
export { parseVariantDictionary, validateVariantDictionary, clustersToDictionary, type VariantDictionary } from './variants/variant-dictionary.js';
export { collectTerms, MAX_TERM_DOCS, MAX_TERM_EXAMPLES, type CorpusDocument, type TermEntry, type TermStats } from './variants/collect-terms.js';
export { mergeTermStats, mergeTermStatsInto, emptyTermStats } from './variants/merge-term-stats.js';
export { clusterTerms, validateClusterOptions, type ClusterOptions, type VariantCluster, type VariantMember } from './variants/cluster-terms.js';
export { discoverVariants, clusterNames } from './variants/discover-variants.js';
export { compareNames, compareTokens, isGenderPair, isDerivedForm, type NameMatch, type TokenMatch, type TokenRelation, type CompareOptions } from './variants/compare-names.js';
export { translitKey, skeletonKey, foldName } from './variants/translit-key.js';
export { keyDistance, type KeyDistance } from './variants/key-distance.js';
