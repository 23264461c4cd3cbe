import { expect, it } from 'vitest';
import * as api from '../src/index.js';

// Pins the public API: adding or removing an export is a decision, made here on purpose.
it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
    [
      "InvalidInputError",
      "InvalidLedgerError",
      "InvalidOptionError",
      "MAX_TERM_DOCS",
      "MAX_TERM_EXAMPLES",
      "RuleContractError",
      "UnscrapeError",
      "applyEdits",
      "checkEdits",
      "clean",
      "clusterNames",
      "clusterTerms",
      "clustersToDictionary",
      "collectTerms",
      "compareNames",
      "compareTokens",
      "composeEdits",
      "countStats",
      "defaultRules",
      "detectLanguage",
      "discoverVariants",
      "emptyTermStats",
      "findVariants",
      "findingsToEdits",
      "foldName",
      "isDerivedForm",
      "isGenderPair",
      "keyDistance",
      "layoutRule",
      "mergeTermStats",
      "mergeTermStatsInto",
      "normalizeLayout",
      "normalizeVariants",
      "parseVariantDictionary",
      "runRules",
      "skeletonKey",
      "splitBlocks",
      "splitLines",
      "translitKey",
      "validateClusterOptions",
      "validateOptions",
      "validateVariantDictionary",
      "variantsRule",
    ]
  `);
});
