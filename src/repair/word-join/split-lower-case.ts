import { foldedCount } from '../vocabulary/document-vocabulary.js';
import { isWordInCorpus } from '../vocabulary/corpus-vocabulary.js';
import { cutAt, type Split } from './cut-at.js';
import type { JoinEvidence } from './join-evidence.js';
import { formEntry, tokenEntry } from './token-memo.js';
import { cheapestReading } from './cheapest-reading.js';
import { judgeParts } from './part-guards.js';
import { apartMoreOften, bothStandAlone, writtenApart } from './written-apart.js';

// The lower-case readings of `word-join` (`formedin` -> `formed|in`, `claimedlast`, `modelsina`): a unigram
// segmentation of a lower-case a-z token into two to four parts, vetoed by the guards a plain segmenter
// lacks. `split-word-join` finds the tokens and turns readings into findings; `split-capitalised` builds its
// readings of capitalised tokens on these.
//
// The judge below reads, in this order: the spelling (`judge-spelling`, kept in the token's memo,
// `token-memo`), the cheapest reading (`cheapest-reading`, under the part costs of `listed-part-cost` and
// the document's attested forms, `join-evidence`, cut by `segment`), the guards on its parts
// (`part-guards`), the corpus, and the document's usage (`written-apart`).

/**
 * The reading of a lower-case token as two to four words run together, or `null` when it is a word (or no
 * reading passes the guards). Judged once per round (kept in the round's {@link JoinEvidence}), not per use.
 *
 * @param token - A token of ASCII letters.
 * @param ev - The round's evidence.
 * @param text - The round's text, or `''` where the document's usage (parts written apart) is not to be read.
 * @param id - The token's intern-table id, or -1 when not known.
 * @returns The reading, or `null`.
 * @example
 * ```ts
 * splitLowerCase('claimedlast', ev, text)?.cuts; // [7]
 * ```
 */
export function splitLowerCase(token: string, ev: JoinEvidence, text = '', id = -1): Split | null {
  const verdicts = ev.verdicts[text === '' ? 0 : 1]; // with the text, the document's usage may lift a guard
  let v = verdicts.get(token);
  if (v === undefined) {
    v = judgeLower(token, ev, text, false, id);
    verdicts.set(token, v);
  }
  return v;
}

/**
 * {@link splitLowerCase} without its verdicts kept. `nested` is true for the one level of looking inside an
 * attested part ({@link isAttestedFusion}): there every attested form is a part.
 */
function judgeLower(token: string, ev: JoinEvidence, text: string, nested: boolean, id = -1): Split | null {
  const entry = id < 0 ? tokenEntry(token) : formEntry(id, token);
  if (entry.spelling !== undefined) return entry.spelling; // most tokens end here
  // The cheapest reading in two to four parts among those the guards admit (a Viterbi search over
  // states = where the last part starts, so that each pair of neighbours can be checked) ...
  const best = cheapestReading(token, entry, ev, nested ? null : isAttestedFusion);
  if (!best) return null;
  // ... then vetoed by the guards: a wrong reading is not replaced by a second-best one. What the guards
  // say from the parts alone is judged once per reading (a token's reading without the document is kept
  // process-wide in its memo, and so beside it this judgement); the document is asked only about the rest.
  const alone = entry.alone;
  const guards = alone !== undefined && best === alone.reading ? (alone.guards ??= judgeParts(token, best)) : judgeParts(token, best);
  if (guards.veto) return null;
  // The corpus keeps a form whole that stands intact in several documents and far more often than the corpus
  // writes the reading's parts apart (`assailed`, never `as sailed`): that answers, for this form, what the
  // exception for a recurring form below has to guess from one document.
  if (isWordInCorpus(ev.corpus, token, best.cuts)) return null;
  const vocab = ev.vocab;
  const cuts = best.cuts;
  for (let u = 0; u < guards.unpaired.length; u++) {
    const k = guards.unpaired[u]!;
    const a = token.slice(k === 1 ? 0 : cuts[k - 2]!, cuts[k - 1]!);
    const b = token.slice(cuts[k - 1]!, k < cuts.length ? cuts[k]! : token.length);
    if (!bothStandAlone(a, b, vocab) && !writtenApart(text, a, b, vocab)) return null;
  }
  // A form seen twice is a word (`zorbfest`), unless it reads as a function word beside a very common word
  // (`may|be`, `about|the`, `can|help`): no word of English is spelt like that, and a page that lost a space
  // in one bigram often lost it in the same bigram again (one template, one inline tag).
  const seen = guards.commonPair ? 0 : foldedCount(vocab, token); // a common pair splits however often it is seen
  if (seen >= 2 && !apartMoreOften(text, cutAt(token, cuts), vocab, seen)) return null;
  return {
    cuts,
    confidence: guards.fn ? 0.85 : 0.7,
    reason: guards.fn ? 'a function word fused to its neighbour' : 'two common words fused',
  };
}

/**
 * True when an attested form would itself be split, asked one level deep only: the reading of `word` takes
 * every form the document attests as a part, without asking whether that one is a fusion in turn.
 */
function isAttestedFusion(word: string, ev: JoinEvidence): boolean {
  return judgeLower(word, ev, '', true) !== null;
}
