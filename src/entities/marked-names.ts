import type { EntityType, Mention } from '../types.js';
import { findLeftBoundary, tokenAt } from './boundary.js';
import type { SentenceContext } from './context.js';
import { ORGANISATION_TYPES, NAME_SUFFIXES, POLICY_WORDS, QUOTE_HEADS } from './defaults.js';
import { isPlaceName } from './gazetteer.js';

const QUOTE = /“([^“”‘’\n]{1,25})”|「([^「」\n]{1,25})」/g;
const TITLE = /《([^《》\n]{2,60})》/g;
const REGISTERED = /[®™]/g;
/** Titles of newspapers and magazines. */
const PRESS = /(?:报|周刊|月刊|杂志|画报|新闻|文摘)$/u;
const PRESS_KIND = /^(?:杂志社|杂志|周刊|月刊|报社)/u;
/** What puts an article in a periodical, before its title (发表在《…》上, 刊于《…》). */
const PRESS_CUE_BEFORE = /(?:发表在|刊登在|刊载在|刊发在|发表于|刊登于|载于|刊于)$/u;
/** Other titles listed after a title (、《…》和《…》): skipped to read what follows the whole list. */
const MORE_TITLES = /^(?:[、和与及]《[^《》\n]{1,60}》)*/u;
/** What a periodical does, or a count of periodicals, after its title or its list (据《…》报道; 《…》、《…》三报三刊). */
const PRESS_CUE = /^(?:上)?(?:报道|刊登|刊发|刊载|载文|撰文|转载|披露|援引|发表社论|发表评论|评论说|报道说)|^等?[一二三四五六七八九十两0-9０-９]+(?:家|种|份)?[^，。；]{0,4}(?:报|刊|期刊)/u;
const CODE_LIKE = /^[A-Za-z0-9+\-·.]{1,6}$/;
/** Words that are a kind of body on their own (组委会, 考察团, 游击队): after a quoted name they end it. */
const BODY_WORDS = new Map(NAME_SUFFIXES.filter(([s, type]) => s.length >= 2 && ORGANISATION_TYPES.has(type)).map(([s, type]) => [s, type] as const));
const STRONG_SUFFIX_TYPES = new Set<EntityType>(['Company', 'ResearchInstitute', 'GovernmentBody', 'DevelopmentZone', 'IndustrialCluster']);

/** Finds quoted names whose own ending or following head noun gives a type (“信创谷”, “数字中医人”小程序, “8151”工程). */
export function recognizeQuotedNames(ctx: SentenceContext): Mention[] {
  const { text, sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  for (const m of sentence.text.matchAll(QUOTE)) {
    const inner = m[1] ?? m[2];
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    // “春苗计划”组委会: a quoted name and the kind of body after it make one name.
    const body = tokens[tokenAt(tokens, end)];
    const bodyType = body && body.start === end ? BODY_WORDS.get(body.word) : undefined;
    if (bodyType) {
      mentions.push({ text: text.slice(start, body.end), start, end: body.end, type: bodyType, source: 'quote' });
      continue;
    }
    const ownType = suffixType(inner);
    if (ownType && ORGANISATION_TYPES.has(ownType)) {
      // An organisation's name is the text inside the marks (“田园学校”), as with 《titles》.
      mentions.push({ text: inner, start: start + 1, end: end - 1, type: ownType, source: 'quote' });
      continue;
    }
    if (ownType) {
      mentions.push({ text: m[0], start, end, type: ownType, source: 'quote', canonical: inner.trim() });
      continue;
    }
    const after = text.slice(end, Math.min(end + 12, sentence.end));
    const head = followingHead(after);
    if (!head) continue;
    if (CODE_LIKE.test(inner)) {
      // A code needs its head to be a name: “8151”工程 → 8151工程.
      const full = after.slice(0, head.end);
      mentions.push({ text: m[0] + full, start, end: end + head.end, type: head.type, source: 'quote', canonical: inner + full });
    } else {
      mentions.push({ text: m[0], start, end, type: head.type, source: 'quote', canonical: inner.trim() });
    }
  }
  return mentions;
}

/**
 * Finds 《titles》: policies when they end with a policy word; newspapers and magazines (《人民日报》, 美国《洛杉矶时报》)
 * as organisations, the name inside the marks, or the whole with the place before it; other titles (columns, books)
 * as products.
 */
export function recognizeTitles(ctx: SentenceContext): Mention[] {
  const { text, sentence, tokens } = ctx;
  return [...sentence.text.matchAll(TITLE)].map((m): Mention => {
    const inner = m[1].trim();
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const kind = PRESS_KIND.exec(text.slice(end, sentence.end));
    const after = text.slice(end, sentence.end);
    const cued = PRESS_CUE.test(after.slice(MORE_TITLES.exec(after)![0].length)) || PRESS_CUE_BEFORE.test(text.slice(Math.max(sentence.start, start - 3), start));
    if (PRESS.test(inner) || kind || cued) {
      const before = tokens[tokenAt(tokens, start - 1)];
      if (before && before.end === start && before.word.length >= 2 && isPlaceName(before.word)) {
        // 美国《读者文摘》杂志: the place, the title and the kind of periodical after it make one name.
        const last = end + (kind ? kind[0].length : 0);
        return { text: text.slice(before.start, last), start: before.start, end: last, type: 'Organization', source: 'title' };
      }
      // 《绿野》杂志: the title with its kind is the name; a title alone is named inside its marks (《人民日报》).
      if (kind) return { text: text.slice(start, end + kind[0].length), start, end: end + kind[0].length, type: 'Organization', source: 'title', canonical: m[1] };
      return { text: m[1], start: start + 1, end: end - 1, type: 'Organization', source: 'title' };
    }
    const type: EntityType = POLICY_WORDS.some((w) => inner.endsWith(w)) ? 'Policy' : 'Product';
    return { text: m[0], start, end, type, source: 'title', canonical: inner };
  });
}

/** Finds product names marked ® or ™, and the names given for them in the parenthesis that follows. */
export function recognizeMarkedProducts(ctx: SentenceContext): Mention[] {
  const { text, sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  for (const m of sentence.text.matchAll(REGISTERED)) {
    const markAt = sentence.start + m.index;
    const from = tokenAt(tokens, markAt - 1);
    if (from < 0 || markAt - 1 < sentence.start) continue;
    const start = findLeftBoundary(tokens, from, markAt, sentence.start);
    const name = text.slice(start, markAt);
    if (name.length < 1) continue;
    mentions.push({ text: name + m[0], start, end: markAt + 1, type: 'Product', source: 'product', canonical: name });
    const paren = /^[（(]([^（()）]{1,60})[)）]/.exec(text.slice(markAt + 1, sentence.end));
    if (!paren) continue;
    let at = markAt + 2;
    for (const part of paren[1].split(/[，,、;；]/)) {
      const lead = part.length - part.trimStart().length;
      const alias = part.trim();
      if (alias.length >= 2) {
        mentions.push({ text: alias, start: at + lead, end: at + lead + alias.length, type: 'Product', source: 'product', canonical: name });
      }
      at += part.length + 1;
    }
  }
  return mentions;
}

/** Type given by a strong name suffix at the end of a quoted name. */
function suffixType(inner: string): EntityType | undefined {
  for (const [suffix, type] of NAME_SUFFIXES) {
    if (inner.endsWith(suffix) && inner.length > suffix.length && STRONG_SUFFIX_TYPES.has(type)) return type;
  }
  for (const [head, type] of QUOTE_HEADS) if (inner.endsWith(head) && inner.length > head.length + 1) return type;
  return undefined;
}

/** A head noun right after a closing quote (optionally after 的), within a short noun phrase. */
function followingHead(after: string): { type: EntityType; end: number } | undefined {
  const phrase = /^的?([\u4e00-\u9fffA-Za-z]{1,10})/.exec(after);
  if (!phrase) return undefined;
  let best: { type: EntityType; end: number; length: number } | undefined;
  for (const [head, type] of QUOTE_HEADS) {
    const at = phrase[0].indexOf(head);
    // The head must close the phrase's first words: “1+N”未来产业政策体系 → ends at 体系.
    const end = at + head.length;
    if (at >= 0 && (!best || end < best.end || (end === best.end && head.length > best.length))) best = { type, end, length: head.length };
  }
  return best;
}
