import { LIST_HEADER_SOURCE } from '../data/chrome-phrases.js';
import type { Finding } from '../model/finding.js';
import type { Line } from '../parse/split-lines.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { countWords, endsSentence, titleCaseRatio } from './line-shape.js';

const RULE = 'related-links';
const HEADER = new RegExp(`^(?:${LIST_HEADER_SOURCE})$`, 'iu');
const EDGE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
/** "[Russia] - Headline", "[World] Headline": a section tag before a headline. */
const SECTION_TAG = /^\[[^\]\n]{1,40}\]\s*[-–—:|]?\s*\S/u;
/** "13 hours ago", "2 days ago", "604 COMMENTS", "5 min read": list item metadata. */
const ITEM_META = /^(?:\d+\s*(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|years?)\s+ago|\d+\s+comments?|\d+\s*min(?:ute)?s?\s+read|\d{1,2})$/iu;

/** True when a line is prose a list would not hold: a long sentence. */
function isProse(t: string): boolean {
  return countWords(t) >= 12 && endsSentence(t);
}

/** A headline-shaped line: 3-24 words, mostly Title Case (all of it when it ends with a period) or section-tagged. */
export function isHeadlineShaped(t: string): boolean {
  const words = countWords(t);
  if (words < 3 || words > 24 || /[:;,]$/.test(t)) return false;
  if (SECTION_TAG.test(t)) return true;
  const tokens = t.split(/\s+/);
  if (tokens.filter((x) => /^[\d.,:%+-]+$/.test(x)).length * 3 >= tokens.length) return false; // a table row
  const tc = titleCaseRatio(t);
  return tc !== null && (tc >= 0.9 || (tc >= 0.75 && !/\.$/.test(t)));
}

/**
 * Finds headline and related-link lists: a list header ("Related posts", "More stories", "Most Read",
 * "Trending News") and the list after it (up to the next paragraphs of prose; a single sentence between
 * two list lines is a teaser's summary and belongs to the list); a run of four or more
 * headline-shaped lines (Title Case, no closing period, or "[Section] - Headline"); and headlines that
 * alternate with a recurring short line (a site name, "13 hours ago"). A list inside the article (items
 * in sentence case, or ending with punctuation) is not a headline run and is kept.
 *
 * @param context - The rule context; reads `lines`.
 * @returns One removal per list.
 * @example
 * ```ts
 * detectRelatedLinks(context(article + '\n\nRelated posts\n\nA Headline Here\n\nsitename\n\nAnother Headline\n\nsitename'));
 * // removes from "Related posts" to the end
 * ```
 */
export function detectRelatedLinks({ lines }: RuleContext): Finding[] {
  const items = lines.filter((l) => !l.blank);
  const findings: Finding[] = [];
  const counts = new Map<string, number>();
  for (const l of items) {
    const k = l.text.trim().toLowerCase();
    if (countWords(k) <= 4) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const isSeparator = (t: string): boolean => ITEM_META.test(t) || (countWords(t) <= 4 && (counts.get(t.toLowerCase()) ?? 0) >= 3);
  let i = 0;
  while (i < items.length) {
    const t = items[i]!.text.trim();
    // 1. A list header and its items.
    if (countWords(t) <= 8 && HEADER.test(t.replace(EDGE, ''))) {
      let j = i + 1;
      while (j < items.length && !HEADER.test(items[j]!.text.trim().replace(EDGE, ''))) {
        // A sentence is a teaser's dek when a non-sentence line stands on both sides; two sentences in a row are prose again.
        if (isProse(items[j]!.text.trim()) && (j + 1 >= items.length || isProse(items[j + 1]!.text.trim()) || isProse(items[j - 1]!.text.trim()) || j === i + 1)) break;
        j++;
      }
      if (j - i - 1 >= 2) {
        findings.push(span(items[i]!, items[j - 1]!, 0.85, `list headed "${t}" (${j - i - 1} items)`));
        i = j;
        continue;
      }
    }
    // 2. A run of headline-shaped lines, maybe with recurring separators between them.
    let j = i;
    let headlines = 0;
    let separators = 0;
    let tagged = 0;
    while (j < items.length) {
      const u = items[j]!.text.trim();
      if (isHeadlineShaped(u)) {
        headlines++;
        if (SECTION_TAG.test(u)) tagged++;
      } else if (isSeparator(u) && j > i) separators++;
      else break;
      j++;
    }
    if (headlines >= 4 || (headlines >= 2 && separators >= 2) || tagged >= 2) {
      const why = tagged >= 2 ? '"[Section] - Headline" list' : separators >= 2 ? 'headlines alternating with a recurring line' : 'run of headline-shaped lines';
      findings.push(span(items[i]!, items[j - 1]!, tagged >= 2 || separators >= 2 ? 0.85 : 0.75, `${why} (${headlines} headlines)`));
      i = j;
      continue;
    }
    i = Math.max(i + 1, j);
  }
  return findings;
}

function span(first: Line, last: Line, confidence: number, reason: string): Finding {
  return { start: first.start, end: last.end, rule: RULE, confidence, reason };
}

/** The `related-links` rule: removes related-link and headline lists. */
export const relatedLinksRule: Rule = {
  id: RULE,
  phase: 'remove',
  description: 'Removes related-link and headline lists ("Related posts", runs of headlines, "[Section] - Headline" lists).',
  find: detectRelatedLinks,
};
