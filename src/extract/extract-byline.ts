import type { Finding } from '../model/finding.js';
import { memoize, type Rule, type RuleContext } from '../model/rule.js';
import type { Line } from '../parse/split-lines.js';
import { countWords } from '../detect/line-shape.js';
import { findHeaderZone } from './find-header-zone.js';

const RULE = 'byline';
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|do|dos|van|von|der|la|le|and|&|e|y|und))*";
/** "By Jane Doe", "by Bryan DeArdo", "Por Maria Silva", "Von Hans Müller" (maybe after a separator). Case-sensitive on purpose: the name must be capitalised. */
const BY = new RegExp(`(?:^|[|•·/–—-]\\s*)((?:[Bb]y:?|BY:?|[Pp]or|[Vv]on|[Pp]ar|[Oo]leh|[Аа]втор:?)\\s+(${NAME}))(?:\\s*(?:[|•·,/–—-]|$))`, 'u');
/** "Jane Doe | Reuters", "Tom Krisher, AP Auto Writer": a name and an agency or role. */
const NAME_ROLE = new RegExp(`^(${NAME})\\s*[|,–—-]\\s*(?:[Rr]euters|REUTERS|[Aa]ssociated [Pp]ress|AP|Ap|AFP|[Bb]loomberg|dpa|EFE|(?:\\p{L}+ ){0,3}(?:[Ww]riter|[Rr]eporter|[Ee]ditor|[Cc]orrespondent|[Cc]olumnist|[Cc]ontributor))$`, 'u');

/**
 * Finds the author line above the article ("By Jane Doe", "Jane Doe | Reuters", "September 10, 2018 | by
 * Catherine") and takes it out of the body into the `byline` field. When the byline shares a line with
 * something else (a date), only the byline part is taken; the `date` rule takes the rest.
 *
 * @param context - The rule context; reads `text` and `lines`.
 * @returns A finding whose `field.value` is the author's name as written (one more per copy of the line).
 * @example
 * ```ts
 * extractByline(context('Headline\n\nBy Jane Doe\n\n' + article)); // field { name: 'byline', value: 'Jane Doe' }
 * ```
 */
export function extractByline(context: RuleContext): Finding[] {
  const { text, lines } = context;
  // Shared with the other header rules while the text is unchanged.
  const zone = memoize(context, 'header-zone', () => findHeaderZone(lines, text));
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
    if (role) return withCopies(zone.lines, line, { start: line.start, end: line.end, rule: RULE, confidence: 0.75, reason: `author line "${t}"`, field: { name: 'byline', value: t } });
    const by = BY.exec(t);
    if (!by) continue;
    const whole = countWords(t) <= countWords(by[1]!) + 1;
    const start = whole ? line.start : line.start + lead + by.index + by[0].indexOf(by[1]!);
    const end = whole ? line.end : start + by[1]!.length;
    const finding: Finding = { start, end, rule: RULE, confidence: 0.85, reason: `author line "${by[1]}"`, field: { name: 'byline', value: by[2]!.trim() } };
    return whole ? withCopies(zone.lines, line, finding) : [finding];
  }
  return [];
}

/**
 * The author's name in an author line, as the `byline` field holds it in every input mode: `"By Jane Doe"`
 * and `"by Jane Doe |"` give `"Jane Doe"`; a line without an author marker ("Jane Doe | Reuters") is
 * returned as it is (trimmed).
 *
 * @param line - An author line.
 * @returns The name, or the line.
 * @example
 * ```ts
 * authorName('By Priya Natarajan'); // 'Priya Natarajan'
 * ```
 */
export function authorName(line: string): string {
  const t = line.trim();
  return matchAuthorLine(t, 1)?.name ?? t;
}

/**
 * A line that is an author line and little else: it opens with the author marker (`By`, `Por`, `Von`, ...)
 * and a capitalised name, and holds at most `extraWords` words more (a trailing agency, a separator).
 *
 * @param t - A trimmed line.
 * @param extraWords - Words allowed beyond the marker and the name. Default: 0.
 * @returns The marker with the name as written (`By Jane Doe`) and the name alone, or `null`.
 * @example
 * ```ts
 * matchAuthorLine('By Jane Doe'); // { marked: 'By Jane Doe', name: 'Jane Doe' }
 * matchAuthorLine('By the way, he said'); // null
 * ```
 */
export function matchAuthorLine(t: string, extraWords = 0): { marked: string; name: string } | null {
  const by = BY.exec(t);
  return by && by.index === 0 && countWords(t) <= countWords(by[1]!) + extraWords ? { marked: by[1]!, name: by[2]!.trim() } : null;
}

/** The finding, and the same for every other copy of its line in the zone (a byline printed twice leaves none behind). */
export function withCopies(zone: readonly Line[], line: Line, finding: Finding): Finding[] {
  const t = line.text.trim();
  const copies = zone.filter((l) => l !== line && l.text.trim() === t);
  return [finding, ...copies.map((l) => ({ ...finding, start: l.start, end: l.end, reason: `another copy of ${finding.reason}` }))];
}

/** The `byline` rule: takes the author line out of the body into `byline`. */
export const bylineRule: Rule = {
  examples: ['Town Council Approves New Bridge\n\nBy Jane Okafor\n\nThe town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed it to trucks last spring. Residents had asked for a new crossing for years, and the vote drew a full room.\n\nConstruction is expected to start in June and take eighteen months, the city engineer said.'],
  id: RULE,
  phase: 'extract',
  description: 'Takes the author line above the article ("By Jane Doe") out of the body into the `byline` field.',
  find: extractByline,
};
