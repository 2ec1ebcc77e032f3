import type { Mention } from '../types.js';
import { isPunctuation } from './boundary.js';
import type { SentenceContext } from './context.js';
import { FIELD_WORD_TAGS } from './defaults.js';
import { isPlaceName } from './gazetteer.js';

/** Titles whose first character is the body's suffix (部长 → …部, 局长 → …局): the body's name ends inside them. */
const BODY_TITLES = new Map([['部长', '部'], ['局长', '局'], ['厅长', '厅'], ['署长', '署'], ['司长', '司']]);
/** Tags of the pieces between the place and the title (能|矿|部长: an abbreviated field jieba cuts into characters). */
const PIECE_TAGS = new Set([...FIELD_WORD_TAGS, 'b']);
/** Tags a one-character piece may also have (能/v 矿/n: characters of an abbreviation read as words). */
const CHAR_TAGS = new Set([...PIECE_TAGS, 'v', 'vg', 'a', 'ag']);

/**
 * Bodies named inside a title when jieba cuts the title off as a word of its own: a country or place, a field, and
 * 部长 (甲国|农|牧|部长 → 甲国农牧部): the body is the place, the field and the title's first character.
 */
export function recognizeBodiesBeforeTitles(ctx: SentenceContext): Mention[] {
  const { text, sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const title = tokens[i];
    const suffix = BODY_TITLES.get(title.word);
    if (!suffix || title.start <= sentence.start || title.end > sentence.end) continue;
    if (!/^(nr|nrt|nrfg|ns|j|x)$/.test(tokens[i + 1]?.tag ?? '')) continue;
    // 1. The field: one or more pieces right before the title, none a place itself.
    let k = i - 1;
    while (k >= 0 && i - k <= 3 && tokens[k].start >= sentence.start && isFieldPiece(tokens[k].word, tokens[k].tag)) k--;
    if (k === i - 1 || k < 0 || tokens[k].start < sentence.start) continue;
    // 2. The place before the field starts the name; without one the title is a common noun (农业部长 of no country).
    if (!isPlaceName(tokens[k].word) || tokens[k].word.length < 2 || /[省市县区]$/u.test(tokens[k].word)) continue;
    const start = tokens[k].start;
    const end = title.start + 1;
    mentions.push({ text: text.slice(start, end), start, end, type: 'GovernmentBody', source: 'suffix' });
  }
  return mentions;
}

function isFieldPiece(word: string, tag: string): boolean {
  if (isPunctuation({ word, tag, start: 0, end: 0 })) return false;
  return word.length === 1 ? CHAR_TAGS.has(tag) : PIECE_TAGS.has(tag) && !isPlaceName(word);
}
