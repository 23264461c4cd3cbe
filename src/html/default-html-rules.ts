import type { Rule } from '../model/rule.js';
import { defaultRules } from '../pipeline/default-rules.js';

/**
 * Text-mode rules that HTML input does not need, because the page's structure answers the same question
 * better: `boilerplate` (finds the main run of prose from text shape alone; `main-content` chooses it from
 * the DOM) and `title`, `byline`, `sign-off`, `date` (read from the headline, byline and date blocks and the page's
 * metadata). Measured on the 96 benchmark pages, running them after `main-content` lowered body recall
 * from 0.985 to 0.958 and cost a third of the time.
 *
 * @example
 * ```ts
 * [...HTML_SUPERSEDED_RULES]; // ['boilerplate', 'title', 'byline', 'sign-off', 'date']
 * // The text-mode pipeline minus what HTML input supersedes (how defaultHtmlRules is built):
 * defaultRules.filter((r) => !HTML_SUPERSEDED_RULES.has(r.id));
 * ```
 */
export const HTML_SUPERSEDED_RULES: ReadonlySet<string> = new Set(['boilerplate', 'title', 'byline', 'sign-off', 'date']);

/**
 * The rules {@link cleanHtml} runs after `main-content` when no `pipeline` is given: {@link defaultRules}
 * without {@link HTML_SUPERSEDED_RULES} (repairs, comment sections, prev/next, related links, captions,
 * credits, site chrome, repeated lines, variants and layout stay).
 *
 * @example
 * ```ts
 * defaultHtmlRules.map((r) => r.id); // ['unicode-tidy', 'sentence-seam', ..., 'layout']
 * cleanHtml(page, { pipeline: defaultHtmlRules.filter((r) => r.id !== 'caption') });
 * ```
 */
export const defaultHtmlRules: readonly Rule[] = Object.freeze(defaultRules.filter((r) => !HTML_SUPERSEDED_RULES.has(r.id)));
