// Character classes for the `unicode-tidy` rule. From the Unicode Standard (General Category Cf, Zs, Cc)
// and the Windows-1252 code page (https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT),
// whose 0x80-0x9F bytes map to the characters below; mojibake repair in the manner of ftfy (Robyn Speer),
// reimplemented here for the common case only.

/** Invisible characters removed outright: zero-width space, word joiner, BOM, soft hyphen, Mongolian vowel separator. */
export const INVISIBLE_CHARS = '\u200b\u2060\ufeff\u00ad\u180e';

/** Joiners and direction marks: removed only next to ASCII or white space, where they never do anything. */
export const CONTEXTUAL_INVISIBLE_CHARS = '\u200c\u200d\u200e\u200f';

/** Space characters that become a plain space (no-break, en/em/thin/hair spaces, narrow no-break, math space, ogham). */
export const ODD_SPACES = '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f';

/** Windows-1252 bytes 0x80-0x9F as the characters they decode to (undefined bytes map to themselves). */
export const CP1252_HIGH: Readonly<Record<string, number>> = {
  '\u20ac': 0x80, '\u201a': 0x82, '\u0192': 0x83, '\u201e': 0x84, '\u2026': 0x85, '\u2020': 0x86, '\u2021': 0x87,
  '\u02c6': 0x88, '\u2030': 0x89, '\u0160': 0x8a, '\u2039': 0x8b, '\u0152': 0x8c, '\u017d': 0x8e, '\u2018': 0x91,
  '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2022': 0x95, '\u2013': 0x96, '\u2014': 0x97, '\u02dc': 0x98,
  '\u2122': 0x99, '\u0161': 0x9a, '\u203a': 0x9b, '\u0153': 0x9c, '\u017e': 0x9e, '\u0178': 0x9f,
};

/** Curly quotes and their straight forms (used only when the `straightQuotes` setting asks). */
export const STRAIGHT_QUOTES: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"',
  '\u2032': "'", '\u2033': '"',
};

/**
 * Characters `unicode-tidy` always keeps as they are, whatever surrounds them (so the rule can skip runs of
 * them without a look at each): printable, NFC-stable singletons that are not combining marks, spaces, format or
 * control characters, nor `\u2018` (read as an apostrophe between letters). Latin-1 Supplement, Latin
 * Extended-A/B, Greek, Cyrillic, General Punctuation, currency and letterlike symbols; the list was generated
 * by testing each code point of those blocks with `String.prototype.normalize('NFC')` and the Unicode
 * categories M, Cc, Cf, Zs, Zl, Zp, Cn. A Windows-1252 mojibake lead among them (U+00C2-U+00F4) is only kept
 * when no continuation character ({@link MOJIBAKE_CONTINUATION}) follows it.
 */
export const TIDY_STABLE_CHARS =
  '\\u00a1-\\u00ac\\u00ae-\\u024f\\u0370-\\u0373\\u0375-\\u0377\\u037a-\\u037d\\u037f\\u0384-\\u0386\\u0388-\\u038a\\u038c' +
  '\\u038e-\\u03a1\\u03a3-\\u03ff\\u0400-\\u0482\\u048a-\\u04ff\\u2010-\\u2017\\u2019-\\u2027\\u2030-\\u205e\\u20a0-\\u20bf';

/**
 * Characters that can read as a UTF-8 continuation byte in Windows-1252 mojibake: U+0080-U+00BF and the
 * characters of {@link CP1252_HIGH} (all of which stand for bytes 0x80-0x9F). A regex class source.
 */
export const MOJIBAKE_CONTINUATION = `\\u0080-\\u00bf${Object.keys(CP1252_HIGH).join('')}`;
