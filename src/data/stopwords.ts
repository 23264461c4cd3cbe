/**
 * Short stop lists: the most frequent function words of each language, written for unscrape from
 * general knowledge of each language's grammar (articles, pronouns, prepositions, conjunctions,
 * auxiliaries). The idea of judging a paragraph by its stopword density is jusText's (Jan Pomikálek,
 * "Removing Boilerplate and Duplicate Content from Web Corpora", PhD thesis, Masaryk University, 2011);
 * these lists are much shorter than jusText's and were not copied from it.
 *
 * Keys are ISO 639-1 codes. Languages without word spaces (ja, zh) have no list on purpose: for them the
 * stopword feature is left out (neutral), never scored as zero.
 */
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ('the a an and or but of to in on at for with by from as is are was were be been being has have had do does did ' +
    'not no that this these those it its he she they we you i his her their our your him them us me my who which what ' +
    'when where how there than then so if about into over after before also can could would should will may might must ' +
    'said says one all more most some any other such only just up out very').split(' '),
  de: ('der die das den dem des ein eine einen einem einer eines und oder aber in im an am auf aus bei mit nach von vom zu ' +
    'zum zur für über unter ist sind war waren wird werden wurde wurden hat haben hatte hatten nicht kein keine auch ' +
    'als wie wenn dass daß es er sie wir ihr ich sich so noch nur schon sehr man bis durch um diese dieser dieses').split(' '),
  fr: ('le la les un une des du de et ou mais dans en sur au aux pour par avec sans sous est sont était ont a été être ' +
    'ne pas que qui quoi dont ce cette ces il elle ils elles nous vous on se son sa ses leur leurs plus comme si tout').split(' '),
  es: ('el la los las un una unos unas de del y o pero en con por para sin sobre es son era fue ha han había ser estar ' +
    'está no que qui cual como cuando donde se su sus lo al le les más muy ya este esta estos estas también entre').split(' '),
  pt: ('o a os as um uma uns umas de do da dos das e ou mas em no na nos nas com por para sem sobre é são era foi ' +
    'ser estar está não que qual como quando onde se seu sua seus suas lhe mais muito já este esta isso ao aos também pelo pela').split(' '),
  it: ('il lo la i gli le un una uno di del della dei delle e o ma in nel nella con per su da dal è sono era stato ' +
    'essere non che chi come quando dove si suo sua loro più molto anche questo questa al alla').split(' '),
  nl: ('de het een en of maar in op aan met van voor door naar bij is zijn was waren wordt werd heeft hebben had niet ' +
    'geen dat die dit deze er hij zij ze wij we jij je ik ook als dan nog wel om tot uit over').split(' '),
  ru: ('и в во на с со к ко по за из от до у о об а но или не ни что как это этот эта эти то так же бы был была были ' +
    'быть есть он она они мы вы я его ее её их мне нам для при уже еще ещё только который которая которые когда где все').split(' '),
  uk: ('і й в у на з із до за від по про та але або не що як це цей ця ці той так же би був була були бути він вона ' +
    'вони ми ви я його її їх для при вже ще тільки який яка які коли де всі').split(' '),
  id: ('yang dan di ke dari ini itu dengan untuk pada adalah tidak akan dalam juga atau karena oleh ada sebagai bisa ' +
    'telah sudah saat kita kami mereka ia dia saya anda jika seperti lebih para bahwa hanya secara agar').split(' '),
};

/** Lower-cased stop sets, built once. */
export const STOP_SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)]),
);
