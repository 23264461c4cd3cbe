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
export { memoize } from './model/rule.js';
export { UnscrapeError, InvalidInputError, InvalidOptionError, RuleContractError, InvalidLedgerError } from './errors.js';

// The ledger
export { applyEdits, checkEdits, type EditSpan } from './ledger/apply-edits.js';
export { composeEdits } from './ledger/compose-edits.js';
export { revertEdits } from './ledger/revert-edits.js';
export { findingsToEdits, type ResolvedFindings } from './ledger/findings-to-edits.js';

// Parsing text into lines and blocks
export { splitLines, splitBlocks, splitParagraphs, type Line, type Block } from './parse/split-lines.js';

// The pipeline
export { clean } from './pipeline/clean.js';
export { countStats } from './ledger/count-stats.js';
export { defaultRules } from './pipeline/default-rules.js';
export { runRules, type RunResult } from './pipeline/run-rules.js';
export { applyFindings } from './pipeline/apply-findings.js';
export { validateOptions } from './pipeline/validate-options.js';
export type { CleanOptions, LanguageOptions } from './pipeline/options.js';

// Output
export { normalizeLayout, layoutRule } from './emit/normalize-layout.js';
export { detectLanguage } from './emit/detect-language.js';
export { WEB_LANGUAGES } from './data/web-languages.js';

// Text-mode noise removal and field extraction (helper `noise`, issue #2)
export { detectCommentSection, commentSectionRule } from './detect/detect-comment-section.js';
export { detectPrevNext, prevNextRule } from './detect/detect-prev-next.js';
export { detectRelatedLinks, relatedLinksRule, isHeadlineShaped } from './detect/detect-related-links.js';
export { detectSiteChrome, siteChromeRule } from './detect/detect-site-chrome.js';
export { detectPhotoCredit, photoCreditRule, isCreditLine } from './detect/detect-photo-credit.js';
export { detectCaption, captionRule } from './detect/detect-caption.js';
export { detectRepeatedLine, repeatedLineRule } from './detect/detect-repeated-line.js';
export { detectBoilerplate, boilerplateRule } from './detect/detect-boilerplate.js';
export { classifyLines, isChromeLine, type LineClass, type LineVerdict } from './detect/classify-lines.js';
export { findMainRegion, type MainRegions, type Region } from './detect/find-main-region.js';
export { countWords, countSentences, endsSentence, isCjk } from './detect/line-shape.js';
export { titleCaseRatio } from './detect/line-case.js';
export { guessStopLanguage, stopwordDensity } from './detect/stop-language.js';
export { extractTitle, titleRule, isTitleLike } from './extract/extract-title.js';
export { extractByline, bylineRule } from './extract/extract-byline.js';
export { extractSignOff, signOffRule } from './extract/extract-sign-off.js';
export { extractDate, dateRule } from './extract/extract-date.js';
export { findHeaderZone, type HeaderZone } from './extract/find-header-zone.js';

// Repairs: unicode tidy, sentence and case seams, word joins, apostrophes (src/repair/)
export { repair } from './repair/repair.js';
export { repairRules } from './repair/repair-rules.js';
export { tidyUnicode, unicodeTidyRule, type UnicodeTidyOptions } from './repair/tidy-unicode.js';
export { splitSentenceSeam, sentenceSeamRule } from './repair/split-sentence-seam.js';
export { splitCaseSeam, caseSeamRule } from './repair/split-case-seam.js';
export { splitWordJoin, wordJoinRule } from './repair/split-word-join.js';
export { restoreApostrophe, apostropheRule, apostropheStyle } from './repair/restore-apostrophe.js';
// The corpus's evidence for the repairs (map: createCorpusCounter / countCorpusVocabulary, reduce: mergeCorpusVocabularies)
export {
  countCorpusVocabulary, createCorpusCounter, mergeCorpusVocabularies, serializeCorpusVocabulary, parseCorpusVocabulary,
  validateCorpusVocabulary, isWordInCorpus, pairCount, CORPUS_ATTESTED_DOCUMENTS, CORPUS_INTACT_MARGIN, PAIR_SLOTS, type CorpusVocabulary, type CorpusCounter,
} from './repair/vocabulary/corpus-vocabulary.js';

// Spelling variants: apply a dictionary, discover variant clusters (map: collectTerms, reduce: mergeTermStats)
export { normalizeVariants, findVariants, variantsRule } from './variants/normalize-variants.js';
export { parseVariantDictionary, validateVariantDictionary, clustersToDictionary, type VariantDictionary } from './variants/variant-dictionary.js';
export { collectTerms, type CorpusDocument, type TermEntry, type TermStats } from './variants/collect-terms.js';
export { mergeTermStats, mergeTermStatsInto, emptyTermStats } from './variants/merge-term-stats.js';
export { clusterTerms, type ClusterOptions, type VariantCluster, type VariantMember } from './variants/cluster-terms.js';
export { discoverVariants, clusterNames } from './variants/discover-variants.js';
export { compareNames, compareTokens, isGenderPair, isDerivedForm, type NameMatch, type TokenMatch, type TokenRelation, type CompareOptions } from './variants/compare-names.js';
export { translitKey, skeletonKey, foldName } from './variants/translit-key.js';
export { keyDistance, type KeyDistance } from './variants/key-distance.js';

// HTML input (issue #5): main-content extraction on linkedom, then the same pipeline
export { cleanHtml } from './html/clean-html.js';
export { defaultHtmlRules, HTML_SUPERSEDED_RULES } from './html/default-html-rules.js';
export type { HtmlInput } from './pipeline/clean.js';
export { parsePage } from './html/parse-page.js';
export { segmentBlocks } from './html/segment-blocks.js';
export type { HtmlBlock, HtmlElementInfo, Segmentation } from './html/segmentation.js';
export type { PageHead } from './html/collect-head.js';
export { selectMainContent, type BlockDecision, type MainContentSettings, type MainContentSelection } from './html/select-main-content.js';
export type { MainContainer } from './html/score-candidates.js';
export { mainContentRule } from './html/main-content-rule.js';
export { extractMetadata, toIso639_3, type PageMetadata } from './html/extract-metadata.js';

// Corpus scale: cross-document dedup (map: collect, reduce: merge + find, apply: remove) and the review report
export { collectParagraphSignatures, mergeSignatures, paragraphKey } from './dedup/collect-signatures.js';
export type { CorpusSignatures, DocumentSignature, ParagraphSignature, SignableDocument, CollectOptions } from './dedup/collect-signatures.js';
export { findDuplicates, createDuplicateIndex } from './dedup/find-duplicates.js';
export type { DuplicateIndex, DocumentFindings, DuplicateReport, ParagraphDuplicate, ParagraphOverlap, DocumentDuplicate, ParagraphRef } from './dedup/find-duplicates.js';
export { dedupeDocuments, createDeduplicator, removeDuplicateParagraphs, DUPLICATE_PARAGRAPH_RULE } from './dedup/dedupe-documents.js';
export type { Deduplicator, DedupeStep, IdentifiedDocument, DedupeDocumentsOptions, DedupeResult } from './dedup/dedupe-documents.js';
export { resolveDedupeOptions, type DedupeOptions, type SignatureSettings, type ResolvedDedupeOptions } from './dedup/options.js';
export { normalizeWords, shingleHashes, minhash, minhashSeeds, estimateSimilarity } from './dedup/shingle-paragraph.js';
export { renderReport, createReportBuilder } from './emit/render-report.js';
export type { ReportDocument, ReportOptions, ReportBuilder } from './emit/render-report.js';
export { createReportStream, type ReportStream } from './emit/report-stream.js';

// Docs: examples a rule carries, shown live in the Rules guide and the playground
export type { RuleExample } from './model/rule.js';
