import { InvalidOptionError } from '../errors.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import type { Segmentation } from './segmentation.js';
import { selectMainContent, type MainContentSettings } from './select-main-content.js';
import { authorName } from '../extract/extract-byline.js';

/** The id of the rule {@link mainContentRule} makes. */
export const MAIN_CONTENT_RULE = 'main-content';
const RULE = MAIN_CONTENT_RULE;

/**
 * Builds the `main-content` rule for one parsed page: it removes from the page's rendered text (the
 * segmentation's `source`) every block that is not the article, each as its own finding with the reason
 * (`link density 0.80 in aside.related`, `comment block in section.comments`...), and takes the headline,
 * byline and date blocks out into fields. It must run first, on the rendered source: on any other text it
 * finds nothing. Settings: `rules: { 'main-content': { captions: true } }` keeps captions; `false` keeps
 * the whole page (text mode on the page's visible text).
 *
 * @param seg - The page's segmentation ({@link parsePage}).
 * @param titleHint - The title the page's metadata states, to recognise the headline block. Default: none.
 * @returns A {@link Rule} bound to that page.
 * @example
 * ```ts
 * const seg = parsePage(html);
 * runRules(seg.source, [mainContentRule(seg), ...defaultRules], {}).text;
 * ```
 */
export function mainContentRule(seg: Segmentation, titleHint: string | null = null): Rule {
  return {
    id: RULE,
    phase: 'extract',
    description: 'Keeps the article of an HTML page and removes every other block, with the reason for each.',
    find: (ctx: RuleContext) => findMainContent(seg, ctx, titleHint),
  };
}

function findMainContent(seg: Segmentation, { text, options }: RuleContext, titleHint: string | null): Finding[] {
  if (text !== seg.source) return [];
  const settings = readSettings(options.rules?.[RULE]);
  const { decisions } = selectMainContent(seg, settings, titleHint);
  const { blocks } = seg;
  const findings: Finding[] = [];
  // A dropped block takes the blank line after it; in the trailing run of dropped blocks, the one before it.
  let lastKept = -1;
  for (let i = 0; i < decisions.length; i++) if (decisions[i]!.keep) lastKept = i;
  for (let i = 0; i < blocks.length; i++) {
    const d = decisions[i]!;
    const b = blocks[i]!;
    if (d.keep) {
      if (d.headlineLine) {
        const value = b.text.slice(0, d.headlineLine);
        findings.push({ start: b.start, end: b.start + d.headlineLine + 1, rule: RULE, reason: 'the headline (first line of the article)', confidence: 0.9, field: { name: 'title', value } });
      }
      continue;
    }
    const start = i > lastKept && i > 0 ? blocks[i - 1]!.end : b.start;
    const end = i > lastKept || i === blocks.length - 1 ? b.end : blocks[i + 1]!.start;
    const f: Finding = { start, end, rule: RULE, reason: d.reason, confidence: d.confidence };
    if (!d.field) {
      findings.push(f);
      continue;
    }
    // A byline block holds the name as text mode's `byline` does ("By Jane Doe" -> "Jane Doe").
    const value = b.text.replace(/\n/g, ' ');
    findings.push({ ...f, field: { name: d.field, value: d.field === 'byline' ? authorName(value) : value } });
  }
  return findings;
}

function readSettings(raw: unknown): MainContentSettings {
  if (raw === undefined || raw === false) return {};
  const r = raw as Record<string, unknown>;
  if (r.captions !== undefined && typeof r.captions !== 'boolean') {
    throw new InvalidOptionError(`rules.${RULE}.captions`, 'must be a boolean');
  }
  return r.captions === undefined ? {} : { captions: r.captions };
}
