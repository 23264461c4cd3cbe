import { InvalidOptionError } from '../errors.js';
import type { VariantCluster } from './cluster-terms.js';

/**
 * A variants dictionary: each canonical spelling maps to the spellings that should become it.
 * JSON: `{"Free Russia Legion": ["Freedom of Russia Legion", "Free Russian Legion"]}`.
 */
export type VariantDictionary = Readonly<Record<string, readonly string[]>>;

const HAS_LETTER = /\p{L}/u;

/**
 * Reads a variants dictionary from JSON text (or an already parsed value) and checks it. Two shapes are
 * accepted: the plain dictionary, and the output of `unscrape variants discover`,
 * `{"dictionary": {...}, "clusters": [...]}` (only `dictionary` is read; the evidence is for people).
 *
 * @param json - JSON text, or the parsed value.
 * @returns The dictionary (a new object; variants de-duplicated, a canonical form listed as its own
 *   variant dropped).
 * @throws {@link InvalidOptionError} (option `variants`, or `variants["<canonical>"]...`) naming the
 *   problem: not JSON, not an object, a variant that is not a non-empty string, a variant listed under
 *   two canonical forms, a variant that is itself a canonical form.
 * @example
 * ```ts
 * const dictionary = parseVariantDictionary(readFileSync('variants.json', 'utf8'));
 * clean(text, { variants: dictionary });
 * ```
 */
export function parseVariantDictionary(json: unknown): VariantDictionary {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw new InvalidOptionError('variants', `is not valid JSON (${(e as Error).message})`);
    }
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const wrapped = (value as Record<string, unknown>).dictionary;
    if (wrapped !== null && typeof wrapped === 'object' && !Array.isArray(wrapped)) value = wrapped;
  }
  validateVariantDictionary(value);
  const out: Record<string, string[]> = {};
  for (const [canonical, variants] of Object.entries(value)) out[canonical] = [...new Set(variants.filter((v) => v !== canonical))];
  return out;
}

/**
 * Throws {@link InvalidOptionError} unless `value` is a valid {@link VariantDictionary}: an object whose
 * keys (canonical forms) and array values (variants) are strings holding a letter; no variant under two
 * canonical forms; no variant that is another entry's canonical form (that would be a chain).
 *
 * @param value - The candidate dictionary.
 * @param option - The option path to name in errors. Default: `'variants'`.
 * @example
 * ```ts
 * validateVariantDictionary({ Kyiv: ['Kiev'] }); // ok
 * validateVariantDictionary({ Kyiv: 'Kiev' });   // throws: option `variants["Kyiv"]`: must be an array of strings
 * ```
 */
export function validateVariantDictionary(value: unknown, option = 'variants'): asserts value is VariantDictionary {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidOptionError(option, 'must be an object mapping each canonical spelling to an array of variants');
  }
  const owner = new Map<string, string>();
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [canonical, variants] of entries) {
    const path = `${option}[${JSON.stringify(canonical)}]`;
    if (!HAS_LETTER.test(canonical) || canonical !== canonical.trim()) throw new InvalidOptionError(path, 'a canonical form must hold a letter and no outer white space');
    if (!Array.isArray(variants)) throw new InvalidOptionError(path, 'must be an array of strings');
    variants.forEach((v: unknown, i) => {
      if (typeof v !== 'string' || !HAS_LETTER.test(v) || v !== v.trim()) {
        throw new InvalidOptionError(`${path}[${i}]`, 'must be a string that holds a letter and no outer white space');
      }
      if (v === canonical) return;
      const prev = owner.get(v);
      if (prev !== undefined && prev !== canonical) {
        throw new InvalidOptionError(`${path}[${i}]`, `"${v}" is also listed under "${prev}": a variant needs one canonical form`);
      }
      owner.set(v, canonical);
    });
  }
  for (const [v, canonical] of owner) {
    if (Object.hasOwn(value, v)) throw new InvalidOptionError(`${option}[${JSON.stringify(canonical)}]`, `variant "${v}" is itself a canonical form: merge the two entries`);
  }
}

/**
 * Turns discovered clusters into a dictionary: each cluster's canonical form with its applied variants
 * (those at or above the clustering's `minConfidence`). Clusters with no applied variant are left out.
 *
 * @param clusters - From {@link discoverVariants} / {@link clusterTerms}.
 * @param options - `includeUnapplied`: also take variants under the threshold. Default: `false`.
 * @returns The dictionary.
 * @example
 * ```ts
 * clustersToDictionary(discoverVariants(docs)); // { 'Free Russia Legion': ['Freedom of Russia Legion', ...] }
 * ```
 */
export function clustersToDictionary(clusters: readonly VariantCluster[], options: { readonly includeUnapplied?: boolean } = {}): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of clusters) {
    const variants = c.members.slice(1).filter((m) => options.includeUnapplied || m.applied).map((m) => m.form);
    if (variants.length > 0) out[c.canonical] = variants;
  }
  return out;
}
