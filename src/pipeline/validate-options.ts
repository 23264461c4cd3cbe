import { InvalidOptionError } from '../errors.js';
import type { CleanOptions } from './options.js';
import { validateVariantDictionary } from '../variants/variant-dictionary.js';
import { validateCorpusVocabulary } from '../repair/vocabulary/corpus-vocabulary.js';

/**
 * Throws {@link InvalidOptionError} naming the first option that has the wrong type or range.
 *
 * @param options - What the caller passed to `clean`.
 * @example
 * ```ts
 * validateOptions({ minConfidence: 2 }); // throws: option `minConfidence`: must be a number from 0 to 1
 * ```
 */
export function validateOptions(options: unknown): asserts options is CleanOptions {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidOptionError('options', 'must be an object');
  }
  const o = options as Record<string, unknown>;
  if (o.minConfidence !== undefined && (typeof o.minConfidence !== 'number' || !(o.minConfidence >= 0 && o.minConfidence <= 1))) {
    throw new InvalidOptionError('minConfidence', 'must be a number from 0 to 1');
  }
  if (o.repair !== undefined && typeof o.repair !== 'boolean') throw new InvalidOptionError('repair', 'must be a boolean');
  if (o.corroborateRepairs !== undefined && typeof o.corroborateRepairs !== 'boolean') throw new InvalidOptionError('corroborateRepairs', 'must be a boolean');
  if (o.pipeline !== undefined) {
    if (!Array.isArray(o.pipeline)) throw new InvalidOptionError('pipeline', 'must be an array of rules');
    o.pipeline.forEach((r: unknown, i) => {
      const rule = r as Record<string, unknown> | null;
      if (!rule || typeof rule.id !== 'string' || typeof rule.find !== 'function') {
        throw new InvalidOptionError(`pipeline[${i}]`, 'must be a rule with a string `id` and a `find` function');
      }
    });
  }
  if (o.rules !== undefined) {
    if (o.rules === null || typeof o.rules !== 'object' || Array.isArray(o.rules)) throw new InvalidOptionError('rules', 'must be an object keyed by rule id');
    for (const [id, v] of Object.entries(o.rules)) {
      if (v !== false && (v === null || typeof v !== 'object' || Array.isArray(v))) {
        throw new InvalidOptionError(`rules.${id}`, 'must be `false` or an object of that rule\'s settings');
      }
    }
  }
  if (o.variants !== undefined && o.variants !== false) validateVariantDictionary(o.variants, 'variants');
  if (o.vocabulary !== undefined) validateCorpusVocabulary(o.vocabulary);
  if (o.lang !== undefined && o.lang !== false) {
    if (o.lang === null || typeof o.lang !== 'object') throw new InvalidOptionError('lang', 'must be `false` or an object');
    const lang = o.lang as Record<string, unknown>;
    if (lang.minLength !== undefined && (typeof lang.minLength !== 'number' || lang.minLength < 0)) {
      throw new InvalidOptionError('lang.minLength', 'must be a number >= 0');
    }
    if (lang.only !== undefined && (!Array.isArray(lang.only) || lang.only.some((x) => typeof x !== 'string'))) {
      throw new InvalidOptionError('lang.only', 'must be an array of ISO 639-3 codes');
    }
  }
}
