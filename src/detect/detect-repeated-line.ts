import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { countWords } from './line-shape.js';

const RULE = 'repeated-line';
/** A copy within this many non-blank lines of the first is a repeat whatever its length. */
const NEAR = 3;
/** A copy further away is a repeat only when the line has at least this many words (a refrain in a list is kept). */
const FAR_WORDS = 10;

/**
 * Finds lines printed more than once and keeps the first copy: a copy close to the first (a title
 * printed three times, a credit printed twice), or a copy anywhere of a long line (a pull quote that
 * repeats a paragraph). Short lines that recur far apart (a refrain, list labels) are kept.
 *
 * @param context - The rule context; reads `lines`.
 * @returns One removal per later copy.
 * @example
 * ```ts
 * detectRepeatedLine(context('Who Are They?\nWho Are They?\n\nBody.')); // removes the second copy
 * ```
 */
export function detectRepeatedLine({ lines }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, number>(); // text -> position among non-blank lines
  let pos = 0;
  for (const line of lines) {
    if (line.blank) continue;
    const key = line.text.trim().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first !== undefined && key.length >= 2 && (pos - first <= NEAR || countWords(key) >= FAR_WORDS)) {
      findings.push({ start: line.start, end: line.end, rule: RULE, confidence: 0.85, reason: `repeats line ${first + 1} ("${key.slice(0, 50)}")` });
    } else if (first === undefined) seen.set(key, pos);
    pos++;
  }
  return findings;
}

/** The `repeated-line` rule: keeps one copy of a repeated line. */
export const repeatedLineRule: Rule = {
  id: RULE,
  phase: 'remove',
  description: 'Keeps the first copy of a line printed several times (nearby, or anywhere for long lines).',
  find: detectRepeatedLine,
};
