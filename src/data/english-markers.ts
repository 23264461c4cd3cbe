/**
 * Frequent English function words that are not function words of any other language of
 * {@link WEB_LANGUAGES}: "the", "and", "that" occur in English prose at several per hundred words and almost
 * never elsewhere. Words that are common in another language were left out on purpose ("of" and "is" are
 * Dutch, "was" Dutch and German, "to" and "on" Polish and Czech, "her" Danish and Norwegian, "an" German,
 * "will" German, "for" Scandinavian, "at" Danish and Tagalog, "a" and "i" many languages).
 *
 * Written for unscrape from general knowledge of English (its most frequent function words); used by
 * {@link isClearlyEnglish} to answer `eng` without franc when English is beyond doubt.
 *
 * @example
 * ```ts
 * ENGLISH_MARKERS.includes('the'); // true
 * ENGLISH_MARKERS.includes('of'); // false (Dutch "of" = "or")
 * ```
 */
export const ENGLISH_MARKERS: readonly string[] = Object.freeze(
  'the and that with this from which were been would their they she said have has about there what when who also after but'.split(' '),
);
