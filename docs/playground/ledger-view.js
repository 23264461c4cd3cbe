// Pure helpers of the playground: no DOM, no globals, so they can be tested in Node.

/**
 * Cuts a source into the stretches the ledger leaves alone and the edits, in order.
 * Edits are the `CleanDocument.edits` of unscrape: sorted by `start`, non-overlapping, in source offsets.
 *
 * @param {string} source
 * @param {readonly {start: number, end: number, before: string, after: string}[]} edits
 * @returns {({kind: 'text', text: string} | {kind: 'edit', index: number})[]}
 */
export function segmentLedger(source, edits) {
  const out = [];
  let at = 0;
  edits.forEach((edit, index) => {
    if (edit.start > at) out.push({ kind: 'text', text: source.slice(at, edit.start) });
    out.push({ kind: 'edit', index });
    at = Math.max(at, edit.end);
  });
  if (at < source.length) out.push({ kind: 'text', text: source.slice(at) });
  return out;
}

/** True when a string is only white space (an edit to layout, not to words). */
export function isWhiteSpace(s) {
  return /^\s*$/.test(s);
}

/**
 * Shows white space that would otherwise be invisible in a struck-through or inserted span:
 * line breaks as `↵`, tabs as `→`, other spaces as `·`. Line breaks stay in the text when `keepBreaks`.
 */
export function showWhiteSpace(s, keepBreaks) {
  return s.replace(/\r\n|\r|\n|\t| |[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, (c) => {
    if (c === '\t') return '→';
    if (c === ' ') return '·';
    if (c === '\n' || c === '\r' || c === '\r\n') return keepBreaks ? `↵${c}` : '↵';
    return '␣';
  });
}

/** A stable colour per rule id (hue from a string hash), so a rule looks the same across runs. */
export function ruleColor(rule) {
  let h = 2166136261;
  for (let i = 0; i < rule.length; i++) h = Math.imul(h ^ rule.charCodeAt(i), 16777619);
  return `hsl(${(h >>> 0) % 360} 70% 42%)`;
}

/** Counts edits per rule, in order of first appearance. */
export function countByRule(edits) {
  const counts = new Map();
  for (const e of edits) counts.set(e.rule, (counts.get(e.rule) ?? 0) + 1);
  return counts;
}

/** Guesses whether pasted input is HTML (a tag near the start, or a doctype). */
export function looksLikeHtml(input) {
  const head = input.trimStart().slice(0, 2000).toLowerCase();
  return head.startsWith('<!doctype html') || /^<(html|head|body|article|div|p|main|section|span|h[1-6]|meta|title)[\s>]/.test(head);
}
