import { InvalidInputError } from '../errors.js';
import { MAX_TERM_DOCS, MAX_TERM_EXAMPLES, type TermEntry, type TermStats } from './collect-terms.js';

/**
 * Merges two {@link TermStats}: the reduce side of variant discovery. Commutative and associative, so
 * shards can be merged in any order and grouping (`merge(merge(a, b), c)` equals `merge(a, merge(b, c))`);
 * counts add up, documents and examples keep the first ones in sort order. Assumes each document was
 * collected in one shard only (document counts add).
 *
 * @param a - Stats of some documents.
 * @param b - Stats of other documents.
 * @returns New stats; neither input is changed.
 * @throws {@link InvalidInputError} when an argument is not term stats.
 * @example
 * ```ts
 * const stats = docs.map(collectTerms).reduce(mergeTermStats);
 * ```
 */
export function mergeTermStats(a: TermStats, b: TermStats): TermStats {
  for (const s of [a, b]) {
    if (!s || s.version !== 1 || typeof s.terms !== 'object' || s.terms === null) throw new InvalidInputError('mergeTermStats() takes two TermStats (version 1)');
  }
  const terms: Record<string, TermEntry> = Object.create(null);
  for (const name of Object.keys(a.terms)) terms[name] = copy(a.terms[name]!);
  for (const name of Object.keys(b.terms)) {
    const x = b.terms[name]!;
    const y = Object.hasOwn(terms, name) ? terms[name] : undefined;
    terms[name] = y ? combine(y, x) : copy(x);
  }
  return { version: 1, documents: a.documents + b.documents, terms };
}

/**
 * Adds `source` into `target` in place (what {@link mergeTermStats} does, without copying the
 * accumulated side): for reducing many documents in one process in linear time.
 *
 * @param target - Stats that are changed.
 * @param source - Stats that are read.
 * @returns `target`.
 * @example
 * ```ts
 * const total = emptyTermStats();
 * for (const doc of docs) mergeTermStatsInto(total, collectTerms(doc));
 * ```
 */
export function mergeTermStatsInto(target: TermStats, source: TermStats): TermStats {
  for (const name of Object.keys(source.terms)) {
    const x = source.terms[name]!;
    const y = Object.hasOwn(target.terms, name) ? target.terms[name] : undefined;
    if (y) combineInto(y, x);
    else target.terms[name] = copy(x);
  }
  target.documents += source.documents;
  return target;
}

/**
 * Empty term stats, the neutral element of {@link mergeTermStats}.
 *
 * @returns `{ version: 1, documents: 0, terms: {} }` (terms without a prototype).
 * @example
 * ```ts
 * docs.map(collectTerms).reduce(mergeTermStats, emptyTermStats());
 * ```
 */
export function emptyTermStats(): TermStats {
  return { version: 1, documents: 0, terms: Object.create(null) as Record<string, TermEntry> };
}

function copy(e: TermEntry): TermEntry {
  return combine({ count: 0, initial: 0, docCount: 0, docs: {}, contexts: {}, examples: [] }, e);
}

function combine(x: TermEntry, y: TermEntry): TermEntry {
  return {
    count: x.count + y.count,
    initial: x.initial + y.initial,
    docCount: x.docCount + y.docCount,
    docs: firstKeys(addCounts(x.docs, y.docs), MAX_TERM_DOCS),
    contexts: addCounts(x.contexts, y.contexts),
    examples: [...new Set([...x.examples, ...y.examples])].sort().slice(0, MAX_TERM_EXAMPLES),
  };
}

function combineInto(x: TermEntry, y: TermEntry): void {
  x.count += y.count;
  x.initial += y.initial;
  x.docCount += y.docCount;
  for (const k of Object.keys(y.docs)) x.docs[k] = (Object.hasOwn(x.docs, k) ? x.docs[k]! : 0) + y.docs[k]!;
  x.docs = firstKeys(x.docs, MAX_TERM_DOCS);
  for (const k of Object.keys(y.contexts)) x.contexts[k] = (Object.hasOwn(x.contexts, k) ? x.contexts[k]! : 0) + y.contexts[k]!;
  if (y.examples.length > 0) x.examples = [...new Set([...x.examples, ...y.examples])].sort().slice(0, MAX_TERM_EXAMPLES);
}

function addCounts(x: Readonly<Record<string, number>>, y: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (const k of Object.keys(x)) out[k] = x[k]!;
  for (const k of Object.keys(y)) out[k] = (Object.hasOwn(out, k) ? out[k]! : 0) + y[k]!;
  return out;
}

function firstKeys(x: Record<string, number>, n: number): Record<string, number> {
  const keys = Object.keys(x);
  if (keys.length <= n) return x;
  const out: Record<string, number> = Object.create(null);
  for (const k of keys.sort().slice(0, n)) out[k] = x[k]!;
  return out;
}
