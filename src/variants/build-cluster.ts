import type { TermEntry } from './collect-terms.js';
import type { VariantCluster, VariantMember } from './cluster-terms.js';

/** A candidate name while clustering (internal to the variants code). */
export interface ClusterNode {
  readonly name: string;
  readonly entry: TermEntry;
  readonly words: readonly string[];
  usage: number;
}

/** A judged pair of names (internal). */
export interface ClusterEdge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly evidence: readonly string[];
}


/**
 * A multi-word cluster whose spellings differ only in words that a one-word cluster already joins
 * ("Igor Volobuyev" / "Igor Volubuev" beside "Volobuyev" / "Volubuev") adds nothing and could pick a
 * different canonical form: it is dropped, the one-word entry covers it.
 *
 * @param clusters - All clusters.
 * @returns Those that remain.
 * @example
 * ```ts
 * dropExplainedClusters(clusters);
 * ```
 */
export function dropExplainedClusters(clusters: readonly VariantCluster[]): VariantCluster[] {
  const wordCluster = new Map<string, number>();
  clusters.forEach((c, i) => {
    if (c.members.every((m) => !m.form.includes(' '))) for (const m of c.members) if (m.applied) wordCluster.set(m.form, i);
  });
  const explained = (a: string, b: string): boolean => {
    const x = a.split(' ');
    const y = b.split(' ');
    if (x.length !== y.length) return false;
    return x.every((w, k) => w === y[k] || (wordCluster.has(w) && wordCluster.get(w) === wordCluster.get(y[k]!)));
  };
  return clusters.filter((c) => !c.members.some((m) => m.form.includes(' ')) || !c.members.every((m) => explained(m.form, c.canonical)));
}

/**
 * Turns one group of joined names into a {@link VariantCluster}: picks the canonical form from the
 * strongly joined core, then rates every variant by the weakest link on its best path to it.
 *
 * @param ids - The group's node indices.
 * @param edges - The kept links inside the group.
 * @param nodes - All nodes.
 * @param pinned - Pinned spellings.
 * @param minConfidence - The threshold for `applied`.
 * @param usageOf - Usage by spelling, for the word-usage tie-break.
 * @returns The cluster.
 * @example
 * ```ts
 * buildCluster([0, 1], edges, nodes, new Set(), 0.7, usage);
 * ```
 */
export function buildCluster(ids: readonly number[], edges: readonly ClusterEdge[], nodes: readonly ClusterNode[], pinned: ReadonlySet<string>, minConfidence: number, usageOf: ReadonlyMap<string, number>): VariantCluster {
  // Rank: pinned, then usage (inside longer names too), documents, then how much the name's words are
  // used on their own ("Igor Volobuyev" over "Igor Volubuev" when "Volobuyev" alone is common).
  const rank = (i: number): [number, number, number, number] => {
    const n = nodes[i]!;
    const wordUsage = n.words.length > 1 ? n.words.reduce((sum, w) => sum + (usageOf.get(w) ?? 0), 0) : 0;
    return [pinned.has(n.name) ? 1 : 0, n.usage, n.entry.docCount, wordUsage];
  };
  // The canonical form comes from the strongly joined core (links >= minConfidence) with the most use,
  // so a spelling attached only weakly, for review, never becomes the canonical form.
  const core = strongCore(ids, edges, nodes, minConfidence);
  let canonical = core[0]!;
  for (const i of core.slice(1)) {
    const [p, q] = [rank(i), rank(canonical)];
    const cmp = p[0] - q[0] || p[1] - q[1] || p[2] - q[2] || p[3] - q[3] || (nodes[i]!.name < nodes[canonical]!.name ? 1 : -1);
    if (cmp > 0) canonical = i;
  }
  // Widest path from the canonical form: a variant is as sure as the weakest link that reaches it.
  const conf = new Map<number, number>([[canonical, 1]]);
  const via = new Map<number, ClusterEdge>();
  const adjacent = new Map<number, ClusterEdge[]>();
  for (const e of edges) {
    for (const end of [e.a, e.b]) {
      const list = adjacent.get(end);
      if (list) list.push(e);
      else adjacent.set(end, [e]);
    }
  }
  const done = new Set<number>();
  while (done.size < ids.length) {
    let best = -1;
    for (const [i, c] of conf) if (!done.has(i) && (best < 0 || c > conf.get(best)!)) best = i;
    if (best < 0) break;
    done.add(best);
    for (const e of adjacent.get(best) ?? []) {
      const other = e.a === best ? e.b : e.a;
      const c = Math.min(conf.get(best)!, e.score);
      if (!done.has(other) && c > (conf.get(other) ?? -1)) {
        conf.set(other, c);
        via.set(other, e);
      }
    }
  }
  // With counts from documents, a tie for the canonical form means the corpus cannot tell which
  // spelling is right ("United States" / "United Sates" once each): report, do not apply.
  const top = rank(canonical);
  const tie = nodes[canonical]!.entry.docCount > 0 && ids.some((i) => i !== canonical && rank(i).every((x, k) => x === top[k]));
  const member = (i: number): VariantMember => {
    const n = nodes[i]!;
    const c = round(tie && i !== canonical ? Math.min(conf.get(i) ?? 0, minConfidence - 0.001) : (conf.get(i) ?? 0));
    const e = via.get(i);
    const evidence = e ? [`joined to "${nodes[e.a === i ? e.b : e.a]!.name}" (score ${round(e.score)})`, ...e.evidence] : [];
    if (tie && i !== canonical) evidence.push('no spelling is used more than the others: review before applying');
    return {
      form: n.name, count: n.entry.count, docCount: n.entry.docCount, docs: Object.keys(n.entry.docs).sort(),
      confidence: c, applied: i === canonical || c >= minConfidence, evidence, examples: n.entry.examples,
    };
  };
  const variants = ids.filter((i) => i !== canonical).map(member).sort((p, q) => q.confidence - p.confidence || (p.form < q.form ? -1 : 1));
  return {
    canonical: nodes[canonical]!.name,
    confidence: variants.length > 0 ? Math.min(...variants.map((v) => v.confidence)) : 1,
    members: [member(canonical), ...variants],
  };
}

function strongCore(ids: readonly number[], edges: readonly ClusterEdge[], nodes: readonly ClusterNode[], minConfidence: number): number[] {
  const parent = new Map(ids.map((i) => [i, i]));
  const find = (i: number): number => {
    let r = i;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(i, r);
    return r;
  };
  for (const e of edges) if (e.score >= minConfidence) parent.set(find(e.a), find(e.b));
  const parts = new Map<number, number[]>();
  for (const i of ids) {
    const r = find(i);
    const list = parts.get(r);
    if (list) list.push(i);
    else parts.set(r, [i]);
  }
  const weight = (part: readonly number[]): number => part.reduce((n, i) => n + nodes[i]!.usage, 0);
  let best: number[] = [];
  for (const part of parts.values()) {
    if (best.length === 0 || weight(part) > weight(best) || (weight(part) === weight(best) && part.length > best.length)) best = part;
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

