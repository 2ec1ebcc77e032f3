import type { Lexicon } from '../lexicon/index.js';
import type { Mention, Sentence } from '../types.js';
import type { SentenceContext } from './context.js';
import { recognizeShortInstitutes } from './abbreviated-names.js';
import { recognizeEnumerations } from './enumerations.js';
import { recognizeGazetteerNames, recognizeLexiconNames, recognizeTaggedNames } from './known-names.js';
import { recognizeMarkedProducts, recognizeQuotedNames, recognizeTitles } from './marked-names.js';
import { recognizeNumberedInstitutions, recognizeNumberedUnits } from './numbered-units.js';
import { recognizePersonNames } from './person-names.js';
import { recognizeFieldPhrases, recognizeFirstOfKind } from './phrase-names.js';
import { recognizePlaceNames } from './place-names.js';
import { refineOrganisations } from './nested-names.js';
import { propagateMentions, selectMentions } from './select-mentions.js';
import { recognizeSuffixNames } from './suffix-names.js';
import { addNamesInTitles, restoreUncoveredPlaces } from './restored-names.js';
import { retypeListMembers } from './list-types.js';
import { retypeTeams } from './team-names.js';
import { recognizeBodiesBeforeTitles } from './title-bodies.js';
import { tokenize } from './tokenize.js';

export type { Token } from './tokenize.js';
export { tokenize } from './tokenize.js';

/** Recognises entity mentions in an article's text, sentence by sentence, through every layer; offsets refer to `text`. */
export function recognizeEntities(text: string, sentences: Sentence[], lexicon: Lexicon): Mention[] {
  // 1. One jieba pass over the article (sentence ends are punctuation or line breaks, where jieba cuts anyway).
  const tokens = tokenize(text);
  // 2. Candidates from each layer, per sentence, over the sentence's tokens.
  const candidates: Mention[] = [];
  let k = 0;
  for (const sentence of sentences) {
    while (k < tokens.length && tokens[k].start < sentence.start) k++;
    const first = k;
    while (k < tokens.length && tokens[k].end <= sentence.end) k++;
    const ctx: SentenceContext = { text, sentence, tokens: tokens.slice(first, k) };
    // One layer's list at a time: spreading every layer's mentions as arguments overflows the stack on a very long
    // sentence (a table pasted without punctuation).
    for (const found of [
      recognizeLexiconNames(ctx, lexicon),
      recognizeTitles(ctx),
      recognizeMarkedProducts(ctx),
      recognizeQuotedNames(ctx),
      recognizeGazetteerNames(ctx),
      recognizeSuffixNames(ctx),
      recognizeBodiesBeforeTitles(ctx),
      recognizeNumberedUnits(ctx),
      recognizeNumberedInstitutions(ctx),
      recognizeShortInstitutes(ctx),
      recognizeEnumerations(ctx),
      recognizeFieldPhrases(ctx),
      recognizeFirstOfKind(ctx),
      recognizeTaggedNames(ctx),
      recognizePersonNames(ctx),
      recognizePlaceNames(ctx),
    ]) {
      for (const m of found) candidates.push(m);
    }
  }
  // 3. One mention per span, longest first; nested organisations as one name; then what that choice lost: known places
  // under a name dropped since (１２家墨西哥银行 → 墨西哥), and the names inside a book's title (《北京历史地图》 → 北京).
  const refined = restoreUncoveredPlaces(text.length, refineOrganisations(text, selectMentions(candidates), tokens), candidates);
  const selected = addNamesInTitles(refined, candidates);
  // 4. The other occurrences of the names found, inside one sentence, where they do not cut a word; then places named
  // as sides of a match are teams, each occurrence read in its own context (代表中国参加 is a team, 中国汽车 a place).
  // 5. People listed with companies that share one written suffix are companies (埃克森、美孚、阿莫科、谢夫隆公司).
  return retypeListMembers(text, retypeTeams(text, propagateMentions(text, selected, sentences, tokens), tokens));
}

