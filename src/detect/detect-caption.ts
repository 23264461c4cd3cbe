import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import type { Line } from '../parse/split-lines.js';
import { factsOfLine } from './line-facts.js';
import { CREDIT_OPENER, fusedCredits, isCreditLine } from './detect-photo-credit.js';
import { FINITE_VERB_WORDS } from '../data/caption-verbs.js';

const RULE = 'caption';
/** A caption ends with its credit: "(Manu Fernandez/AP)", "Credit... Doug Mills/The New York Times", "PHOTOS BY X/GETTY IMAGES". */
const ENDS_WITH_CREDIT = /(?:\((?:[Pp]hoto:? |[Cc]redit:? )?[^()\n]{2,50}\/[^()\n]{1,40}\)|\b(?:Credit|CREDIT)(?:\.{3}|…|:) ?[^.\n]{2,60}|(?:PHOTO|IMAGE|PICTURE)S? BY [\p{Lu}\p{N} .,'’&/-]{2,80}|\((?:[Pp]hoto|[Ii]mage|[Ff]oto)s?:? [^()\n]{2,50}\))$/u;
/** Caption openers: "Above: ...", "Pictured: ...", "In the photo, ...". */
const OPENER = /^(?:above|below|top|pictured|left|right|inset|main image|in the (?:photo|picture|image))\s*[:,-]/iu;
/** Gallery counters: "Image 1 of 23", "1 / 23". */
const COUNTER = /^(?:(?:image|photo|picture|slide|foto)\s+)?\d+\s*(?:of|\/|de|из|von)\s*\d+$/iu;

/**
 * Finds image captions: a line that ends with a photo credit (the caption and its credit, fused or not),
 * a line that opens like a caption ("Above: ..."), a line right above a credit line (or a short one right
 * below it), and
 * gallery counters ("Image 1 of 23"); inside a paragraph, a verbless sentence right before a credit fused
 * into the text ("...reality.Rally in support of the Legion in Toronto, Canada.Freedom of Russia Legion...",
 * see `findFusedCredits` in the photo-credit rule). An article sentence about photos is kept: it neither ends with a
 * credit nor sits next to one.
 *
 * @param context - The rule context; reads `text` and `lines`.
 * @returns One removal per caption (line or fused sentence).
 * @example
 * ```ts
 * detectCaption(context('Photo Credit: Jane Doe\nVolunteers at the border, June 23, 2022.\n\n' + article));
 * // removes the caption line (the credit line is photo-credit's)
 * ```
 */
export function detectCaption(context: RuleContext): Finding[] {
  const { text, lines } = context;
  const findings: Finding[] = [];
  const nonBlank = lines.filter((l) => !l.blank);
  nonBlank.forEach((line, k) => {
    const verdict = captionAt(nonBlank, k);
    if (verdict) findings.push({ start: line.start, end: line.end, rule: RULE, confidence: verdict.confidence, reason: verdict.reason });
  });
  // A caption fused into running text: the verbless sentence right before a recurring fused credit.
  // Shared with photo-credit, which runs next, while the text is unchanged.
  for (const spans of fusedCredits(context).values()) {
    for (const sp of spans) {
      const caption = verblessSentenceBefore(text, sp.start);
      if (caption) findings.push({ ...caption, rule: RULE, confidence: 0.6, reason: 'caption: a sentence with no verb right before a credit fused into the text' });
    }
  }
  return findings;
}

/** A sentence end, then the start of the next sentence (fused to it when the space was lost). */
const SENTENCE_START = /[.!?]["”’)]? *(?=\p{Lu}\p{Ll})/gu;
const WORD = /\p{L}+/gu;

/**
 * The sentence that ends right before `at` (on the same line), when it has 3-20 words and no verb: no
 * auxiliary, reporting verb, subject pronoun or past-tense "-ed" word.
 */
function verblessSentenceBefore(text: string, at: number): { start: number; end: number } | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at).trimEnd();
  if (!/[.!?]["”’)]?$/u.test(before)) return null;
  const body = before.slice(0, -1);
  let start = 0;
  for (const m of body.matchAll(SENTENCE_START)) start = m.index + m[0].length;
  if (start === 0) return null; // the paragraph's only sentence: a caption line is the line rules' business
  const sentence = before.slice(start);
  const words = sentence.match(WORD) ?? [];
  if (words.length < 3 || words.length > 20 || !/^\p{Lu}/u.test(sentence)) return null;
  if (words.some((w) => FINITE_VERB_WORDS.has(w.toLowerCase()) || /^\p{Ll}{2,}ed$/u.test(w))) return null;
  // The space after it goes too: the sentence before and the credit after meet as two sentences do.
  const end = lineStart + before.length;
  return { start: lineStart + start, end: text[end] === ' ' ? end + 1 : end };
}

/**
 * Whether the `k`-th of a text's non-blank lines is an image caption, and why (see {@link detectCaption}).
 *
 * @param nonBlank - The non-blank lines of a text, in order.
 * @param k - Which of them.
 * @returns The reason and confidence, or `null` when the line is no caption.
 * @example
 * ```ts
 * captionAt(splitLines('Above: A bridge.\nText.'), 0)?.reason; // 'caption opening with a position word'
 * ```
 */
export function captionAt(nonBlank: readonly Line[], k: number): { reason: string; confidence: number } | null {
  const line = nonBlank[k]!;
  const { trimmed: t, words } = factsOfLine(line.text);
  let reason: string | null = null;
  let confidence = 0.75;
  if (COUNTER.test(t)) reason = 'gallery counter';
  else if (words <= 80 && ENDS_WITH_CREDIT.test(t) && !CREDIT_OPENER.test(t)) reason = 'caption ending with its photo credit';
  else if (words <= 50 && OPENER.test(t)) reason = 'caption opening with a position word';
  else if (words <= 40) {
    const prev = nonBlank[k - 1];
    const next = nonBlank[k + 1];
    // The caption sits right above its credit, or (short) right below it. Lines are tested for credits only
    // when a neighbour touches the line (in most texts a blank line stands between paragraphs).
    const beside = (other: typeof prev): boolean => !!other && Math.abs(other.index - line.index) === 1;
    const nextBeside = beside(next);
    const prevBeside = words <= 25 && beside(prev);
    if ((nextBeside || prevBeside) && !isCreditLine(line.text) && ((nextBeside && isCreditLine(next!.text)) || (prevBeside && isCreditLine(prev!.text)))) {
      reason = 'short line beside a photo credit';
      confidence = 0.7;
    }
  }
  return reason ? { reason, confidence } : null;
}

/** The `caption` rule: removes image captions. */
export const captionRule: Rule = {
  examples: ['The town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed it to trucks last spring. Residents had asked for a new crossing for years, and the vote drew a full room.\n\nConstruction is expected to start in June and take eighteen months, the city engineer said.\n\nThe Mill Street bridge, closed to trucks since last spring, on Tuesday. PHOTO BY JOHN DOE/DAILY LEDGER\n\nThe crossing stays open to cars and bicycles until then.'],
  id: RULE,
  phase: 'remove',
  description: 'Removes image captions: lines ending with a credit, "Above: ..." lines, lines beside a credit, gallery counters.',
  find: detectCaption,
};
