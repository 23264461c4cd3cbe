import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { countWords, endsSentence } from '../detect/line-shape.js';
import { matchAuthorLine } from './extract-byline.js';

const RULE = 'sign-off';

/**
 * Finds an author line standing alone as the text's last line ("By Jane Doe" after the article): a
 * sign-off byline. Only a whole line of a few words (at most 5) with no sentence punctuation, opening with
 * the author marker, so a closing sentence that opens with "By" stays.
 *
 * The rule runs after the line noise rules and before `boilerplate`, on purpose: menus, credits and
 * captions printed below the author line are gone by then, so the line is found above them, and
 * re-cleaning the output finds nothing more (the line never outlives the noise to become a byline on a
 * second pass); `boilerplate`, which drops short lines outside the run of prose, would take it as chrome.
 *
 * @param context - The rule context; reads `lines`.
 * @returns One finding whose `field.value` is the author's name (the `byline` field, when no byline
 *   stood above the article), or none.
 * @example
 * ```ts
 * extractSignOff(context(article + '\n\nBy Jane Doe')); // field { name: 'byline', value: 'Jane Doe' }
 * ```
 */
export function extractSignOff(context: RuleContext): Finding[] {
  const { lines } = context;
  let k = lines.length - 1;
  while (k >= 0 && lines[k]!.blank) k--;
  if (k < 1) return [];
  const line = lines[k]!;
  const t = line.text.trim();
  if (countWords(t) > 5 || endsSentence(t)) return [];
  const by = matchAuthorLine(t);
  if (!by) return [];
  return [{ start: line.start, end: line.end, rule: RULE, confidence: 0.8, reason: `author line "${by.marked}" closing the article`, field: { name: 'byline', value: by.name } }];
}

/** The `sign-off` rule: takes an author line closing the article out of the body into `byline`. */
export const signOffRule: Rule = {
  examples: ['The town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed it to trucks last spring. Residents had asked for a new crossing for years, and the vote drew a full room.\n\nConstruction is expected to start in June and take eighteen months, the city engineer said.\n\nBy Jane Okafor'],
  id: RULE,
  phase: 'extract',
  description: 'Takes an author line closing the article ("By Jane Doe" as the last line once the menus and credits below it are gone) out of the body into the `byline` field.',
  find: extractSignOff,
};
