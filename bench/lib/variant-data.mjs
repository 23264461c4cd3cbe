// Reads the real name-variant clusters of ../shared/bench/variants (OFAC and GeoNames; see its README).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir } from './bench-data.mjs';

export const variantsDir = join(benchDir, 'variants');

export function requireVariantsDir() {
  if (!existsSync(join(variantsDir, 'variants.tsv'))) {
    console.error(`variant data not found at ${variantsDir} (set UNSCRAPE_BENCH_DIR)`);
    process.exit(2);
  }
}

/** Map cluster id -> strings, from one TSV file (header `cluster_id\tvariant`). */
function readClusters(file) {
  const clusters = new Map();
  const lines = readFileSync(join(variantsDir, file), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    if (!line.trim()) continue;
    const [id, variant] = line.split('\t');
    if (!clusters.has(id)) clusters.set(id, []);
    clusters.get(id).push(variant.trim());
  }
  return clusters;
}

/** { surnames, persons, places }: each an array of gold clusters (arrays of strings). */
export function variantSets() {
  const all = readClusters('variants.tsv');
  const pick = (prefix) => [...all].filter(([id]) => id.startsWith(prefix)).map(([, v]) => v);
  return {
    surnames: [...readClusters('surname_variants.tsv').values()],
    persons: pick('ofac:'),
    places: pick('geonames:'),
  };
}
