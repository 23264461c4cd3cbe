import type { Finding } from '../../src/model/finding.js';
import type { RuleContext } from '../../src/model/rule.js';
import { applyEdits } from '../../src/ledger/apply-edits.js';
import { findingsToEdits } from '../../src/ledger/findings-to-edits.js';
import { splitBlocks, splitLines } from '../../src/parse/split-lines.js';

/** A rule context for `text` with default options. */
export function context(text: string): RuleContext {
  const lines = splitLines(text);
  return { text, lines, blocks: splitBlocks(lines), options: {} };
}

/** The text a detector leaves (findings applied at the default threshold), with blank runs squeezed. */
export function after(text: string, detect: (c: RuleContext) => readonly Finding[]): string {
  const { edits } = findingsToEdits(text, detect(context(text)));
  return applyEdits(text, edits).split('\n').filter((l) => l.trim() !== '').join('\n');
}

/** A long article paragraph, to give detectors the prose they expect before a comment section. */
export const PROSE =
  'The council voted on Monday to close the old bridge for repairs, officials said, after engineers found cracks in two of its supports. ' +
  'Drivers will be sent along the river road until the work is done, which the city expects to take most of the spring.';

/** Another article paragraph. */
export const PROSE2 =
  'Shops along the bridge road said they feared losing customers, but the mayor promised a free shuttle bus. ' +
  '“We will keep the town moving,” she told reporters at the town hall on Tuesday evening.';
