import { expect, it } from 'vitest';
import * as api from '../src/index.js';

// Pins the public API: adding or removing an export is a decision, made here on purpose.
it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
    [
      "InvalidInputError",
      "InvalidLedgerError",
      "InvalidOptionError",
      "RuleContractError",
      "UnscrapeError",
      "apostropheRule",
      "apostropheStyle",
      "applyEdits",
      "caseSeamRule",
      "checkEdits",
      "clean",
      "composeEdits",
      "countStats",
      "defaultRules",
      "detectLanguage",
      "findingsToEdits",
      "layoutRule",
      "normalizeLayout",
      "repair",
      "repairRules",
      "restoreApostrophe",
      "runRules",
      "sentenceSeamRule",
      "splitBlocks",
      "splitCaseSeam",
      "splitLines",
      "splitSentenceSeam",
      "splitWordJoin",
      "tidyUnicode",
      "unicodeTidyRule",
      "validateOptions",
      "wordJoinRule",
    ]
  `);
});
