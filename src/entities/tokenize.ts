import { CharSet } from './char-set.js';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { tagOf } from './dictionary.js';

/** A jieba token with its part-of-speech tag and offsets in the text it came from. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | undefined;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Loads jieba's default dictionary once, on first use. */
function getJieba(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/**
 * Segments `text` with jieba; offsets are shifted by `offset`. The tags are jieba's own (`tag` gives the dictionary's
 * tag of each word of `cut`), looked up here because crossing into the native module once per word is slow. Without
 * HMM (the default) unknown names fall apart into characters, which keeps function words separate for boundary
 * rules; with HMM they stay whole (tagged `x`).
 */
export function tokenize(raw: string, offset = 0, hmm = false): Token[] {
  // A lone surrogate would reach jieba as U+FFFD and its words would no longer match the text: replace it here, one
  // code unit for one, so that offsets stay those of the raw text.
  const text = raw.replace(LONE_SURROGATE, '\uFFFD');
  const tokens: Token[] = [];
  let pos = 0;
  for (const word of getJieba().cut(text, hmm)) {
    // jieba returns the text's characters in order; find each word from the current position.
    const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    const start = at < 0 ? pos : at;
    const split = splitTitle(word);
    if (split > 0) {
      const [head, title] = [word.slice(0, split), word.slice(split)];
      tokens.push({ word: head, tag: tagOf(head), start: start + offset, end: start + split + offset });
      tokens.push({ word: title, tag: tagOf(title), start: start + split + offset, end: start + word.length + offset });
    } else {
      tokens.push({ word, tag: tagOf(word), start: start + offset, end: start + word.length + offset });
    }
    pos = start + word.length;
  }
  return tokens;
}

/** Last characters of the titles below: a word ending otherwise holds no title. */
const TITLE_LAST_CHARS = new CharSet('记委任席长裁理');
const TITLE_AFTER_BODY = /^(.+?(?:[委部局厅院校所社台行会团队处室司组]))(书记|副书记|常委|主任|副主任|主席|副主席|秘书长|总裁|董事长|总经理|经理|部长|局长|厅长|院长|校长|所长|社长|台长|行长|会长|团长|队长|处长|长)$/u;

const MEMBER_LAST_CHARS = new CharSet('表员委席任');
const MEMBER_AFTER_BODY = /^(.{2,3})(代表|委员|常委|主席|副主席|主任)$/u;
/** Tags of a body's name or its short form in jieba's dictionary. */
const BODY_WORD_TAGS = new Set(['nt', 'j']);

/**
 * Where a word made of an organisation and a title splits (县委书记 → 县委 | 书记, 国防部长 → 国防部 | 长, 人大代表 → 人大 | 代表), so that the
 * organisation's name can end there; 0 when it does not.
 */
function splitTitle(word: string): number {
  if (word.length < 3) return 0;
  // A body's short form jieba knows (人大/j, 政协/j) before a member's title (人大代表, 政协委员).
  const member = MEMBER_LAST_CHARS.at(word, word.length - 1) ? MEMBER_AFTER_BODY.exec(word) : null;
  if (member && BODY_WORD_TAGS.has(tagOf(member[1]))) return member[1].length;
  if (!TITLE_LAST_CHARS.at(word, word.length - 1)) return 0;
  const m = TITLE_AFTER_BODY.exec(word);
  if (!m || m[1].length < 2 || (m[2] === '长' && (m[1].length < 3 || /^[副正总]/u.test(m[1])))) return 0;
  return m[1].length;
}
