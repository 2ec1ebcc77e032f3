import type { EntityType, Mention } from '../types.js';
import { isOrganisationToken, tokenAt } from './boundary.js';
import type { SentenceContext } from './context.js';
import { FIELD_WORD_TAGS } from './defaults.js';
import { GAZETTEER } from './gazetteer.js';
import type { Token } from './tokenize.js';

/** Units counted by number under a parent body (一总队, 十四中队, 三分局, 二车间), longest first. */
const UNIT_WORDS = ['总队', '支队', '大队', '中队', '小队', '分队', '纵队', '分局', '支局', '分行', '支行', '分公司', '分厂', '分店', '车间', '分院', '分校', '工区'];
/** Military units of one character: numbered units only inside a chain of two or more (三师|八团, not 一连 'in a row'). */
const MILITARY_UNITS = ['军', '师', '旅', '团', '营', '连'];
const NUMERAL = '[0-9０-９一二三四五六七八九十百零〇两]+';
const UNIT = new RegExp(`^${NUMERAL}(?:${UNIT_WORDS.join('|')}|${MILITARY_UNITS.join('|')})`, 'u');
/** A numbered kind of crew or works (１２０５钻井队, ３号采油厂): a kind word ending so after the number. */
const KIND_ENDINGS = /[队厂站所]$/u;
const NUMERAL_FIRST = new Set([...'0123456789０１２３４５６７８９一二三四五六七八九十百零〇两'].map((c) => c.charCodeAt(0)));
const OWNER_TAGS = new Set(['nt', 'nz', 'j', 'ns']);
const LEVELS = new Set(['省', '市', '县', '区', '州', '乡', '镇']);
const KNOWN_BODIES = new Set(GAZETTEER.filter(([, type]) => type !== 'Region').map(([name]) => name));

/**
 * A body and its numbered units written together are one name: 武警|甲市|一总队|十支队, 市公安局|三分局, 胜利油田|１２０５钻井队.
 * The owner is a run of up to three body or place words right before the numbers, one of them a body's; the units are
 * a number and a unit word each (one-character military units only two or more in a row), or one numbered kind of crew.
 */
export function recognizeNumberedUnits(ctx: SentenceContext): Mention[] {
  const { text, sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!NUMERAL_FIRST.has(t.word.charCodeAt(0)) || t.start < sentence.start || t.end > sentence.end) continue;
    if (tokens[i - 1].end !== t.start || !isOwnerToken(tokens[i - 1])) continue;
    const end = chainEnd(text, t.start, sentence.end, tokens);
    if (end <= t.start) continue;
    const start = ownerStart(tokens, i - 1, sentence.start);
    if (start < 0) continue;
    mentions.push({ text: text.slice(start, end), start, end, type: unitType(text.slice(start, end)), source: 'suffix' });
  }
  return mentions;
}

/** End of the chain of numbered units starting at `from` (on a token end), or `from` when there is none. */
function chainEnd(text: string, from: number, limit: number, tokens: Token[]): number {
  let end = from;
  let units = 0;
  let military = 0;
  for (;;) {
    const rest = text.slice(end, Math.min(limit, end + 12));
    const m = UNIT.exec(rest);
    if (m) {
      const unitEnd = end + m[0].length;
      const k = tokenAt(tokens, unitEnd - 1);
      if (k < 0 || tokens[k].end !== unitEnd) break;
      if (MILITARY_UNITS.includes(m[0].slice(-1)) && !UNIT_WORDS.some((u) => m[0].endsWith(u))) military++;
      units++;
      end = unitEnd;
      continue;
    }
    // A numbered kind of crew: the number's tokens, then one noun ending 队/厂/站/所 (钻井队).
    if (units === 0) {
      const digits = /^[0-9０-９]+/u.exec(rest);
      const k = digits ? tokenAt(tokens, end + digits[0].length) : -1;
      const kind = k >= 0 ? tokens[k] : undefined;
      if (kind && kind.start === end + digits![0].length && kind.word.length >= 2 && kind.tag === 'n' && KIND_ENDINGS.test(kind.word)) return kind.end;
    }
    break;
  }
  // One-character military units only count in a chain (三师八团), never alone.
  return units === 0 || (units === military && units < 2) ? from : end;
}

/** Start of the owner ending with token `last`: up to three body or place words, one a body's; -1 when none is. */
function ownerStart(tokens: Token[], last: number, minStart: number): number {
  let k = last;
  let body = false;
  while (k >= 0 && last - k < 3 && tokens[k].start >= minStart && isOwnerToken(tokens[k])) {
    body ||= isBodyToken(tokens[k]);
    k--;
  }
  if (!body) return -1;
  // A level before the body (市|公安局) belongs to its name.
  const level = tokens[k];
  return level && level.start >= minStart && LEVELS.has(level.word) ? level.start : tokens[k + 1].start;
}

function isOwnerToken(t: Token): boolean {
  return t.word.length >= 2 && (OWNER_TAGS.has(t.tag) || KNOWN_BODIES.has(t.word) || isOrganisationToken(t));
}

function isBodyToken(t: Token): boolean {
  return t.tag === 'nt' || t.tag === 'j' || t.tag === 'nz' || KNOWN_BODIES.has(t.word) || isOrganisationToken(t);
}

/** The type the last unit gives (三分局: a government body; 二支行, 一车间: a company's; 分院: an institute's). */
function unitType(name: string): EntityType {
  if (/[分支]局$/u.test(name)) return 'GovernmentBody';
  if (/(?:[分支]行|分公司|分厂|分店|车间)$/u.test(name)) return 'Company';
  if (/分[院校]$/u.test(name)) return 'ResearchInstitute';
  return 'Organization';
}

/** Kinds of institution named by a number (北京市１７１中学, 第六中学, ４２０厂), with the type the kind gives. */
const NUMBERED_KINDS = new Map<string, EntityType>([
  ['中学', 'ResearchInstitute'], ['小学', 'ResearchInstitute'], ['中专', 'ResearchInstitute'], ['职高', 'ResearchInstitute'],
  ['幼儿园', 'Organization'], ['医院', 'Organization'], ['厂', 'Company'],
]);
const NUMBER_NAME = new RegExp(`^第?${NUMERAL}$`, 'u');
const DIGITS = new RegExp(`^${NUMERAL}$`, 'u');
const FIELD_BEFORE_NUMBER = new Set([...FIELD_WORD_TAGS, 'nt']);

/**
 * Institutions named by a number: a number token (第六, １７１) right before a kind token (中学, 厂), with the places
 * before it (北京市|１７１|中学). A count has its measure word between (三所|中学) and is no name. Also groups of nations
 * named by their count (７国集团, 十五国集团).
 */
export function recognizeNumberedInstitutions(ctx: SentenceContext): Mention[] {
  const { text, sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const kind = tokens[i + 1];
    const type = NUMBERED_KINDS.get(kind.word);
    if (!type || tokens[i].end !== kind.start || kind.end > sentence.end) continue;
    // jieba may cut a number into its digits (１|７|１): the number is the run of them.
    let first = i;
    while (first > 0 && tokens[first - 1].end === tokens[first].start && DIGITS.test(tokens[first - 1].word) && DIGITS.test(tokens[first].word)) first--;
    let start = tokens[first].start;
    if (start < sentence.start || !NUMBER_NAME.test(text.slice(start, kind.start))) continue;
    let k = first - 1;
    for (; k >= 0 && tokens[k].start >= sentence.start && tokens[k].end === start && tokens[k].tag === 'ns'; k--) start = tokens[k].start;
    // After a field word the name starts further left (市服装|一厂): not a name this rule can bound.
    if (k >= 0 && tokens[k].start >= sentence.start && FIELD_BEFORE_NUMBER.has(tokens[k].tag)) continue;
    mentions.push({ text: text.slice(start, kind.end), start, end: kind.end, type, source: 'suffix' });
  }
  return mentions.concat(groupsOfNations(ctx));
}

/** A group of nations named by its count (７国集团, 十五国集团, ７７国集团). */
const GROUP_OF_NATIONS = new RegExp(`${NUMERAL}国集团`, 'gu');

/** Groups of nations named by their count, where the number starts a token. */
function groupsOfNations(ctx: SentenceContext): Mention[] {
  const { sentence, tokens } = ctx;
  if (!sentence.text.includes('国集团')) return [];
  const mentions: Mention[] = [];
  for (const m of sentence.text.matchAll(GROUP_OF_NATIONS)) {
    const start = sentence.start + m.index;
    const k = tokenAt(tokens, start);
    if (k < 0 || tokens[k].start !== start) continue;
    mentions.push({ text: m[0], start, end: start + m[0].length, type: 'Organization', source: 'suffix' });
  }
  return mentions;
}
