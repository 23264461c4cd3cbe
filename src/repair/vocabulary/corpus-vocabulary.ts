import { InvalidOptionError } from '../../errors.js';
import { englishLexicon } from './english-lexicon.js';
import { addPairCounts, countPairs, PAIR_SLOTS, pairEntries, pairSlot, readPairEntries } from './pair-counts.js';
import { tallyWordForms } from './tally-word-forms.js';

export { PAIR_SLOTS } from './pair-counts.js';

/**
 * The corpus's evidence on word forms: the forms a repair may question, each with the number of documents it
 * stands in, and how often the corpus writes pairs of words apart. `case-seam` and `word-join` take a form
 * as a word, as they do one that recurs in the document, when it stands intact in
 * {@link CORPUS_ATTESTED_DOCUMENTS} documents or more and far more often than the corpus writes the pair a
 * split would make ({@link isWordInCorpus}): `assailed` in many pages and `as sailed` in none; but not
 * `Iwas`, which a lost space can make in many pages of a large corpus while `I was` stands in thousands.
 *
 * Plain data (a `Map` and a typed array), so it can be copied into worker threads;
 * {@link serializeCorpusVocabulary} and {@link parseCorpusVocabulary} write and read it as JSON.
 */
export interface CorpusVocabulary {
  /** How many documents were counted. */
  readonly documents: number;
  /** For each kept form (case kept), how many of those documents it stands in. */
  readonly forms: ReadonlyMap<string, number>;
  /**
   * How often two words stand side by side, one space apart (`I was`), hashed into {@link PAIR_SLOTS}
   * counters (pair-counts.ts: one row of a count-min sketch, so a count may be too high, never too low; too
   * high only ever lets a split through that the document's own evidence allows).
   */
  readonly pairs: Uint32Array;
}

/**
 * A form must stand intact in this many documents of the corpus before the corpus may vouch for it. Two is
 * not enough: at the damage rates of `npm run bench:repair`, the same lost space (`onbehalf`, `tothem`)
 * stands in two of 86 documents by chance.
 */
export const CORPUS_ATTESTED_DOCUMENTS = 3;
/** ... and stand intact this many times more often than the corpus writes a pair of the split apart. */
export const CORPUS_INTACT_MARGIN = 2;

/**
 * Forms whose lower-case spelling the lexicon ranks among its first this many words are not kept: no repair
 * rule ever splits them (the lower-case threshold of `word-join` is higher, and it judges only forms the
 * lexicon does not rank that high), so the vocabulary holds names, rare words and fusions only.
 */
const COMMON_RANK = 10_000;
/** Shortest and longest forms kept: the repair rules split no token outside these lengths. */
const MIN_FORM = 3;
const MAX_FORM = 30;

/** What {@link createCorpusCounter} returns: add documents one at a time, then take the vocabulary. */
export interface CorpusCounter {
  /** Counts one document's forms (each form once per document). */
  add(text: string): void;
  /** The vocabulary of the documents added so far (a snapshot; adding more later does not change it). */
  result(): CorpusVocabulary;
}

/**
 * A counter of {@link CorpusVocabulary} that takes documents one at a time (a stream of any length; memory
 * grows with the distinct rare forms, not with the documents). The map step of a corpus-wide count:
 * count each shard, then {@link mergeCorpusVocabularies}.
 *
 * @returns The counter.
 * @example
 * ```ts
 * const counter = createCorpusCounter();
 * for (const text of texts) counter.add(text);
 * clean(texts[0], { vocabulary: counter.result() });
 * ```
 */
export function createCorpusCounter(): CorpusCounter {
  const forms = new Map<string, number>();
  const pairs = new Uint32Array(PAIR_SLOTS);
  let documents = 0;
  const lex = englishLexicon();
  return {
    add(text: string): void {
      if (typeof text !== 'string') throw new InvalidOptionError('text', 'must be a string');
      documents++;
      const { forms: distinct } = tallyWordForms(text, 0);
      for (const form of distinct) {
        if (form.length < MIN_FORM || form.length > MAX_FORM) continue;
        const rank = lex.get(form.toLowerCase());
        if (rank !== undefined && rank < COMMON_RANK) continue;
        forms.set(form, (forms.get(form) ?? 0) + 1);
      }
      countPairs(text, pairs);
    },
    result(): CorpusVocabulary {
      return { documents, forms: new Map(forms), pairs: pairs.slice() };
    },
  };
}

/**
 * How often the corpus writes `a` and `b` one space apart (at least: see {@link CorpusVocabulary.pairs}).
 *
 * @param vocabulary - The corpus vocabulary.
 * @param a - The first word (ASCII letters, case kept).
 * @param b - The second word.
 * @returns The count.
 * @example
 * ```ts
 * pairCount(countCorpusVocabulary(['I was there', 'I was']), 'I', 'was'); // 2
 * ```
 */
export function pairCount(vocabulary: CorpusVocabulary, a: string, b: string): number {
  return vocabulary.pairs[pairSlot(a, b)]!;
}

/**
 * Counts the {@link CorpusVocabulary} of some documents.
 *
 * @param texts - The documents' texts (any iterable: an array, a generator reading a file).
 * @returns The vocabulary.
 * @throws InvalidOptionError when a text is not a string.
 * @example
 * ```ts
 * const vocabulary = countCorpusVocabulary(['Gazprombank said', 'at Gazprombank', 'formedin March']);
 * vocabulary.forms.get('Gazprombank'); // 2
 * vocabulary.forms.get('formedin'); // 1
 * ```
 */
export function countCorpusVocabulary(texts: Iterable<string>): CorpusVocabulary {
  const counter = createCorpusCounter();
  for (const text of texts) counter.add(text);
  return counter.result();
}

/**
 * Adds vocabularies counted over separate parts of a corpus (the reduce step): documents and per-form
 * document counts add up, so counting shards and merging gives what one count over all would.
 *
 * @param parts - Vocabularies of disjoint sets of documents.
 * @returns Their sum.
 * @example
 * ```ts
 * mergeCorpusVocabularies([countCorpusVocabulary(['Gazprombank']), countCorpusVocabulary(['Gazprombank'])]).forms.get('Gazprombank'); // 2
 * ```
 */
export function mergeCorpusVocabularies(parts: readonly CorpusVocabulary[]): CorpusVocabulary {
  const forms = new Map<string, number>();
  const pairs = new Uint32Array(PAIR_SLOTS);
  let documents = 0;
  for (const part of parts) {
    documents += part.documents;
    for (const [form, n] of part.forms) forms.set(form, (forms.get(form) ?? 0) + n);
    addPairCounts(pairs, part.pairs);
  }
  return { documents, forms, pairs };
}

/** The `format` field of the JSON a {@link CorpusVocabulary} is written as. */
const FORMAT = 'unscrape-corpus-vocabulary';

/**
 * Writes a vocabulary as JSON: `{"format": "unscrape-corpus-vocabulary", "documents": N, "forms": {"form": n, ...},
 * "pairs": [slot, count, slot, count, ...]}` (the pair counters that are not zero, in slot order), forms
 * sorted, so that the same corpus always gives the same file.
 *
 * @param vocabulary - The vocabulary.
 * @param minDocuments - Keep only forms standing in at least this many documents. Default: `1` (all: what a
 *   map step must write, since a form in one document of each of two shards is in two documents). A final
 *   vocabulary may be written with {@link CORPUS_ATTESTED_DOCUMENTS}: the rules read nothing below it.
 * @returns The JSON text.
 * @example
 * ```ts
 * serializeCorpusVocabulary(countCorpusVocabulary(['Gazprombank'])); // '{"format":"unscrape-corpus-vocabulary","documents":1,"forms":{"Gazprombank":1},"pairs":[]}'
 * ```
 */
export function serializeCorpusVocabulary(vocabulary: CorpusVocabulary, minDocuments = 1): string {
  const forms: Record<string, number> = {};
  for (const form of [...vocabulary.forms.keys()].sort()) {
    const n = vocabulary.forms.get(form)!;
    if (n >= minDocuments) forms[form] = n;
  }
  return JSON.stringify({ format: FORMAT, documents: vocabulary.documents, forms, pairs: pairEntries(vocabulary.pairs) });
}

/**
 * Reads a vocabulary written by {@link serializeCorpusVocabulary}, checking it.
 *
 * @param json - The JSON text.
 * @returns The vocabulary.
 * @throws InvalidOptionError (option `vocabulary`) naming what is wrong: not JSON, another format, a form's
 *   count that is not a whole number from 1 to `documents`, a pair entry out of range.
 * @example
 * ```ts
 * parseCorpusVocabulary('{"format":"unscrape-corpus-vocabulary","documents":3,"forms":{"Gazprombank":2},"pairs":[]}').forms.get('Gazprombank'); // 2
 * ```
 */
export function parseCorpusVocabulary(json: string): CorpusVocabulary {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new InvalidOptionError('vocabulary', `is not JSON: ${(e as Error).message}`);
  }
  const o = raw as Record<string, unknown> | null;
  if (o === null || typeof o !== 'object' || o.format !== FORMAT) {
    throw new InvalidOptionError('vocabulary', `must be {"format": "${FORMAT}", ...} as \`unscrape vocabulary\` writes it`);
  }
  const documents = o.documents;
  if (typeof documents !== 'number' || !Number.isSafeInteger(documents) || documents < 0) {
    throw new InvalidOptionError('vocabulary.documents', 'must be a whole number');
  }
  if (o.forms === null || typeof o.forms !== 'object' || Array.isArray(o.forms)) throw new InvalidOptionError('vocabulary.forms', 'must be an object of form: count');
  const forms = new Map<string, number>();
  for (const [form, n] of Object.entries(o.forms as Record<string, unknown>)) {
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1 || n > documents) {
      throw new InvalidOptionError(`vocabulary.forms.${form}`, `must be a whole number of documents from 1 to ${documents}`);
    }
    forms.set(form, n);
  }
  const pairs = readPairEntries(o.pairs, 'vocabulary.pairs');
  return { documents, forms, pairs };
}

/**
 * Checks the shape of a vocabulary passed as an option: `documents` a number, `forms` a `Map` and `pairs` a
 * `Uint32Array` of {@link PAIR_SLOTS} counters. Its
 * entries are not walked (a corpus's vocabulary may hold millions, and `clean` checks its options on every
 * call); {@link parseCorpusVocabulary} checks each one when it reads a file.
 *
 * @param vocabulary - What the caller passed.
 * @throws InvalidOptionError (option `vocabulary`) when it has another shape.
 * @example
 * ```ts
 * validateCorpusVocabulary(countCorpusVocabulary(['Gazprombank said'])); // fine
 * validateCorpusVocabulary({ documents: 2, forms: { Gazprombank: 2 } }); // throws: forms must be a Map
 * ```
 */
export function validateCorpusVocabulary(vocabulary: unknown): asserts vocabulary is CorpusVocabulary {
  const v = vocabulary as Record<string, unknown> | null;
  if (v === null || typeof v !== 'object' || !(v.forms instanceof Map) || typeof v.documents !== 'number'
    || !(v.pairs instanceof Uint32Array) || v.pairs.length !== PAIR_SLOTS) {
    throw new InvalidOptionError('vocabulary', 'must be a corpus vocabulary { documents, forms: Map, pairs: Uint32Array } (countCorpusVocabulary or parseCorpusVocabulary)');
  }
}

/**
 * True when the corpus takes `form` as a word against the reading that splits it at `cuts`: the form stands
 * intact in {@link CORPUS_ATTESTED_DOCUMENTS} documents or more, and at some cut the corpus writes the two
 * parts beside it apart less than 1/{@link CORPUS_INTACT_MARGIN} as often (`assailed` in 40 pages, `as
 * sailed` in none). A pair the corpus writes apart about as often or more (`I was` beside `Iwas`, `United
 * States` beside `UnitedStates`) says the form is a lost space that recurs. (The form is counted in
 * documents and the pair in occurrences, which can only make a pair look more frequent: the error falls on
 * the side of the document's own judgement.) False without a vocabulary.
 *
 * @param vocabulary - The corpus vocabulary, or `undefined` (none given).
 * @param form - A word form, case kept.
 * @param cuts - Where the reading in question splits it (offsets in `form`, ascending).
 * @returns Whether the corpus keeps the form whole.
 * @example
 * ```ts
 * const v = countCorpusVocabulary(['they assailed him', 'assailed again', 'who assailed it']);
 * isWordInCorpus(v, 'assailed', [2]); // true
 * ```
 */
export function isWordInCorpus(vocabulary: CorpusVocabulary | undefined, form: string, cuts: readonly number[]): boolean {
  if (vocabulary === undefined) return false;
  const intact = vocabulary.forms.get(form) ?? 0;
  if (intact < CORPUS_ATTESTED_DOCUMENTS) return false;
  for (let k = 0; k < cuts.length; k++) {
    const cut = cuts[k]!;
    const a = form.slice(k === 0 ? 0 : cuts[k - 1]!, cut);
    const b = form.slice(cut, k + 1 < cuts.length ? cuts[k + 1]! : form.length);
    if (pairCount(vocabulary, a, b) * CORPUS_INTACT_MARGIN < intact) return true;
  }
  return false;
}
