import { ITEM_META_SOURCE, LIST_HEADER_SOURCE } from '../data/chrome-phrases.js';
import { MONTH_SOURCE } from '../data/date-patterns.js';
import type { Finding } from '../model/finding.js';
import type { Line } from '../parse/split-lines.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { countNumberTokens, countWords, endsSentence } from './line-shape.js';
import { titleCaseRatio } from './line-case.js';
import { lowerKeepsWordRuns, stripEdges } from '../model/char-scan.js';
import { factsOfLine, lowerKey, titleCaseOf, type LineFacts } from './line-facts.js';

const RULE = 'related-links';
const HEADER = new RegExp(`^(?:${LIST_HEADER_SOURCE})$`, 'iu');
/** "[Russia] - Headline", "[World] Headline": a section tag before a headline. */
const SECTION_TAG = /^\[[^\]\d\n]{0,20}\p{L}[^\]\n]{0,20}\]\s*[-–—:|]?\s*\S/u;
/**
 * A line opening with a date ("June 9 – West Palm Beach"): schedules are lists inside articles, not headlines.
 * One `^` before the alternatives, not one in each (`^a|^b`): the same matches, and V8 tries the grouped form at
 * the line's start only, where its cost for `^a|^b` grew with the line's length (BENCHMARKS.md, stop 17).
 */
const DATED = new RegExp(`^(?:(?:${MONTH_SOURCE}) \\d{1,2}\\b|\\d{1,2} (?:${MONTH_SOURCE})\\b)`, 'iu');
/** List-item metadata ("13 hours ago", "604 COMMENTS") or a bare item number (in one group, as `DATED`). */
const ITEM_META = new RegExp(`(?:${ITEM_META_SOURCE}|^\\d{1,2}$)`, 'iu');

/** True when a line is prose a list would not hold: a long sentence. */
function isProse(f: LineFacts): boolean {
  return f.words >= 12 && endsSentence(f.trimmed);
}

/**
 * True for a headline-shaped line: 3-24 words, mostly Title Case (at least 75% of the capitalisable words by
 * {@link titleCaseRatio}, 90% when it ends with a period) or section-tagged ("[World] - Headline"); not a line
 * ending in `:`, `;` or `,`, a table row, a dated schedule line or a comma-separated entry ("Ceres Robotics,
 * Palo Alto, California").
 *
 * @param t - One line.
 * @returns Whether the line reads like a linked headline in a list.
 * @example
 * ```ts
 * isHeadlineShaped('Nadal Keeps Spain Alive in Davis Cup'); // true
 * isHeadlineShaped('[World] - Floods close schools in Jakarta'); // true
 * isHeadlineShaped('Nadal kept Spain alive on Friday.'); // false
 * ```
 */
export function isHeadlineShaped(t: string): boolean {
  return headlineShaped(t, countWords(t), () => titleCaseRatio(t));
}

/** {@link isHeadlineShaped} of a line whose word count is known (and whose Title Case ratio may be). */
function headlineShaped(t: string, words: number, titleCase: () => number | null): boolean {
  if (words < 3 || words > 24 || endsWithAny(t, ':;,') || hasTwoCommas(t) || DATED.test(t)) return false;
  if (SECTION_TAG.test(t)) return true;
  // The Title Case test first: most lines fail it (their ratio is mostly known already, kept in their facts),
  // and are then not scanned for numbers.
  const tc = titleCase();
  if (tc === null || !(tc >= 0.9 || (tc >= 0.75 && !t.endsWith('.')))) return false;
  const { tokens, numbers } = countNumberTokens(t);
  return numbers * 3 < tokens; // not a table row
}

/** Whether the last code unit of `t` is one of `chars` (what `/[...]$/` tests, without scanning the line). */
function endsWithAny(t: string, chars: string): boolean {
  return t.length > 0 && chars.includes(t[t.length - 1]!);
}

/** Whether `t` holds two commas or more. */
function hasTwoCommas(t: string): boolean {
  const first = t.indexOf(',');
  return first >= 0 && t.indexOf(',', first + 1) >= 0;
}

/**
 * Finds headline and related-link lists: a list header ("Related posts", "More stories", "Most Read",
 * "Trending News") and the list after it (up to the next paragraphs of prose; a single sentence between
 * two list lines is a teaser's summary and belongs to the list); a run of four or more
 * headline-shaped lines (Title Case, no closing period, or "[Section] - Headline"); and headlines that
 * alternate with a recurring short line (a site name, "13 hours ago"). A list inside the article (items
 * in sentence case, ending with punctuation, dated, or introduced by a line ending with a colon) is kept.
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
  // Each item's trimmed text, word count and lower-cased key, read from its facts record (one lookup per line).
  // Pushed, not `items.map(...)`: V8's `map` gives a packed array where it runs as a builtin and a holey one
  // (`new Array(n)` filled) where TurboFan inlines it, and code optimised on one kind is deoptimised
  // ("wrong map") by the other; a pushed array is packed both ways.
  const facts: LineFacts[] = [];
  for (const l of items) facts.push(factsOfLine(l.text));
  const findings: Finding[] = [];
  const counts = new Map<string, number>();
  for (const f of facts) {
    // Lower-casing never joins or drops words (only `İ` changes a line's word runs: it gives `i` and a combining
    // dot, so it can split a word), so a line of more than 4 words keeps more than 4 once lower-cased: no label,
    // and no scan of it. A shorter one counts when its lower-cased key still has at most 4 words.
    if (f.words > 4) continue;
    const k = lowerKey(f);
    if (lowerKeepsWordRuns(f.trimmed) || countWords(k) <= 4) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  // Each line's shape is asked for up to three times (header scan, run start, run item).
  const shaped: Array<boolean | undefined> = [];
  const headlineAt = (j: number): boolean => (shaped[j] ??= headlineShaped(facts[j]!.trimmed, facts[j]!.words, () => titleCaseOf(facts[j]!)));
  const isSeparator = (f: LineFacts): boolean => ITEM_META.test(f.trimmed) || (f.words <= 4 && (counts.get(lowerKey(f)) ?? 0) >= 3);
  let i = 0;
  while (i < items.length) {
    const t = facts[i]!.trimmed;
    // 1. A list header and its items.
    if (facts[i]!.words <= 8 && HEADER.test(stripEdges(t))) {
      let j = i + 1;
      while (j < items.length && !HEADER.test(stripEdges(facts[j]!.trimmed))) {
        const u = facts[j]!;
        // A sentence belongs to the list only as a teaser's summary: right after a headline, before another list line.
        if (isProse(u)) {
          const after = facts[j + 1];
          const teaser = j > i + 1 && headlineAt(j - 1) && u.words < 40 && after !== undefined && !isProse(after);
          if (!teaser) break;
        }
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
      const u = facts[j]!;
      if (headlineAt(j)) {
        headlines++;
        if (SECTION_TAG.test(u.trimmed)) tagged++;
      } else if (j > i && isSeparator(u)) separators++;
      else break;
      j++;
    }
    // A run introduced by a line ending with a colon is a list of the article ("Here are the teams:"). Asked last:
    // most runs are too short to be a list.
    if ((headlines >= 4 || (headlines >= 2 && separators >= 2) || tagged >= 2) && !(i > 0 && facts[i - 1]!.trimmed.endsWith(':'))) {
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
  examples: ['The town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed it to trucks last spring. Residents had asked for a new crossing for years, and the vote drew a full room.\n\nConstruction is expected to start in June and take eighteen months, the city engineer said.\n\nRelated Posts\n\nCouncil Delays Vote on Library Hours\n\nSchool Board Names New Superintendent\n\nFarmers Market Returns to the Square'],
  id: RULE,
  phase: 'remove',
  description: 'Removes related-link and headline lists ("Related posts", runs of headlines, "[Section] - Headline" lists).',
  find: detectRelatedLinks,
};
