import type { Rule } from '../../src/model/rule.js';
import type { CleanOptions } from '../../src/pipeline/options.js';
import { repair } from '../../src/repair/repair.js';

/** Runs one repair rule alone over `text` and returns the repaired text. */
export function runOne(rule: Rule, text: string, options: CleanOptions = {}): string {
  return repair(text, { ...options, pipeline: [rule], lang: false }).text;
}

/** English filler that makes a short sample read as English to the language gate (and attests nothing odd). */
export const FILLER = ' It is one of the things that we have to do with the work that is in the news of the day.';
