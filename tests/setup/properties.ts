import fc from 'fast-check';

/**
 * How the property tests draw their cases (a vitest setup file, so it holds in every test worker).
 *
 * - `UNSCRAPE_PROPERTY_SEED`: when set, every property starts from this seed, so a run is reproducible
 *   and cannot fail by the luck of the draw; `.ci/run` sets it (the idea of Hypothesis' `derandomize`
 *   profile for CI). Unset (a developer's `npm test`), each run draws new cases, and a failure prints the
 *   seed and path that replay it.
 * - `UNSCRAPE_PROPERTY_SCALE`: multiplies every property's number of runs (default 1); `npm run
 *   test:explore` sets it high to search far more cases than a normal run has time for.
 */
const seed = process.env.UNSCRAPE_PROPERTY_SEED;
if (seed !== undefined && seed !== '') fc.configureGlobal({ seed: Number(seed) });

const SCALE = Number(process.env.UNSCRAPE_PROPERTY_SCALE ?? 1) || 1;

/**
 * The `numRuns` parameter of one property: `n` cases, times `UNSCRAPE_PROPERTY_SCALE`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(article, check), runs(300));
 * ```
 */
export function runs(n: number): { numRuns: number } {
  return { numRuns: Math.max(1, Math.round(n * SCALE)) };
}
