// The article-extraction metric of ../shared/bench/README.md, computed exactly as it says, so our numbers
// compare with the published ones: tokens are Unicode `\w+` matches (Python's definition: letters,
// numbers, underscore), shingles are runs of 4 tokens, per-page P and R from shingle counts, P and R
// averaged over pages, F1 of the means.

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Counts of 4-token shingles of a text (a text under 4 tokens gives one shorter shingle). */
export function shingles(text) {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map();
  if (tokens.length === 0) return counts;
  if (tokens.length < 4) {
    counts.set(tokens.join(' '), 1);
    return counts;
  }
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = `${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]} ${tokens[i + 3]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** tp, fp, fn of one page. */
export function scorePage(predicted, gold) {
  const p = shingles(predicted);
  const g = shingles(gold);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of p) {
    const m = g.get(k) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [k, m] of g) fn += Math.max(0, m - (p.get(k) ?? 0));
  return { tp, fp, fn };
}

/** Mean P and R over pages, and F1 of the means. `pages` is an array of {tp, fp, fn}. */
export function aggregate(pages) {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  for (const { tp, fp, fn } of pages) {
    if (fp === 0 && fn === 0) {
      pSum += 1; pN++; rSum += 1; rN++;
      continue;
    }
    if (tp + fp > 0) { pSum += tp / (tp + fp); pN++; }
    if (tp + fn > 0) { rSum += tp / (tp + fn); rN++; }
  }
  const P = pN ? pSum / pN : 0;
  const R = rN ? rSum / rN : 0;
  return { P, R, F1: P + R > 0 ? (2 * P * R) / (P + R) : 0, pages: pages.length };
}
