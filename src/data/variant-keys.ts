/**
 * Transliteration tables for name-variant keys (see `src/variants/translit-key.ts`).
 *
 * Provenance: the correspondences are the ones that separate the common romanisations of Cyrillic
 * names — BGN/PCGN and ALA-LC for Russian, the Ukrainian (2010) and Belarusian national systems
 * (г = h, ў = u/w), the German (sch, tsch, z = ц, w = в) and Polish (cz, sz, w) traditions and Belarusian
 * Lacinka (c = ц), the Dutch system (tsj, sj) and Esperanto (ĉ, ĥ, ĵ, ŝ) — as laid out on Wikipedia's "Romanization of Russian" and "Romanization of Belarusian"
 * comparison tables. No code was copied; the rules are written from those tables.
 */

/**
 * Ordered rewrites applied to a folded (lower-case ASCII) name token. Order matters: longer digraphs
 * before their parts. Each entry is `[regex source, replacement]`; every regex is a plain alternation
 * (linear time).
 */
export const TRANSLIT_REWRITES: readonly (readonly [string, string])[] = [
  // Latin diphthong before the Slavic ts: Caesar / Tsezar, Caecilia / Tsetsiliya.
  ['^cae', 'tse'],
  ['^coe', 'tse'],
  // ч: English ch, German tsch, Polish cz, French tch, Dutch tsj.
  ['tsch|tsj|tch|cz', 'ch'],
  // щ, ш: shch / sch / szcz, sh / sz (Polish) / sch (German).
  ['szcz|shch', 'shch'],
  ['sch|sz|sj', 'sh'],
  // ж: zh (English), zh / ž (folded earlier to zh).
  // ц: ts / tz / c (Lacinka, Czech) — written as one symbol `c` (a `c` before a vowel is rarely k in
  // Slavic names; Nicolai / Nikolai is left to the edit distance).
  ['ts|tz', 'c'],
  // х: kh (English), h (Ukrainian), ch (German) — German ch is left alone: English ch (ч) is far commoner.
  ['kh', 'h'],
  // ks / x.
  ['x', 'ks'],
  // в: w (German, Polish).
  ['w', 'v'],
  // й / ь / ы: j and y are one symbol.
  ['j', 'y'],
  // е after a vowel or at the start: ye / je / ie (Yemelyanov / Emelyanov, Sergeyev / Sergeev / Sergeiev).
  ['^ye|^ie', 'e'],
  ['([aeiouy])(?:ye|ie)', '$1e'],
  // ё: yo / io / ë (folded to e) after a consonant: Ponomaryov / Ponomarev.
  ['([bcdfghklmnprstvz])(?:yo|io)', '$1e'],
  // ў (Belarusian u / w) after a vowel, before a consonant or at the end: Halavanau / Golovanov,
  // Zimouski / Zimovski, Karaeu / Karaev. Not at the start of a word (Austria keeps its au).
  ['(?<=[a-z])([aoe])u(?=[bcdfghklmnprstvz]|$)', '$1v'],
  // adjectival endings: -skiy / -skii / -skij / -skyy / -skyi / -sky / -ski, also -tskiy.
  ['(?:iy|yy|yi|ii|y|i)$', 'i'],
  // y as a vowel or glide is i.
  ['y', 'i'],
  // feminine adjectival ending: Russian -skaya / -skaja, Ukrainian and Polish -ska (Poklonskaya / Poklonska).
  ['skaia$', 'ska'],
];

/** Letters that fold to something other than their base letter (NFD does not decompose them). */
export const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ı: 'i',
  ž: 'zh', Ž: 'Zh', š: 'sh', Š: 'Sh', č: 'ch', Č: 'Ch', ĉ: 'ch', Ĉ: 'Ch', ĥ: 'h', Ĥ: 'H', ĵ: 'zh', Ĵ: 'Zh', ŝ: 'sh', Ŝ: 'Sh', ć: 'c', ś: 's', ź: 'z', ż: 'zh', Ż: 'Zh', ŭ: 'u', ў: 'u',
};

/**
 * Letter pairs whose substitution costs half an edit in the key distance: vowels among themselves
 * (unstressed vowels and akanye: Halavanau / Golovanov), g / h (Ukrainian and Belarusian г = h),
 * s / z and c / s (voicing, ц), c / z (German z = ц), c / k (c as k in English and Romance exonyms:
 * Moscow / Moskow), v / f, k / h (х), d / t.
 */
export const CHEAP_SUBSTITUTIONS: readonly string[] = 'aeiou gh sz cs cz ck vf kh dt iy'.split(' ');

/** Letters whose insertion or deletion costs half an edit: vowels and the glides/soft signs. */
export const CHEAP_INDELS = 'aeiouhy';

/**
 * Endings that make a Slavic surname feminine: Ivanov / Ivanova, Sergeev / Sergeeva, Putin / Putina,
 * Zhukovsky / Zhukovskaya. Pairs that differ only by this ending are different people by policy.
 */
export const GENDER_ENDINGS: readonly (readonly [string, string])[] = [
  ['ov', 'ova'], ['ev', 'eva'], ['ow', 'owa'], ['ew', 'ewa'], ['ov', 'owa'], ['ow', 'ova'], ['yov', 'yova'], ['in', 'ina'], ['yn', 'yna'],
  ['sky', 'skaya'], ['skiy', 'skaya'], ['skii', 'skaia'], ['ski', 'ska'], ['sky', 'ska'], ['skyi', 'ska'], ['skyy', 'ska'],
  ['ich', 'ichna'], ['ovich', 'ovna'], ['evich', 'evna'], ['avich', 'auna'],
];

/**
 * Endings that derive another word from a place or people name (Russia / Russian, Russian / Russians,
 * Georgia / Georgians): a single word and its derivative are never spelling variants.
 */
export const DERIVED_ENDINGS: readonly string[] = 's es n an ian ns ans ians ese ic ish ite ites er ers'.split(' ');

/**
 * Lower-case words that may stand inside a multi-word proper name (Freedom of Russia Legion,
 * Ludwig van Beethoven). Common English and European name particles; "on", "and" and "the" are left out
 * because they join two names far more often than they stand inside one ("the Legion on Russian territory").
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set('of de da di del der den van von la le al el bin ibn'.split(' '));

/**
 * Capitalised words that open sentences and headlines but do not start names: English function words.
 * A candidate phrase loses such a word at its start. (Closed-class English words.)
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  ('a an the this that these those there here it its he she they we i you his her their our my your ' +
    'when while after before since until as at by for from in into on onto over under with without within ' +
    'but and or so yet nor if though although because unless whether then also even only just still ' +
    'not no yes all some any many most much few several each every both either neither other another ' +
    'what which who whom whose where why how one two three four five six seven eight nine ten ' +
    'mr mrs ms dr st last next first according despite during among between about above below ' +
    'meanwhile however instead perhaps nearly almost already always never often sometimes ' +
    'is are was were be been has have had do does did will would can could should may might must').split(' '),
);

/**
 * Words that stand for one another inside place and person names in different languages: the
 * honorific "Saint" and the common adjectives of Slavic place names. Each string is one class.
 * (From the GeoNames alternate-name conventions: Sankt-Peterburg, Saint Petersburg, St Petersburg.)
 */
export const NAME_WORD_EQUIVALENTS: readonly (readonly string[])[] = [
  'saint sankt st sankti san sao sant sainte ste sv svyatoy',
  'great velikiy veliky velikii velikij wielki veliki velikiy',
  'novyy novy novyi nowy new nove',
  'staryy stary staryi stari old',
  'nizhniy nizhny nizhnii lower nizhni',
  'verkhniy verkhny upper verkhnii verhni',
].map((words) => words.split(' '));

/**
 * Endings that Baltic languages add to a foreign name (Lithuanian Polockas for Polotsk, Charkovas for
 * Kharkov): a name and the same name with this ending are variants.
 */
export const BALTIC_ENDINGS: readonly string[] = ['as', 'is', 'us'];
