import { DATE_CLUE_SOURCE, DATE_SOURCE, DATELINE_WORDS_SOURCE, TIME_SOURCE } from '../data/date-patterns.js';
import type { Finding } from '../model/finding.js';
import { memoize, type Rule, type RuleContext } from '../model/rule.js';
import { countWords } from '../detect/line-shape.js';
import { findHeaderZone } from './find-header-zone.js';
import { withCopies } from './extract-byline.js';

const RULE = 'date';
const DATE = new RegExp(DATE_SOURCE, 'iu');
const DATE_CLUE = new RegExp(DATE_CLUE_SOURCE, 'u');
const LEADING_TIME = new RegExp(`${TIME_SOURCE}[, ]+(?=(?:\\p{L}+,? )?${DATE_SOURCE})`, 'iu');
const FILLER = new RegExp(`\\b${DATELINE_WORDS_SOURCE}\\b|[\\d\\p{P}\\p{S}]+`, 'giu');

/**
 * Finds the dateline above the article ("Feb 12, 2023", "Nov 18, 2019 at 9:24 pm ET • 2 min read",
 * "Updated 1:39 am EST, Wednesday, November 20, 2019") and takes it out of the body into the `date` field.
 * Only a line that is all date (besides words like "Updated", weekdays, "min read") counts, and only in the
 * header zone ({@link findHeaderZone}); a date inside a sentence stays.
 *
 * @param context - The rule context; reads `text` and `lines`.
 * @returns A finding whose `field.value` is the date as written (one more per copy of the line).
 * @example
 * ```ts
 * extractDate(context('A Blog\n\nFeb 12, 2023\n\nHeadline\n\n' + article)); // field { name: 'date', value: 'Feb 12, 2023' }
 * ```
 */
export function extractDate(context: RuleContext): Finding[] {
  const { text, lines } = context;
  // Shared with the other header rules while the text is unchanged.
  const zone = memoize(context, 'header-zone', () => findHeaderZone(lines, text));
  for (const line of zone.lines) {
    const t = line.text.trim();
    if (countWords(t) > 16) continue;
    const m = DATE_CLUE.test(t) ? DATE.exec(t) : null;
    if (!m) continue;
    const rest = (t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length)).replace(FILLER, ' ').trim();
    if (countWords(rest) > 2) continue;
    // A time before the date starts with a digit before it: without one, the (costly) time pattern is not tried.
    const lead = hasDigitBefore(t, m.index) ? LEADING_TIME.exec(t) : null;
    const value = lead && lead.index < m.index ? t.slice(lead.index, m.index + m[0].length) : m[0];
    return withCopies(zone.lines, line, { start: line.start, end: line.end, rule: RULE, confidence: 0.85, reason: `dateline "${t}"`, field: { name: 'date', value: value.trim() } });
  }
  return [];
}

/** Whether `t` holds an ASCII digit (what `\d` matches) before offset `end`. */
function hasDigitBefore(t: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The `date` rule: takes the dateline out of the body into `date`. */
export const dateRule: Rule = {
  examples: ['Town Council Approves New Bridge\n\nMarch 3, 2024\n\nThe town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed it to trucks last spring. Residents had asked for a new crossing for years, and the vote drew a full room.\n\nConstruction is expected to start in June and take eighteen months, the city engineer said.'],
  id: RULE,
  phase: 'extract',
  description: 'Takes the dateline above the article ("Feb 12, 2023") out of the body into the `date` field.',
  find: extractDate,
};
