import type { CleanDocument } from '../model/document.js';
import { clean } from '../pipeline/clean.js';
import type { CleanOptions } from '../pipeline/options.js';
import { repairRules } from './repair-rules.js';

/**
 * Runs only the repairs ({@link repairRules}): no noise removal, no layout. Every change is in the ledger,
 * so `applyEdits(doc.source, doc.edits) === doc.text`. Turn one repair off with `rules: {'<id>': false}`.
 *
 * @param text - The scraped text.
 * @param options - {@link CleanOptions}; `pipeline` defaults to {@link repairRules}.
 * @returns A {@link CleanDocument} whose `text` is the repaired text (fields stay `null`).
 * @throws {@link InvalidInputError} when `text` is not a string; {@link InvalidOptionError} on a bad option.
 * @example
 * ```ts
 * repair('Many dont want to fight.And some formedin March').text;
 * // "Many don't want to fight. And some formed in March"
 * ```
 */
export function repair(text: string, options: CleanOptions = {}): CleanDocument {
  return clean(text, { ...options, pipeline: options.pipeline ?? repairRules });
}
