import { InvalidInputError } from '../errors.js';
import { collectTerms, type CorpusDocument, type TermEntry, type TermStats } from './collect-terms.js';
import { clusterTerms, type ClusterOptions, type VariantCluster } from './cluster-terms.js';
import { emptyTermStats, mergeTermStatsInto } from './merge-term-stats.js';

/**
 * Finds spelling variants of names across a corpus: {@link collectTerms} on every document (map),
 * {@link mergeTermStats} (reduce), then {@link clusterTerms}. For corpora larger than one machine, run
 * those three steps yourself: collect per shard, ship the JSON stats, merge, cluster.
 *
 * @param corpus - Documents `{ id, text }`, or plain strings (ids `"0"`, `"1"`, ...).
 * @param options - {@link ClusterOptions}.
 * @returns The clusters; a variant with `applied: false` is a proposal under `minConfidence`.
 * @throws {@link InvalidInputError} when `corpus` is not an array of documents or strings.
 * @example
 * ```ts
 * const clusters = discoverVariants([{ id: 'a', text: 'Igor Volobuyev ...' }, { id: 'b', text: 'Igor Volubuev ...' }]);
 * const dictionary = clustersToDictionary(clusters);
 * ```
 */
export function discoverVariants(corpus: readonly (CorpusDocument | string)[], options: ClusterOptions = {}): VariantCluster[] {
  if (!Array.isArray(corpus)) throw new InvalidInputError('discoverVariants() takes an array of { id, text } documents or strings');
  const stats: TermStats = emptyTermStats();
  corpus.forEach((doc, i) => {
    mergeTermStatsInto(stats, collectTerms(typeof doc === 'string' ? { id: String(i), text: doc } : doc));
  });
  return clusterTerms(stats, options);
}

/**
 * Clusters a list of names (one spelling per entry, no documents): the same judgement as discovery,
 * without context evidence. Duplicates count as uses.
 *
 * @param names - Names, e.g. one per line of a file.
 * @param options - {@link ClusterOptions}.
 * @returns Clusters of two or more spellings.
 * @throws {@link InvalidInputError} when `names` is not an array of strings.
 * @example
 * ```ts
 * clusterNames(['Slutsky', 'Slutskiy', 'Ivanov', 'Ivanova']); // one cluster: Slutsky / Slutskiy
 * ```
 */
export function clusterNames(names: readonly string[], options: ClusterOptions = {}): VariantCluster[] {
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) throw new InvalidInputError('clusterNames() takes an array of strings');
  const terms: Record<string, TermEntry> = Object.create(null);
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/gu, ' ');
    if (name === '') continue;
    const e = Object.hasOwn(terms, name) ? terms[name] : undefined;
    if (e) e.count++;
    else terms[name] = { count: 1, initial: 0, docCount: 0, docs: {}, contexts: {}, examples: [] };
  }
  return clusterTerms({ version: 1, documents: 0, terms }, options);
}
