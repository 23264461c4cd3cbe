/**
 * Words that show a sentence has a finite verb or a subject (English): auxiliaries, reporting verbs and
 * subject pronouns. A caption is mostly a noun phrase ("Rally in support of the Legion in Toronto,
 * Canada."), an article sentence has a verb; with a past-tense "-ed" word (checked in code) these tell
 * the two apart. Written for unscrape from general knowledge of English grammar (the observation that
 * captions are verbless noun phrases is a common one in news style guides).
 */
export const FINITE_VERB_WORDS: ReadonlySet<string> = new Set(
  ('is are was were be been am has have had do does did will would can could shall should may might must ' +
    'said says say told tells according he she they we i you it there this').split(' '),
);
