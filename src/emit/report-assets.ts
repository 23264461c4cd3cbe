/**
 * The fixed parts of the review report ({@link renderReport}): its style sheet and its one inline
 * script. The script reads nothing from the documents: it moves the per-rule counts (written at the end
 * of the page, see {@link createReportStream}) to the top, and toggles classes when a filter changes, so
 * no document text is ever evaluated. Its SHA-256 is pinned in the page's Content-Security-Policy
 * (any other script, e.g. one smuggled in through unescaped text, would be refused by the browser);
 * `tests/emit/render-report.test.ts` recomputes the hash so the two cannot drift.
 */
export const REPORT_SCRIPT =
  "(function(){var d=document;var t=d.getElementById('totals'),s=d.getElementById('totals-slot');if(t&&s)s.replaceWith(t);" +
  "function sync(cb){var on=cb.checked;" +
  "d.querySelectorAll('.m[data-rule=\"'+CSS.escape(cb.getAttribute('data-rule'))+'\"]').forEach(function(el){el.classList.toggle('off',!on);});}" +
  "d.querySelectorAll('#rules input[data-rule]').forEach(function(cb){cb.addEventListener('change',function(){sync(cb);});if(!cb.checked)sync(cb);});" +
  "var c=d.getElementById('clean-view');function view(){d.body.classList.toggle('clean',c.checked);}" +
  "c.addEventListener('change',view);view();})();";

/** `sha256-<base64>` of {@link REPORT_SCRIPT}, for the Content-Security-Policy. */
export const REPORT_SCRIPT_HASH = 'sha256-d/RGAptZAPFYqZGcxxljNYubgGUClfHtULV72SeLs30=';

/**
 * One class per hue, `.h0{--h:0}` to `.h359{--h:359}`: a mark of rule R has class `h<ruleHue(R)>`, so
 * the style sheet is the same for every report and written before any document.
 */
const HUES = Array.from({ length: 360 }, (_, h) => `.h${h}{--h:${h}}`).join('');

/** The report's style sheet, with a class per hue (a rule's colour is a hue from its id). */
export const REPORT_CSS = `
:root{font-family:system-ui,sans-serif;color:#1d1d1f;background:#fafafa}
body{margin:0 auto;max-width:72rem;padding:1rem 1.5rem}
h1{font-size:1.4rem;margin:.5rem 0}
h2{font-size:1.1rem;margin:0 0 .4rem}
table{border-collapse:collapse;margin:.5rem 0}
th,td{padding:.2rem .6rem;text-align:left;border-bottom:1px solid #ddd}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.sw{display:inline-block;width:.9em;height:.9em;border-radius:2px;background:hsl(var(--h) 70% 75%);margin-right:.4em;vertical-align:-.1em}
.doc{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem;margin:1rem 0}
.meta{color:#555;font-size:.9rem;margin:0 0 .6rem}
.meta b{color:#1d1d1f}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:ui-monospace,monospace;font-size:.85rem;line-height:1.5;margin:0}
del.m,.m>del{background:hsl(var(--h) 80% 90%);color:#6b6b6b;text-decoration:line-through 2px hsl(var(--h) 65% 40%)}
ins.m,.m>ins{background:hsl(var(--h) 75% 80%);text-decoration:underline 2px hsl(var(--h) 65% 35%)}
.m[title]{cursor:help}
del.m.off,.m.off>del{background:none;color:inherit;text-decoration:none}
ins.m.off,.m.off>ins{display:none}
.clean del.m:not(.off),.clean .m:not(.off)>del{display:none}
.clean ins.m:not(.off),.clean .m:not(.off)>ins{background:none;text-decoration:none}
.ws{color:#999}
.pending{color:#777;font-style:italic}
footer{color:#777;font-size:.8rem;margin:2rem 0}
${HUES}`;
