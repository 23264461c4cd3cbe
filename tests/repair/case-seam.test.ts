import { describe, expect, it } from 'vitest';
import { caseSeamRule } from '../../src/repair/split-case-seam.js';
import { runOne } from './helpers.js';

const fix = (t: string) => runOne(caseSeamRule, t);

describe('case-seam', () => {
  it.each([
    ['a Ukrainian PR project. Freedom of Russia LegionIn what it described', 'a Ukrainian PR project. Freedom of Russia Legion In what it described'],
    ["Read the full articleLarry's view", "Read the full article Larry's view"],
    ['a rally in Toronto, Canada. Freedom of Canada. CanadaFreedom of Russia', 'a rally in Toronto, Canada. Freedom of Canada. Canada Freedom of Russia'],
    ['Freedom of Russia LegionThe unit. Freedom of Russia LegionThe most', 'Freedom of Russia Legion The unit. Freedom of Russia Legion The most'],
    ['Michael Venus ofNew Zealand', 'Michael Venus of New Zealand'],
    ['exports to theUnited States and theUnited Kingdom', 'exports to the United States and the United Kingdom'],
    // A given name or a title fused to a name.
    ['the defensive end JohnSmith and KatieCouric', 'the defensive end John Smith and Katie Couric'],
    ['the visit of SenatorDino and PrinceAndrew', 'the visit of Senator Dino and Prince Andrew'],
    // A closed-class word fused to capitals.
    ['a mission by theNASA team, saidU.S. officials, and it areONLY', 'a mission by the NASA team, said U.S. officials, and it are ONLY'],
    // The document writes the pair apart more often than fused.
    ['the MacBook Pro and the MacBook Pro; a MacBookPro', 'the MacBook Pro and the MacBook Pro; a MacBook Pro'],
    ['Portion Fix Containers: 1. Portion Fix Containers: 2. Portion FixContainers', 'Portion Fix Containers: 1. Portion Fix Containers: 2. Portion Fix Containers'],
    ['the 16-inch MacBook Pro and the 16-inchMacBook', 'the 16-inch MacBook Pro and the 16-inch MacBook'],
    // A possessive runs into a capitalised word.
    ["data collected by NASA'sCassini spacecraft and Trump’sUkraine policy", "data collected by NASA's Cassini spacecraft and Trump’s Ukraine policy"],
    // Two lost spaces in a row: the part before the seam is a word and a closed-class word (word-join splits it next).
    ['a physician at BMI Albyn HospitalinAberdeen, Scotland', 'a physician at BMI Albyn Hospitalin Aberdeen, Scotland'],
    ['the medical examiner concludedthatEpstein hanged himself, a story aboutaFrench pilot', 'the medical examiner concludedthat Epstein hanged himself, a story abouta French pilot'],
    // The pronoun I after a closed-class word.
    ['butI did feel it, likeI was, and whyI’m here', 'but I did feel it, like I was, and why I’m here'],
    // A known mixed-case word fused to a closed-class word; an acronym or a word after a fusion.
    ['the theiPhone, the iPhonedid so', 'the the iPhone, the iPhone did so'],
    ['a story aboutaNASA astronaut, fitted ontheCoupe', 'a story abouta NASA astronaut, fitted onthe Coupe'],
    // A word fused to the noun that ends an institution's name; a closed-class word fused to a day or month.
    ['the World HealthOrganization and the SwissArmy knife at SyracuseUniversity', 'the World Health Organization and the Swiss Army knife at Syracuse University'],
    ['It was signed OnMonday. AnOctober vote', 'It was signed On Monday. An October vote'],
  ])('splits %j', (input, expected) => {
    expect(fix(input)).toBe(expected);
  });

  it.each([
    'my iPhone and iPad',
    'bought on eBay',
    'McDonald and MacArthur',
    'watch on YouTube',
    'found on LinkedIn',
    'posted to TikTok',
    'camps for PoW in the east',
    'Governor DeSantis said',
    'OpenAI and PlayStation',
    'the BlackRock fund',
    'the deGrasse Tyson show',
    'see https://example.com/SomePage now',
    'the FooBar tool and the FooBar app', // recurs intact: a word
    'the WhiteHouse', // two common words, but no evidence: left alone
    'MichaelMcDonald', // a part as short as `Mc` is not judged: left whole, never Mc|Donald
    'runs iOS and macOS and tvOS with an eSIM, 5 kWh, mRNA vaccines, a pH of 7',
    'theX and inA', // one capital is no acronym
    'WillSmith and MarkUp', // given names that are words are not in the list
    'see example.com/theNASA and user_theFBI',
    // Written apart no more often than fused, a hashtag, a known mixed-case word.
    'the MacBook Pro and a MacBookPro and a MacBookPro',
    'a Black Lives rally and #BlackLives',
    'You Tube or YouTube',
    // A domain after a possessive, a roman numeral after a noun, the known mixed-case words.
    "see Woman'sDay.ru and BlackRock's fund",
    'World War partI, the iPhoneI, aboutX',
    'PayPal, WhatsApp, PowerPoint and PlayStation',
    'iPhones and YouTubers, an eBook, see theiPhone.com',
    // Brands ending in a noun left out of the institution heads, closed-class words before other names.
    'NewsGuard, SalesForce and BoxOffice',
    'OnStar and InDesign',
  ])('leaves %j alone', (input) => {
    expect(fix(input)).toBe(input);
  });

  it('counts a line printed twice as one witness: its fused form is split as if printed once', () => {
    expect(fix('Previous articleSome Title\nPrevious articleSome Title')).toBe('Previous article Some Title\nPrevious article Some Title');
    expect(fix('Previous articleSome Title')).toBe('Previous article Some Title');
    expect(fix('the FooBar tool\nthe FooBar tool\nand the FooBar app')).toBe('the FooBar tool\nthe FooBar tool\nand the FooBar app');
  });

  it('splits before a recurring seam only when a sentence starts there', () => {
    expect(fix('the CheckIn desk and the CheckIn app')).toBe('the CheckIn desk and the CheckIn app');
  });

  it('finds seams only in whole runs of letters, whatever letters stand around them (outside ASCII, astral)', () => {
    // Candidates come from the document's word forms: `LegionIn` inside `xLegionInx` or `𝒜LegionIn` is
    // another form, and each is judged where it stands.
    expect(fix('the group said the LegionIn what it described, and the 𝒜LegionIn Kyiv and xLegionInx stayed'))
      .toBe('the group said the Legion In what it described, and the 𝒜Legion In Kyiv and xLegionInx stayed');
    expect(fix('In Kyiv the LegionIn a statement. éLegionIn ŁódźWarsaw and CanadaFreedom, Canada and Freedom rallied'))
      .toBe('In Kyiv the Legion In a statement. éLegion In ŁódźWarsaw and Canada Freedom, Canada and Freedom rallied');
    expect(fix('the iPhone and McDonald spoke; 𝒜bCd and LegionIn.')).toBe('the iPhone and McDonald spoke; 𝒜bCd and Legion In.');
  });

  it('looks again at the seams the spaces of a round leave whole, however the letters around them are written', () => {
    expect(fix('the LegionInLegionIn what it said')).toBe('the Legion In Legion In what it said');
    expect(fix('the 𝒜LegionInLegion Kyiv said, and éLegionInThe unit')).toBe('the 𝒜Legion InLegion Kyiv said, and éLegion In The unit');
    expect(fix('CanadaFreedomLegionIn what, Canada and Freedom')).toBe('Canada FreedomLegion In what, Canada and Freedom');
  });
});
