import { describe, expect, it } from 'vitest';
import { wordJoinRule } from '../../src/repair/split-word-join.js';
import { FILLER, runOne } from './helpers.js';

const fix = (t: string) => runOne(wordJoinRule, t + FILLER).slice(0, -FILLER.length);

describe('word-join', () => {
  it.each([
    ['it was formedin March', 'it was formed in March'],
    ['gave themselves upto the forces', 'gave themselves up to the forces'],
    ['the legion claimedlast month', 'the legion claimed last month'],
    ['more niche modelsina way', 'more niche models in a way'],
    ['It wasakey step', 'It was a key step'],
    ['against peopleof the world', 'against people of the world'],
    ['this isa test', 'this is a test'],
    ['Thepresident spoke', 'The president spoke'],
    ['The movie ends. Thepresident spoke', 'The movie ends. The president spoke'],
    ['Nissan North America said that Nissanhas taken the covers off', 'Nissan North America said that Nissan has taken the covers off'],
    ['the nation. thenation’s finances', 'the nation. the nation’s finances'],
    // Up to four parts, each pair guarded: a content word in the middle only before a function word.
    ['they were onthewayto the front', 'they were on the way to the front'],
    ['the cat sat outsideofthe house', 'the cat sat outside of the house'],
    // A recurring form is still a fusion when it reads as a function word beside a very common word.
    ['it maybe true that you canhelp, and you canhelp now', 'it maybe true that you can help, and you can help now'],
    // The pronouns fused to a verb; a capitalised common word fused to a closed-class word.
    ['Iwas there and Iam here', 'I was there and I am here'],
    ['he said Itis good', 'he said It is good'],
    ['the end. Itwasjust a game', 'the end. It was just a game'],
    // A subject pronoun before a stripped negated auxiliary; `I` before a common past-tense verb.
    ['Icouldnt help it. Itwasnt clear. Wedidnt stay, Theydont care, Shedoesnt and Hewasnt', 'I couldnt help it. It wasnt clear. We didnt stay, They dont care, She doesnt and He wasnt'],
    ['so Imessed up and Italked to him', 'so I messed up and I talked to him'],
    // A name the document writes alone twice before a past-tense verb that need not stand alone.
    ['Trump said. Trump left. Trumptied it; Apple spoke. Apple left. Applemade it', 'Trump said. Trump left. Trump tied it; Apple spoke. Apple left. Apple made it'],
    // A well-known fusion opening a sentence, before a comma or a closed-class word.
    ['It rained. Infact, it poured. Isthe sun out?', 'It rained. In fact, it poured. Is the sun out?'],
    // Of the sentence openers a capitalised token starts with, the cheapest reading (`No|wwe` is worse).
    ['It rained. Nowwe know more. Thenwe left.', 'It rained. Now we know more. Then we left.'],
    ['the end. Someconsumers left', 'the end. Some consumers left'],
    // A segment of a hyphenated word that is itself a fusion; the hyphen stays.
    ['an all-newelectric car and so-calledgrowth-related work', 'an all-new electric car and so-called growth-related work'],
    ['the Fifty-onepercent of voters', 'the Fifty-one percent of voters'],
    // A capitalised part that stands alone elsewhere, then a past-tense verb or a fusion after a closed-class word.
    ['Figgins spoke. Later Figginsdeclined to comment', 'Figgins spoke. Later Figgins declined to comment'],
    ['Nissan said that Nissanhastaken the lead', 'Nissan said that Nissan has taken the lead'],
    ['the office closed on Mondayin the town', 'the office closed on Monday in the town'],
    // A word after a possessive or contraction.
    ['and it’salso a plan', 'and it’s also a plan'],
    ["they don'tbreak it and the company'splan", "they don't break it and the company's plan"],
    // A lexicon pair the document writes apart twice, whatever the ranks; a recurring fusion the
    // document writes apart more often than fused.
    ['dizzy spells, dizzy spells, then dizzyspells', 'dizzy spells, dizzy spells, then dizzy spells'],
    ['jelly jars, jelly jars, jelly jars; jellyjars and jellyjars', 'jelly jars, jelly jars, jelly jars; jelly jars and jelly jars'],
    // A stripped contraction is a closed-class part.
    ['It doesntmention him and theyregoing home, for anyonewhos there', 'It doesnt mention him and theyre going home, for anyone whos there'],
    // ... also one the lexicon does not list (the part sieve must let it through).
    ['and youllhave time, so itlldo', 'and youll have time, so itll do'],
    // At a sentence start: a common word, then a determiner or preposition names seldom end with.
    ['a cup and a half. Letthe mixture boil', 'a cup and a half. Let the mixture boil'],
    ['a conference\nHostinga live video', 'a conference\nHosting a live video'],
    // Two common content words twelve letters or more together, the second no agent noun or gerund.
    ['the remotemarkets and carbondioxide', 'the remote markets and carbon dioxide'],
    // An irregular past tense before a particle.
    ['Dempsey quickly cameup with a plan and tookover the firm', 'Dempsey quickly came up with a plan and took over the firm'],
    // An inflected word before a rarer listed word when one of the two is common.
    ['plunged to alarminglevels on a crewedmission; they simplytacked it on', 'plunged to alarming levels on a crewed mission; they simply tacked it on'],
    // An acronym fused to a closed-class word, or to a word when both stand alone elsewhere.
    ['Sources told CNNthat a year later, and a max FPSof 147', 'Sources told CNN that a year later, and a max FPS of 147'],
    ['The USgovernment on Monday. The US said the government', 'The US government on Monday. The US said the government'],
    // A headline in capitals that lost a space after a closed-class word.
    ['WILL THEY BASH THEBILLIONAIRES?', 'WILL THEY BASH THE BILLIONAIRES?'],
    // A name the document writes alone twice (never in lower case) before a common word that stands alone too.
    ['the Stadia titles. Stadia launched. Stadia costs; you can play Stadiatitles on a TV', 'the Stadia titles. Stadia launched. Stadia costs; you can play Stadia titles on a TV'],
    // A recurring fusion of a function word and a common word (`to|calculate` twice).
    ['you need tocalculate it, and it is hard tocalculate alone', 'you need to calculate it, and it is hard to calculate alone'],
    // The article before a rarer word that starts with a consonant and is no privative adjective.
    ['earning apaycheck again after alukewarm start', 'earning a paycheck again after a lukewarm start'],
    // A capitalised modifier (nationality adjective, day or month, institution noun) before a common word.
    ['the Mexicanimmigration authorities, Sundaynight football and the Courtdecision', 'the Mexican immigration authorities, Sunday night football and the Court decision'],
  ])('splits %j', (input, expected) => {
    expect(fix(input)).toBe(expected);
  });

  it.each([
    'a former executive at Gazprombank',
    'a hodgepodge of units',
    'streets crisscrossed by trenches',
    'the counteroffensive began',
    'on the battlefield and the frontline',
    'the paring knife, a contoured bumper, bottoming out',
    'a well-known, hard-won peace',
    'the Court Overturns License',
    'write to someone@upto.com or visit upto.com/formedin',
    'dont and doesnt and werent stay for the apostrophe rule',
    'Boston and Clinton and Facebook',
    'a multilink suspension and featherbedding',
    'agonize about it',
    'the sweat beading on his lip',
    'nowhere and whereby and notwithstanding',
    // Traps for the new readings: names in the lexicon, a pronoun-like start of a name, transliterations.
    'Iran and Ivan and Italy and Idaho',
    'Iowa and Ireland, Imed and Ibid, Itemed, Iced, Heed, Shed, Wednesday, Theyre, Youre',
    // A well-known fusion as a name: not at a sentence start, or a recurring one.
    'the Infact group and the Upto brand. Noone sang. Peter Noone sang.',
    'Sam and Chad met Samsung and Adobe. Adobe said so.',
    'Rankin and Larkin and Curtis and Willis',
    'the Shi’ites of Sana’a and Mr O’Sullivan',
    'the constructor hasownproperty',
    'zorbfest and zorbfest again',
    'North and well: Northwell Health. Over the top, Overmatched. What a day at Whataburger.',
    'a well-known mother-in-law, a state-of-the-art e-tron, anti-inflammatory drugs, to co-write, self-assured Pierre-Hugues',
    // Written apart once is not enough for rare words; a fused form seen as often as apart stays.
    'dizzy spells and dizzyspells',
    'a feather bed, the feather bedding, featherbedding and featherbedding',
    // Stripped contractions inside words and lexicon words: `whatsapp`, `ashes`, `dishes`.
    'on whatsapp, the ashes and dishes',
    // Names at a sentence start: in the lexicon, ending in a word names end with, or three parts.
    'He left. Toobin said so. Larkin agreed. Canfora won. Dugan smiled. Woodall spoke. Inman ran. Statescan',
    // Not at a sentence start.
    'the Letthe brand',
    // Closed compounds the lexicon misses: short, or headed by an agent noun or a gerund.
    'sleepwalking birdwatching crowdfunding skateboarding mouthwatering cheeseburger whistleblower woodcarver breadbasket tablespoon gallbladder',
    // ... or opened by an inflected word before a head made from a verb, or a short head.
    'the festivalgoers and moviegoers at the sandalwood stand',
    // Inflections of rarer lexicon words.
    'those who anted up for the speculative worldviews',
    // A name written alone twice before an agent noun, or a listed name that starts with one.
    'Space Force. Space Command. Spacewalkers came. Matt said. Matt left. Then Matthews spoke. Star said. Star left. Then Starbucks opened.',
    // ... or a family name, a given name and a plural, beside the given name alone (`Jack|sons`, `New|tons`).
    'Jack said hello. Jack left early. The Jacksons arrived. New York is big. New Jersey is near. The Newtons moved.',
    // A particle after a bare verb or a past form that makes compounds.
    'a pileup, a laidback rollout and a leftover setup',
    // Plurals and suffixes after acronyms, acronyms that read as no words, a name in capitals alone on its line.
    'IDs and CDs, OKed, DJing, PSone, NATO and UNICEF, ASEAN, USANA',
    'CTV NEWS CHANNEL\nMYNEWS\nCONNECT',
    'The USgovernment said', // neither stands alone elsewhere
    // Brands of a name and a word: the word never alone, the name also a lower-case word here, or a listed head.
    'Chrome and Chrome browsers; a Chromecast',
    'the space race. Space walks. Space Spacewalkers',
    'North, North and well: Northwell Health',
    // Privative adjectives the lexicon ranks low: `a-` before an adjective ending.
    'an abiotic, achromatic and atonal view',
    // Names that start with a modifier: a short tail, a closed-class tail, a listed head, a month too short.
    'Courtois and Marchand, Mayfair, Mayweather, Chinatown, Russiagate',
    // Rarer words the lexicon lists since it holds 80,000 words (at 60,000: `as|sailed`, `eject|or`, `prior|it|ization`, `day|dreaming`, `ghost|writer`).
    'critics assailed the ejector seat, the prioritization of daydreaming and the ghostwriter',
  ])('leaves %j alone', (input) => {
    expect(fix(input)).toBe(input);
  });

  it('leaves a form that recurs in the document alone', () => {
    expect(fix('the zorbfest began; zorbfest ended')).toBe('the zorbfest began; zorbfest ended');
  });

  it('judges each document on its own evidence, whatever was judged before (process-wide caches hold none)', () => {
    const docs = [
      ['Figgins spoke. Later Figginsdeclined to comment', 'Figgins spoke. Later Figgins declined to comment'],
      ['He spoke. Later Figginsdeclined to comment', 'He spoke. Later Figginsdeclined to comment'],
      ['Figgins spoke. Figginsdeclined it and Figginsdeclined that', 'Figgins spoke. Figginsdeclined it and Figginsdeclined that'],
      ['the first time we met; firsttime fans', 'the first time we met; first time fans'],
      ['the first one; firsttime fans', 'the first one; firsttime fans'],
    ] as const;
    for (const order of [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [1, 3, 0, 4, 2, 1, 0]]) {
      for (const k of order) expect(fix(docs[k]![0])).toBe(docs[k]![1]);
    }
  });

  it('does nothing to text that is not English', () => {
    const german = 'Die Bundesregierung hat am Montag beschlossen, dass die Steuer erhöht wird und dass alle Bürger mehr zahlen müssen, wenn sie ein Auto kaufen oder ein Haus bauen wollen. Die Opposition kritisierte das.';
    expect(runOne(wordJoinRule, german)).toBe(german);
  });
});

describe('word lists are looked up safely', () => {
  it('treats words named like Object.prototype members as words', () => {
    const t = 'the constructor and hasownproperty were here, and the prototype too.';
    expect(runOne(wordJoinRule, t + FILLER)).toBe(t + FILLER);
    expect(runOne(wordJoinRule, 'and valueof it' + FILLER)).toBe('and value of it' + FILLER);
  });

  it('keeps only what hangs on the form itself across texts: a part the document attests is asked of each document', () => {
    // `zorb` is in no list: `zorbin` splits only where the page writes `zorb` alone, whatever came before.
    const alone = 'we saw zorbin the park';
    const attested = 'the zorb rolled. we saw zorbin the park';
    expect(fix(alone)).toBe(alone);
    expect(fix(attested)).toBe('the zorb rolled. we saw zorb in the park');
    expect(fix(alone)).toBe(alone);
    expect(fix(attested)).toBe('the zorb rolled. we saw zorb in the park');
  });
});
