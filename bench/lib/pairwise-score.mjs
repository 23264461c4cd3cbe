// The pairwise clustering metric of ../shared/bench/README.md (variants): every unordered pair of
// distinct strings inside one gold cluster is a gold pair; every pair inside one predicted cluster
// (restricted to strings of the gold set) is a predicted pair; P, R and F1 over pairs.

/** Unordered pair key of two strings. */
export function pairKey(a, b) {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The set of pairs inside each group of strings (groups: iterable of string arrays). */
export function pairsOf(groups, restrictTo) {
  const pairs = new Set();
  for (const group of groups) {
    const members = [...new Set(group)].filter((s) => !restrictTo || restrictTo.has(s));
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) pairs.add(pairKey(members[i], members[j]));
  }
  return pairs;
}

/** { precision, recall, f1, tp, predicted, gold } of predicted clusters against gold clusters. */
export function scorePairs(goldGroups, predictedGroups) {
  const strings = new Set(goldGroups.flat());
  const gold = pairsOf(goldGroups);
  const predicted = pairsOf(predictedGroups, strings);
  let tp = 0;
  for (const p of predicted) if (gold.has(p)) tp++;
  const precision = predicted.size ? tp / predicted.size : 1;
  const recall = gold.size ? tp / gold.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, predicted: predicted.size, gold: gold.size };
}
