import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { countWords } from '../detect/line-shape.js';
import { findHeaderZone } from './find-header-zone.js';

const RULE = 'byline';
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|do|dos|van|von|der|la|le|and|&|e|y|und))*";
/** "By Jane Doe", "by Bryan DeArdo", "Por Maria Silva", "Von Hans Müller" (maybe after a separator). */
const BY = new RegExp(`(?:^|[|•·/–—-]\\s*)((?:by|por|von|par|oleh|автор:?|by:)\\s+(${NAME}))(?:\\s*(?:[|•·,/–—-]|$))`, 'iu');
/** "Jane Doe | Reuters", "Tom Krisher, AP Auto Writer": a name and an agency or role. */
const NAME_ROLE = new RegExp(`^(${NAME})\\s*[|,–—-]\\s*(?:reuters|associated press|ap|afp|bloomberg|dpa|efe|(?:\\p{L}+ ){0,3}(?:writer|reporter|editor|correspondent|columnist|contributor))$`, 'iu');

/**
 * Finds the author line above the article ("By Jane Doe", "Jane Doe | Reuters", "September 10, 2018 | by
 * Catherine") and takes it out of the body into the `byline` field. When the byline shares a line with
 * something else (a date), only the byline part is taken; the `date` rule takes the rest.
 *
 * @param context - The rule context; reads `text` and `lines`.
 * @returns At most one finding, whose `field.value` is the author's name as written.
 * @example
 * ```ts
 * extractByline(context('Headline\n\nBy Jane Doe\n\n' + article)); // field { name: 'byline', value: 'Jane Doe' }
 * ```
 */
export function extractByline({ text, lines }: RuleContext): Finding[] {
  const zone = findHeaderZone(lines, text);
  for (let k = 0; k < zone.lines.length; k++) {
    const line = zone.lines[k]!;
    const t = line.text.trim();
    if (countWords(t) > 14) continue;
    const lead = line.text.length - line.text.trimStart().length;
    // "By" alone on its line, the name on the next.
    const next = zone.lines[k + 1];
    if (/^(?:by|por|von|par|oleh)$/i.test(t) && next && countWords(next.text) <= 4 && /^\p{Lu}/u.test(next.text.trim())) {
      return [{ start: line.start, end: next.end, rule: RULE, confidence: 0.8, reason: 'author line ("By" and a name)', field: { name: 'byline', value: next.text.trim() } }];
    }
    const role = NAME_ROLE.exec(t);
    if (role) return [{ start: line.start, end: line.end, rule: RULE, confidence: 0.75, reason: `author line "${t}"`, field: { name: 'byline', value: t } }];
    const by = BY.exec(t);
    if (!by) continue;
    const whole = countWords(t) <= countWords(by[1]!) + 1;
    const start = whole ? line.start : line.start + lead + by.index + by[0].indexOf(by[1]!);
    const end = whole ? line.end : start + by[1]!.length;
    return [{ start, end, rule: RULE, confidence: 0.85, reason: `author line "${by[1]}"`, field: { name: 'byline', value: by[2]!.trim() } }];
  }
  return [];
}

/** The `byline` rule: takes the author line out of the body into `byline`. */
export const bylineRule: Rule = {
  id: RULE,
  phase: 'extract',
  description: 'Takes the author line above the article ("By Jane Doe") out of the body into the `byline` field.',
  find: extractByline,
};
