import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from '../../src/errors.js';
import { collectTerms, type CorpusDocument, type TermStats } from '../../src/variants/collect-terms.js';
import { clusterTerms, type VariantCluster } from '../../src/variants/cluster-terms.js';
import { clusterNames, discoverVariants } from '../../src/variants/discover-variants.js';
import { mergeTermStats } from '../../src/variants/merge-term-stats.js';

const seedsDir = join(import.meta.dirname, '../../seeds');
const seeds: CorpusDocument[] = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(seedsDir, f), 'utf8') }));

/** Clusters as plain sorted data, to compare runs. */
function shape(clusters: readonly VariantCluster[]) {
  return clusters.map((c) => ({ canonical: c.canonical, members: c.members.map((m) => [m.form, m.count, m.confidence, m.applied]) }));
}

const merge = (stats: TermStats[]): TermStats => stats.reduce(mergeTermStats);

describe('collectTerms', () => {
  it('collects capitalised words and multi-word names with counts, contexts and examples', () => {
    const stats = collectTerms({ id: 'a', text: 'Igor Volubuev joined the Freedom of Russia Legion. Volubuev declined the Legion’s offer.' });
    expect(Object.keys(stats.terms).sort()).toEqual(['Freedom of Russia Legion', 'Igor Volubuev', 'Legion', 'Volubuev']);
    expect(stats.terms['Volubuev']).toMatchObject({ count: 1, initial: 1, docCount: 1, docs: { a: 1 } });
    expect(stats.terms['Legion']?.contexts).toHaveProperty('declined');
    expect(stats.terms['Igor Volubuev']?.examples[0]).toMatch(/^a: Igor Volubuev joined/);
  });

  it('drops sentence openers, splits at possessives and lost spaces, skips title-case lines and acronyms', () => {
    const text = 'When Free Russia was formed, NATO said so.\nWho Are the Soldiers Behind the Legion?\nUkraine’s Armed Forces said that the LegionThe unit was there.';
    const names = Object.keys(collectTerms({ id: 'b', text }).terms).sort();
    expect(names).toEqual(['Armed Forces', 'Free Russia', 'Legion', 'Ukraine']);
  });

  it('is JSON-serialisable', () => {
    const stats = collectTerms(seeds[0]!);
    expect(JSON.parse(JSON.stringify(stats))).toEqual(stats);
  });

  it('throws on a non-document', () => {
    expect(() => collectTerms('text' as never)).toThrow(InvalidInputError);
    expect(() => mergeTermStats({} as never, {} as never)).toThrow(InvalidInputError);
  });
});

describe('map / reduce', () => {
  const whole = discoverVariants(seeds);

  it('four shards merged give the same clusters as the whole corpus', () => {
    const docs = [...seeds, { id: 'x1', text: 'Igor Volubuev met Tsezar in Kyiv.' }, { id: 'x2', text: 'The Free Russian Legion fought. Slutsky and Slutskiy spoke.' }];
    const all = clusterTerms(merge(docs.map(collectTerms)));
    const shards = [docs.slice(0, 2), docs.slice(2, 3), docs.slice(3, 5), docs.slice(5)];
    const shardStats = shards.map((s) => merge(s.map(collectTerms)));
    // Shipped as JSON between machines, merged in another order and grouping.
    const shipped = shardStats.map((s) => JSON.parse(JSON.stringify(s)) as TermStats);
    const merged = mergeTermStats(mergeTermStats(shipped[3]!, shipped[1]!), mergeTermStats(shipped[2]!, shipped[0]!));
    expect(shape(clusterTerms(merged))).toEqual(shape(all));
    expect(all.length).toBeGreaterThan(3);
  });

  it('merging is commutative and associative on the stats themselves', () => {
    const [a, b, c] = seeds.slice(0, 3).map(collectTerms) as [TermStats, TermStats, TermStats];
    const norm = (s: TermStats) => JSON.parse(JSON.stringify(s, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v)));
    expect(norm(mergeTermStats(a, b))).toEqual(norm(mergeTermStats(b, a)));
    expect(norm(mergeTermStats(mergeTermStats(a, b), c))).toEqual(norm(mergeTermStats(a, mergeTermStats(b, c))));
  });

  it('finds the seed variants: the Legion, Volobuyev / Volubuev, Caesar / Tsezar', () => {
    const find = (form: string) => whole.find((c) => c.members.some((m) => m.form === form && m.applied));
    expect(find('Freedom of Russia Legion')?.canonical).toBe('Free Russia Legion');
    expect(find('Free Russian Legion')?.canonical).toBe('Free Russia Legion');
    expect(find('Volobuyev')?.canonical).toBe('Volubuev');
    expect(find('Tsezar')?.canonical).toBe('Caesar');
    const legion = find('Freedom of Russia Legion')!;
    const variant = legion.members.find((m) => m.form === 'Freedom of Russia Legion')!;
    expect(variant.evidence.join(' ')).toMatch(/Free" ~ "Freedom/);
    expect(variant.docs.length).toBeGreaterThan(0);
    expect(variant.examples.length).toBeGreaterThan(0);
  });
});

describe('clustering traps and policies', () => {
  it('Austria and Australia stay apart, even side by side in one text', () => {
    const text = 'Austria and Australia play. Austria won; Australia lost. Austria, Australia.';
    expect(discoverVariants([text])).toEqual([]);
    expect(clusterNames(['Austria', 'Australia'])).toEqual([]);
  });

  it('Ivanov and Ivanova are different people (policy), also through a third spelling', () => {
    expect(clusterNames(['Ivanov', 'Ivanova'])).toEqual([]);
    const clusters = clusterNames(['Ivanov', 'Iwanow', 'Ivanova', 'Iwanowa']);
    for (const c of clusters) {
      const forms = c.members.map((m) => m.form);
      expect(forms.some((f) => /a$/.test(f)) && forms.some((f) => !/a$/.test(f))).toBe(false);
    }
    expect(clusters).toHaveLength(2);
  });

  it('two spellings both used repeatedly in one document are probably two names', () => {
    const text = 'Petrov met Petrow. Petrov spoke, Petrow listened.';
    const [c] = discoverVariants([text]);
    expect(c?.members[1]?.applied).toBe(false);
    expect(c?.members[1]?.evidence.join(' ')).toMatch(/both spellings used repeatedly/);
  });

  it('the canonical form is the most used (ties by documents); a pinned form wins', () => {
    const docs = ['Slutsky spoke.', 'Slutsky spoke again.', 'Slutskiy spoke.'];
    expect(discoverVariants(docs)[0]?.canonical).toBe('Slutsky');
    expect(discoverVariants(docs, { pin: ['Slutskiy'] })[0]?.canonical).toBe('Slutskiy');
  });

  it('a tie between spellings is reported, not applied', () => {
    const [c] = discoverVariants(['Slutsky spoke.', 'Slutskiy spoke.']);
    expect(c?.members.slice(1).every((m) => !m.applied)).toBe(true);
  });

  it('a vetoed pair never joins, not even through a third spelling', () => {
    const names = ['Slutsky', 'Slutskiy', 'Slutskij'];
    expect(clusterNames(names)[0]?.members).toHaveLength(3);
    const vetoed = clusterNames(names, { veto: [['Slutsky', 'Slutskij']] });
    for (const c of vetoed) expect(c.members.map((m) => m.form).sort()).not.toEqual(expect.arrayContaining(['Slutskij', 'Slutsky']));
  });

  it('two pinned forms never merge', () => {
    expect(clusterNames(['Slutsky', 'Slutskiy'], { pin: ['Slutsky', 'Slutskiy'] })).toEqual([]);
  });

  it('proposals under minConfidence are reported with applied: false', () => {
    const [c] = clusterNames(['Radkov', 'Radzkou']);
    expect(c?.members[1]).toMatchObject({ applied: false });
    expect(c!.confidence).toBeLessThan(0.7);
  });

  it('throws InvalidOptionError naming a bad option', () => {
    expect(() => clusterNames(['a'], { minConfidence: 2 })).toThrow(InvalidOptionError);
    expect(() => clusterNames(['a'], { veto: [['a']] as never })).toThrow(/veto/);
    expect(() => clusterNames(['a'], { maxBlockSize: 0 })).toThrow(/maxBlockSize/);
    expect(() => clusterNames('a' as never)).toThrow(InvalidInputError);
  });
});

describe('mergeTermStatsInto', () => {
  it('gives what mergeTermStats gives, in place', async () => {
    const { emptyTermStats, mergeTermStatsInto } = await import('../../src/variants/merge-term-stats.js');
    const stats = seeds.map(collectTerms);
    const total = emptyTermStats();
    for (const s of stats) mergeTermStatsInto(total, s);
    expect(shape(clusterTerms(total))).toEqual(shape(clusterTerms(merge(seeds.map(collectTerms)))));
    expect(total.documents).toBe(seeds.length);
  });
});
