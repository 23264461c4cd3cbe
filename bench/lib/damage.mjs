// The damage bench:repair does to clean article text, the way scrapers do (seeded, reproducible): shared by
// bench/repair.mjs (which scores the repairs) and bench/compare-builds.mjs (which times them).
export const SEAM_P = 0.3;
export const JOIN_P = 0.03;
export const STRIP_P = 0.4;

export function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Damages `text`; returns the damaged text and the damaged-text offsets where a space / apostrophe was lost. */
export function damage(text, rand) {
  const strip = rand() < STRIP_P;
  let out = '';
  const spaces = [];
  const seams = new Set();
  const joins = new Set();
  const apostrophes = [];
  const apostropheChars = new Map();
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = text[i - 1] ?? '';
    const next = text[i + 1] ?? '';
    if (c === ' ' && /[.!?]/.test(prev) && /\p{Lu}/u.test(next) && /\p{L}/u.test(text[i - 2] ?? '') && rand() < SEAM_P) {
      spaces.push(out.length); seams.add(out.length);
      continue;
    }
    if (c === ' ' && /\p{L}/u.test(prev) && /\p{L}/u.test(next) && rand() < JOIN_P) {
      spaces.push(out.length); joins.add(out.length);
      continue;
    }
    if (strip && /['’]/.test(c) && /\p{L}/u.test(prev) && /\p{L}/u.test(next)) {
      apostrophes.push(out.length);
      apostropheChars.set(out.length, c);
      continue;
    }
    out += c;
  }
  return { text: out, spaces, seams, joins, apostrophes, apostropheChars, strip };
}
