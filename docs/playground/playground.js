// The unscrape playground: runs the browser build of the core on what the user pastes and shows every
// edit of the ledger in place. All page text goes through textContent (never innerHTML), so pasted
// HTML or scripts show as text.
import * as unscrape from './unscrape.js';
import { countByRule, isWhiteSpace, looksLikeHtml, ruleColor, segmentLedger, showWhiteSpace } from './ledger-view.js';
import { sampleText } from './sample.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const modeSelect = $('mode');
const hasHtml = typeof unscrape.cleanHtml === 'function';
const rules = unscrape.defaultRules ?? [];

let lastDoc = null;
const hiddenRules = new Set();

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'style') node.setAttribute('style', v);
    else if (k.startsWith('data-') || k === 'title' || k === 'role' || k === 'for') node.setAttribute(k, v);
    else node[k] = v;
  }
  for (const c of children) node.append(c);
  return node;
}

// --- setup -------------------------------------------------------------------------------------

if (!hasHtml) {
  modeSelect.querySelector('option[value=html]').disabled = true;
  const note = $('html-note');
  note.hidden = false;
  note.textContent = 'HTML input is not in this build of unscrape yet (no cleanHtml export): input is cleaned as text.';
}
$('rule-count').textContent = String(rules.length);
for (const rule of rules) {
  const box = el('input', { type: 'checkbox', checked: true, value: rule.id });
  box.addEventListener('change', run);
  $('rules').append(el('li', { title: rule.description },
    el('label', {}, box, ` ${rule.id}`, el('span', { class: 'phase' }, rule.phase))));
}

const samples = [{ label: 'a made-up article', text: sampleText }];
// Examples that need options (a dictionary, ...) are loaded as text; the playground cleans with its own options.
for (const rule of rules) {
  for (const ex of rule.examples ?? []) samples.push({ label: `example of ${rule.id}`, text: typeof ex === 'string' ? ex : ex.input });
}
let sampleIndex = 0;
$('sample').addEventListener('click', () => {
  const s = samples[sampleIndex++ % samples.length];
  input.value = s.text;
  $('sample').title = `loaded: ${s.label}`;
  run();
});
$('run').addEventListener('click', run);
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run();
});
$('min-confidence').addEventListener('change', run);
modeSelect.addEventListener('change', run);

for (const tab of document.querySelectorAll('[role=tab]')) {
  tab.addEventListener('click', () => showTab(tab.dataset.tab));
}

function showTab(name) {
  for (const tab of document.querySelectorAll('[role=tab]')) tab.setAttribute('aria-selected', String(tab.dataset.tab === name));
  for (const pane of document.querySelectorAll('[data-pane]')) pane.hidden = pane.dataset.pane !== name;
}

// --- cleaning ----------------------------------------------------------------------------------

function options() {
  const off = {};
  for (const box of $('rules').querySelectorAll('input[type=checkbox]')) if (!box.checked) off[box.value] = false;
  const minConfidence = Number($('min-confidence').value);
  return { rules: off, ...(Number.isFinite(minConfidence) ? { minConfidence } : {}) };
}

function run() {
  const text = input.value;
  const mode = modeSelect.value === 'auto' ? (hasHtml && looksLikeHtml(text) ? 'html' : 'text') : modeSelect.value;
  $('result').hidden = false;
  const error = $('error');
  error.hidden = true;
  try {
    const doc = mode === 'html' && hasHtml ? unscrape.cleanHtml(text, options()) : unscrape.clean(text, options());
    lastDoc = doc;
    render(doc, mode);
  } catch (e) {
    error.hidden = false;
    error.textContent = `${e.name ?? 'Error'}: ${e.message}`;
  }
}

// --- rendering ---------------------------------------------------------------------------------

let downloadUrl = null;

function render(doc, mode) {
  renderFields(doc, mode);
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }));
  $('download').href = downloadUrl;
  renderLegend(doc.edits);
  renderMarked(doc);
  $('clean-text').textContent = doc.text;
  renderList(doc.edits);
  $('detail').hidden = true;
  const removed = doc.edits.reduce((n, e) => n + e.before.length, 0);
  const inserted = doc.edits.reduce((n, e) => n + e.after.length, 0);
  $('summary').textContent = `${doc.edits.length} edits: ${removed} characters out, ${inserted} in; ` +
    `${doc.paragraphs.length} paragraphs kept; ${doc.skipped.length} findings under the confidence threshold.`;
}

function renderFields(doc, mode) {
  const dl = $('fields');
  dl.replaceChildren();
  const fields = [['input', mode === 'html' ? 'HTML' : 'text'], ['title', doc.title], ['byline', doc.byline], ['date', doc.date], ['lang', doc.lang]];
  for (const name of ['url', 'canonicalUrl']) if (typeof doc[name] === 'string') fields.push([name, doc[name]]);
  for (const [name, value] of fields) {
    dl.append(el('dt', {}, name), value == null ? el('dd', { class: 'none', 'data-field': name }, 'none found') : el('dd', { 'data-field': name }, value));
  }
}

function renderLegend(edits) {
  const legend = $('legend');
  legend.replaceChildren();
  for (const [rule, n] of countByRule(edits)) {
    const box = el('input', { type: 'checkbox', checked: !hiddenRules.has(rule) });
    box.addEventListener('change', () => {
      if (box.checked) hiddenRules.delete(rule);
      else hiddenRules.add(rule);
      for (const span of document.querySelectorAll(`#marked .edit`)) {
        span.classList.toggle('hidden-rule', hiddenRules.has(span.dataset.rule));
      }
    });
    legend.append(el('label', { style: `--rule-color: ${ruleColor(rule)}`, 'data-rule': rule, title: describeRule(rule) },
      box, el('span', { class: 'swatch' }), `${rule} (${n})`));
  }
}

function describeRule(id) {
  return rules.find((r) => r.id === id)?.description ?? id;
}

function renderMarked(doc) {
  const pre = $('marked');
  pre.replaceChildren();
  for (const seg of segmentLedger(doc.source, doc.edits)) {
    if (seg.kind === 'text') {
      pre.append(seg.text);
      continue;
    }
    const edit = doc.edits[seg.index];
    const ws = isWhiteSpace(edit.before) && isWhiteSpace(edit.after);
    const span = el('span', {
      class: `edit${ws ? ' ws' : ''}${hiddenRules.has(edit.rule) ? ' hidden-rule' : ''}`,
      style: `--rule-color: ${ruleColor(edit.rule)}`,
      title: `${edit.rule}: ${edit.reason}`,
      'data-edit': String(seg.index),
      'data-rule': edit.rule,
      tabIndex: 0,
    });
    if (edit.before) span.append(el('del', {}, ws ? showWhiteSpace(edit.before, true) : edit.before));
    if (edit.after) span.append(el('ins', {}, showWhiteSpace(edit.after, false)));
    span.addEventListener('click', () => select(seg.index));
    span.addEventListener('keydown', (e) => { if (e.key === 'Enter') select(seg.index); });
    pre.append(span);
  }
}

function renderList(edits) {
  const body = $('edit-list').querySelector('tbody');
  body.replaceChildren();
  edits.forEach((e, i) => {
    const row = el('tr', { 'data-edit': String(i), style: `--rule-color: ${ruleColor(e.rule)}` },
      el('td', {}, String(i + 1)),
      el('td', { class: 'rule' }, e.rule),
      el('td', { class: 'txt' }, showWhiteSpace(e.before, false)),
      el('td', { class: 'txt' }, showWhiteSpace(e.after, false)),
      el('td', {}, e.reason),
      el('td', {}, e.confidence.toFixed(2)));
    row.addEventListener('click', () => { showTab('marked'); select(i); });
    body.append(row);
  });
}

function clip(s, max = 400) {
  return s.length <= max ? s : `${s.slice(0, max - 120)} … (${s.length - max} more characters) … ${s.slice(-120)}`;
}

function select(index) {
  const e = lastDoc?.edits[index];
  if (!e) return;
  for (const s of document.querySelectorAll('#marked .edit.selected')) s.classList.remove('selected');
  const span = document.querySelector(`#marked .edit[data-edit="${index}"]`);
  span?.classList.add('selected');
  span?.scrollIntoView({ block: 'nearest' });
  const detail = $('detail');
  detail.hidden = false;
  detail.style.setProperty('--rule-color', ruleColor(e.rule));
  detail.replaceChildren(
    el('h2', {}, `Edit ${index + 1} of ${lastDoc.edits.length}: `, el('span', { class: 'rule' }, e.rule)),
    el('p', { class: 'reason' }, e.reason),
    el('p', {}, 'removed: ', el('code', {}, e.before ? clip(JSON.stringify(e.before)) : '(nothing)'),
      ' · inserted: ', el('code', {}, e.after ? clip(JSON.stringify(e.after)) : '(nothing)')),
    el('p', { class: 'muted' }, `source offsets ${e.start}–${e.end}; confidence ${e.confidence}; rule: ${describeRule(e.rule)}`),
  );
}

// Let tests and curious users reach the library from the console.
window.unscrape = unscrape;
document.body.dataset.ready = 'true';
