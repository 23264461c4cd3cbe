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
      "applyEdits",
      "checkEdits",
      "clean",
      "cleanHtml",
      "composeEdits",
      "countStats",
      "defaultRules",
      "detectLanguage",
      "extractMetadata",
      "findingsToEdits",
      "layoutRule",
      "mainContentRule",
      "normalizeLayout",
      "parsePage",
      "runRules",
      "segmentBlocks",
      "selectMainContent",
      "splitBlocks",
      "splitLines",
      "toIso639_3",
      "validateOptions",
    ]
  `);
});
