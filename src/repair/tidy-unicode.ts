import {
  CONTEXTUAL_INVISIBLE_CHARS, CP1252_HIGH, INVISIBLE_CHARS, MOJIBAKE_CONTINUATION, ODD_SPACES, STRAIGHT_QUOTES,
  TIDY_STABLE_CHARS,
} from '../data/unicode-tidy.js';
import { InvalidOptionError } from '../errors.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { isSpace, letterAt } from '../model/characters.js';

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

/** Characters that may need a fix: anything outside printable ASCII and tab/newlines, or a space beside a space. */
const INTERESTING = /[^\x20-\x7e\t\n\r]| (?=[ \u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\ufeff\u00ad])|(?<=[ \u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\ufeff\u00ad]) /g;
const MARK = /[\p{M}\u1160-\u11ff]/u; // combining marks and Hangul medial/final jamo: compose with what precedes
const LETTER = /\p{L}/u;
const decoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-8', { fatal: true }) : null;

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
  const push = (u: Unit): void => {
    units.push(u);
  };
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
      let j: number;
      if (stable) {
        j = nextToTidy(text, i);
      } else {
        INTERESTING.lastIndex = i;
        const hit = INTERESTING.exec(text);
        j = hit ? hit.index : text.length;
      }
      if (j > i) {
        push({ start: i, end: j, out: text.slice(i, j), why: '' });
        i = j;
        continue;
      }
    }
    const moji = cp >= 0xc2 && cp <= 0xf4 ? decodeMojibake(text, i) : null;
    if (moji) {
      const out = ODD_SPACES.includes(moji.out) ? ' ' : INVISIBLE_CHARS.includes(moji.out) ? '' : moji.out;
      push({ start: i, end: i + moji.length, out, why: `mojibake "${text.slice(i, i + moji.length)}" (UTF-8 read as Windows-1252) decoded` });
      i += moji.length;
      continue;
    }
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
      push({ start: i, end: i + len, out: '', why: `control character U+${hex(cp)} removed` });
    } else if (INVISIBLE_CHARS.includes(ch)) {
      push({ start: i, end: i + len, out: '', why: `invisible character U+${hex(cp)} removed` });
    } else if (CONTEXTUAL_INVISIBLE_CHARS.includes(ch) && isPlainNeighbour(text, i - 1) && isPlainNeighbour(text, i + len)) {
      push({ start: i, end: i + len, out: '', why: `joiner or direction mark U+${hex(cp)} removed between plain characters` });
    } else if (cp === 0x20 || ODD_SPACES.includes(ch)) {
      const why = cp === 0x20 ? '' : `odd space U+${hex(cp)} made a plain space`;
      if (settings.collapseSpaces && lastOut(units).endsWith(' ') && prevIsWordSpace(units) && !spacesRunToLineEnd(text, i)) {
        push({ start: i, end: i + len, out: '', why: 'run of spaces collapsed to one' });
      } else {
        push({ start: i, end: i + len, out: ' ', why });
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
        push({ start: prev.start, end: spanEnd, out: moji3.out, why: `mojibake "${text.slice(prev.start, spanEnd)}" decoded` });
        i = spanEnd;
        continue;
      }
      const changed = nfc !== text.slice(prev.start, end);
      push({ start: prev.start, end, out: nfc, why: changed ? prev.why || 'composed to NFC' : '' });
      i = end;
      continue;
    } else if (ch === '\u2018' && !settings.straightQuotes && LETTER.test(lastOut(units).slice(-1)) && letterAt(text, skipInvisible(text, i + len)) > 0) {
      push({ start: i, end: i + len, out: '\u2019', why: 'left quote used as an apostrophe made ’' });
    } else if (settings.straightQuotes && STRAIGHT_QUOTES[ch] !== undefined) {
      push({ start: i, end: i + len, out: STRAIGHT_QUOTES[ch]!, why: 'curly quote made straight (straightQuotes)' });
    } else {
      const nfc = ch.normalize('NFC');
      // A singleton that composes to a mojibake lead (`\u212b` -> `Å`) is decoded with what follows, as a
      // second pass would.
      const moji2 = nfc !== ch && nfc.length === 1 ? decodeMojibake(nfc + text.slice(i + len, i + len + 3), 0) : null;
      if (moji2) {
        const span = len + moji2.length - 1;
        push({ start: i, end: i + span, out: moji2.out, why: `mojibake "${text.slice(i, i + span)}" decoded` });
        i += span;
        continue;
      }
      push({ start: i, end: i + len, out: nfc, why: nfc === ch ? '' : `U+${hex(cp)} composed to NFC` });
    }
    i += len;
  }
  return unitsToFindings(text, units);
}

/** Characters a space beside which makes a run of spaces (a plain space, odd spaces, invisible characters). */
const SPACE_RUN_NEIGHBOURS = new Set(' \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u2060\ufeff\u00ad'.split('').map((c) => c.charCodeAt(0)));
const STABLE_RANGES = new RegExp(`[${TIDY_STABLE_CHARS}]`);
const CONTINUATION = new RegExp(`[${MOJIBAKE_CONTINUATION}]`);
/**
 * Never changed by the rule on their own: combining marks (and the Hangul jamo composed like them), control,
 * format, space, separator, surrogate and unassigned characters, and `‘` (an apostrophe between letters)
 * excepted; what remains is kept when NFC leaves it as it is.
 */
const NEEDS_A_LOOK = /[\p{M}\p{Cc}\p{Cf}\p{Z}\p{Cs}\p{Cn}\u1160-\u11ff\u2018]/u;

/** Per BMP code unit, filled on first sight: 0 not yet known, 1 always kept as it is, 2 worth a look. */
let keepClass: Uint8Array | null = null;

/**
 * True when the rule keeps the BMP code unit `c` as it is whatever surrounds it (a mojibake lead aside,
 * which {@link nextToTidy} looks at with what follows): the listed {@link TIDY_STABLE_CHARS} and, tested on
 * first sight by the same criteria the list was made with, any other character (CJK, Hangul syllables,
 * kana, Arabic, Indic letters...), so that a page in another script is skipped in runs as well.
 */
function alwaysKept(c: number): boolean {
  keepClass ??= new Uint8Array(0x10000);
  let k = keepClass[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    const kept = c >= 0xa0 && (STABLE_RANGES.test(ch) || (!NEEDS_A_LOOK.test(ch) && ch.normalize('NFC') === ch));
    k = kept ? 1 : 2;
    keepClass[c] = k;
  }
  return k === 1;
}

/**
 * The first offset at or after `from` that the rule must look at one by one, or the text's length: a
 * character outside printable ASCII (tab and line ends included) that is not {@link alwaysKept}, a
 * mojibake lead (U+00C2-U+00F4) before a continuation character, or a space beside a space-like character.
 * A scan by char code with a cached class per code unit: most of a text is skipped without a regex.
 */
function nextToTidy(text: string, from: number): number {
  const n = text.length;
  // A space after a space-like character: only at `from` can the character before be one not yet looked at
  // (a space-like character further on stops the scan itself: it is no printable ASCII and never kept).
  if (text.charCodeAt(from) === 0x20 && from > 0 && isSpaceRunNeighbour(text.charCodeAt(from - 1))) return from;
  const table = keepClass ?? (keepClass = new Uint8Array(0x10000));
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20) {
        const d = text.charCodeAt(i + 1);
        if (d === 0x20 || (d >= 0xa0 && isSpaceRunNeighbour(d))) return i;
      } else if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c === 0x7f) {
        return i;
      }
      continue;
    }
    const k = table[c]!;
    if (k === 2 || (k === 0 && !alwaysKept(c))) return i;
    if (c >= 0xc2 && c <= 0xf4 && i + 1 < n && CONTINUATION.test(text[i + 1]!)) return i;
  }
  return n;
}

/** True for the characters beside which a space makes a run: a plain space, odd spaces, invisible characters. */
function isSpaceRunNeighbour(c: number): boolean {
  return c === 0x20 || SPACE_RUN_NEIGHBOURS.has(c);
}

function readSettings(context: RuleContext): Required<UnicodeTidyOptions> {
  const raw = context.options.rules?.[RULE];
  const s = raw && typeof raw === 'object' ? (raw as UnicodeTidyOptions) : {};
  for (const key of ['straightQuotes', 'collapseSpaces'] as const) {
    if (s[key] !== undefined && typeof s[key] !== 'boolean') throw new InvalidOptionError(`rules.${RULE}.${key}`, 'must be a boolean');
  }
  return { straightQuotes: s.straightQuotes ?? false, collapseSpaces: s.collapseSpaces ?? true };
}

/** True when the space just output follows a word on the same line (so a further space is a run). */
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
  if (u.end - u.start <= 1 || u.out !== u.why + u.out.slice(u.why.length) || u.why !== '') return u;
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


function byteOf(ch: string): number | undefined {
  const cp = ch.charCodeAt(0);
  if (cp >= 0xa0 && cp <= 0xff) return cp;
  if (cp >= 0x80 && cp <= 0x9f) return cp; // undefined Windows-1252 bytes often survive as C1 controls
  return CP1252_HIGH[ch];
}

/** Decodes a run at `at` that is UTF-8 bytes shown as Windows-1252 (`â€™`), or null. */
function decodeMojibake(text: string, at: number): { length: number; out: string } | null {
  if (!decoder) return null;
  const lead = text.charCodeAt(at);
  const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
  const bytes = [lead];
  for (let k = 1; k <= need; k++) {
    const ch = text[at + k];
    if (ch === undefined) return null;
    const b = byteOf(ch);
    if (b === undefined || b < 0x80 || b > 0xbf) return null;
    bytes.push(b);
  }
  let out: string;
  try {
    out = decoder.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
  const cp = out.codePointAt(0)!;
  // Two-byte sequences are only trusted for punctuation and Latin letters an English text would carry, and
  // never for a pair that reads as a real word part (`Ã©` is never one).
  if (need === 1 && !(cp >= 0xa0 && cp <= 0x24f)) return null;
  return { length: need + 1, out };
}

function hex(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

function unitsToFindings(text: string, units: readonly Unit[]): Finding[] {
  const findings: Finding[] = [];
  let k = 0;
  while (k < units.length) {
    const u = units[k]!;
    if (u.out === text.slice(u.start, u.end)) {
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
