import { franc } from 'franc';
import type { LanguageOptions } from '../pipeline/options.js';

/** How much of the body franc reads at most; more adds time, not accuracy. */
const SAMPLE_CHARS = 4000;

/**
 * Identifies the language of a clean body with franc, as an ISO 639-3 code.
 *
 * franc often labels short English as Scots (`sco`); when it answers `sco`, the guess is made again
 * without Scots and kept if it is English. Texts under `minLength` characters answer `'und'`.
 *
 * @param text - The clean body.
 * @param options - {@link LanguageOptions}; default `minLength` 200, all languages.
 * @returns An ISO 639-3 code, or `'und'`.
 * @example
 * ```ts
 * detectLanguage('The soldiers said they struggled to explain their decision ...'); // 'eng'
 * ```
 */
export function detectLanguage(text: string, options: LanguageOptions = {}): string {
  const minLength = options.minLength ?? 200;
  if (text.length < minLength) return 'und';
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const only = options.only ? [...options.only] : undefined;
  const guess = franc(sample, { minLength, ...(only ? { only } : {}) });
  if (guess !== 'sco') return guess;
  const again = franc(sample, { minLength, ...(only ? { only } : {}), ignore: ['sco'] });
  return again === 'eng' ? 'eng' : guess;
}
