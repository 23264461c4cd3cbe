import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';

const RULE = 'prev-next';
/**
 * "Previous article ...", "Next post: ...", "« Older Entries", also fused to the linked title
 * (`Previous articleLarry's Letters`), with pt/es/de/fr equivalents.
 */
const PREV_NEXT = /^[\s«»<>←→‹›|-]*(?:(?:previous|prev\.?|next|older|newer)\s*(?:article|post|story|entry|entries|posts|stories|item|page)s?|(?:artigo|post|notícia|artículo|entrada) (?:anterior|seguinte)|próxim[oa] (?:artigo|post|notícia)|(?:vorheriger|nächster) (?:artikel|beitrag)|(?:article|billet) (?:précédent|suivant))/iu;

/**
 * True for a "Previous article / Next article" navigation line (fused to its linked title or not).
 *
 * @param t - One line.
 * @returns Whether the line opens with previous/next navigation.
 * @example
 * ```ts
 * isPrevNextLine("Previous articleLarry's Letters"); // true
 * isPrevNextLine('The next article in the series'); // false
 * ```
 */
export function isPrevNextLine(t: string): boolean {
  return t.length <= 300 && PREV_NEXT.test(t);
}

/**
 * Finds "Previous article / Next article" navigation lines, including those fused to the title they link to.
 *
 * @param context - The rule context; reads `lines`.
 * @returns One removal per navigation line.
 * @example
 * ```ts
 * detectPrevNext(context("Previous articleLarry's Letters: Re: a column\nNext articleLitzman Convicted"));
 * // removes both lines
 * ```
 */
export function detectPrevNext({ lines }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const line of lines) {
    if (line.blank || line.text.length > 300) continue;
    const m = PREV_NEXT.exec(line.text);
    if (!m) continue;
    findings.push({ start: line.start, end: line.end, rule: RULE, confidence: 0.9, reason: `previous/next navigation ("${m[0].trim()}")` });
  }
  return findings;
}

/** The `prev-next` rule: removes previous/next article navigation. */
export const prevNextRule: Rule = {
  examples: ['The town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed it to trucks last spring. Residents had asked for a new crossing for years, and the vote drew a full room.\n\nConstruction is expected to start in June and take eighteen months, the city engineer said.\n\nPrevious articleSchool Board Names New Superintendent\nNext articleFarmers Market Returns to the Square'],
  id: RULE,
  phase: 'remove',
  description: 'Removes "Previous article ... / Next article ..." navigation lines, fused or not.',
  find: detectPrevNext,
};
