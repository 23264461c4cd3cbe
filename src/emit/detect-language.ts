import { franc } from 'franc';
import { WEB_LANGUAGES } from '../data/web-languages.js';
import type { LanguageOptions } from '../pipeline/options.js';
import { isClearlyEnglish } from './is-clearly-english.js';

/**
 * How much of the body franc reads. Language identification needs a few hundred characters; more adds
 * time, not accuracy (600 characters: 96/96 correct on the benchmark pages; 2000: 93/96).
 */
const SAMPLE_CHARS = 1000;

/**
 * How much of the body the English fast path reads when the first {@link SAMPLE_CHARS} are not English beyond
 * doubt: a body that opens with a headline list, a table or a dateline has too few function words there, and
 * the same test over a longer window answers for it (see {@link detectLanguage}).
 */
const LONG_SAMPLE_CHARS = 4000;

const WEB = new Set(WEB_LANGUAGES);

/**
 * Identifies the language of a clean body with franc, as an ISO 639-3 code.
 *
 * By default franc chooses among {@link WEB_LANGUAGES} (the languages of nearly all web news), which is
 * about ten times faster than all of franc's languages and avoids its habit of calling short English
 * Scots (`sco`). Bodies under `minLength` characters answer `'und'`, as does franc when unsure.
 *
 * A sample that is English beyond doubt (English function words dense, no other language's, Latin
 * script: see `isClearlyEnglish`) answers `'eng'` without franc, about 50 times faster; so does the first
 * 4,000 characters of a body whose first 1,000 are not (a headline list, a table, a dateline: 93 of the 537
 * English documents in 600 of `bench:scale`'s corpus, each of which franc called English too). Franc decides
 * every other text.
 * This only applies when the languages to choose among are (a subset of) the web languages and include
 * English, since among them nothing else is English-like (Scots is not one).
 *
 * The longer window was checked against franc on its 1,000 characters: on the 96 benchmark pages (clean,
 * gold and scraped text: 43 texts it answers for) they agree every time, as on 6,000 random mixtures of
 * their English and other paragraphs (79). On 6,000 mixtures that open with another language's paragraph
 * (580) they differ 7 times, all on one table of American drivers' names and points under a Portuguese
 * header, with English prose filling 56-66% of the window: franc said Spanish, the window English.
 *
 * @param text - The clean body.
 * @param options - {@link LanguageOptions}: `minLength` (default 200), `only` (default
 *   {@link WEB_LANGUAGES}; `[]` for every language franc knows).
 * @returns An ISO 639-3 code, or `'und'`.
 * @example
 * ```ts
 * detectLanguage('The soldiers said they struggled to explain their decision to family back home ...'); // 'eng'
 * detectLanguage('Too short.'); // 'und'
 * ```
 */
export function detectLanguage(text: string, options: LanguageOptions = {}): string {
  const minLength = options.minLength ?? 200;
  if (text.length < minLength) return 'und';
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const only = options.only ?? WEB_LANGUAGES;
  if (only.includes('eng') && (only === WEB_LANGUAGES || only.every((code) => WEB.has(code)))) {
    if (isClearlyEnglish(sample) || (text.length > SAMPLE_CHARS && isClearlyEnglish(text.slice(0, LONG_SAMPLE_CHARS)))) return 'eng';
  }
  const guess = franc(sample, only.length > 0 ? { minLength, only: [...only] } : { minLength });
  if (guess !== 'sco') return guess;
  // Without a list, franc may still say Scots for English; ask again without it.
  const again = franc(sample, { minLength, ignore: ['sco'] });
  return again === 'eng' ? 'eng' : guess;
}
