import { REPORTING_CREDIT_SOURCE } from '../data/chrome-phrases.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { isChromeFact } from './classify-lines.js';
import { endsSentence } from './line-shape.js';
import { factsOfLine } from './line-facts.js';

const RULE = 'site-chrome';
/** "A Blog by Jane Doe", "My Blog", "The Beachbody Blog": a blog-name line. */
const BLOG_NAME = /(?:^|\s)(?:blog|weblog|blogue)(?:\s|$)/iu;
/** "David writes news at", "Jane Doe covers tech for", "Jane is a staff writer at": an author blurb. */
const AUTHOR_BLURB = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2} (?:writes|covers|reports (?:on|for)|is an? (?:staff |senior |freelance |contributing )?(?:writer|reporter|journalist|correspondent|editor|contributor))\b/u;
const REPORTING_CREDIT = new RegExp(REPORTING_CREDIT_SOURCE, 'iu');
/**
 * {@link REPORTING_CREDIT} tried at the line's start only. Its matches that do not hold "contributed" all open
 * the line ("(Reporting by", "Additional reporting", "Compiled by", "Editing:", "Writing by"), so on a line
 * without "contributed" this answers as the whole regex does, without trying every position of the line.
 */
const REPORTING_CREDIT_OPENS = new RegExp(`^(?:${REPORTING_CREDIT_SOURCE})`, 'iu');
/** Where a match of {@link REPORTING_CREDIT_OPENS} can start: a line opening with `(`, `a`, `c`, `e`, `r` or `w`, in either case. */
const REPORTING_OPENER = /^[(acerw]/i;
/** What the unanchored match of {@link REPORTING_CREDIT} holds ("X contributed reporting"). */
const CONTRIBUTED = /ontributed/i;
/** A copyright / rights line: `©|\ball rights reserved\b|^copyright\b` (case-insensitive), tested by its cheap parts first. */
function isLegalLine(t: string): boolean {
  return t.includes('©') || COPYRIGHT_OPENS.test(t) || (RIGHTS_CLUE.test(t) && ALL_RIGHTS.test(t));
}
const COPYRIGHT_OPENS = /^copyright\b/iu;
const ALL_RIGHTS = /\ball rights reserved\b/iu;
/** What every match of {@link ALL_RIGHTS} holds, the case-insensitive way (`/iu` matches `ſ` for `s`). */
const RIGHTS_CLUE = /right[sſ]/i;

/** `REPORTING_CREDIT.test(t)`: searched for through the line only when it holds "contributed", else at its start. */
function isReportingCredit(t: string): boolean {
  if (CONTRIBUTED.test(t)) return REPORTING_CREDIT.test(t);
  return REPORTING_OPENER.test(t) && REPORTING_CREDIT_OPENS.test(t);
}

/**
 * Finds site chrome lines: menu items and buttons, subscribe / advertise / merchandise / contribute /
 * "Follow us" lines, blog-name lines, author blurbs ("David writes news at"), reporting credits ("(Reporting
 * by ...; Editing by ...)", "X contributed reporting."), copyright lines, and short
 * section labels above the first paragraph ("World News"). A line that is a sentence of the article is
 * never chrome: vocabulary counts only on short lines.
 *
 * @param context - The rule context; reads `lines`.
 * @returns One removal per chrome line.
 * @example
 * ```ts
 * detectSiteChrome(context('My Blog\nWorld News\n\n' + article + '\n\nADVERTISE\n\nMerchandise (Peace Series)'));
 * // removes the four chrome lines
 * ```
 */
export function detectSiteChrome({ lines }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  // The first line of prose (its position in `lines`) and the last (its `index`), in one pass.
  let firstProse = -1;
  let lastProse = -1;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.blank || factsOfLine(l.text).words < 12 || !endsSentence(l.text)) continue;
    if (firstProse < 0) firstProse = k;
    lastProse = l.index;
  }
  for (const line of lines) {
    if (line.blank) continue;
    const f = factsOfLine(line.text);
    const { trimmed: t, words } = f;
    let reason: string | null = null;
    let confidence = 0.8;
    if (isChromeFact(f)) reason = `site chrome ("${clip(t)}")`;
    else if (words <= 40 && isLegalLine(t)) reason = 'copyright line';
    else if (words <= 6 && !endsSentence(t) && BLOG_NAME.test(t)) reason = `blog name line ("${t}")`;
    else if (words <= 40 && isReportingCredit(t)) reason = `reporting credit ("${clip(t)}")`;
    else if (words <= 25 && line.index > lastProse && AUTHOR_BLURB.test(t)) reason = `author blurb after the article ("${clip(t)}")`;
    else if (firstProse > 0 && line.index < firstProse && words <= 3 && !/[.!?:;,]$/.test(t) && /^\p{Lu}/u.test(t)) {
      reason = `section or site label above the article ("${t}")`;
      confidence = 0.7;
    }
    if (reason) findings.push({ start: line.start, end: line.end, rule: RULE, confidence, reason });
  }
  return findings;
}

function clip(t: string): string {
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

/** The `site-chrome` rule: removes menus, calls to subscribe or follow, site names, author blurbs and footers. */
export const siteChromeRule: Rule = {
  examples: ['Daily Ledger\n\nThe town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed it to trucks last spring. Residents had asked for a new crossing for years, and the vote drew a full room.\n\nConstruction is expected to start in June and take eighteen months, the city engineer said.\n\nSubscribe to our newsletter\n\nAdvertise with us\n\nJane Okafor writes news at the Daily Ledger.'],
  id: RULE,
  phase: 'remove',
  description: 'Removes site chrome lines: menus, subscribe/advertise/follow lines, blog names, author blurbs, copyright lines.',
  find: detectSiteChrome,
};
