// The expected.json of an HTML golden case: the document's fields and its ledger (what went and why),
// without `text` (in expected.txt) and `source` (derived from input.html). Shared by the test and the
// script that regenerates the goldens, so both write the same bytes.
export function goldenJson(doc) {
  const view = {
    title: doc.title,
    byline: doc.byline,
    date: doc.date,
    lang: doc.lang,
    url: doc.url ?? null,
    paragraphs: doc.paragraphs.length,
    edits: doc.edits.map((e) => ({ start: e.start, end: e.end, rule: e.rule, before: e.before, after: e.after, reason: e.reason })),
    stats: doc.stats,
  };
  return `${JSON.stringify(view, null, 2)}\n`;
}
