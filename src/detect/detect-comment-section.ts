import { COMMENT_HEADER_SOURCE } from '../data/chrome-phrases.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { endsSentence } from './line-shape.js';
import { factsOfLine } from './line-facts.js';
import { stripEdges } from '../model/char-scan.js';

const RULE = 'comment-section';
const HEADER = new RegExp(`^(?:${COMMENT_HEADER_SOURCE})$`, 'iu');
/** How an author line ends: its verb, maybe `...`, `…` or `:` (ASCII and `…`: the same with or without `/u`). */
const SAID = '(?:said|says|wrote|dijo|disse|schrieb|a dit)(?:\\.\\.\\.|…|:)?$';
/** "Rebekah Roperto said...", "Jane on March 3, 2019 said:", "Jane says:" — a comment's author line. */
const AUTHOR_SAID = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(?: [\\p{L}\\d'’.,-]+){0,7} ${SAID}`, 'u');
/**
 * How every match of {@link AUTHOR_SAID} ends, within the line's last 10 code units (`schrieb...`, the longest).
 * Tested on those alone first: the author regex, anchored at the start, tries up to eight words of a line before
 * its verb fails, and most lines end otherwise.
 */
const SAID_END = new RegExp(SAID);
/** Promotional text with a link: a URL next to a call to act ("click https://... for more details"). */
const SPAM = /\b(?:click|visit|go to|check out|contact us|call us|whatsapp|for (?:more )?(?:details|information|info))\b[^\n]{0,200}https?:\/\/|https?:\/\/\S+[^\n]{0,80}\bfor (?:more )?(?:details|information|info)\b/iu;
/** Words of article prose that must precede a comment section (so a "Comments" menu item at the top does not count). */
const MIN_PROSE_BEFORE = 40;

/**
 * Finds a comment section and comment spam. A comment section opens with a short header line
 * ("Post a Comment", "Leave a Reply", "Enter comments here:", "12 Comments", "Join the conversation") or a
 * comment's author line ("Rebekah Roperto said..."), after at least 40 words of prose; everything from
 * there to the end of the text belongs to it. A sentence that mentions comments is not a header: the
 * header must be the whole line. Outside a comment section, a line of promotional text with a link
 * ("... click https://... for more details") is removed as spam.
 *
 * @param context - The rule context; reads `text` and `lines`.
 * @returns A removal from the header to the end, and one per spam line before it.
 * @example
 * ```ts
 * detectCommentSection(context(article + '\n\nPost a Comment')); // removes "Post a Comment"
 * ```
 */
export function detectCommentSection({ text, lines }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  let prose = 0;
  for (const line of lines) {
    if (line.blank) continue;
    const { trimmed: t, words } = factsOfLine(line.text);
    if (prose >= MIN_PROSE_BEFORE && words <= 8) {
      const bare = stripEdges(t);
      if (HEADER.test(bare)) {
        findings.push({ start: line.start, end: text.length, rule: RULE, confidence: 0.9, reason: `comment section opens with "${t}"; everything after it belongs to it` });
        return findings;
      }
      if (SAID_END.test(t.slice(-10)) && AUTHOR_SAID.test(t)) {
        findings.push({ start: line.start, end: text.length, rule: RULE, confidence: 0.85, reason: `comment section opens with the author line "${t}"` });
        return findings;
      }
    }
    // Every match of SPAM holds a link's `://` (no character folds to `:` or `/`): a line without one is not
    // searched, and `includes` finds it faster than a case-blind search for "http".
    if (t.includes('://') && SPAM.test(t)) {
      findings.push({ start: line.start, end: line.end, rule: RULE, confidence: 0.8, reason: 'promotional text with a link (comment spam)' });
      continue;
    }
    if (words >= 12 && endsSentence(t)) prose += words;
  }
  return findings;
}

/** The `comment-section` rule: removes comment sections (from their header to the end) and comment spam. */
export const commentSectionRule: Rule = {
  examples: ['The town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed it to trucks last spring. Residents had asked for a new crossing for years, and the vote drew a full room.\n\nConstruction is expected to start in June and take eighteen months, the city engineer said.\n\nLeave a Reply\n\nSam said...\nGreat post! Visit my site for cheap watches https://example.com for more details'],
  id: RULE,
  phase: 'remove',
  description: 'Removes a comment section from its header ("Post a Comment", "Name said...") to the end, and comment spam.',
  find: detectCommentSection,
};
