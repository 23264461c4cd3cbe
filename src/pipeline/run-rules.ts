import { composeEdits } from '../ledger/compose-edits.js';
import { findingsToEdits } from '../ledger/findings-to-edits.js';
import { applyEdits } from '../ledger/apply-edits.js';
import { forgetLineMemos } from '../detect/line-memo.js';
import { RuleContractError } from '../errors.js';
import type { Edit } from '../model/edit.js';
import type { DocumentField, Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { splitBlocks, splitLines, type Block, type Line } from '../parse/split-lines.js';
import { updateLines } from '../parse/update-lines.js';
import type { EditSpan } from '../ledger/apply-edits.js';
import type { CleanOptions } from './options.js';
import { boundaryEdits, corroborateBoundaries } from './corroborate-boundaries.js';
import { noteEdits } from '../repair/vocabulary/repair-vocabulary.js';

/**
 * Lines split before some edits, and the edits since (each with the text it left): the next `lines` are
 * found by splitting again only the lines the edits touched ({@link updateLines}).
 */
interface LinesBefore {
  readonly lines: readonly Line[];
  readonly steps: Array<{ readonly edits: readonly EditSpan[]; readonly text: string }>;
}

/** The lines of the current text: updated from lines split before the last edits, or split afresh. */
function currentLines(text: string, before: LinesBefore | null): Line[] {
  if (!before) return splitLines(text);
  let lines = before.lines;
  for (const step of before.steps) lines = updateLines(lines, step.edits, step.text);
  return lines as Line[];
}

/**
 * The context a rule is given. `lines`, `blocks` and every `memo` entry are computed on first use and
 * shared by the following rules until one of them changes the text: most rules never read them, and
 * recomputing the same analysis in every rule was the pipeline's largest fixed cost. A class, so that
 * `lines` and `blocks` are getters of its prototype: an object literal with getters is built by a slow
 * runtime call (about 2 µs, once per rule and text).
 */
class Context implements RuleContext {
  readonly text: string;
  readonly options: CleanOptions;
  readonly memo: <T>(key: string, compute: () => T) => T;
  readonly #before: LinesBefore | null;

  constructor(text: string, options: CleanOptions, cache: Map<string, unknown>, before: LinesBefore | null) {
    this.text = text;
    this.options = options;
    this.#before = before;
    this.memo = <T>(key: string, compute: () => T): T => {
      if (cache.has(key)) return cache.get(key) as T;
      const value = compute();
      cache.set(key, value);
      return value;
    };
  }

  get lines(): Line[] {
    return this.memo<Line[]>('lines', () => currentLines(this.text, this.#before));
  }

  get blocks(): Block[] {
    return this.memo<Block[]>('blocks', () => splitBlocks(this.lines));
  }
}

/** What running a pipeline over one text gives. */
export interface RunResult {
  /** The text after every rule. */
  readonly text: string;
  /** The ledger, referring to the source. */
  readonly edits: Edit[];
  /** Findings under the threshold. */
  readonly skipped: Finding[];
  /** Field values the rules found (the first finding of each field wins). */
  readonly fields: Partial<Record<DocumentField['name'], string>>;
}

/**
 * Runs the rules in order. Each rule sees the text as the rules before it left it; its findings become
 * edits in one place ({@link findingsToEdits}) and are folded into the ledger ({@link composeEdits}),
 * so every edit refers to the source. A run of consecutive `repair` rules is run again while it still
 * changes the text (at most three passes in all), because one repair can expose or attest another; a
 * text with nothing to repair pays for one pass only.
 *
 * @param source - The input text.
 * @param rules - The rules, in order; a rule switched off in `options.rules` is passed over, and so are
 *   `tidy`/`repair` rules when `options.repair` is `false`.
 * @param options - The caller's options.
 * @returns The text, the ledger, the skipped findings and the fields.
 * @example
 * ```ts
 * runRules(raw, defaultRules, {}).text;
 * ```
 */
export function runRules(source: string, rules: readonly Rule[], options: CleanOptions): RunResult {
  try {
    return runAll(source, rules, options);
  } finally {
    // The detectors' tables of this page's lines (faster than their process-wide ones) go with the run.
    forgetLineMemos();
  }
}

function runAll(source: string, rules: readonly Rule[], options: CleanOptions): RunResult {
  const minConfidence = options.minConfidence ?? 0.5;
  let text = source;
  let edits: Edit[] = [];
  const skipped: Finding[] = [];
  // Per rule and reason, the most findings one pass skipped: a repair rule run again reports again what it
  // skipped before (at other offsets, the text having changed), but two at once are two findings.
  const skippedMost = new Map<string, number>();
  // Lost word boundaries the repair rules restored so far: what corroborates a doubtful one (corroborate-boundaries.ts).
  const corroborate = options.corroborateRepairs ?? true;
  let restored = 0;
  const fields: Partial<Record<DocumentField['name'], string>> = {};
  let cache = new Map<string, unknown>();
  let linesBefore: LinesBefore | null = null;

  /** Runs one rule on the current text and folds its edits in; true when it changed the text. */
  const run = (rule: Rule): boolean => {
    if (options.rules?.[rule.id] === false) return false;
    if (options.repair === false && (rule.phase === 'tidy' || rule.phase === 'repair')) return false;
    let findings = rule.find(new Context(text, options, cache, linesBefore));
    for (const f of findings) {
      if (f.rule !== rule.id) throw new RuleContractError(rule.id, `reported a finding under another rule id (\`${f.rule}\`)`);
    }
    let isolated: readonly Finding[] = [];
    if (rule.phase === 'repair' && corroborate) ({ kept: findings, isolated } = corroborateBoundaries(findings, restored, text));
    const resolved = findingsToEdits(text, findings, minConfidence);
    if (isolated.length > 0) resolved.skipped.push(...isolated);
    const inPass = resolved.skipped.length > 0 ? new Map<string, number>() : null; // most rules skip nothing
    for (const f of resolved.skipped) {
      const key = `${f.rule}\u0000${f.reason}`;
      const n = (inPass!.get(key) ?? 0) + 1;
      inPass!.set(key, n);
      if (n <= (skippedMost.get(key) ?? 0)) continue; // reported by an earlier pass
      skippedMost.set(key, n);
      skipped.push(f);
    }
    for (const f of findings) {
      if (f.field && f.confidence >= minConfidence && fields[f.field.name] === undefined) fields[f.field.name] = f.field.value;
    }
    if (resolved.edits.length === 0) return false;
    if (rule.phase === 'repair') restored += boundaryEdits(resolved.edits);
    const next = applyEdits(text, resolved.edits);
    noteEdits(text, next, resolved.edits);
    edits = composeEdits(source, edits, resolved.edits, text);
    text = next;
    const split = cache.get('lines') as Line[] | undefined;
    if (split) linesBefore = { lines: split, steps: [{ edits: resolved.edits, text }] };
    else linesBefore?.steps.push({ edits: resolved.edits, text });
    cache = new Map();
    return true;
  };

  for (let i = 0; i < rules.length; ) {
    if (rules[i]!.phase !== 'repair') {
      run(rules[i]!);
      i++;
      continue;
    }
    // A run of repair rules goes round until it changes nothing (at most REPAIR_ROUNDS times): one repair
    // can expose or attest another (`fight.Andthe` -> `fight. Andthe` -> `fight. And the`, and `And`, now a
    // word of the text, attests `AndLegion` -> `And Legion`), so repairing the output again finds nothing.
    // A rule that found nothing to change in a text is not run on that same text again (the rules after the
    // last one that changed the text, in the round that follows): it is pure, so it would find nothing again.
    let j = i;
    while (j < rules.length && rules[j]!.phase === 'repair') j++;
    const quietIn: (string | null)[] = [];
    for (let round = 0; round < REPAIR_ROUNDS; round++) {
      let changed = false;
      for (let k = i; k < j; k++) {
        if (quietIn[k - i] === text) continue;
        const changes = run(rules[k]!);
        quietIn[k - i] = changes ? null : text;
        changed = changes || changed;
      }
      if (!changed) break;
    }
    i = j;
  }
  return { text, edits, skipped, fields };
}

/** At most this many passes over a run of `repair` rules (the first, and two more while they still change the text). */
const REPAIR_ROUNDS = 3;
