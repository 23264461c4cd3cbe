/**
 * ISO 639-1 two-letter codes (as `<html lang>` carries them) mapped to the ISO 639-3 codes franc answers
 * with, for the languages franc knows best. Source: the ISO 639-2/3 code tables (SIL); where 639-3 has a
 * macrolanguage, the individual language franc reports is used (`zh` -> `cmn`, `ar` -> `arb`, `fa` -> `pes`,
 * `ms` -> `zlm`, `no` -> `nob`).
 */
export const ISO639_1_TO_3: Readonly<Record<string, string>> = {
  af: 'afr', am: 'amh', ar: 'arb', az: 'azj', be: 'bel', bg: 'bul', bn: 'ben', bs: 'bos', ca: 'cat', cs: 'ces',
  cy: 'cym', da: 'dan', de: 'deu', el: 'ell', en: 'eng', eo: 'epo', es: 'spa', et: 'est', eu: 'eus', fa: 'pes',
  fi: 'fin', fr: 'fra', ga: 'gle', gl: 'glg', gu: 'guj', ha: 'hau', he: 'heb', hi: 'hin', hr: 'hrv', hu: 'hun',
  hy: 'hye', id: 'ind', ig: 'ibo', is: 'isl', it: 'ita', ja: 'jpn', ka: 'kat', kk: 'kaz', km: 'khm', kn: 'kan',
  ko: 'kor', ky: 'kir', lt: 'lit', lv: 'lvs', mk: 'mkd', ml: 'mal', mn: 'khk', mr: 'mar', ms: 'zlm', my: 'mya',
  ne: 'npi', nl: 'nld', no: 'nob', nb: 'nob', nn: 'nno', pa: 'pan', pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus',
  si: 'sin', sk: 'slk', sl: 'slv', so: 'som', sq: 'als', sr: 'srp', sv: 'swe', sw: 'swh', ta: 'tam', te: 'tel',
  tg: 'tgk', th: 'tha', tl: 'tgl', tr: 'tur', uk: 'ukr', ur: 'urd', uz: 'uzn', vi: 'vie', xh: 'xho', yo: 'yor',
  zh: 'cmn', zu: 'zul',
};
