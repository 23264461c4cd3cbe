import type { Rule } from '../model/rule.js';
import { layoutRule } from '../emit/normalize-layout.js';
import { boilerplateRule } from '../detect/detect-boilerplate.js';
import { captionRule } from '../detect/detect-caption.js';
import { commentSectionRule } from '../detect/detect-comment-section.js';
import { photoCreditRule } from '../detect/detect-photo-credit.js';
import { prevNextRule } from '../detect/detect-prev-next.js';
import { relatedLinksRule } from '../detect/detect-related-links.js';
import { repeatedLineRule } from '../detect/detect-repeated-line.js';
import { siteChromeRule } from '../detect/detect-site-chrome.js';
import { bylineRule } from '../extract/extract-byline.js';
import { dateRule } from '../extract/extract-date.js';
import { signOffRule } from '../extract/extract-sign-off.js';
import { titleRule } from '../extract/extract-title.js';
import { repairRules } from '../repair/repair-rules.js';
import { variantsRule } from '../variants/normalize-variants.js';

/**
 * The rules `clean` runs, in order. Copy, reorder or trim it and pass it as `pipeline`; turn one rule
 * off with `rules: { '<id>': false }`, or every `tidy`/`repair` rule at once with `repair: false`.
 *
 * | id | phase | what it does |
 * | --- | --- | --- |
 * | `unicode-tidy` | tidy | mojibake (`â€™` -> `’`), invisible/control characters, odd spaces, NFC, space runs |
 * | `sentence-seam` | repair | a space lost after a sentence end: `fight.And` -> `fight. And` |
 * | `case-seam` | repair | words fused at a case change: `LegionIn` -> `Legion In` |
 * | `word-join` | repair | words run together: `formedin` -> `formed in` |
 * | `apostrophe` | repair | stripped apostrophes: `dont` -> `don't`, `Kyivs` -> `Kyiv's` |
 * | `title` | extract | the headline (and its copies) into `title`; a site suffix left out of the value |
 * | `byline` | extract | the author line above the article ("By Jane Doe") into `byline` |
 * | `date` | extract | the dateline ("Feb 12, 2023") into `date` |
 * | `comment-section` | remove | a comment section from its header to the end; comment spam |
 * | `prev-next` | remove | "Previous article ... / Next article ..." lines |
 * | `related-links` | remove | "Related posts" lists, runs of headlines, "[Section] - Headline" lists |
 * | `caption` | remove | image captions (ending with a credit, "Above: ...", beside a credit) |
 * | `photo-credit` | remove | image credits, standalone or fused to a paragraph |
 * | `site-chrome` | remove | menus, subscribe/advertise/follow lines, blog names, author blurbs, copyright |
 * | `repeated-line` | remove | later copies of a repeated line |
 * | `sign-off` | extract | an author line closing the article into `byline`; runs after the line noise rules, so it is found above a menu or credit |
 * | `boilerplate` | remove | everything outside the main run of prose (jusText / BTE style) |
 * | `variants` | normalize | spelling variants of names to their canonical form; only with the `variants` option |
 * | `layout` | layout | one blank line between paragraphs; trims line and text ends |
 *
 * For HTML input, {@link cleanHtml} runs `main-content` (phase `extract`, built per page by
 * {@link mainContentRule}) before this list: it keeps the article's blocks and drops the rest with a reason each.
 *
 * @example
 * ```ts
 * const pipeline = defaultRules.filter((r) => r.id !== 'layout');
 * clean(text, { pipeline });
 * ```
 */
export const defaultRules: readonly Rule[] = Object.freeze([
  ...repairRules,
  titleRule,
  bylineRule,
  dateRule,
  commentSectionRule,
  prevNextRule,
  relatedLinksRule,
  captionRule,
  photoCreditRule,
  siteChromeRule,
  repeatedLineRule,
  signOffRule,
  boilerplateRule,
  variantsRule,
  layoutRule,
]);
