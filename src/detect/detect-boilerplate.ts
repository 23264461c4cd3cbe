import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { findMainRegion } from './find-main-region.js';

const RULE = 'boilerplate';

/**
 * Finds the page chrome around the article in a whole-page text: every line outside the main text
 * region(s) found by {@link findMainRegion} (menus, headline lists, footers, cookie and newsletter boxes).
 * Texts with too little prose to judge are left alone.
 *
 * @param context - The rule context; reads `text` and `lines`.
 * @returns One removal per run of lines outside the regions.
 * @example
 * ```ts
 * detectBoilerplate(context('Home\nNews\nSport\n\n' + article + '\n\nPrivacy Policy\n© 2024 Site'));
 * // removes the menu and the footer
 * ```
 */
export function detectBoilerplate({ text, lines }: RuleContext): Finding[] {
  const { regions } = findMainRegion(lines, text);
  if (regions.length === 0) return [];
  const findings: Finding[] = [];
  let r = 0;
  let runStart = -1;
  let runEnd = -1;
  const flush = (): void => {
    if (runStart < 0) return;
    findings.push({ start: runStart, end: runEnd, rule: RULE, confidence: 0.7, reason: 'page chrome outside the main text (short fragments, menus, lists; no run of prose)' });
    runStart = -1;
  };
  for (const line of lines) {
    while (r < regions.length && regions[r]!.last < line.index) r++;
    const inside = r < regions.length && regions[r]!.first <= line.index;
    if (inside) {
      flush();
      continue;
    }
    if (line.blank) continue;
    if (runStart < 0) runStart = line.start;
    runEnd = line.end;
  }
  flush();
  return findings;
}

/** The `boilerplate` rule: removes what lies outside the main text of a whole-page text. */
export const boilerplateRule: Rule = {
  examples: ['Town Ledger Online\nLog in | Register\n\nThe town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed it to trucks last spring. Residents had asked for a new crossing for years, and the vote drew a full room.\n\nConstruction is expected to start in June and take eighteen months, the city engineer said. The crossing stays open to cars and bicycles until then, and a temporary footbridge will be built beside it.\n\nA public meeting on the design is set for May 2 at the town hall.\n\nCookie preferences\nOur partners\nSitemap\nJobs at the Ledger\n© 2024 Town Ledger Media'],
  id: RULE,
  phase: 'remove',
  description: 'Removes page chrome outside the main run of prose (menus, headline lists, footers), after jusText and BTE.',
  find: detectBoilerplate,
};
