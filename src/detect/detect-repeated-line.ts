import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { countWords, isSpace } from './line-shape.js';

const RULE = 'repeated-line';
/** A copy within this many non-blank lines of the previous copy is a repeat (further apart, a line may recur on purpose: a refrain, an interview's question). */
const NEAR = 1;
/** Whether `replace(/\s+/g, ' ')` would change the line: it holds a run of two white-space characters or more, or one that is not a plain space. */
function hasSpacesToCollapse(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 32 ? i + 1 < t.length && isSpace(t.charCodeAt(i + 1)) : isSpace(c)) return true;
  }
  return false;
}

/**
 * Finds lines printed more than once in a row and keeps the first copy (a title printed three times, a
 * credit printed twice; blank lines between copies do not count). A line that recurs further apart is
 * kept: it may recur on purpose (a refrain, the same question put to each interviewee).
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
  const seen = new Map<string, number>(); // text -> position of its last copy among non-blank lines
  let pos = 0;
  for (const line of lines) {
    if (line.blank) continue;
    const t = line.text.trim();
    // Most lines have single spaces only: nothing to collapse, so no new string to hash.
    const key = hasSpacesToCollapse(t) ? t.replace(/\s+/g, ' ') : t;
    const prev = seen.get(key);
    if (prev !== undefined && pos - prev <= NEAR && countWords(key) >= 1) {
      findings.push({ start: line.start, end: line.end, rule: RULE, confidence: 0.85, reason: `repeats the line before ("${key.slice(0, 50)}")` });
    }
    seen.set(key, pos);
    pos++;
  }
  return findings;
}

/** The `repeated-line` rule: keeps one copy of a repeated line. */
export const repeatedLineRule: Rule = {
  examples: ['The town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed it to trucks last spring. Residents had asked for a new crossing for years, and the vote drew a full room.\n\nConstruction is expected to start in June and take eighteen months, the city engineer said.\n\nThe crossing stays open to cars and bicycles until then.\nThe crossing stays open to cars and bicycles until then.\n\nA public meeting on the design is set for May 2.'],
  id: RULE,
  phase: 'remove',
  description: 'Keeps the first copy of a line printed several times (nearby, or anywhere for long lines).',
  find: detectRepeatedLine,
};
