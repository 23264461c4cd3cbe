import { InvalidInputError } from '../errors.js';
import { NAME_CONNECTORS, SENTENCE_OPENERS } from '../data/variant-keys.js';
import { NAME_GAP, POSSESSIVE, splitNameWords, type NameWord } from './name-words.js';

/** One document of a corpus given to discovery. */
export interface CorpusDocument {
  /** A stable id (file name, URL, row number); reported with every variant. */
  readonly id: string;
  /** The document's text (ideally already cleaned). */
  readonly text: string;
}

/** What the corpus says about one candidate name (one spelling), summed over documents. */
export interface TermEntry {
  /** Occurrences as a whole name. */
  count: number;
  /** Occurrences at the start of a sentence (where capitals prove nothing). */
  initial: number;
  /** Documents it occurs in. */
  docCount: number;
  /** Occurrences per document, for at most 32 documents (`MAX_TERM_DOCS`) (the smallest ids). */
  docs: Record<string, number>;
  /** Lower-case words seen within three words of it, with counts. */
  contexts: Record<string, number>;
  /** Up to 3 example contexts (`MAX_TERM_EXAMPLES`), `"<doc id>: …words around it…"`, the first in sort order. */
  examples: string[];
}

/**
 * Term statistics of one document or of many merged: the map side of variant discovery. Plain JSON
 * (no classes, no Maps), so shards can be collected on many machines and shipped to one reducer.
 */
export interface TermStats {
  /** Format version. */
  version: 1;
  /** Documents counted. */
  documents: number;
  /** Candidate names keyed by their spelling as written (possessive `'s` dropped). */
  terms: Record<string, TermEntry>;
}

/** Documents kept per term in {@link TermEntry.docs}. */
export const MAX_TERM_DOCS = 32;
/** Example contexts kept per term. */
export const MAX_TERM_EXAMPLES = 3;
const CONTEXT_WINDOW = 3;
const MAX_NAME_WORDS = 5;

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const SENTENCE_END = /[.!?:;“”"‘«»()[\]—–|•]\s*$|^\s*$/u;

interface Token extends NameWord {
  readonly cap: boolean;
  readonly initial: boolean;
  readonly line: number;
  /** The word ends in a possessive 's: a name ends there ("Ukraine's Armed Forces" is two names). */
  readonly possessive: boolean;
}

/**
 * Collects the candidate names of one document: capitalised words and multi-word proper-noun phrases
 * ("Freedom of Russia Legion"), each with its count, the document, the words around it and an example.
 * Words that only open sentences ("When", "The") are dropped from a phrase's start; all-capital words
 * (acronyms) and title-case lines (headlines, menus) are passed over.
 *
 * @param doc - The document: `{ id, text }`.
 * @returns Its {@link TermStats}; merge many with {@link mergeTermStats}.
 * @throws {@link InvalidInputError} when `doc` is not `{ id: string, text: string }`.
 * @example
 * ```ts
 * collectTerms({ id: 'a', text: 'Igor Volubuev fled. Volubuev declined.' }).terms['Volubuev']?.count; // 1
 * ```
 */
export function collectTerms(doc: CorpusDocument): TermStats {
  if (!doc || typeof doc.id !== 'string' || typeof doc.text !== 'string') {
    throw new InvalidInputError('collectTerms() takes { id: string, text: string }');
  }
  const terms: Record<string, TermEntry> = Object.create(null);
  const tokens = tokenize(doc.text);
  const titleLines = findTitleCaseLines(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap || titleLines.has(t.line)) {
      i++;
      continue;
    }
    // Grow the phrase: capitalised words, and connectors followed by a capitalised word.
    let j = i + 1;
    while (j < tokens.length && !tokens[j]!.seam && NAME_GAP.test(doc.text.slice(tokens[j - 1]!.end, tokens[j]!.start))) {
      const u = tokens[j]!;
      if (tokens[j - 1]!.possessive) break;
      if (u.cap) j++;
      else if (NAME_CONNECTORS.has(u.word) && tokens[j + 1]?.cap && NAME_GAP.test(doc.text.slice(u.end, tokens[j + 1]!.start))) j += 2;
      else break;
    }
    let from = i;
    while (from < j && tokens[from]!.initial && SENTENCE_OPENERS.has(tokens[from]!.word.toLowerCase())) from++;
    while (from < j && !tokens[from]!.cap) from++;
    const words = tokens.slice(from, j);
    if (words.length > 0 && words.filter((w) => w.cap).length <= MAX_NAME_WORDS) {
      addTerm(terms, doc, tokens, from, j);
    }
    i = j;
  }
  return { version: 1, documents: 1, terms };
}

function addTerm(terms: Record<string, TermEntry>, doc: CorpusDocument, tokens: readonly Token[], from: number, to: number): void {
  const words = tokens.slice(from, to).map((t) => t.word);
  words[words.length - 1] = words[words.length - 1]!.replace(POSSESSIVE, '');
  const name = words.join(' ');
  const entry: TermEntry = (Object.hasOwn(terms, name) ? terms[name] : undefined) ?? (terms[name] = { count: 0, initial: 0, docCount: 1, docs: Object.create(null), contexts: Object.create(null), examples: [] as string[] });
  entry.count++;
  if (tokens[from]!.initial) entry.initial++;
  entry.docs[doc.id] = (Object.hasOwn(entry.docs, doc.id) ? entry.docs[doc.id]! : 0) + 1;
  const around = [...tokens.slice(Math.max(0, from - CONTEXT_WINDOW), from), ...tokens.slice(to, to + CONTEXT_WINDOW)];
  for (const t of around) {
    const w = t.word.toLowerCase().replace(POSSESSIVE, '');
    if (w.length < 3 || SENTENCE_OPENERS.has(w) || t.cap) continue;
    entry.contexts[w] = (Object.hasOwn(entry.contexts, w) ? entry.contexts[w]! : 0) + 1;
  }
  const a = tokens[Math.max(0, from - CONTEXT_WINDOW)]!.start;
  const b = tokens[Math.min(tokens.length - 1, to - 1 + CONTEXT_WINDOW)]!.end;
  const example = `${doc.id}: ${doc.text.slice(a, b).replace(/\s+/gu, ' ')}`;
  if (!entry.examples.includes(example)) entry.examples = [...entry.examples, example].sort().slice(0, MAX_TERM_EXAMPLES);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let lineAt = 0;
  let prevEnd = 0;
  for (const w of splitNameWords(text)) {
    for (let k = lineAt; k < w.start; k++) if (text.charCodeAt(k) === 10) line++;
    lineAt = w.start;
    const cap = UPPER_START.test(w.word) && HAS_LOWER.test(w.word) && w.word.length >= 2;
    const gap = text.slice(prevEnd, w.start);
    const initial = tokens.length === 0 || w.seam || SENTENCE_END.test(gap) || gap.includes('\n');
    tokens.push({ ...w, cap, initial, line, possessive: POSSESSIVE.test(w.word) });
    prevEnd = w.end;
  }
  return tokens;
}

/** Lines of four or more words where most words are capitalised: headlines, menus, link lists. */
function findTitleCaseLines(tokens: readonly Token[]): Set<number> {
  const perLine = new Map<number, [number, number]>();
  for (const t of tokens) {
    const c = perLine.get(t.line) ?? [0, 0];
    c[0]++;
    if (t.cap || !HAS_LOWER.test(t.word)) c[1]++;
    perLine.set(t.line, c);
  }
  const out = new Set<number>();
  for (const [line, [all, caps]] of perLine) if (all >= 4 && caps / all >= 0.6) out.add(line);
  return out;
}
