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
      "WEB_LANGUAGES",
      "applyEdits",
      "checkEdits",
      "clean",
      "composeEdits",
      "countStats",
      "defaultRules",
      "detectLanguage",
      "findingsToEdits",
      "layoutRule",
      "normalizeLayout",
      "runRules",
      "splitBlocks",
      "splitLines",
      "validateOptions",
    ]
  `);
});
