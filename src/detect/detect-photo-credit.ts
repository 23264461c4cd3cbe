import { CREDIT_SOURCE, PICTURE_AGENCY_SOURCE } from '../data/chrome-phrases.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { countWords, titleCaseRatio } from './line-shape.js';

const RULE = 'photo-credit';
/** A line that opens with a credit word: "Photo Credit: ...", "Image: ...", "Screenshot / ...". */
const OPENER = new RegExp(`^(?:${CREDIT_SOURCE})`, 'iu');
/** An all-capitals credit, maybe fused after a sentence: "PHOTOS BY SPENCER PLATT/GETTY IMAGES". */
const CAPS_CREDIT = /(?:PHOTO|IMAGE|PICTURE)S? (?:BY|CREDIT:?) [\p{Lu}\p{N} .,'’&-]{2,60}(?:\/[\p{Lu}\p{N} .,'’&-]{2,40})?$/u;
/** "Name Surname/Getty Images" at the end of a line, after a sentence end. */
const SLASH_CREDIT = /(?<=[.!?”"’])\s*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} ?\/ ?([^/\n]{2,40})$/u;
const AGENCY = new RegExp(`^(?:${PICTURE_AGENCY_SOURCE})$`, 'iu');
/** A short line ending with a picture desk: "Michael Conroy, AP", "Jane Doe | Bloomberg | Getty Images", "Getty". */
const AGENCY_END = new RegExp(`(?:^|[\\s/|,(])(?:${PICTURE_AGENCY_SOURCE})\\)?$`, 'iu');

/**
 * True when a whole line is an image credit: it opens with a credit word ("Photo Credit: ...") or is a
 * short line (at most 8 words) ending with a picture desk ("Michael Conroy, AP", "X/Getty Images").
 * A line opening with a credit word counts up to 15 words (longer, it is a sentence about a photo); a line
 * ending with a picture desk counts only when it does not end with `.`, `!` or `?`.
 *
 * @param text - One line (surrounding white space is ignored).
 * @returns Whether the line is a credit.
 * @example
 * ```ts
 * isCreditLine('Photo: Damian Dovarganes, AP'); // true
 * isCreditLine('The photos were taken by AP.'); // false
 * ```
 */
export function isCreditLine(text: string): boolean {
  const t = text.trim();
  const words = countWords(t);
  return (OPENER.test(t) && words <= 15) || (words <= 8 && !/[.!?]$/.test(t) && AGENCY_END.test(t));
}

/**
 * A Title Case fragment glued between a sentence end and the next sentence ("...project.Freedom of Russia
 * LegionIn what..."): a credit fused into running text once the line breaks around it were lost.
 */
const FUSED_FRAGMENT = /(?<=[.!?”"’)])\p{Lu}[^.!?\n]{1,60}?\p{Lu}\p{Ll}{2,}(?=\p{Lu}\p{Ll})/gu;

/** A seam: a lower-case letter glued to a capitalised word ("LegionThe"). */
const SEAM = /\p{Ll}(?=\p{Lu}\p{Ll})/u;

/**
 * Finds image credits: a whole line that is a credit ("Photo Credit: ...", "Image Credit: WeWork",
 * "Photo: Jane Doe, AP"), and a credit fused to a paragraph: at its end after the last sentence
 * (`...own nation.PHOTOS BY SPENCER PLATT/GETTY IMAGES`, `... said. Jane Doe/Reuters`) or at its start
 * up to a seam (`Screenshot / Interview with the LegionThe most...`); and a Title Case fragment glued
 * between two sentences that recurs in the text (`project.Freedom of Russia LegionIn what`, the same
 * credit under each picture). Only the credit is removed; a
 * sentence that mentions photos is not a credit.
 *
 * @param context - The rule context; reads `lines`.
 * @returns One removal per credit.
 * @example
 * ```ts
 * detectPhotoCredit(context('...against their own nation.PHOTOS BY SPENCER PLATT/GETTY IMAGES'));
 * // removes "PHOTOS BY SPENCER PLATT/GETTY IMAGES"
 * ```
 */
export function detectPhotoCredit({ lines }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  // Fused fragments that recur: the same credit under each picture of the page.
  const fragments = new Map<string, Array<{ start: number; end: number }>>();
  for (const line of lines) {
    for (const m of line.text.matchAll(FUSED_FRAGMENT)) {
      const tc = titleCaseRatio(m[0]);
      if (countWords(m[0]) > 8 || tc === null || tc < 0.6) continue;
      const at = line.start + m.index;
      const list = fragments.get(m[0]) ?? [];
      list.push({ start: at, end: at + m[0].length });
      fragments.set(m[0], list);
    }
  }
  for (const [fragment, spans] of fragments) {
    if (spans.length < 2) continue;
    for (const sp of spans) {
      findings.push({ ...sp, rule: RULE, confidence: 0.7, reason: `credit "${fragment}" fused between sentences (${spans.length} times in the text)` });
    }
  }
  for (const line of lines) {
    if (line.blank) continue;
    const t = line.text;
    const lead = t.length - t.trimStart().length;
    const trimmed = t.trim();
    const words = countWords(trimmed);
    if (isCreditLine(trimmed)) {
      findings.push({ start: line.start, end: line.end, rule: RULE, confidence: 0.85, reason: `credit line ("${trimmed.slice(0, 60)}")` });
      continue;
    }
    if (OPENER.test(trimmed)) {
      if (words <= 15) {
        findings.push({ start: line.start, end: line.end, rule: RULE, confidence: 0.85, reason: `credit line ("${trimmed.slice(0, 60)}")` });
        continue;
      }
      const seam = SEAM.exec(trimmed);
      if (seam && countWords(trimmed.slice(0, seam.index + 1)) <= 15) {
        findings.push({ start: line.start + lead, end: line.start + lead + seam.index + 1, rule: RULE, confidence: 0.7, reason: `credit fused to the start of a paragraph ("${trimmed.slice(0, seam.index + 1)}")` });
        continue;
      }
    }
    const slash = SLASH_CREDIT.exec(t);
    const caps = CAPS_CREDIT.exec(t) ?? (slash && AGENCY.test(slash[1]!.trim()) ? slash : null);
    if (caps) {
      const start = line.start + caps.index;
      findings.push({ start, end: line.end, rule: RULE, confidence: 0.85, reason: `credit at the end of the line ("${caps[0].trim()}")` });
    }
  }
  return findings;
}

/** The `photo-credit` rule: removes image credits, standalone or fused to a paragraph. */
export const photoCreditRule: Rule = {
  examples: ['The town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed it to trucks last spring. Residents had asked for a new crossing for years, and the vote drew a full room.\n\nConstruction is expected to start in June and take eighteen months, the city engineer said.\n\nPhoto Credit: John Doe / Daily Ledger\n\nThe crossing stays open to cars and bicycles until then.'],
  id: RULE,
  phase: 'remove',
  description: 'Removes image credits ("Photo Credit: ...", "PHOTOS BY X/GETTY IMAGES"), standalone or fused to a paragraph.',
  find: detectPhotoCredit,
};
