import type { Rule } from '../model/rule.js';
import type { VariantDictionary } from '../variants/variant-dictionary.js';
import type { CorpusVocabulary } from '../repair/vocabulary/corpus-vocabulary.js';

/**
 * Options of {@link clean}. Every field is optional; `false` turns a step off.
 *
 * @example
 * ```ts
 * clean(text, { rules: { 'repeated-line': false }, minConfidence: 0.7 });
 * ```
 */
export interface CleanOptions {
  /** The ordered list of rules to run. Default: {@link defaultRules}. Copy, reorder or trim it. */
  readonly pipeline?: readonly Rule[];
  /**
   * Per-rule settings keyed by rule id: `false` turns the rule off; an object is passed to the rule
   * (see each rule's docs for its fields). Default: `{}` (every rule in `pipeline` on, with its defaults).
   */
  readonly rules?: Readonly<Record<string, false | Readonly<Record<string, unknown>>>>;
  /**
   * `false` skips every rule of the `tidy` and `repair` phases (unicode tidy, seams, word joins, apostrophes);
   * to turn off one repair use `rules: {'<id>': false}`. Default: `true` (repairs on).
   */
  readonly repair?: boolean;
  /**
   * `true` applies a doubtful lost word boundary (a space a repair inserts with confidence under 0.9:
   * `formedin`, `LegionIn`) only when the document shows two other lost boundaries, or is shorter than
   * 2,000 characters (too short to tell); one left alone is reported in `skipped`, with the reason. Damage
   * is systematic (one scraper, one template), while a long, otherwise intact page holds rare words the
   * repairs would split (`assailed`, `overdo`). `false` applies each on its own evidence. Default: `true`.
   */
  readonly corroborateRepairs?: boolean;
  /** Findings with a lower confidence are reported in `skipped`, not applied. Default: `0.5` (range 0..1). */
  readonly minConfidence?: number;
  /**
   * Language identification of the clean body (franc). `false` skips it (`lang` is then `'und'`).
   * Default: `{}`.
   */
  readonly lang?: false | LanguageOptions;
  /**
   * A spelling-variants dictionary (`{"Free Russia Legion": ["Freedom of Russia Legion"]}`): the
   * `variants` rule replaces every listed variant with its canonical form. Load a file with
   * `parseVariantDictionary`. Default: none (`false` too: the rule does nothing).
   */
  readonly variants?: VariantDictionary | false;
  /**
   * The word forms of the whole corpus (`countCorpusVocabulary`, or a file read with
   * `parseCorpusVocabulary`): `case-seam` and `word-join` leave a form whole that stands intact in three
   * documents or more and far more often than the corpus writes its parts apart (`isWordInCorpus`:
   * `assailed`, `hodgepodge`), as they do a form that recurs in the document. It only ever keeps a form
   * whole, never splits one. Default: none (each document is its own evidence).
   */
  readonly vocabulary?: CorpusVocabulary;
}

/** Options of language identification. */
export interface LanguageOptions {
  /** Bodies shorter than this many characters get `'und'`. Default: `200`. */
  readonly minLength?: number;
  /**
   * ISO 639-3 codes to choose among (franc's `only`). Default: {@link WEB_LANGUAGES}, the ~60 languages of
   * nearly all web news; `[]` lets franc choose among every language it knows (slower, and short English
   * may come out as Scots).
   */
  readonly only?: readonly string[];
}
