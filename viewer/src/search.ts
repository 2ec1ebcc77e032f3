/** Entity search: infix matches on the Chinese name, aliases, English label and pinyin (full and initials). */
import { pinyin } from 'pinyin-pro';

/** What the index needs to know about one entity. */
export interface SearchEntry {
  key: string;
  label: string;
  labelEn: string;
  aliases: string[];
  importance: number;
}

/** Which field matched, best first. */
export type MatchField = 'name' | 'alias' | 'english' | 'pinyin' | 'initials';

/** One suggestion. */
export interface SearchHit {
  key: string;
  field: MatchField;
  /** The text that matched (an alias, the English label, the pinyin…). */
  matched: string;
}

/** One indexed entity. */
export interface IndexedEntry {
  entry: SearchEntry;
  name: string;
  aliases: string[];
  english: string;
  pinyin: string[];
  initials: string[];
}

/** A prebuilt search index. */
export interface SearchIndex {
  entries: IndexedEntry[];
}

const FIELD_RANK: Record<MatchField, number> = { name: 0, alias: 1, english: 2, pinyin: 3, initials: 4 };
const HAN = /\p{Script=Han}/u;

/** Lower case, no white space or apostrophes (so "Fei Teng" and "fei'teng" match "feiteng"). */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').toLowerCase().replace(/[\s'’·・]+/g, '');
}

/** Full pinyin and initials of a name; characters that are not Chinese are kept as they are. */
export function pinyinForms(name: string): { full: string; initials: string } {
  const characters = Array.from(name);
  if (!characters.some((character) => HAN.test(character))) {
    const plain = normalizeQuery(name);
    return { full: plain, initials: plain };
  }
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true });
  let full = '', initials = '';
  characters.forEach((character, i) => {
    const syllable = syllables[i] ?? character;
    const isHan = HAN.test(character) && syllable !== character;
    full += isHan ? syllable : character;
    initials += isHan ? syllable.charAt(0) : character;
  });
  return { full: normalizeQuery(full), initials: normalizeQuery(initials) };
}

/** Indexes one entity without its pinyin (cheap). */
function indexNames(entry: SearchEntry): IndexedEntry {
  return {
    entry,
    name: normalizeQuery(entry.label),
    aliases: entry.aliases.map(normalizeQuery),
    english: normalizeQuery(entry.labelEn),
    pinyin: [],
    initials: [],
  };
}

/** Adds the pinyin forms of the name and aliases (the costly part). */
function addPinyin(item: IndexedEntry): void {
  const { label, aliases } = item.entry;
  const forms = [label, ...aliases.filter((alias) => alias !== label)].map(pinyinForms);
  item.pinyin = forms.map((form) => form.full);
  item.initials = forms.map((form) => form.initials);
}

/** Indexes one entity. */
export function indexEntry(entry: SearchEntry): IndexedEntry {
  const item = indexNames(entry);
  addPinyin(item);
  return item;
}

/** Builds the whole index at once. */
export function buildSearchIndex(entries: Iterable<SearchEntry>): SearchIndex {
  return { entries: Array.from(entries, indexEntry) };
}

/** True when the query is Latin letters or digits, i.e. may be pinyin. */
export function isLatinQuery(query: string): boolean {
  return /^[a-z0-9]+$/.test(normalizeQuery(query));
}

/**
 * An index whose names are ready at once and whose pinyin is added in slices (`step` with a time budget,
 * from idle callbacks); `finish` completes it. Chinese and English queries can use `partial()` meanwhile.
 */
export function createIndexBuilder(entries: SearchEntry[]): { step(budgetMs: number): boolean; partial(): SearchIndex; finish(): SearchIndex } {
  const index: SearchIndex = { entries: entries.map(indexNames) };
  let next = 0;
  return {
    step(budgetMs) {
      // At least one entity per step, so that every step makes progress.
      const until = performance.now() + budgetMs;
      do {
        if (next < index.entries.length) addPinyin(index.entries[next++]!);
      } while (next < index.entries.length && performance.now() < until);
      return next >= index.entries.length;
    },
    partial: () => index,
    finish() {
      while (next < index.entries.length) addPinyin(index.entries[next++]!);
      return index;
    },
  };
}

interface Candidate {
  hit: SearchHit;
  score: number;
  importance: number;
  length: number;
}

function bestMatch(item: IndexedEntry, query: string, latin: boolean): { field: MatchField; matched: string; score: number } | null {
  const fields: [MatchField, string[], string[]][] = [
    ['name', [item.name], [item.entry.label]],
    ['alias', item.aliases, item.entry.aliases],
    ['english', [item.english], [item.entry.labelEn]],
  ];
  if (latin) fields.push(['pinyin', item.pinyin, item.pinyin], ['initials', item.initials, item.initials]);
  let best: { field: MatchField; matched: string; score: number } | null = null;
  for (const [field, values, originals] of fields) {
    values.forEach((value, i) => {
      const at = value.indexOf(query);
      if (at < 0) return;
      // Exact beats prefix beats infix; then the better field.
      const position = value === query ? 0 : at === 0 ? 1 : 2;
      const score = position * 10 + FIELD_RANK[field];
      if (!best || score < best.score) best = { field, matched: originals[i] ?? value, score };
    });
  }
  return best;
}

/** The best `limit` entities for `query`: exact, then prefix, then infix; important entities first. */
export function searchEntities(index: SearchIndex, query: string, limit: number): SearchHit[] {
  const normalized = normalizeQuery(query);
  if (normalized === '') return [];
  const latin = isLatinQuery(normalized);
  const candidates: Candidate[] = [];
  for (const item of index.entries) {
    const match = bestMatch(item, normalized, latin);
    if (match) {
      candidates.push({
        hit: { key: item.entry.key, field: match.field, matched: match.matched },
        score: match.score,
        importance: item.entry.importance,
        length: item.entry.label.length,
      });
    }
  }
  candidates.sort((a, b) => a.score - b.score || b.importance - a.importance || a.length - b.length || (a.hit.key < b.hit.key ? -1 : 1));
  return candidates.slice(0, limit).map((candidate) => candidate.hit);
}
