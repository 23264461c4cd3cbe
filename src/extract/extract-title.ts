import { DATE_CLUE_SOURCE, DATE_SOURCE } from '../data/date-patterns.js';
import type { Finding } from '../model/finding.js';
import type { Line } from '../parse/split-lines.js';
import { memoize, type Rule, type RuleContext } from '../model/rule.js';
import { isChromeLine } from '../detect/classify-lines.js';
import { isPrevNextLine } from '../detect/detect-prev-next.js';
import { countWords, isCjk } from '../detect/line-shape.js';
import { findHeaderZone } from './find-header-zone.js';

const RULE = 'title';
/** " | Site", " - Site", " – Site" at the end of a page title. */
const SITE_SUFFIX = /\s+(?:\||[-–—]|::|«|»)\s+([^|\n]{1,60})$/u;
const BYLINE = /^(?:by|por|von|par)\s|@|\bblog\b/iu;
const DATE = new RegExp(DATE_SOURCE, 'iu');
const DATE_CLUE = new RegExp(DATE_CLUE_SOURCE, 'u');
const TOKEN = /[\p{L}\p{N}]+/gu;
const CREDIT = /^(?:photo|image|picture|credit|source|screenshot|foto)s?\b/iu;

/**
 * True for a line shaped like a headline: 3-25 words (6+ characters in CJK) with letters, not ending in
 * `.`, `,`, `;` or `:`, and not page chrome ({@link isChromeLine}), previous/next navigation
 * (as the `prev-next` rule finds it), a byline ("By ..."), a date or an image credit ("Photo: ...").
 *
 * @param t - One line.
 * @returns Whether the line could be the headline.
 * @example
 * ```ts
 * isTitleLike('Nadal keeps Spain alive in Davis Cup'); // true
 * isTitleLike('Nadal kept Spain alive on Friday.'); // false
 * isTitleLike('By Jane Doe'); // false
 * isTitleLike('Previous article Some Title'); // false
 * ```
 */
export function isTitleLike(t: string): boolean {
  const words = countWords(t);
  const long = isCjk(t) ? t.length >= 6 : words >= 3;
  return long && words <= 25 && !'.,;:'.includes(t[t.length - 1] ?? '-') && !isChromeLine(t, words) && !isPrevNextLine(t) && !BYLINE.test(t) && !(DATE_CLUE.test(t) && DATE.test(t)) && !CREDIT.test(t) && /\p{L}/u.test(t);
}

/**
 * Finds the headline and takes it out of the body into the `title` field, with every copy of it above
 * the article (a title printed three times leaves none in the body). The headline is, in order of trust:
 * a heading that repeats most words of the first line (a page's `<title>` "Headline | Site" and its heading
 * "Headline"), else the first line when it is title-like, else the title-like line nearest above the first
 * paragraph (past bylines, datelines and credits). A text with no paragraph of prose has no headline. A " | Site" / " - Site" suffix is left out of the field value only
 * (the whole line is in the ledger). The first paragraph of the body is never taken.
 *
 * @param context - The rule context; reads `text` and `lines`.
 * @returns Findings for every copy, each with `field: { name: 'title', value }`.
 * @example
 * ```ts
 * extractTitle(context('Headline - Site\n\nHeadline\n\n' + article)); // both lines; value 'Headline'
 * ```
 */
export function extractTitle(context: RuleContext): Finding[] {
  const { text, lines } = context;
  // Shared with the other header rules while the text is unchanged.
  const zone = memoize(context, 'header-zone', () => findHeaderZone(lines, text));
  const above = zone.lines;
  // No body, no headline: a title is only told apart from other short lines by the article under it.
  if (above.length === 0 || zone.bodyStart < 0) return [];
  const first = lines.find((l) => !l.blank)!;
  const firstText = first.text.trim();
  const stripped = firstText.replace(SITE_SUFFIX, '');
  const firstAbove = first.index < zone.bodyStart;
  // 1. A heading that repeats most of the first line (a page's <title> "Headline | Site", then "Headline").
  if (firstAbove) {
    const firstTokens = new Set(stripped.toLowerCase().match(TOKEN) ?? []);
    let heading: Line | null = null;
    let best = 0.6;
    for (const l of above) {
      if (l === first) continue;
      const t = l.text.trim();
      const tokens = t.toLowerCase().match(TOKEN) ?? [];
      if (tokens.length < 3 || !isTitleLike(t)) continue;
      const overlap = tokens.filter((x) => firstTokens.has(x)).length / Math.max(tokens.length, firstTokens.size);
      if (overlap > best) {
        best = overlap;
        heading = l;
      }
    }
    if (heading) {
      const h = heading.text.trim();
      return copies([first, ...above.filter((l) => l !== first && l.text.trim() === h)], h, 'the page title repeated as the heading');
    }
    // 2. The first line, when it looks like a title.
    if (isTitleLike(firstText)) {
      return copies([first, ...above.filter((l) => l !== first && l.text.trim() === firstText)], stripSuffix(firstText), 'the first line, headline-shaped');
    }
  }
  // 3. The title-like line nearest above the body.
  {
    for (let k = above.length - 1; k >= Math.max(0, above.length - 6); k--) {
      const t = above[k]!.text.trim();
      if (!isTitleLike(t)) continue;
      const same = above.filter((l) => l.text.trim() === t);
      const value = above[k] === first && same.length === 1 ? stripSuffix(t) : t;
      return copies(same, value, 'the headline-shaped line above the first paragraph');
    }
  }
  return [];
}

/** Leaves out a short site suffix (" | Site", " - Site Name") from a page title. */
function stripSuffix(t: string): string {
  const m = SITE_SUFFIX.exec(t);
  if (!m) return t;
  const suffix = m[1]!;
  const sep = m[0].trim()[0];
  const short = countWords(suffix) <= (sep === '|' ? 5 : 3);
  return short && countWords(t.slice(0, m.index)) >= 3 ? t.slice(0, m.index) : t;
}

function copies(lines: readonly Line[], value: string, why: string): Finding[] {
  return lines.map((l, i) => ({
    start: l.start, end: l.end, rule: RULE, confidence: 0.8,
    reason: i === 0 ? `headline: ${why}` : 'another copy of the headline',
    field: { name: 'title' as const, value },
  }));
}

/** The `title` rule: takes the headline (and its copies) out of the body into `title`. */
export const titleRule: Rule = {
  examples: ['Town Council Approves New Bridge\n\nTown Council Approves New Bridge\n\nThe town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed it to trucks last spring. Residents had asked for a new crossing for years, and the vote drew a full room.\n\nConstruction is expected to start in June and take eighteen months, the city engineer said.'],
  id: RULE,
  phase: 'extract',
  description: 'Takes the headline and its copies out of the body into the `title` field.',
  find: extractTitle,
};
