// Stripped contractions for the `apostrophe` rule. Hand-made for this project: each key is what an English
// contraction becomes when its apostrophe is lost, each value the restored form (with `'`; the rule swaps in
// the document's own apostrophe). "Unambiguous" keys are not English words on their own; "ambiguous" ones are
// (`its`, `wont`, `cant`, `ill`, `well`, `were`, `shed`, `hell`, `wed`, `id`, `lets`) and are restored only
// with strong evidence (see src/repair/restore-apostrophe.ts).

/** Stripped forms that are not words: restored wherever the document is English. */
export const UNAMBIGUOUS_CONTRACTIONS: Readonly<Record<string, string>> = {
  dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't", wasnt: "wasn't", arent: "aren't",
  werent: "weren't", hasnt: "hasn't", havent: "haven't", hadnt: "hadn't", couldnt: "couldn't", wouldnt: "wouldn't",
  shouldnt: "shouldn't", mustnt: "mustn't", neednt: "needn't", mightnt: "mightn't", shant: "shan't", aint: "ain't",
  youre: "you're", theyre: "they're", youve: "you've", theyve: "they've", weve: "we've", youll: "you'll",
  theyll: "they'll", itll: "it'll", thatll: "that'll", shes: "she's", hes: "he's", thats: "that's",
  whats: "what's", theres: "there's", heres: "here's", wheres: "where's", whos: "who's", whove: "who've",
  couldve: "could've", wouldve: "would've", shouldve: "should've", mightve: "might've", mustve: "must've",
  youd: "you'd", theyd: "they'd", hed: "he'd", itd: "it'd", thatd: "that'd", yall: "y'all", oclock: "o'clock",
};

/** Stripped forms that are also words; restored only in a stripped region with the listed evidence. */
export const AMBIGUOUS_CONTRACTIONS: Readonly<Record<string, string>> = {
  its: "it's", wont: "won't", cant: "can't", im: "I'm", ive: "I've", lets: "let's", were: "we're", well: "we'll",
  ill: "I'll", id: "I'd", wed: "we'd",
};

/** Base verbs after which a sentence-initial `Lets` is `Let's` (`Lets talk`). */
export const AFTER_LETS_CONTRACTION: readonly string[] = (
  'go see take talk look get be make start hope face not just say try do move begin break dive keep remember find ' +
  'turn put all check hear'
).split(' ');

/** Words before `were` that leave it without a subject, so `we're` (`and were thinking`); `that`/`which`/`who` are excluded. */
export const BEFORE_SUBJECTLESS_WERE: readonly string[] = (
  'and but so because if when as now where while since until or cause think hope know guess said says sure whether ' +
  'why how then what today tomorrow yes okay ok'
).split(' ');

/** Words after which a sentence-initial `Well`/`Ill`/`Id` is `We'll`/`I'll`/`I'd` (`Well be testing`). */
export const AFTER_WILL_CONTRACTION: readonly string[] = (
  'be have see need get make take continue know never also just probably likely always do go tell let try keep find ' +
  'look give send update like love rather say bring start work talk all'
).split(' ');

/** Words after which a sentence-initial `Were` is `We're` (`Were not certain`, `Were looking`). */
export const AFTER_WERE_CONTRACTION: readonly string[] = (
  'not going all also still just now here there sure very really so excited happy proud hoping working looking ' +
  'trying seeing getting talking thinking told truly confident glad ready able always never definitely certainly ' +
  'probably'
).split(' ');

/**
 * Words that cannot follow the possessive `its` but do follow `it's` (`its not`, `its a`, `its been`):
 * in a stripped region, `its` before one of these is restored to `it's`.
 */
export const AFTER_ITS_CONTRACTION: readonly string[] = (
  'a an the not been being going gonna got also just very really still instead meant enough totally so too never ' +
  'always already actually clear clearer unclear likely unlikely possible impossible important true hard easy about ' +
  'because like what when in on at for with from up over no all my your our their his her better worse fine okay ok ' +
  'difficult necessary obvious only almost quite probably definitely certainly now here there who how why where ' +
  'more less sure worth supposed expected designed built equipped based staggering amazing incredible crazy sad ' +
  'great good bad nice fun weird strange interesting about'
).split(' ');

/** Base verbs after which `wont` is `won't` and `cant` is `can't` (`wont be`, `cant stop`). */
export const AFTER_MODAL_CONTRACTION: readonly string[] = (
  'be have let stop go do get make take work happen allow accept give come help say see tell find leave change win ' +
  'lose fight wait believe afford imagine understand remember know even just really ever always never'
).split(' ');
