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
