import { CONTEXTUAL_INVISIBLE_CHARS, INVISIBLE_CHARS, ODD_SPACES, STRAIGHT_QUOTES } from '../data/unicode-tidy.js';
import { InvalidOptionError } from '../errors.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { isSpace, letterAt } from '../model/characters.js';
import { decodeMojibake } from './unicode/decode-mojibake.js';
import { nextStop, nextToTidy } from './unicode/next-to-tidy.js';

const RULE = 'unicode-tidy';

/** Settings of the `unicode-tidy` rule (`rules: {'unicode-tidy': {...}}`). */
export interface UnicodeTidyOptions {
  /** Turn curly quotes (‘ ’ “ ”) into straight ones (' "). Default: `false` (quotes stay as written). */
  readonly straightQuotes?: boolean;
  /** Collapse runs of spaces between words to one. Default: `true`. */
  readonly collapseSpaces?: boolean;
}

/** One piece of the output: the source span `[start, end)` and what stands for it. */
interface Unit {
  start: number;
  end: number;
  out: string;
  why: string;
}

const MARK = /[\p{M}\u1160-\u11ff]/u; // combining marks and Hangul medial/final jamo: compose with what precedes
const LETTER = /\p{L}/u;

/**
 * Finds unicode debris and reports its fix, one finding per changed span (never one whole-text
 * replacement, so offsets elsewhere stay put): mojibake of UTF-8 read as Windows-1252 (`â€™` -> `’`),
 * invisible and control characters, odd spaces (no-break, thin, ...) -> space, soft hyphens, a `‘` used as
 * an apostrophe between letters -> `’`, composition to NFC, and runs of spaces between words. Curly quotes
 * stay unless `straightQuotes` is set. Letters and digits are never changed except by NFC or mojibake repair.
 *
 * Mojibake repair follows the idea of ftfy (Robyn Speer): re-encode a suspicious run as Windows-1252 and
 * keep the result only when it decodes as valid UTF-8.
 *
 * @param context - The rule context; reads `text` and `options.rules['unicode-tidy']` ({@link UnicodeTidyOptions}).
 * @returns Findings, each replacing a short span.
 * @example
 * ```ts
 * tidyUnicode(ctx('It\u00e2\u20ac\u2122s  fine\u00a0here')); // "It’s fine here" once applied
 * ```
 */
export function tidyUnicode(context: RuleContext): Finding[] {
  const settings = readSettings(context);
  const text = context.text;
  const units: Unit[] = [];
  // Characters the rule always keeps are skipped in runs: a run of them is one unchanged unit, which every
  // later look-back (last output character, popping the last character to compose a mark) reads the same.
  const stable = !settings.straightQuotes;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const len = ch.length;
    if (stable || (cp < 0x7f && (cp >= 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d))) {
      // A run of plain ASCII (and kept characters) up to the next character worth a look (non-ASCII,
      // control, or a space run).
      const j = stable ? nextToTidy(text, i) : nextStop(text, i);
      if (j > i) {
        units.push({ start: i, end: j, out: text.slice(i, j), why: '' });
        i = j;
        continue;
      }
    }
    const moji = cp >= 0xc2 && cp <= 0xf4 ? decodeMojibake(text, i) : null;
    if (moji) {
      const out = ODD_SPACES.includes(moji.out) ? ' ' : INVISIBLE_CHARS.includes(moji.out) ? '' : moji.out;
      units.push({ start: i, end: i + moji.length, out, why: `mojibake "${text.slice(i, i + moji.length)}" (UTF-8 read as Windows-1252) decoded` });
      i += moji.length;
      continue;
    }
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
      units.push({ start: i, end: i + len, out: '', why: `control character U+${hex(cp)} removed` });
    } else if (INVISIBLE_CHARS.includes(ch)) {
      units.push({ start: i, end: i + len, out: '', why: `invisible character U+${hex(cp)} removed` });
    } else if (CONTEXTUAL_INVISIBLE_CHARS.includes(ch) && isPlainNeighbour(text, i - 1) && isPlainNeighbour(text, i + len)) {
      units.push({ start: i, end: i + len, out: '', why: `joiner or direction mark U+${hex(cp)} removed between plain characters` });
    } else if (cp === 0x20 || ODD_SPACES.includes(ch)) {
      const why = cp === 0x20 ? '' : `odd space U+${hex(cp)} made a plain space`;
      if (settings.collapseSpaces && lastOut(units).endsWith(' ') && prevIsWordSpace(units) && !spacesRunToLineEnd(text, i)) {
        units.push({ start: i, end: i + len, out: '', why: 'run of spaces collapsed to one' });
      } else {
        units.push({ start: i, end: i + len, out: ' ', why });
      }
    } else if (MARK.test(ch) && units.length > 0) {
      // Compose with the output before it (which may itself have been composed or repaired).
      let prev = popLastChar(units);
      let lead = prev.out;
      while (lead === '' && units.length > 0) {
        const before = popLastChar(units);
        lead = before.out;
        prev = { start: before.start, end: prev.end, out: before.out, why: prev.why || before.why };
      }
      let end = i + len;
      while (end < text.length) {
        const c = String.fromCodePoint(text.codePointAt(end)!);
        if (!MARK.test(c)) break;
        end += c.length;
      }
      const seq = prev.out + text.slice(i, end);
      const nfc = seq.normalize('NFC');
      // What composes to a mojibake lead (`e` + U+0301 -> `é`) is decoded with what follows, as a second pass would.
      const moji3 = nfc.length === 1 ? decodeMojibake(nfc + text.slice(end, end + 3), 0) : null;
      if (moji3) {
        const spanEnd = end + moji3.length - 1;
        units.push({ start: prev.start, end: spanEnd, out: moji3.out, why: `mojibake "${text.slice(prev.start, spanEnd)}" decoded` });
        i = spanEnd;
        continue;
      }
      const changed = nfc !== text.slice(prev.start, end);
      units.push({ start: prev.start, end, out: nfc, why: changed ? prev.why || 'composed to NFC' : '' });
      i = end;
      continue;
    } else if (ch === '\u2018' && !settings.straightQuotes && LETTER.test(lastOut(units).slice(-1)) && letterAt(text, skipInvisible(text, i + len)) > 0) {
      units.push({ start: i, end: i + len, out: '\u2019', why: 'left quote used as an apostrophe made ’' });
    } else if (settings.straightQuotes && STRAIGHT_QUOTES[ch] !== undefined) {
      units.push({ start: i, end: i + len, out: STRAIGHT_QUOTES[ch]!, why: 'curly quote made straight (straightQuotes)' });
    } else {
      const nfc = ch.normalize('NFC');
      // A singleton that composes to a mojibake lead (`\u212b` -> `Å`) is decoded with what follows, as a
      // second pass would.
      const moji2 = nfc !== ch && nfc.length === 1 ? decodeMojibake(nfc + text.slice(i + len, i + len + 3), 0) : null;
      if (moji2) {
        const span = len + moji2.length - 1;
        units.push({ start: i, end: i + span, out: moji2.out, why: `mojibake "${text.slice(i, i + span)}" decoded` });
        i += span;
        continue;
      }
      units.push({ start: i, end: i + len, out: nfc, why: nfc === ch ? '' : `U+${hex(cp)} composed to NFC` });
    }
    i += len;
  }
  return unitsToFindings(text, units);
}

function readSettings(context: RuleContext): Required<UnicodeTidyOptions> {
  const raw = context.options.rules?.[RULE];
  const s = raw && typeof raw === 'object' ? (raw as UnicodeTidyOptions) : {};
  for (const key of ['straightQuotes', 'collapseSpaces'] as const) {
    if (s[key] !== undefined && typeof s[key] !== 'boolean') throw new InvalidOptionError(`rules.${RULE}.${key}`, 'must be a boolean');
  }
  return { straightQuotes: s.straightQuotes ?? false, collapseSpaces: s.collapseSpaces ?? true };
}

/** True when only spaces stand between `at` and a line end (trailing white space is the layout rule's). */
function spacesRunToLineEnd(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && (text[k] === ' ' || ODD_SPACES.includes(text[k]!) || text[k] === '\t')) k++;
  return k === text.length || text[k] === '\n' || text[k] === '\r';
}

function lastOut(units: readonly Unit[]): string {
  for (let k = units.length - 1; k >= 0; k--) if (units[k]!.out !== '') return units[k]!.out;
  return '';
}

/** True when the space just output follows a word on the same line (so a further space is a run). */
function prevIsWordSpace(units: readonly Unit[]): boolean {
  for (let k = units.length - 1; k >= 0; k--) {
    const out = units[k]!.out.replace(/ +$/, '');
    if (out === '') continue;
    return !/[\n\r\t]$/.test(out);
  }
  return false;
}

/** Takes the last unit off, or only its last code point when it is a longer unchanged run. */
function popLastChar(units: Unit[]): Unit {
  const u = units.pop()!;
  if (u.end - u.start <= 1 || u.why !== '') return u;
  const cps = Array.from(u.out);
  if (cps.length <= 1 || u.out.length !== u.end - u.start) return u;
  const lastLen = cps[cps.length - 1]!.length;
  units.push({ start: u.start, end: u.end - lastLen, out: u.out.slice(0, -lastLen), why: '' });
  return { start: u.end - lastLen, end: u.end, out: u.out.slice(-lastLen), why: '' };
}

/** The first offset at or after `at` that is not an invisible character. */
function skipInvisible(text: string, at: number): number {
  let k = at;
  while (k < text.length && INVISIBLE_CHARS.includes(text[k]!)) k++;
  return k;
}

/**
 * True when the code unit at `at` is ASCII or white space, or `at` is outside the text. A character
 * outside the BMP reads as a surrogate, so it is never plain (its code point cut to 16 bits could read as
 * a space: U+12000 as U+2000).
 */
function isPlainNeighbour(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return true;
  const c = text.charCodeAt(at);
  return c < 0x80 || isSpace(c);
}


function hex(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

function unitsToFindings(text: string, units: readonly Unit[]): Finding[] {
  const findings: Finding[] = [];
  let k = 0;
  while (k < units.length) {
    const u = units[k]!;
    if (u.why === '' || u.out === text.slice(u.start, u.end)) { // a unit without a reason is unchanged
      k++;
      continue;
    }
    let end = u.end;
    let out = u.out;
    const reasons = new Set([u.why || 'unicode tidied']);
    let j = k + 1;
    while (j < units.length && units[j]!.start === end && units[j]!.out !== text.slice(units[j]!.start, units[j]!.end)) {
      out += units[j]!.out;
      end = units[j]!.end;
      reasons.add(units[j]!.why || 'unicode tidied');
      j++;
    }
    findings.push({ start: u.start, end, replacement: out, rule: RULE, reason: [...reasons].join('; '), confidence: 0.95 });
    k = j;
  }
  return findings;
}

/** The `unicode-tidy` rule: mojibake, invisible characters, odd spaces, NFC, space runs. */
export const unicodeTidyRule: Rule = {
  examples: ['The mayor’s plan, announced on Monday\u200b, won support.\u00a0Critics said it was “too little.”\nSupporters called it itâ€™s best chance in years.'],
  id: RULE,
  phase: 'tidy',
  description: 'Repairs mojibake, removes invisible and control characters, makes odd spaces plain, composes to NFC and collapses space runs.',
  find: tidyUnicode,
};
