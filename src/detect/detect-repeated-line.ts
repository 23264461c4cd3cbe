import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { countWords } from './line-shape.js';
import { isSpace } from '../model/characters.js';

const RULE = 'repeated-line';
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
  // A copy counts only right after the line before it (further apart, a line may recur on purpose: a refrain,
  // an interview's question), so each line is compared with the previous non-blank line alone.
  // Collapsing white space keeps a trimmed line's first and last characters, so two lines whose ends differ
  // differ once collapsed: only lines with the same ends are compared, and only they need their key.
  let prev: string | null = null;
  let prevKey: string | null = null;
  for (const line of lines) {
    if (line.blank) continue;
    const t = line.text.trim();
    let key: string | null = null;
    if (prev !== null && sameEnds(t, prev)) {
      key = keyOf(t);
      if (key === (prevKey ?? keyOf(prev)) && countWords(key) >= 1) {
        findings.push({ start: line.start, end: line.end, rule: RULE, confidence: 0.85, reason: `repeats the line before ("${key.slice(0, 50)}")` });
      }
    }
    prev = t;
    prevKey = key;
  }
  return findings;
}

/** The line with its white-space runs collapsed to one space (`replace(/\s+/g, ' ')`), by which copies are compared. */
function keyOf(t: string): string {
  // Most lines have single spaces only: nothing to collapse, so no new string.
  return hasSpacesToCollapse(t) ? t.replace(/\s+/g, ' ') : t;
}

/** Whether two trimmed lines have the same first and the same last code unit (what collapsing their spaces keeps). */
function sameEnds(a: string, b: string): boolean {
  return a.length > 0 && b.length > 0 && a.charCodeAt(0) === b.charCodeAt(0) && a.charCodeAt(a.length - 1) === b.charCodeAt(b.length - 1);
}

/** The `repeated-line` rule: keeps one copy of a repeated line. */
export const repeatedLineRule: Rule = {
  examples: ['The town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed it to trucks last spring. Residents had asked for a new crossing for years, and the vote drew a full room.\n\nConstruction is expected to start in June and take eighteen months, the city engineer said.\n\nThe crossing stays open to cars and bicycles until then.\nThe crossing stays open to cars and bicycles until then.\n\nA public meeting on the design is set for May 2.'],
  id: RULE,
  phase: 'remove',
  description: 'Keeps the first copy of a line printed several times (nearby, or anywhere for long lines).',
  find: detectRepeatedLine,
};
