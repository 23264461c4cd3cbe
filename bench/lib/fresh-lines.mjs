// Every line of a text made new to the per-line caches, keeping its shape: a tag of the round's own
// (`q<round>z`) inserted after each line's first word. A process cleaning a corpus meets each article line
// once, but a benchmark that cleans the same pages round after round is answered from the noise rules'
// process-wide per-line tables from the second round on; tagging each round's pages keeps every line new
// (a corpus's steady state) on code the JIT has warmed. Shared by bench/profile-rules.mjs (`--tagged`) and
// bench/repair.mjs (the corpus throughput rows).

/** `text` with `q<round>z` after the first word of each line that has two words or more. */
export function freshLines(text, round) {
  return text.split('\n').map((l) => {
    const i = l.indexOf(' ');
    return i < 0 ? l : `${l.slice(0, i)} q${round}z${l.slice(i)}`;
  }).join('\n');
}
