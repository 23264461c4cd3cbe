import type { Finding } from '../model/finding.js';

/**
 * Runs an insertion-only detector until it finds nothing new: each round applies the insertions found so
 * far to a copy of the text and looks again, because a split can expose another one (`dontclaimedlast`,
 * `Coloradoitsimpossible`). Findings of later rounds are mapped back to `text`, so the rule reports them all
 * at once and running it twice changes nothing more. `word-join` uses it: what it exposes is then there for
 * `apostrophe` in the same pass (`its|impossible` -> `it's`), which a document's later passes may no longer
 * restore (its own restorations count as intact apostrophes there).
 *
 * @param text - The text the rule was given.
 * @param find - The detector; its findings must be insertions (`start === end`). Its second argument is the
 *   offsets in `text` where the text it is given has a space inserted (empty on the first round), so it
 *   can derive what it knows of the spaced text from what it knows of `text`.
 * @param rounds - At most this many extra rounds. Default: `3`.
 * @returns All findings, sorted, in `text` coordinates.
 * @example
 * ```ts
 * untilStable('dontclaimedlast', findJoins);
 * ```
 */
export function untilStable(text: string, find: (text: string, inserted: readonly number[]) => Finding[], rounds = 3): Finding[] {
  let findings = find(text, []);
  for (let round = 0; round < rounds && findings.length > 0; round++) {
    const positions = [...new Set(findings.map((f) => f.start))].sort((a, b) => a - b);
    let virtual = '';
    let at = 0;
    for (const p of positions) {
      virtual += text.slice(at, p) + ' ';
      at = p;
    }
    virtual += text.slice(at);
    const taken = new Set(positions);
    const extra: Finding[] = [];
    for (const f of find(virtual, positions)) {
      let shift = 0;
      while (shift < positions.length && positions[shift]! + shift < f.start) shift++;
      const original = f.start - shift;
      if (!taken.has(original)) {
        taken.add(original);
        extra.push({ ...f, start: original, end: original });
      }
    }
    if (extra.length === 0) break;
    findings = [...findings, ...extra].sort((x, y) => x.start - y.start);
  }
  return findings;
}
