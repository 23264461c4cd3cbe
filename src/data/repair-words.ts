// Word lists for the repair rules (src/repair/). Hand-made for this project from general knowledge of
// English orthography and of how scrapers damage text; no list is copied from elsewhere.

/**
 * Real words with a capital letter after a lower-case one: brands, names with particles, camel-cased
 * products. `case-seam` never splits these. Matching is exact (case-sensitive) on the whole token,
 * with an optional possessive `'s`. Names with the prefixes in {@link MIXED_CASE_PREFIXES} need not be listed.
 */
export const MIXED_CASE_WORDS: readonly string[] = (
  'iPhone iPad iPod iMac iCloud iTunes iOS eBay eBook eBooks eCommerce YouTube YouTuber LinkedIn TikTok PayPal ' +
  'WhatsApp WeChat JavaScript TypeScript GitHub GitLab PlayStation PowerPoint SharePoint WordPress BlackRock ' +
  'BlackBerry SoftBank FedEx MasterCard PricewaterhouseCoopers HarperCollins SpaceX OpenAI DeepMind DeepSeek ' +
  'ChatGPT AstraZeneca GlaxoSmithKline ExxonMobil ConocoPhillips JetBlue EasyJet AirAsia SkyNews BuzzFeed HuffPost ' +
  'NatWest ProPublica PolitiFact FactCheck DoorDash GoFundMe GoPro SoundCloud DreamWorks SeaWorld WikiLeaks ' +
  'TechCrunch MarketWatch CityLab NordVPN ExpressVPN CrowdStrike SolarWinds FireEye BioNTech GameStop StubHub ' +
  'TripAdvisor BlaBlaCar VKontakte LiveJournal RuTube OnlyFans SpaceShipTwo StarLink PoW PoWs MoD MiG MiGs TeX ' +
  'LaTeX DeSantis DeVos DeJoy DeMint DeLay DeGeneres DiCaprio DiMaggio LaGuardia LaToya LeBron LaBeouf VanderBilt ' +
  'FitzGerald MySpace PhD PhDs McKinsey KGaA GmbH AfD SpVgg BaFin ZiL'
).split(' ');

/**
 * Name prefixes after which a capital is part of the name (`McDonald`, `MacArthur`, `O'Neill`).
 * A token that starts with one of these followed by a capital is never split at that capital.
 */
export const MIXED_CASE_PREFIXES: readonly string[] = 'Mc Mac Fitz Van Von De Di Da Du La Le'.split(' ');

/** Lower-case name particles that may be written fused to a capitalised name (`deGrasse`, `vanHollen`). */
export const NAME_PARTICLES: readonly string[] = 'de da di du la le van von der den ter al el ibn bin mc mac'.split(' ');

/**
 * Words that start a new sentence or clause. A case seam whose right part is one of these
 * (`LegionIn what`, `CanadaThe`) is strong evidence of a lost boundary.
 */
export const SENTENCE_STARTERS: readonly string[] = (
  'A An The In On At As By For From With Without To Of After Before During Since Until While When Where Why How ' +
  'What Who Which If But And Or So Yet Although Though However Meanwhile Moreover Still Also Then This That These ' +
  'Those There Here It He She We They You His Her Their Our My Your Its According Some Many Most One Two Three Last ' +
  'Earlier Later Now Today Yesterday Despite Under Over Among Between About Another Other Each Every Both All No ' +
  'Not Even Only Such Because Unlike Like Instead Apart Along Born Read See Watch Photo Photos Image Images Source ' +
  'Credit Getty'
).split(' ');

/**
 * Closed-class words (prepositions, conjunctions, auxiliaries, pronouns, reporting verbs) that a
 * capitalised word may have been fused to (`Russiasaid`, `Kyivwas`). `word-join` splits such a capitalised
 * token only when the capitalised part stands alone elsewhere in the document and the right part is here.
 */
export const JOINABLE_FUNCTION_WORDS: readonly string[] = (
  'a an the and or but nor of in on at to for from with by as into onto over under after before since during about ' +
  'against between through is are was were be been has have had will would could should can may might must did does ' +
  'do said says told that which who whose whom where when while if than then also not its his her their our this ' +
  'these those it he she they we you i announced reported added wrote claimed your my me him them us myself ' +
  'yourself himself herself itself ourselves themselves any every each some no all both more most very just too so ' +
  'up out off down there here how what why because until without within one only now such other another many much ' +
  'few like via per upon among across along around near toward towards behind beyond above below'
).split(' ');

/**
 * Determiners and prepositions that follow a sentence-opening verb, adverb or noun (`Letthe`, `Eatevery`,
 * `Hostinga`, `Timelineof`) and that names seldom end with: not `in`, `on`, `by`, `at`, `an`, `all`, `her`
 * (`Larkin`, `Caton`, `Ashby`, `Dugan`, `Woodall`, `Archer`). `word-join` splits a capitalised token at a
 * sentence start into a common word and one of these.
 */
export const OPENER_TAILS: readonly string[] = ('the a every each this these those his their your our its of to for with from into about').split(' ');

/** Particles that head real compounds after a bare verb (`pileup`, `rollout`, `takeover`). */
export const PARTICLE_HEADS: readonly string[] = 'up ups out outs over off down back'.split(' ');

/**
 * Irregular past tenses that are no bare verb or participle: compounds with a particle are made from the
 * bare verb (`comeback`, `takeover`, `breakout`), so `came|up`, `took|over`, `broke|out` are two words. Not
 * `laid`, `built`, `sold`, `left`, `set`, `put`, `cut` (`laidback`, `builtup`, `soldout`, `leftover`, `setup`).
 */
export const PAST_BEFORE_PARTICLE: readonly string[] = ('came went sought made took gave brought fought thought bought caught taught held kept told found stood drew threw grew knew spoke wrote rode drove woke shook struck ran fell lost slept won broke began blew tore wore').split(' ');

/** Two-letter words that may stand as one part of a split (`upto` -> `up to`); other short parts are refused. */
export const SHORT_WORDS: readonly string[] = ('a ad ah am an as at be by do go he hi if in is it me my no of oh ok on or ox so to up us we').split(' ');

/**
 * Fused forms that frequency lists carry as if they were words (they were built from text that had the
 * same damage). `word-join` splits these even though the lexicon ranks them.
 */
export const KNOWN_FUSED_FORMS: Readonly<Record<string, string>> = {
  upto: 'up to', alot: 'a lot', infact: 'in fact', aswell: 'as well', inorder: 'in order', atleast: 'at least',
  eachother: 'each other', incase: 'in case', ontop: 'on top', everytime: 'every time', noone: 'no one',
  inspite: 'in spite', atall: 'at all', aswas: 'as was', ofthe: 'of the', inthe: 'in the', tothe: 'to the',
  andthe: 'and the', onthe: 'on the', forthe: 'for the', bythe: 'by the', atthe: 'at the', fromthe: 'from the',
  withthe: 'with the', thatthe: 'that the', isthe: 'is the', wasthe: 'was the',
};

/**
 * Abbreviations that end in a full stop without ending a sentence (`St. Petersburg`, `Gen. Smith`): a
 * capital right after one of these is not a sentence seam. Single capitals (initials) are protected by rule.
 */
export const ABBREVIATIONS: readonly string[] = (
  'Mr Mrs Ms Mx Dr Ph St Ste Jr Sr Gen Col Lt Sgt Capt Cpl Maj Cmdr Adm Gov Sen Rep Reps Sens Prof Rev Fr Mt Ft ' +
  'Messrs Mme Mlle Hon Pres Supt Insp No Nos Vol Vols Fig Figs Ch Art Sec Sect Dept Univ Assn Ave Blvd Rd Jan Feb ' +
  'Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thurs Fri Sat Sun vs etc approx cf al ca Inc Corp ' +
  'Co Ltd Bros Ald Ariz Calif Colo Conn Fla Ill Ind Kan Mass Mich Minn Miss Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash ' +
  'Wis Wyo'
).split(' ');

/**
 * Top-level domain labels: `Example.Com`-style capitalised domains are not sentence seams. Only labels that
 * are not also words that start sentences (`In`, `Me`, `Us` are left out).
 */
export const DOMAIN_LABELS: readonly string[] = 'com org net edu gov info'.split(' ');

/**
 * First parts of real closed compounds (`counteroffensive`, `cyberattack`, `overreach`): a lower-case token
 * that starts with one of these is not split there, even when the lexicon does not know the compound.
 */
export const COMPOUND_PREFIXES: readonly string[] = (
  'counter cyber over under out up down off anti non post pre super semi multi inter intra self war air sea gun ' +
  'fire back fore head hand foot life home after micro macro mega mini geo bio eco euro neo ultra sub trans tele ' +
  'news law work play bed book border car death water wild land sun moon star earth mid hot cross wide long short ' +
  'high low break black white blue green red gold side road rail sound stock stop data web net app wind rain snow ' +
  'ice'
).split(' ');

/**
 * Last parts of real closed compounds and derivations (`frontline`, `battlefield`, `peacekeeper`,
 * `wartime`): a lower-case token that ends with one of these is not split there. `line+` stands for `line`
 * and its plural `lines`.
 */
export const COMPOUND_HEADS: readonly string[] = (
  'line+ field+ man men woman women work+ house+ ship+ land+ side+ way+ time+ day+ light ward+ wide ' +
  'like less ness ful able keeper+ keeping maker+ making point+ ground+ front fire power+ craft+ port+ ' +
  'room+ book+ board+ water+ wall+ stream+ strike+ attack+ store+ place+ hold+ head+ hood back+ dom ' +
  'out+ over up+ down off one body thing where wise self selves shire burg town+ ton ville bank long ' +
  'meter+ metre+ caps gate wear ware bound proof free well'
).split(' ').flatMap((w) => (w.endsWith('+') ? [w.slice(0, -1), `${w.slice(0, -1)}s`] : w));

/**
 * Entries of the Wikipedia frequency list that are markup or URL debris, not words: never accepted as a
 * part of a split (`Ofcom` is not `Of com`).
 */
export const LEXICON_NOISE: readonly string[] = (
  'com www http https nbsp th st nd rd org html htm px ref refs isbn jpg png svg pdf utc cite url bgcolor align ' +
  'colspan rowspan ffffff wp ns img tbd pp vol ed eds lt gt amp quot de la le el il und der die das des du en et ' +
  'von van di da'
).split(' ');

/**
 * Sentence starters that no brand or name ends with: a case seam before one of these is split even when
 * the fused form recurs (a credit fused the same way twice: `LegionThe unit`).
 */
export const STRONG_SENTENCE_STARTERS: readonly string[] = (
  'The This These Those He She They We His Her Their But And However According When While After Although Meanwhile ' +
  'Despite'
).split(' ');

/** Endings of inflected and derived forms: a token that is a lexicon word plus one of these is a word. */
export const WORD_ENDINGS: readonly string[] = (
  's es ed d ing er ers est ly ness ment ments en ens ened ening able al ally ist ists ism isms ity ities ize ized ' +
  'izes izing ise ised ful less ship ships hood ward wards y ies ied ier iest ily age ages'
).split(' ');

/** Prefixes of derived forms: a token that is one of these plus a lexicon word is a word (`reopenings`). */
export const WORD_PREFIXES: readonly string[] = 'un re dis mis non pre'.split(' ');

/** Endings that mark the left part of a fusion as an inflected word, which compounds rarely start with. */
export const INFLECTED_LEFT_ENDINGS: readonly string[] = ('ed ing ly tion sion ment ness ity ous ive es ers al ic ent ant ary ory ful less ish ate id').split(' ');

/**
 * Common given names (English-language news) that are not also common lower-case words (no `Will`, `Mark`,
 * `Rose`, `Grant`). `case-seam` splits a given name fused to a capitalised word (`JohnSmith`,
 * `KatieCouric`): a brand rarely starts with a given name, a fused byline or caption often does.
 * Hand-made from general knowledge of frequent first names.
 */
export const GIVEN_NAMES: readonly string[] = (
  'Aaron Adam Adrian Alan Albert Alex Alexander Alexandra Alice Alicia Allison Amanda Amy Andrea Andrew Angela Anna ' +
  'Anne Anthony Antonio Ashley Barbara Benjamin Brandon Brian Bruce Carlos Caroline Catherine Charles Charlotte ' +
  'Chris Christian Christina Christine Christopher Claire Daniel Danielle David Deborah Dennis Diana Donald Douglas ' +
  'Dylan Edward Elizabeth Emily Emma Eric Elena Gary George Gregory Hannah Heather Helen Henry Ibrahim Jacob James ' +
  'Jason Jeffrey Jennifer Jeremy Jessica John Jonathan Joseph Joshua Julia Julie Justin Karen Katie Kate Katherine ' +
  'Kathleen Kelly Kevin Kimberly Laura Lauren Linda Lisa Louise Margaret Maria Marie Mary Matthew Megan Melissa ' +
  'Michael Michelle Mohammed Muhammad Natalie Nancy Nicholas Nicole Olivia Owen Patricia Patrick Paul Peter Philip ' +
  'Rachel Rebecca Richard Robert Ryan Samantha Samuel Sandra Sarah Scott Sean Sergei Sharon Sophie Stephanie ' +
  'Stephen Steven Susan Thomas Timothy Tim Tom Tyler Victoria Vladimir Walter William Zachary Dmitry Olga Elon Xi ' +
  'Boris Emmanuel Nicolas Pierre Jean Hans Giuseppe Luis Jose Juan Pedro Ahmed Ali'
).split(' ');

/**
 * Nouns that end the names of institutions (`World Health Organization`, `Syracuse University`, `Joint
 * Commission`, `Swiss Army`). `case-seam` splits a capitalised word fused to one of these when the word is
 * an English word or stands alone in the document: institutions are written as separate words, brands
 * seldom end in these (`Guard`, `Force`, `Board`, `Office`, `Service` are left out: `NewsGuard`,
 * `SalesForce`, `BoxOffice`). Hand-made.
 */
export const INSTITUTION_HEADS: readonly string[] = (
  'Organization Organisation University Institute Federation Commission Committee Council Association Foundation ' +
  'Ministry Department Agency Army Party Court College Hospital Museum Center Centre Society Union Assembly ' +
  'Parliament Administration Authority Bureau Academy Police Navy Senate'
).split(' ');

/** Days and months: a closed-class word fused to one (`OnMonday`, `AnOctober`, `InJanuary`) is split. */
export const DAYS_AND_MONTHS: readonly string[] = (
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
  'September October November December'
).split(' ');

/**
 * Titles written before a name (`SenatorDino`, `PrinceAndrew`, `PresidentTrump`): `case-seam` splits a
 * title fused to a capitalised word. Hand-made.
 */
export const NAME_TITLES: readonly string[] = (
  'President Senator Governor Mayor Prince Princess Queen Judge Secretary Minister Chancellor Pope Sheikh General ' +
  'Colonel Captain Sergeant Professor Doctor Sir Lord Lady Congressman Congresswoman Representative Ambassador ' +
  'Commissioner Dr Mr Mrs Ms Sen Rep Gov Gen Prof'
).split(' ');
