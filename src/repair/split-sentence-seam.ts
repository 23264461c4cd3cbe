import { ABBREVIATIONS, DOMAIN_LABELS } from '../data/repair-words.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { isInnerApostrophe, isLetterAt } from '../model/characters.js';

const RULE = 'sentence-seam';
const ABBREV = new Set(ABBREVIATIONS);
const DOMAINS = new Set(DOMAIN_LABELS);
const CHUNK_END = /[\s,;()<>[\]"“”‘’'…]/u; // an ellipsis is in no URL or address: it ends a chunk

/**
 * A candidate: sentence punctuation (one `.`, `!` or `?`, or `?!`-style pairs), optional closing quotes or
 * brackets, then a capital letter (maybe behind an opening quote). Linear: no nested quantifiers. Sticky:
 * tried at `lastIndex` only, where {@link MAY_HAVE_SEAM} says a seam may start.
 */
const SEAM = /(?<=[\p{Ll}\p{Lu}\p{N}%)\]])([.!?]{1,2})(["”’)\]]?)(["“‘]?)(?=\p{Lu})/uy;
/**
 * A cheap necessary condition for a {@link SEAM} match starting at the same place: sentence punctuation, at
 * most three of the characters SEAM lets between it and the capital, then a character that may be a capital
 * (A-Z, or anything past U+00BF but the curly quotes: that range holds every other upper-case letter and the
 * surrogates of astral ones). Without the look-behind and the unicode property classes it scans text
 * several times faster; SEAM itself is then tried only at the places it finds. All but the punctuation is
 * a look-ahead: a match is one code unit long, so `test` finds it at `lastIndex - 1` with no match array
 * (with the generator this loop was, 1.6 KB less allocated a damaged page: 12.8 KB -> 11.3).
 */
const MAY_HAVE_SEAM = /[.!?](?=[.!?"”’)\]“‘]{0,3}[A-Z\u00c0-\u2017\u201e-\uffff])/g;

/**
 * Finds sentences fused by a lost space (`fight.And`, `army.The`, `said."We`) and reports a space to insert.
 *
 * Never inserts after: initials and abbreviations (`Vladimir V. Putin`, `U.S.Army`, `St.Petersburg`,
 * `Gen.Smith`), a token that already holds a full stop (`e.g.`, `p.m.`), ellipses, a token that is part of a
 * URL or e-mail address, or a capitalised domain (`Example.Com`). Decimals, times and lower-case domains
 * never match (a capital must follow).
 *
 * @param context - The rule context; reads `text`.
 * @returns One insertion finding per seam.
 * @example
 * ```ts
 * splitSentenceSeam(ctx('to fight.And some')); // inserts ' ' after 'fight.'
 * ```
 */
export function splitSentenceSeam({ text }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  // The matches `text.matchAll(SEAM)` would give (were it global, not sticky), found by trying SEAM only at
  // the starts MAY_HAVE_SEAM finds (a loop here, not a generator: no iterator result per match).
  let done = 0; // matches do not overlap: a candidate inside the last match is skipped, as matchAll would
  MAY_HAVE_SEAM.lastIndex = 0;
  while (MAY_HAVE_SEAM.test(text)) { // lastIndex is then one past the hit's start: every start is tried
    const at = MAY_HAVE_SEAM.lastIndex - 1;
    if (at < done) continue;
    SEAM.lastIndex = at;
    const m = SEAM.exec(text);
    if (!m) continue;
    done = at + m[0].length;
    const punct = m[1]!;
    const close = m[2]!;
    const open = m[3]!;
    if (punct === '..') continue;
    // A seam inserted just before this one in the same pass bounds the word (`to.Mr.Trump`).
    const word = wordBefore(text, at, findings.length > 0 ? findings[findings.length - 1]!.start : 0);
    const chunk = chunkAround(text, at);
    if (/:\/\/|@|www\.|\//i.test(chunk)) continue;
    let kind = 'a sentence boundary lost';
    if (punct[0] === '.') {
      const next = wordAfter(text, at + m[0].length);
      if (isAbbreviationChain(word)) continue; // `U.S.Army`, `e.g.The`, `p.m.ET`: ambiguous
      if (/^\p{Lu}+$/u.test(next) && next.length > 1 && /\p{Lu}/u.test(word)) continue; // `E.ON`, `IQ.LIGHT`: a name
      if (/^\p{Lu}$/u.test(word) || ABBREV.has(word)) { // case-sensitive: `Ill.` is Illinois, `ill.` ends a sentence
        // After an initial or a title (`V.Putin`, `Mr.Trump`, `St.Petersburg`) the space is lost all the
        // same, but only before a capitalised word (never inside `U.S.`), and it ends no sentence.
        if (!/^\p{Lu}\p{Ll}/u.test(next) || close !== '' || open !== '') continue;
        if (next.length <= 3 && text[at + m[0].length + next.length] === '.') continue; // `W.Va.`: a chain of abbreviations
        kind = 'the space after an initial or abbreviation lost';
      }
      if (DOMAINS.has(next.toLowerCase()) && !isLetterAt(text, at + m[0].length + next.length)) continue;
      if (/^\p{Lu}$/u.test(next) && text[at + m[0].length + 1] === '.') continue; // `Inc.A.` initials after
    }
    // Where the space goes: after closing quotes/brackets, before an opening one. A straight `"` closes when
    // an odd number of them precede it on the line.
    let insertAt = at + punct.length + close.length;
    if (close === '"' && open === '' && quotesBefore(text, at) % 2 === 0) insertAt = at + punct.length;
    findings.push({
      start: insertAt, end: insertAt, replacement: ' ', rule: RULE, confidence: 0.9,
      reason: `no space between "${word}${punct}" and the capital after it: ${kind}`,
    });
  }
  return findings;
}

/** True for `U.S`, `e.g`, `Ph.D`: pieces of three letters or fewer joined by full stops (not `fight.Andfight`). */
function isAbbreviationChain(word: string): boolean {
  const pieces = word.split('.');
  return pieces.length > 1 && pieces.every((p) => p.length <= 3);
}

function wordBefore(text: string, at: number, floor: number): string {
  let s = at;
  while (s > floor && /[\p{L}\p{N}.]/u.test(text[s - 1]!)) s--;
  return text.slice(s, at);
}

function wordAfter(text: string, at: number): string {
  let e = at;
  while (e < text.length && isLetterAt(text, e)) e++;
  return text.slice(at, e);
}

/**
 * The URL- or address-like stretch around `at`: bounded by white space, brackets, quotes, commas and semicolons.
 * An apostrophe between two letters (`don't`) is part of a word, not a chunk's end, so that the verdict on a
 * chunk is the same whether the apostrophe rule has restored it yet or not.
 */
function chunkAround(text: string, at: number): string {
  let s = at;
  while (s > 0 && !(CHUNK_END.test(text[s - 1]!) && !isInnerApostrophe(text, s - 1))) s--;
  let e = at;
  while (e < text.length && !(CHUNK_END.test(text[e]!) && !isInnerApostrophe(text, e))) e++;
  return text.slice(s, e);
}


function quotesBefore(text: string, at: number): number {
  let n = 0;
  for (let k = at - 1; k >= 0 && text[k] !== '\n'; k--) if (text[k] === '"') n++;
  return n;
}

/** The `sentence-seam` rule: a space where a sentence boundary lost it. */
export const sentenceSeamRule: Rule = {
  examples: ['The council met on Tuesday.It voted to rebuild the bridge.Work on the U.S. Route 1 crossing starts at 9.30 a.m. in St. Petersburg.'],
  id: RULE,
  phase: 'repair',
  description: 'Inserts the space lost between a sentence end and the next sentence (`fight.And` -> `fight. And`).',
  find: splitSentenceSeam,
};
