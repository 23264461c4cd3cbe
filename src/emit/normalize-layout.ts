import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';

const RULE = 'layout';

/**
 * Finds the white space between paragraphs that is not exactly one blank line, and the white space at
 * the ends of lines and of the text. Every non-blank line is a paragraph of the clean text, so a single
 * line break becomes a paragraph break and runs of blank lines become one.
 *
 * @param context - The rule context; only `text` and `lines` are read.
 * @returns Findings that replace each such gap with `\n\n` (or remove it at the text's ends).
 * @example
 * ```ts
 * normalizeLayout(context('  A \n\n\n\nB\n')); // 'A\n\nB' once applied
 * ```
 */
export function normalizeLayout({ text, lines }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  let prevEnd = -1; // end of the previous paragraph's trimmed content
  for (const line of lines) {
    if (line.blank) continue;
    const lead = line.text.length - line.text.trimStart().length;
    const contentStart = line.start + lead;
    const contentEnd = line.start + line.text.trimEnd().length;
    if (prevEnd < 0) {
      if (contentStart > 0) findings.push(gap(0, contentStart, '', 'white space before the first paragraph'));
    } else {
      const between = text.slice(prevEnd, contentStart);
      if (between !== '\n\n') findings.push(gap(prevEnd, contentStart, '\n\n', describeGap(between)));
    }
    prevEnd = contentEnd;
  }
  if (prevEnd < 0) {
    if (text.length > 0) findings.push(gap(0, text.length, '', 'the text holds only white space'));
  } else if (prevEnd < text.length) {
    findings.push(gap(prevEnd, text.length, '', 'white space after the last paragraph'));
  }
  return findings;
}

function describeGap(between: string): string {
  const breaks = (between.match(/\r\n|\r|\n/g) ?? []).length;
  if (breaks === 1) return 'a line break between two paragraphs made a paragraph break';
  if (breaks > 2) return `${breaks - 1} blank lines between paragraphs collapsed to one`;
  return 'white space around a paragraph break trimmed';
}

function gap(start: number, end: number, replacement: string, reason: string): Finding {
  return { start, end, replacement, rule: RULE, reason, confidence: 1 };
}

/**
 * The `layout` rule: one blank line between paragraphs, no white space at line or text ends.
 * It runs last in {@link defaultRules}; it has no settings.
 *
 * @example
 * ```ts
 * clean('A\n\n\n\nB', { pipeline: [layoutRule] }).text; // 'A\n\nB'
 * ```
 */
export const layoutRule: Rule = {
  id: RULE,
  phase: 'layout',
  description: 'Makes every paragraph break exactly one blank line and trims white space at line and text ends.',
  examples: ['  First paragraph.  \nSecond paragraph, after a single line break.\n\n\n\nThird, after three blank lines.\n'],
  find: normalizeLayout,
};
