import { expect, it } from 'vitest';
import * as api from '../src/index.js';

// Pins the public API: adding or removing an export is a decision, made here on purpose.
it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
    [
      "DUPLICATE_PARAGRAPH_RULE",
      "InvalidInputError",
      "InvalidLedgerError",
      "InvalidOptionError",
      "RuleContractError",
      "UnscrapeError",
      "applyEdits",
      "checkEdits",
      "clean",
      "collectParagraphSignatures",
      "composeEdits",
      "countStats",
      "createDeduplicator",
      "createDuplicateIndex",
      "createReportBuilder",
      "dedupeDocuments",
      "defaultRules",
      "detectLanguage",
      "escapeHtml",
      "estimateSimilarity",
      "findDuplicates",
      "findingsToEdits",
      "hashKey",
      "hashString",
      "layoutRule",
      "mergeSignatures",
      "minhash",
      "minhashSeeds",
      "mix32",
      "normalizeLayout",
      "normalizeWords",
      "paragraphKey",
      "removeDuplicateParagraphs",
      "renderReport",
      "resolveDedupeOptions",
      "runRules",
      "shingleHashes",
      "splitBlocks",
      "splitLines",
      "validateOptions",
    ]
  `);
});
