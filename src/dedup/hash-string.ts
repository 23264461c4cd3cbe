/**
 * A seeded 32-bit string hash (MurmurHash3's x86_32 mixing over UTF-16 code units; after Austin
 * Appleby's public-domain design, written here from its description). Deterministic on every platform.
 *
 * @param text - Any string.
 * @param seed - A 32-bit seed. Default: `0`.
 * @returns An unsigned 32-bit integer.
 * @example
 * ```ts
 * hashString('wire copy', 1) === hashString('wire copy', 1); // true
 * ```
 */
export function hashString(text: string, seed = 0): number {
  let h = seed >>> 0;
  const n = text.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    let k = (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)) >>> 0;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  if (i < n) {
    let k = text.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
  }
  h ^= n * 2;
  return mix32(h);
}

/**
 * MurmurHash3's finaliser: spreads the bits of a 32-bit integer.
 *
 * @param value - A 32-bit integer.
 * @returns An unsigned 32-bit integer.
 * @example
 * ```ts
 * mix32(1) !== mix32(2); // true
 * ```
 */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A 64-bit content key as 16 hex digits (two 32-bit hashes with fixed seeds), for exact matching.
 *
 * @param text - Any string.
 * @returns 16 lowercase hex digits.
 * @example
 * ```ts
 * hashKey('a') === hashKey('a'); // true
 * ```
 */
export function hashKey(text: string): string {
  return hex8(hashString(text, 0x9747b28c)) + hex8(hashString(text, 0x5bd1e995));
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}
