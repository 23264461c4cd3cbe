import { applyFindings } from '../pipeline/apply-findings.js';
import { splitParagraphs } from '../parse/split-lines.js';
import { InvalidInputError } from '../errors.js';
import { applyEdits } from '../ledger/apply-edits.js';
import type { CleanDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { NAME_GAP, POSSESSIVE, splitNameWords, type NameWord } from './name-words.js';
import { validateVariantDictionary, type VariantDictionary } from './variant-dictionary.js';

const RULE = 'variants';
/** Confidence of a replacement. */
const SURE = 0.9;
/** Confidence of a match that may be part of a longer name or an ordinary word: reported, not applied. */
const UNSURE = 0.4;
const HAS_LOWER = /\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const SENTENCE_END = /[.!?:;“”"‘«»()[\]—–|•]\s*$/u;
const LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]*/gu;

interface Entry {
  readonly form: string;
  readonly words: readonly string[];
  /** The canonical form this spelling becomes; `null` when it is a canonical form itself. */
  readonly canonical: string | null;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  entry?: Entry;
}

const compiled = new WeakMap<object, TrieNode>();

function compile(dictionary: VariantDictionary): TrieNode {
  const cached = compiled.get(dictionary);
  if (cached) return cached;
  const root: TrieNode = { next: new Map() };
  const insert = (form: string, canonical: string | null): void => {
    const words = splitNameWords(form).map((w) => w.word);
    if (words.length === 0) return;
    let node = root;
    for (const w of words) {
      const k = w.toLowerCase();
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map() }));
      node = child;
    }
    if (!node.entry || canonical === null) node.entry = { form, words, canonical };
  };
  for (const [canonical, variants] of Object.entries(dictionary)) {
    insert(canonical, null);
    for (const v of variants) if (v !== canonical) insert(v, canonical);
  }
  compiled.set(dictionary, root);
  return root;
}

/**
 * Finds the spellings a variants dictionary lists, in a text, and proposes the canonical form for each.
 *
 * Matching rules:
 * - Whole words only; the words of a multi-word name may be separated by any run of spaces with at most
 *   one line break. A possessive stays (`Freedom of Russia Legion's` → `Free Russia Legion's`).
 * - Case: a word written with capitals in the dictionary matches only that spelling, or the same word in
 *   all capitals (a headline; the replacement is then capitalised too). "I want a free Russia" never
 *   matches "Free Russia".
 * - Longest match wins, canonical forms included: text already in canonical form is left alone, and
 *   "Free Russia Legion" is not rewritten through a shorter entry "Free Russia".
 * - Prefix of a longer name: when the match is followed, on the same line and after spaces only, by
 *   another capitalised word ("Georgia Tech" for an entry "Georgia"), it may be part of a longer name that
 *   the dictionary does not list; the finding is reported with confidence 0.4 (not applied at the default
 *   threshold). A match preceded by a capitalised word ("Igor Volubuev") is applied: given names.
 * - A match at a sentence start whose first word also occurs in lower case in the text ("Free Russia
 *   from ...", with "free" elsewhere) may be an ordinary phrase: reported with confidence 0.4.
 *
 * @param text - The text to search.
 * @param dictionary - A valid {@link VariantDictionary} (see {@link parseVariantDictionary}).
 * @returns One finding per variant occurrence, rule `variants`, replacement the canonical form.
 * @example
 * ```ts
 * findVariants('Igor Volubuev fled.', { Volobuyev: ['Volubuev'] })[0]?.replacement; // 'Volobuyev'
 * ```
 */
export function findVariants(text: string, dictionary: VariantDictionary): Finding[] {
  const root = compile(dictionary);
  const words = splitNameWords(text);
  const findings: Finding[] = [];
  let lowerWords: Set<string> | undefined;
  let i = 0;
  while (i < words.length) {
    const match = longestMatch(text, words, i, root);
    if (!match) {
      i++;
      continue;
    }
    const { entry, last, upper, end } = match;
    i = last + 1;
    if (entry.canonical === null) continue;
    const start = words[match.first]!.start;
    const dictEntry = `variants dictionary entry "${entry.canonical}"`;
    let reason = `"${text.slice(start, end).replace(/\s+/gu, ' ')}" is a spelling variant of "${entry.canonical}" (${dictEntry})`;
    let confidence = SURE;
    const next = words[last + 1];
    const gapAfter = next ? text.slice(end, next.start) : '';
    if (next && !next.seam && /^[ \t\u00a0]+$/u.test(gapAfter) && UPPER_START.test(next.word) && !possessiveEnd(words[last]!, end)) {
      confidence = UNSURE;
      reason = `"${entry.form}" is followed by "${next.word}": it may be part of a longer name the dictionary does not list (${dictEntry})`;
    } else if (isSentenceStart(text, words, match.first)) {
      lowerWords ??= new Set(text.match(LOWER_WORD) ?? []);
      const firstLower = entry.words[0]!.toLowerCase();
      if (firstLower !== entry.words[0] && lowerWords.has(firstLower)) {
        confidence = UNSURE;
        reason = `"${entry.words[0]}" opens a sentence and "${firstLower}" is an ordinary word in this text: "${entry.form}" may not be the name (${dictEntry})`;
      }
    }
    findings.push({ start, end, rule: RULE, reason, confidence, replacement: upper ? entry.canonical.toUpperCase() : entry.canonical });
  }
  return findings;
}

function possessiveEnd(word: NameWord, end: number): boolean {
  return end < word.end;
}

function isSentenceStart(text: string, words: readonly NameWord[], i: number): boolean {
  const w = words[i]!;
  if (i === 0 || w.seam) return true;
  const gap = text.slice(words[i - 1]!.end, w.start);
  return gap.includes('\n') || SENTENCE_END.test(gap);
}

interface Match {
  readonly entry: Entry;
  readonly first: number;
  readonly last: number;
  readonly end: number;
  readonly upper: boolean;
}

function longestMatch(text: string, words: readonly NameWord[], first: number, root: TrieNode): Match | null {
  let node: TrieNode | undefined = root;
  const found: Match[] = [];
  for (let j = first; j < words.length && node; j++) {
    const w = words[j]!;
    if (j > first && (w.seam || !NAME_GAP.test(text.slice(words[j - 1]!.end, w.start)))) break;
    // A possessive word can only end a name.
    const bare = w.word.replace(POSSESSIVE, '');
    const isPossessive = bare.length < w.word.length;
    node = node.next.get(bare.toLowerCase());
    if (!node) break;
    if (node.entry) {
      const upper = casingFits(words, first, j, node.entry.words);
      if (upper !== null) found.push({ entry: node.entry, first, last: j, end: w.start + bare.length, upper });
    }
    if (isPossessive) break;
  }
  return found.length > 0 ? found[found.length - 1]! : null;
}

/** `false`: the words are written as in the dictionary; `true`: in all capitals; `null`: another casing. */
function casingFits(words: readonly NameWord[], first: number, last: number, form: readonly string[]): boolean | null {
  let upper: boolean | null = null;
  for (let k = 0; k <= last - first; k++) {
    const written = words[first + k]!.word.replace(POSSESSIVE, '');
    const want = form[k]!;
    let isUpper: boolean;
    if (written === want) isUpper = false;
    else if (written === want.toUpperCase() && HAS_LOWER.test(want) && !HAS_LOWER.test(written)) isUpper = true;
    else return null;
    if (HAS_LOWER.test(want) || isUpper) {
      if (upper !== null && upper !== isUpper && UPPER_START.test(want)) return null;
      if (UPPER_START.test(want)) upper = isUpper;
    }
  }
  return upper ?? false;
}

/**
 * Applies a variants dictionary to a document: every listed variant becomes its canonical form, each
 * replacement an edit (rule `variants`) folded into the document's ledger, so
 * `applyEdits(result.source, result.edits) === result.text` still holds. Matching rules: see
 * {@link findVariants}.
 *
 * @param doc - A {@link CleanDocument} from {@link clean}, or a plain text (treated as a document
 *   with no edits yet).
 * @param dictionary - The dictionary (checked; see {@link parseVariantDictionary}).
 * @param options - `minConfidence`: findings under it are reported in `skipped`. Default: `0.5`.
 * @returns A new document; `lang`, `title`, `byline` and `date` are kept.
 * @throws {@link InvalidInputError} when `doc` is neither; {@link InvalidOptionError} on a bad dictionary.
 * @example
 * ```ts
 * const doc = normalizeVariants(clean(text), { 'Free Russia Legion': ['Freedom of Russia Legion'] });
 * doc.edits.filter((e) => e.rule === 'variants');
 * ```
 */
export function normalizeVariants(doc: CleanDocument | string, dictionary: VariantDictionary, options: { readonly minConfidence?: number } = {}): CleanDocument {
  validateVariantDictionary(dictionary);
  const base: CleanDocument =
    typeof doc === 'string'
      ? { title: null, byline: null, date: null, text: doc, paragraphs: splitParagraphs(doc), lang: 'und', source: doc, edits: [], skipped: [], stats: {} }
      : doc;
  if (!base || typeof base.text !== 'string' || typeof base.source !== 'string' || !Array.isArray(base.edits)) {
    throw new InvalidInputError('normalizeVariants() takes a CleanDocument or a string');
  }
  return applyFindings(base, findVariants(base.text, dictionary), options.minConfidence ?? 0.5);
}

/**
 * The `variants` rule (phase `normalize`, after noise removal and before `layout`): active only when
 * `clean` is given a dictionary, `clean(text, { variants: dictionary })`. Finds what {@link findVariants} finds.
 */
export const variantsRule: Rule = {
  examples: [{
    input: 'Fighters of the Free Russia Legion crossed the border on Monday. A spokesman for the Free Russian Legion said the Freedom of Russia Legion had lost two men. "I want a free Russia," one fighter said.',
    options: { variants: { 'Freedom of Russia Legion': ['Free Russia Legion', 'Free Russian Legion'] } },
  }],
  id: RULE,
  phase: 'normalize',
  description: 'Replaces spelling variants of names with their canonical form from the variants dictionary (option `variants`).',
  find: ({ text, options }: RuleContext) => (options.variants ? findVariants(text, options.variants) : []),
};
