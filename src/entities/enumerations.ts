import type { EntityType, Mention } from '../types.js';
import { findLeftBoundary, isGenericPhrase, tokenAt } from './boundary.js';
import type { SentenceContext } from './context.js';
import { ENUMERATION_HEADS } from './defaults.js';

const CLAUSE_BREAK = /[，。；：！？,;:!?]/;
const END_MARKER = /等|为代表|为核心|为重点|为主|[0-9一二三四五六七八九十两]+[余多]?[个家项类大座所款种省市县区州乡镇村]/g;
/** A count of administrative units after a list (安多、聂荣两县; …等沿河六县; …等４市１县): its members are places. */
const UNIT_COUNT = /^(?:等)?[^、，。；\d０-９]{0,3}?[0-9０-９一二三四五六七八九十两]+[余多]?[省市县区州乡镇村]/u;
const HEAD_LEAD = /^(?:等)?(?:的)?(?:[0-9一二三四五六七八九十两百千]+[余多]?[个家项类大座所款种])?/;
const HEAD_STOP = /[及和、0-9]/;
const MAX_ITEM = 20;

/**
 * Finds enumerations whose head noun gives the members' type: "集聚了飞腾、麒麟、曙光、360等龙头企业",
 * "以康希诺、凯莱英、合源生物为代表的重点企业", "布局生物制造、…、新型材料八大未来产业领域".
 */
export function recognizeEnumerations(ctx: SentenceContext): Mention[] {
  const { sentence } = ctx;
  const mentions: Mention[] = [];
  let clauseStart = 0;
  const s = sentence.text;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && !CLAUSE_BREAK.test(s[i])) continue;
    if (s.slice(clauseStart, i).includes('、')) for (const m of enumerationIn(ctx, sentence.start + clauseStart, sentence.start + i)) mentions.push(m);
    clauseStart = i + 1;
  }
  return mentions;
}

/** Members of the enumeration in the clause [start, end) of the article text, if its head gives a type. */
function enumerationIn(ctx: SentenceContext, start: number, end: number): Mention[] {
  const { text, tokens } = ctx;
  const clause = text.slice(start, end);
  const firstSep = clause.indexOf('、');
  const lastSep = clause.lastIndexOf('、');
  END_MARKER.lastIndex = lastSep + 1;
  const marker = END_MARKER.exec(clause);
  if (!marker) return [];
  const type = headType(clause.slice(marker.index));
  if (!type) return [];
  const listEnd = start + marker.index;
  const items = splitItems(text, start + firstSep, start + lastSep, listEnd);
  // The first item's left edge: walk left from the first separator, no longer than the others allow.
  const from = tokenAt(tokens, start + firstSep - 1);
  if (from < 0) return [];
  const longest = items.reduce((most, [a, b]) => Math.max(most, b - a), 2);
  const firstStart = Math.max(findLeftBoundary(tokens, from, start + firstSep, start), start + firstSep - longest - 4);
  items.unshift([firstStart, start + firstSep]);
  return items
    .map(([a, b]) => trimItem(text, a, b))
    .filter(([a, b]) => b - a >= 2 && b - a <= MAX_ITEM && !text.slice(a, b).includes('的'))
    .filter(([a, b]) => !isGenericPhrase(tokens, a, b, text, 0))
    .map(([a, b]) => ({ text: text.slice(a, b), start: a, end: b, type, source: 'enumeration' as const }));
}

/** The type given by the head noun phrase that follows the end marker ("等40余个未来技术典型应用场景"). */
function headType(afterMarker: string): EntityType | undefined {
  if (UNIT_COUNT.test(afterMarker)) return 'Region';
  let rest = afterMarker.replace(/^(?:为代表|为核心|为重点|为主)/, '').replace(HEAD_LEAD, '');
  const stop = rest.search(HEAD_STOP);
  if (stop >= 0) rest = rest.slice(0, stop);
  rest = rest.slice(0, 14);
  let best: readonly [string, EntityType] | undefined;
  for (const entry of ENUMERATION_HEADS) {
    if (rest.endsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best?.[1];
}

/** Spans of the items after the first separator; the last item splits on 及, or on 和/与 when both halves are long. */
function splitItems(text: string, firstSep: number, lastSep: number, listEnd: number): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let a = firstSep + 1;
  for (let i = a; i <= lastSep; i++) {
    if (text[i] === '、') {
      items.push([a, i]);
      a = i + 1;
    }
  }
  const last = text.slice(a, listEnd);
  const m = /^(.+?)(及|和|与)(.+)$/.exec(last);
  if (m && (m[2] === '及' || (m[1].length >= 3 && m[3].length >= 3))) {
    items.push([a, a + m[1].length], [a + m[1].length + 1, listEnd]);
  } else {
    items.push([a, listEnd]);
  }
  return items;
}

/** Trims spaces, quotes and a leading 以/如/包括 from an item. */
function trimItem(text: string, a: number, b: number): [number, number] {
  while (a < b && /[\s“”"‘’「」]/.test(text[a])) a++;
  while (b > a && /[\s“”"‘’「」]/.test(text[b - 1])) b--;
  const lead = /^(以|如|包括|其中)/.exec(text.slice(a, b));
  return [a + (lead ? lead[0].length : 0), b];
}
