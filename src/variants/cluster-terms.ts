import { InvalidOptionError } from '../errors.js';
import type { TermEntry, TermStats } from './collect-terms.js';
import { compareNames, genderSignatures, nameTokens, type CompareOptions } from './compare-names.js';
import { skeletonKey, translitKey } from './translit-key.js';
import { buildCluster, dropExplainedClusters, type ClusterEdge as Edge, type ClusterNode as Node } from './build-cluster.js';

/** Options of {@link clusterTerms} and {@link discoverVariants}. Every field is optional. */
export interface ClusterOptions extends CompareOptions {
  /**
   * Variants at or above this confidence are proposed for the dictionary (`applied: true`); those below
   * are reported only. Default: `0.7` (range 0..1).
   */
  readonly minConfidence?: number;
  /** Pairs weaker than this are not reported at all. Default: `0.5`. */
  readonly reportConfidence?: number;
  /** Spellings that must be the canonical form of their cluster (two pinned forms never merge). Default: `[]`. */
  readonly pin?: readonly string[];
  /** Pairs of spellings that must never be joined, directly or through others. Default: `[]`. */
  readonly veto?: readonly (readonly [string, string])[];
  /**
   * Blocks (groups of names sharing a key) up to this size are compared pair by pair; in a larger block
   * each name is compared with its 10 neighbours in key order only (sorted neighbourhood), so the work
   * stays linear however common a key is. Default: `50`.
   */
  readonly maxBlockSize?: number;
  /** Terms seen fewer times than this are left out. Default: `1`. */
  readonly minCount?: number;
}

/** One spelling in a {@link VariantCluster}. */
export interface VariantMember {
  /** The spelling. */
  readonly form: string;
  /** Occurrences as a whole name. */
  readonly count: number;
  /** Documents it occurs in. */
  readonly docCount: number;
  /** Some of those documents (ids). */
  readonly docs: readonly string[];
  /** How sure the join to the canonical form is (the weakest link on the best path), 0..1; 1 for the canonical. */
  readonly confidence: number;
  /** True when the confidence reaches `minConfidence`: the variant goes into the dictionary. */
  readonly applied: boolean;
  /** What joined it: keys, distances, aligned words, shared contexts. */
  readonly evidence: readonly string[];
  /** Example contexts, `"<doc id>: …"`. */
  readonly examples: readonly string[];
}

/** A group of spellings of one name, with the proposed canonical form. */
export interface VariantCluster {
  /** The proposed spelling: the most used (usage inside longer names counts), ties by documents. */
  readonly canonical: string;
  /** The lowest confidence among the variants. */
  readonly confidence: number;
  /** The canonical form first, then the variants, most confident first. */
  readonly members: readonly VariantMember[];
}

/**
 * Groups the candidate names of a corpus into clusters of spelling variants: the cluster side of
 * discovery. Only names that share a blocking key are compared (never all pairs): the skeleton key and
 * the one-deletion neighbourhood of the transliteration key of one-word names; pairs of word skeletons
 * of multi-word names. Each pair is judged by {@link compareNames}; shared context words raise the
 * score, and two spellings both used repeatedly in one document lower it (a writer rarely alternates
 * spellings of one name; Austria and Australia do meet in one text). Pairs are joined strongest first;
 * a join that would put a gender pair, a vetoed pair or two pinned forms in one cluster is refused.
 *
 * @param stats - Term stats from {@link collectTerms} / {@link mergeTermStats}.
 * @param options - {@link ClusterOptions}.
 * @returns Clusters of two or more spellings, largest usage first.
 * @throws {@link InvalidOptionError} on a bad option.
 * @example
 * ```ts
 * clusterTerms(corpus.map(collectTerms).reduce(mergeTermStats)).map((c) => c.canonical);
 * ```
 */
export function clusterTerms(stats: TermStats, options: ClusterOptions = {}): VariantCluster[] {
  validateClusterOptions(options);
  const minConfidence = options.minConfidence ?? 0.7;
  const report = Math.min(options.reportConfidence ?? 0.5, minConfidence);
  const maxBlock = options.maxBlockSize ?? 50;
  const minCount = options.minCount ?? 1;
  const pinned = new Set(options.pin ?? []);
  const vetoed = new Set((options.veto ?? []).map(([x, y]) => pairKey(x, y)));

  const nodes: Node[] = Object.keys(stats.terms)
    .filter((name) => stats.terms[name]!.count >= minCount)
    .sort()
    .map((name) => ({ name, entry: stats.terms[name]!, words: name.split(' '), usage: stats.terms[name]!.count }));
  countUsageInsideLongerNames(nodes);

  // Spellings with the same transliteration key in every word are joined to the first of them directly
  // (score 0.92, as compareNames would give); only one of each such group takes part in blocking.
  const edges: Edge[] = [];
  const firstOfKey = new Map<string, number>();
  const representatives: number[] = [];
  nodes.forEach((n, i) => {
    const key = n.words.map((w) => translitKey(w) || w).join(' ');
    const rep = firstOfKey.get(key);
    if (rep === undefined) {
      firstOfKey.set(key, i);
      representatives.push(i);
      return;
    }
    if (vetoed.has(pairKey(nodes[rep]!.name, n.name))) return;
    const { score, evidence } = weighWithCorpus(0.92, [`"${nodes[rep]!.name}" ~ "${n.name}": same transliteration key "${key}"`], nodes[rep]!, n);
    if (score >= report) edges.push({ a: rep, b: i, score, evidence });
  });
  for (const [a, b] of candidatePairs(nodes, representatives, maxBlock)) {
    const x = nodes[a]!;
    const y = nodes[b]!;
    if (vetoed.has(pairKey(x.name, y.name))) continue;
    const m = compareNames(x.name, y.name, options);
    if (!m) continue;
    const { score, evidence } = weighWithCorpus(m.score, [...m.evidence], x, y);
    if (score >= report) edges.push({ a, b, score, evidence });
  }
  edges.sort((e, f) => f.score - e.score || e.a - f.a || e.b - f.b);

  // Strongest joins first; refuse a join that would hold a forbidden pair.
  const parent = nodes.map((_, i) => i);
  const groups: Group[] = nodes.map((n, i) => ({ ids: [i], pinned: pinned.has(n.name), genders: genderSignatures(n.name) }));
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const kept: Edge[] = [];
  for (const e of edges) {
    const ra = find(e.a);
    const rb = find(e.b);
    if (ra === rb) {
      kept.push(e);
      continue;
    }
    const ga = groups[ra]!;
    const gb = groups[rb]!;
    // A weak link (under minConfidence) may attach a lone spelling for review, never bridge two groups.
    if (e.score < minConfidence && ga.ids.length > 1 && gb.ids.length > 1) continue;
    if (forbidden(ga, gb, nodes, vetoed)) continue;
    const [big, small, rBig, rSmall] = ga.ids.length >= gb.ids.length ? [ga, gb, ra, rb] : [gb, ga, rb, ra];
    parent[rSmall] = rBig;
    for (const i of small.ids) big.ids.push(i);
    for (const [k, g] of small.genders) big.genders.set(k, g);
    big.pinned ||= small.pinned;
    small.ids = [];
    kept.push(e);
  }

  const byRoot = new Map<number, Edge[]>();
  for (const e of kept) {
    const r = find(e.a);
    const list = byRoot.get(r);
    if (list) list.push(e);
    else byRoot.set(r, [e]);
  }
  const usageOf = new Map(nodes.map((n) => [n.name, n.usage]));
  const built: VariantCluster[] = [];
  for (const [root, clusterEdges] of byRoot) {
    built.push(buildCluster(groups[root]!.ids, clusterEdges, nodes, pinned, minConfidence, usageOf));
  }
  const clusters = dropExplainedClusters(built);
  const usage = (c: VariantCluster): number => c.members.reduce((n, m) => n + m.count, 0);
  return clusters.sort((c, d) => usage(d) - usage(c) || (c.canonical < d.canonical ? -1 : 1));
}

function pairKey(x: string, y: string): string {
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

/** A name used inside a longer name counts as used there too ("Free Russia" inside "Free Russia Legion"). */
function countUsageInsideLongerNames(nodes: Node[]): void {
  const index = new Map(nodes.map((n, i) => [n.name, i]));
  for (const n of nodes) {
    for (let len = 1; len < n.words.length; len++) {
      for (let s = 0; s + len <= n.words.length; s++) {
        const k = index.get(n.words.slice(s, s + len).join(' '));
        if (k !== undefined) nodes[k]!.usage += n.entry.count;
      }
    }
  }
}

const WINDOW = 10;

function candidatePairs(nodes: readonly Node[], ids: readonly number[], maxBlock: number): [number, number][] {
  const blocks = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const b = blocks.get(key);
    if (!b) blocks.set(key, [i]);
    else if (b[b.length - 1] !== i) b.push(i);
  };
  for (const i of ids) {
    const n = nodes[i]!;
    const { content } = nameTokens(n.name);
    if (content.length === 1) {
      const w = content[0]!;
      add(`s:${skeletonKey(w)}`, i);
      const key = translitKey(w);
      add(`d:${key}`, i);
      if (key.length >= 5) for (let k = 0; k < key.length; k++) add(`d:${key.slice(0, k)}${key.slice(k + 1)}`, i);
      if (key.length >= 7 && /(?:as|is|us)$/u.test(key)) add(`d:${key.slice(0, -2)}`, i); // Polockas / Polock
    } else {
      add(`d:${translitKey(content.join(''))}`, i); // Rafat Nejad / Rafatnejad
      // Any two words' skeleton prefixes (word order free); for two-word names also each word's key,
      // since a derived word (Free / Freedom) leaves only one word to share.
      const sk = content.slice(0, 5).map((w) => skeletonKey(w).slice(0, 3));
      for (let p = 0; p < sk.length; p++) for (let q = p + 1; q < sk.length; q++) add(`m:${[sk[p], sk[q]].sort().join('|')}`, i);
      if (content.length === 2) for (const w of content) add(`a:${translitKey(w)}`, i);
    }
  }
  const sortKeys = new Map<number, string>();
  const sortKey = (i: number): string => {
    let k = sortKeys.get(i);
    if (k === undefined) sortKeys.set(i, (k = translitKey(nodes[i]!.name.replace(/\s+/gu, ''))));
    return k;
  };
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = nodes.length;
  for (const raw of blocks.values()) {
    if (raw.length < 2) continue;
    // Sorted neighbourhood for big blocks (Hernández & Stolfo, "The merge/purge problem", 1995).
    const big = raw.length > maxBlock;
    const block = big ? [...raw].sort((p, q) => (sortKey(p) < sortKey(q) ? -1 : sortKey(p) > sortKey(q) ? 1 : p - q)) : raw;
    const reach = big ? WINDOW : block.length;
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length && y <= x + reach; y++) {
        const a = Math.min(block[x]!, block[y]!);
        const b = Math.max(block[x]!, block[y]!);
        const id = a * n + b;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

function weighWithCorpus(base: number, evidence: string[], x: Node, y: Node): { score: number; evidence: string[] } {
  let score = base;
  const shared = sharedContexts(x.entry.contexts, y.entry.contexts);
  if (shared.cosine > 0) {
    score += 0.1 * Math.min(1, shared.cosine * 2);
    evidence.push(`shared context words: ${shared.words.join(', ')} (cosine ${shared.cosine.toFixed(2)})`);
  }
  for (const doc of Object.keys(x.entry.docs)) {
    const cx = x.entry.docs[doc]!;
    const cy = Object.hasOwn(y.entry.docs, doc) ? y.entry.docs[doc]! : 0;
    if (cx >= 2 && cy >= 2) {
      score -= 0.3;
      evidence.push(`both spellings used repeatedly in ${doc}: likely two different names`);
      break;
    }
  }
  return { score: Math.min(0.98, score), evidence };
}

function sharedContexts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): { cosine: number; words: string[] } {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const words: [string, number][] = [];
  for (const w of Object.keys(a)) {
    na += a[w]! ** 2;
    if (Object.hasOwn(b, w)) {
      dot += a[w]! * b[w]!;
      words.push([w, a[w]! * b[w]!]);
    }
  }
  for (const w of Object.keys(b)) nb += b[w]! ** 2;
  if (dot === 0) return { cosine: 0, words: [] };
  words.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  return { cosine: dot / Math.sqrt(na * nb), words: words.slice(0, 5).map(([w]) => w) };
}

interface Group {
  ids: number[];
  pinned: boolean;
  /** Gender signatures of the members (see `genderSignatures`): a join may not hold both sides of one. */
  readonly genders: Map<string, 'm' | 'f'>;
}

function forbidden(x: Group, y: Group, nodes: readonly Node[], vetoed: ReadonlySet<string>): boolean {
  if (x.pinned && y.pinned) return true;
  const [small, big] = x.genders.size <= y.genders.size ? [x, y] : [y, x];
  for (const [k, g] of small.genders) if (big.genders.has(k) && big.genders.get(k) !== g) return true;
  if (vetoed.size > 0) {
    for (const i of x.ids) for (const j of y.ids) if (vetoed.has(pairKey(nodes[i]!.name, nodes[j]!.name))) return true;
  }
  return false;
}

/**
 * Checks an options object for {@link clusterTerms} (which calls it first) and throws
 * {@link InvalidOptionError} naming the first bad field of {@link ClusterOptions}: `minConfidence`,
 * `reportConfidence`, `maxDistance` and `maxTokenDistance` must be numbers from 0 to 1, `maxBlockSize` and
 * `minCount` integers of at least 1, `pin` an array of strings, `veto` an array of `[string, string]` pairs.
 * Unknown fields are ignored. Useful to reject a bad configuration before a long run starts.
 *
 * @param options - The value to check; it must be an object (`{}` is valid: every field is optional).
 * @example
 * ```ts
 * validateClusterOptions({ minConfidence: 0.8, pin: ['Kyiv'] }); // passes
 * validateClusterOptions({ minCount: 0 }); // throws InvalidOptionError: option `minCount`: must be an integer >= 1
 * ```
 */
export function validateClusterOptions(options: unknown): asserts options is ClusterOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new InvalidOptionError('options', 'must be an object');
  const o = options as Record<string, unknown>;
  for (const k of ['minConfidence', 'reportConfidence', 'maxDistance', 'maxTokenDistance']) {
    const v = o[k];
    if (v !== undefined && (typeof v !== 'number' || !(v >= 0 && v <= 1))) throw new InvalidOptionError(k, 'must be a number from 0 to 1');
  }
  for (const k of ['maxBlockSize', 'minCount']) {
    const v = o[k];
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 1)) throw new InvalidOptionError(k, 'must be an integer >= 1');
  }
  if (o.pin !== undefined && (!Array.isArray(o.pin) || o.pin.some((x) => typeof x !== 'string'))) throw new InvalidOptionError('pin', 'must be an array of strings');
  if (o.veto !== undefined && (!Array.isArray(o.veto) || o.veto.some((p) => !Array.isArray(p) || p.length !== 2 || p.some((x: unknown) => typeof x !== 'string')))) {
    throw new InvalidOptionError('veto', 'must be an array of [string, string] pairs');
  }
}
