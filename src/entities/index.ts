import type { Lexicon } from '../lexicon/index.js';
import type { Mention, Sentence } from '../types.js';
import type { SentenceContext } from './context.js';
import { recognizeEnumerations } from './enumerations.js';
import { recognizeGazetteerNames, recognizeLexiconNames, recognizeTaggedNames } from './known-names.js';
import { recognizeMarkedProducts, recognizeQuotedNames, recognizeTitles } from './marked-names.js';
import { recognizeFieldPhrases, recognizeFirstOfKind } from './phrase-names.js';
import { propagateMentions, selectMentions } from './select-mentions.js';
import { recognizeSuffixNames } from './suffix-names.js';
import { tokenize, type Token } from './tokenize.js';

export type { Token } from './tokenize.js';
export { tokenize } from './tokenize.js';

/** Recognises entity mentions in an article's text, sentence by sentence, through every layer; offsets refer to `text`. */
export function recognizeEntities(text: string, sentences: Sentence[], lexicon: Lexicon): Mention[] {
  // 1. Candidates from each layer, per sentence.
  const candidates: Mention[] = [];
  const allTokens: Token[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text, sentence.start);
    allTokens.push(...tokens);
    const ctx: SentenceContext = { text, sentence, tokens };
    candidates.push(
      ...recognizeLexiconNames(ctx, lexicon),
      ...recognizeTitles(ctx),
      ...recognizeMarkedProducts(ctx),
      ...recognizeQuotedNames(ctx),
      ...recognizeGazetteerNames(ctx),
      ...recognizeSuffixNames(ctx),
      ...recognizeEnumerations(ctx),
      ...recognizeFieldPhrases(ctx),
      ...recognizeFirstOfKind(ctx),
      ...recognizeTaggedNames(ctx),
    );
  }
  // 2. One mention per span, longest first.
  const selected = selectMentions(candidates);
  // 3. The other occurrences of the names found, where they do not cut a word.
  const starts = new Set(allTokens.map((t) => t.start));
  const ends = new Set(allTokens.map((t) => t.end));
  const inSentence = (start: number, end: number) => sentences.some((s) => s.start <= start && end <= s.end);
  return propagateMentions(text, selected, (s, e) => inSentence(s, e) && (starts.has(s) || ends.has(e)));
}
