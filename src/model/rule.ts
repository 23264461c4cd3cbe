import type { Finding } from './finding.js';
import type { Block, Line } from '../parse/split-lines.js';
import type { CleanOptions } from '../pipeline/options.js';

/**
 * The stage a rule belongs to, in pipeline order:
 * `tidy` (unicode), `repair` (seams, joins, apostrophes), `extract` (title, byline, date into fields),
 * `remove` (noise), `normalize` (spelling variants), `layout` (paragraph separators). One exception in
 * `defaultRules`: `sign-off` (phase `extract`) runs after the line noise rules (before `boilerplate`),
 * because it looks for an author line at the end of the article, which is only the end of the text once
 * the menus and credits below it are gone.
 */
export type Phase = 'tidy' | 'repair' | 'extract' | 'remove' | 'normalize' | 'layout';

/** What a rule is given: the current text and its segmentation, and the caller's options. */
export interface RuleContext {
  /** The text as it stands after the rules before this one. */
  readonly text: string;
  /**
   * `text` split into lines. In the runner's context it is computed on first read (a getter), so pass the
   * context on as it is: a copy made by spreading it (`{ ...context }`) has no `lines` and no `blocks`.
   * They hold for this call: once a rule has changed the text, the runner moves the `Line` objects of the
   * lines it did not touch to their new offsets in place (cheaper than copying them), so a rule that keeps
   * anything for later keeps offsets or strings, not `Line` or `Block` objects.
   */
  readonly lines: readonly Line[];
  /** `text` split into blocks (runs of non-blank lines); computed on first read, like `lines`. */
  readonly blocks: readonly Block[];
  /** The options `clean` was called with (rules read their own entry in `options.rules`). */
  readonly options: CleanOptions;
  /**
   * A cache shared by the rules of one run for as long as the text is unchanged: `memo(key, compute)`
   * returns what `compute` gave the first time for this text (line classes, vocabulary, header zone),
   * so rules that need the same analysis do not each redo it. Absent on hand-built contexts; read it
   * through {@link memoize}, which falls back to computing.
   */
  readonly memo?: <T>(key: string, compute: () => T) => T;
}

/**
 * Returns `compute()` for this context's text, computed once per text and shared by the rules of a run.
 *
 * @param context - The rule context.
 * @param key - A name for the analysis, unique across rules (e.g. `'line-classes'`).
 * @param compute - Computes it from `context.text`; must depend on nothing else that varies between rules.
 * @returns The (possibly cached) result.
 * @example
 * ```ts
 * const words = memoize(ctx, 'vocabulary', () => countWords(ctx.text));
 * ```
 */
export function memoize<T>(context: RuleContext, key: string, compute: () => T): T {
  return context.memo ? context.memo(key, compute) : compute();
}

/**
 * A detector in the pipeline. `find` only reports {@link Finding}s; it never edits. Its `id` is the rule id
 * in edits, stats, options and docs, and matches the file and export name (`comment-section` in
 * `detect/comment-section.ts`, exported as `detectCommentSection`).
 *
 * @example
 * ```ts
 * const shout: Rule = {
 *   id: 'shouting', phase: 'remove', description: 'Lines in capitals only.',
 *   find: ({ lines }) => lines.filter((l) => !l.blank && l.text === l.text.toUpperCase())
 *     .map((l) => ({ start: l.start, end: l.end, rule: 'shouting', reason: 'all capitals', confidence: 0.9 })),
 * };
 * clean(text, { pipeline: [...defaultRules, shout] });
 * ```
 */
export interface Rule {
  /** Kebab-case rule id. */
  readonly id: string;
  /** The stage the rule runs in. */
  readonly phase: Phase;
  /** One sentence on what the rule finds, for docs and reports. */
  readonly description: string;
  /**
   * Short inputs that show what the rule does, each one making the rule fire when cleaned with the
   * default pipeline (plus the example's `options`, for a rule that needs some, such as a dictionary).
   * The docs' Rules guide shows each one cleaned (before and after), the playground offers them, and a
   * test checks that each still makes its rule fire. Default: none.
   */
  readonly examples?: readonly (string | RuleExample)[];
  /** Reports what should change; must be pure and must not throw on any text. */
  find(context: RuleContext): readonly Finding[];
}

/**
 * An example input of a rule that needs options to fire (a plain string is enough otherwise).
 *
 * @example
 * ```ts
 * const example: RuleExample = {
 *   input: 'Fighters of the Free Russia Legion crossed the border.',
 *   options: { variants: { 'Freedom of Russia Legion': ['Free Russia Legion'] } },
 * };
 * ```
 */
export interface RuleExample {
  /** The text to clean. */
  readonly input: string;
  /** Options passed to `clean` with it. Default: none (the default pipeline and settings). */
  readonly options?: CleanOptions;
}
