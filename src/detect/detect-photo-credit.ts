import { CREDIT_SOURCE, PICTURE_AGENCY_SOURCE } from '../data/chrome-phrases.js';
import type { Finding } from '../model/finding.js';
import { memoize, type Rule, type RuleContext } from '../model/rule.js';
import type { Line } from '../parse/split-lines.js';
import { STOP_SETS } from '../data/stopwords.js';
import { countWords } from './line-shape.js';
import { titleCaseRatio } from './line-case.js';
import { factsOfLine, type LineFacts } from './line-facts.js';

const RULE = 'photo-credit';
/** A line that opens with a credit word: "Photo Credit: ...", "Image: ...", "Screenshot / ..." (caption's test of credit lines too). */
export const CREDIT_OPENER = new RegExp(`^(?:${CREDIT_SOURCE})`, 'iu');
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
  // Kept in the line's facts record: a line is asked about by caption, photo-credit and the header zone.
  return isCreditFact(factsOfLine(text));
}

/** {@link isCreditLine} of a line whose facts record the caller holds (no second lookup). */
function isCreditFact(f: LineFacts): boolean {
  return (f.credit ??= testCredit(f.trimmed, f.words));
}

function testCredit(t: string, words: number): boolean {
  return (words <= 15 && CREDIT_OPENER.test(t)) || (words <= 8 && !/[.!?]$/.test(t) && AGENCY_END.test(t));
}

/**
 * Whether {@link SLASH_CREDIT} may match: its `/` is the line's last, followed by an optional space and 2 to 40
 * code points (at most 81 code units) to the end. A cheap test that spares long lines the regex scan.
 */
function mayEndWithSlashCredit(t: string): boolean {
  // First whether the last 82 code units hold a `/` at all (`lastIndexOf` alone reads a line with none to its
  // start; a last `/` before them leaves more than 81 code units after it); if so, the last one is among them.
  if (t.indexOf('/', t.length - 82) < 0) return false;
  return t.length - t.lastIndexOf('/') - 1 >= 2;
}

/**
 * A function word of any stop list, capitalised ("The", "In", "Der"): one that follows a word with no
 * sentence end before it starts a new sentence whose seam was lost (and split again by the repairs).
 * "I" is left out: it is capitalised anywhere.
 */
const CAPITAL_STOPWORD = `(?:${[...new Set([...STOP_SETS.values()].flatMap((set) => [...set]))]
  .filter((w) => w.length > 1 && /^\p{L}+$/u.test(w))
  .map((w) => w[0]!.toUpperCase() + w.slice(1))
  .join('|')})`;

/**
 * A Title Case fragment glued between a sentence end and the next sentence ("...project.Freedom of Russia
 * LegionIn what..."): a credit fused into running text once the line breaks around it were lost. The
 * repairs split such seams ("project. Freedom of Russia Legion In what"), so a space may stand at either
 * end; then the next sentence must open with a capitalised function word, the evidence of a lost seam.
 */
const FUSED_FRAGMENT = new RegExp(`(?<=[.!?”"’)] ?)\\p{Lu}[^.!?\\n]{1,60}?\\p{Lu}\\p{Ll}{2,}(?=\\p{Lu}\\p{Ll}| ${CAPITAL_STOPWORD} \\p{Ll})`, 'uy');
/**
 * Where a {@link FUSED_FRAGMENT} can start: sentence punctuation, an optional space, then a capital. Scanning for
 * these and trying the (sticky) fragment pattern only there finds the same matches as a global scan, which
 * would test the look-behind at every position of the line.
 */
const FUSED_START = /[.!?”"’)] ?(?=\p{Lu})/gu;

/**
 * A seam: a lower-case letter glued to a capitalised word ("LegionThe"), or, once the repairs have split
 * it, followed by a capitalised function word that opens a clause ("Legion The most").
 */
const SEAM = new RegExp(`\\p{Ll}(?=\\p{Lu}\\p{Ll}| ${CAPITAL_STOPWORD} \\p{Ll})`, 'u');

/**
 * Finds image credits: a whole line that is a credit ("Photo Credit: ...", "Image Credit: WeWork",
 * "Photo: Jane Doe, AP"), and a credit fused to a paragraph: at its end after the last sentence
 * (`...own nation.PHOTOS BY SPENCER PLATT/GETTY IMAGES`, `... said. Jane Doe/Reuters`) or at its start
 * up to a seam (`Screenshot / Interview with the LegionThe most...`); and a Title Case fragment glued
 * between two sentences that recurs in the text (`project.Freedom of Russia LegionIn what`, the same
 * credit under each picture). Only the credit is removed; a
 * sentence that mentions photos is not a credit.
 *
 * @param context - The rule context; reads `text` and `lines`.
 * @returns One removal per credit.
 * @example
 * ```ts
 * detectPhotoCredit(context('...against their own nation.PHOTOS BY SPENCER PLATT/GETTY IMAGES'));
 * // removes "PHOTOS BY SPENCER PLATT/GETTY IMAGES"
 * ```
 */
export function detectPhotoCredit(context: RuleContext): Finding[] {
  const { text, lines } = context;
  const findings: Finding[] = [];
  // Found by caption already, when it left the text unchanged.
  const fragments = fusedCredits(context);
  for (const [fragment, spans] of fragments) {
    for (const sp of spans) {
      // Between two spaces (the repairs split both seams), one space goes with the credit.
      const end = text[sp.start - 1] === ' ' && text[sp.end] === ' ' ? sp.end + 1 : sp.end;
      findings.push({ start: sp.start, end, rule: RULE, confidence: 0.7, reason: `credit "${fragment}" fused between sentences (${spans.length} times in the text)` });
    }
  }
  for (const line of lines) {
    if (line.blank) continue;
    const t = line.text;
    const f = factsOfLine(t);
    const { trimmed, words } = f;
    if (isCreditFact(f)) {
      findings.push({ start: line.start, end: line.end, rule: RULE, confidence: 0.85, reason: `credit line ("${trimmed.slice(0, 60)}")` });
      continue;
    }
    // Not a credit line: a line of at most 15 words does not open with a credit word (`testCredit` found none).
    if (words > 15 && CREDIT_OPENER.test(trimmed)) {
      const seam = SEAM.exec(trimmed);
      if (seam && countWords(trimmed.slice(0, seam.index + 1)) <= 15) {
        const lead = t.length - t.trimStart().length;
        findings.push({ start: line.start + lead, end: line.start + lead + seam.index + 1, rule: RULE, confidence: 0.7, reason: `credit fused to the start of a paragraph ("${trimmed.slice(0, seam.index + 1)}")` });
        continue;
      }
    }
    const slash = mayEndWithSlashCredit(t) ? SLASH_CREDIT.exec(t) : null;
    const caps = CAPS_CREDIT.exec(t) ?? (slash && AGENCY.test(slash[1]!.trim()) ? slash : null);
    if (caps) {
      const start = line.start + caps.index;
      findings.push({ start, end: line.end, rule: RULE, confidence: 0.85, reason: `credit at the end of the line ("${caps[0].trim()}")` });
    }
  }
  return findings;
}

/**
 * {@link findFusedCredits} of a rule context's lines, found once per text and shared through the
 * context's memo by `caption` and `photo-credit` (which runs next, while the text is unchanged).
 *
 * @param context - The rule context.
 * @returns Credit text -> its spans, in text order.
 * @example
 * ```ts
 * for (const [credit, spans] of fusedCredits(context)) console.log(credit, spans.length);
 * ```
 */
export function fusedCredits(context: RuleContext): Map<string, Array<{ start: number; end: number }>> {
  return memoize(context, 'fused-credits', () => findFusedCredits(context.lines));
}

/**
 * The Title Case credits fused between sentences that recur in a text (see {@link detectPhotoCredit}):
 * each credit with its spans (source offsets of the lines given), only those seen at least twice.
 *
 * @param lines - The lines of the text.
 * @returns Credit text -> its spans, in text order.
 * @example
 * ```ts
 * findFusedCredits(splitLines('A project.Freedom LegionIn what. He said.Freedom LegionThe unit.')); // Map { 'Freedom Legion' => [2 spans] }
 * ```
 */
export function findFusedCredits(lines: readonly Line[]): Map<string, Array<{ start: number; end: number }>> {
  // Fused fragments that recur: the same credit under each picture of the page.
  const fragments = new Map<string, Array<{ start: number; end: number }>>();
  for (const line of lines) {
    // Whether a line holds a fragment is kept in its facts (a line the process meets again is not scanned again);
    // the few that hold one are scanned again for the matches. A blank line holds no capital, so no fragment.
    if (line.blank || !(factsOfLine(line.text).fused ??= fusedFragments(line.text).length > 0)) continue;
    for (const m of fusedFragments(line.text)) {
      const tc = titleCaseRatio(m[0]);
      if (countWords(m[0]) > 8 || tc === null || tc < 0.6) continue;
      const at = line.start + m.index;
      const list = fragments.get(m[0]) ?? [];
      list.push({ start: at, end: at + m[0].length });
      fragments.set(m[0], list);
    }
  }
  // A fragment seen at a seam also counts where the sentence after it opens with a name ("Legion Ponomarenko").
  for (const [fragment, spans] of fragments) {
    const seen = new Set(spans.map((sp) => sp.start));
    for (const line of lines) {
      for (let at = line.text.indexOf(fragment); at >= 0; at = line.text.indexOf(fragment, at + 1)) {
        const before = line.text.slice(Math.max(0, at - 2), at);
        const after = line.text.slice(at + fragment.length, at + fragment.length + 3);
        if (!/[.!?”"’)] ?$/u.test(before) || !/^ ?\p{Lu}\p{Ll}/u.test(after) || seen.has(line.start + at)) continue;
        seen.add(line.start + at);
        spans.push({ start: line.start + at, end: line.start + at + fragment.length });
      }
    }
  }
  for (const [fragment, spans] of fragments) {
    if (spans.length < 2) fragments.delete(fragment);
    else spans.sort((a, b) => a.start - b.start);
  }
  return fragments;
}

/** The matches of {@link FUSED_FRAGMENT} in a line, left to right, none overlapping (as `matchAll` would give). */
function fusedFragments(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  FUSED_START.lastIndex = 0;
  // `test`, not `exec`: no match array is built for each sentence start; the match's end is `lastIndex`.
  while (FUSED_START.test(text)) {
    const at = FUSED_START.lastIndex; // the capital; FUSED_START resumes here if no fragment starts
    FUSED_FRAGMENT.lastIndex = at;
    const m = FUSED_FRAGMENT.exec(text);
    if (m) {
      found.push(m);
      FUSED_START.lastIndex = at + m[0].length;
    }
  }
  return found;
}

/** The `photo-credit` rule: removes image credits, standalone or fused to a paragraph. */
export const photoCreditRule: Rule = {
  examples: ['The town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed it to trucks last spring. Residents had asked for a new crossing for years, and the vote drew a full room.\n\nConstruction is expected to start in June and take eighteen months, the city engineer said.\n\nPhoto Credit: John Doe / Daily Ledger\n\nThe crossing stays open to cars and bicycles until then.'],
  id: RULE,
  phase: 'remove',
  description: 'Removes image credits ("Photo Credit: ...", "PHOTOS BY X/GETTY IMAGES"), standalone or fused to a paragraph.',
  find: detectPhotoCredit,
};
