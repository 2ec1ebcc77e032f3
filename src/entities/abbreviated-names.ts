import type { Mention } from '../types.js';
import { isPunctuation, opensName } from './boundary.js';
import type { SentenceContext } from './context.js';
import { FIELD_WORD_TAGS } from './defaults.js';
import { isPlaceName } from './gazetteer.js';
import type { Token } from './tokenize.js';

/** Short forms of institutes and colleges: a place, a field cut short, then 所 or 院 (甲市|自动化|所, 乙南|民|院). */
const SHORT_ENDINGS = new Set(['所', '院']);
/** Verbs that may follow a name (…所是, …院为); other verbs after 所 read it as a particle (被市民所喜爱). */
const LINKING_VERBS = new Set(['是', '为', '有']);

/**
 * Institutes and colleges named by a short form: a place standing first, one or two pieces of a field, and 所 or 院
 * as a word of its own (jieba cuts such short forms apart); a verb after 所 makes it a particle, not an institute.
 */
export function recognizeShortInstitutes(ctx: SentenceContext): Mention[] {
  const { text, sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const end = tokens[i];
    if (!SHORT_ENDINGS.has(end.word) || end.end > sentence.end) continue;
    const after = tokens[i + 1];
    if (after && after.tag === 'v' && !LINKING_VERBS.has(after.word)) continue;
    // 1. One or two pieces of the field, then the place before them.
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
      if (!FIELD_WORD_TAGS.has(tokens[k].tag) || isPunctuation(tokens[k]) || isPlaceName(tokens[k].word)) break;
      const place = tokens[k - 1];
      if (!place || place.start < sentence.start || place.word.length < 2 || !isPlaceName(place.word)) continue;
      // 2. The place stands first: nothing that could be part of a longer name before it.
      if (!standsFirst(tokens[k - 2], sentence.start)) continue;
      mentions.push({ text: text.slice(place.start, end.end), start: place.start, end: end.end, type: 'ResearchInstitute', source: 'suffix' });
      break;
    }
  }
  return mentions;
}

/** Tags of words after which a short form starts besides those that open any name: a verb, an adverb, a number, a time. */
const BEFORE_NAME_TAGS = new Set(['v', 'd', 'm', 't']);

function standsFirst(before: Token | undefined, minStart: number): boolean {
  return opensName(before, minStart) || BEFORE_NAME_TAGS.has(before!.tag);
}
