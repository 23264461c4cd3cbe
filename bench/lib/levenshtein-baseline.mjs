// The README's simplest baseline: strings case- and diacritic-folded, joined when Levenshtein distance /
// longer length <= 0.25. The README does not say how pairs become clusters; two readings are given:
// `leader` (each string, in file order, joins the first cluster whose first string is close enough:
// reproduces the published surname F1 0.735) and `single` (connected components over all close pairs).
// Both compare every pair: the quadratic method the project's clustering avoids.

export function foldBaseline(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function levenshtein(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

function close(a, b, threshold) {
  const len = Math.max(a.length, b.length);
  const max = Math.floor(threshold * len);
  return Math.abs(a.length - b.length) <= max && levenshtein(a, b, max) <= max;
}

/** Clusters (arrays of the original strings) by normalised Levenshtein <= threshold; mode 'leader' or 'single'. */
export function levenshteinClusters(strings, threshold = 0.25, mode = 'leader') {
  const items = [...new Set(strings)];
  const folded = items.map(foldBaseline);
  if (mode === 'leader') {
    const leaders = [];
    const out = [];
    folded.forEach((f, i) => {
      const k = leaders.findIndex((l) => close(folded[l], f, threshold));
      if (k < 0) {
        leaders.push(i);
        out.push([items[i]]);
      } else out[k].push(items[i]);
    });
    return out;
  }
  const parent = items.map((_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (close(folded[i], folded[j], threshold)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map();
  items.forEach((s, i) => {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r).push(s);
  });
  return [...groups.values()];
}
