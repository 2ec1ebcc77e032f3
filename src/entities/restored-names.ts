/** Names the choice of one mention per span lost: places under a name dropped since, and names inside a book's title. */
import type { EntityType, Mention } from '../types.js';
import { ORGANISATION_TYPES } from './defaults.js';
import { selectMentions } from './select-mentions.js';

/** Sources of places known by name (the gazetteer, jieba's place words), not guessed from a suffix or a context. */
const KNOWN_SOURCES = new Set(['gazetteer', 'pos']);

/** Types of the names kept inside a title: people, places, organisations. */
function isNameInTitle(type: EntityType): boolean {
  return type === 'Region' || type === 'Person' || ORGANISATION_TYPES.has(type);
}

/** A name that is the whole title (《天鹅湖》, 《港湾》) names the work, not itself. */
function namesWholeTitle(name: Mention, title: Mention): boolean {
  const inside = title.text.startsWith('《') ? [title.start + 1, title.end - 1] : [title.start, title.end];
  return name.start <= inside[0] && name.end >= inside[1];
}

/**
 * The people, places and organisations named inside a book's title (《北京历史地图》, 《朱德上井冈》, 《共产党宣言》): the
 * title stays one product, and each name in it, chosen among the candidates inside it as the whole text's are, is a
 * mention of its own. `selected` are the chosen mentions, `candidates` every layer's; returns both, by start.
 */
export function addNamesInTitles(selected: Mention[], candidates: Mention[]): Mention[] {
  const titles = selected.filter((m) => m.source === 'title' && m.type === 'Product');
  if (titles.length === 0) return selected;
  const inner: Mention[] = [];
  for (const title of titles) {
    const inside = candidates.filter((c) => c.source !== 'title' && c.start >= title.start && c.end <= title.end && !namesWholeTitle(c, title));
    for (const m of selectMentions(inside)) if (isNameInTitle(m.type)) inner.push(m);
  }
  return withAdded(selected, inner);
}

/**
 * Known places left uncovered once the names chosen over them were dropped (１２家墨西哥银行: a counted kind of body is
 * no name, but 墨西哥 is still a place): each such place, longest first, where no mention stands.
 */
export function restoreUncoveredPlaces(textLength: number, selected: Mention[], candidates: Mention[]): Mention[] {
  const covered = new Uint8Array(textLength);
  for (const m of selected) covered.fill(1, m.start, m.end);
  const restored: Mention[] = [];
  const places = candidates.filter((c) => c.type === 'Region' && KNOWN_SOURCES.has(c.source)).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const p of places) {
    if (covered.subarray(p.start, p.end).includes(1)) continue;
    covered.fill(1, p.start, p.end);
    restored.push(p);
  }
  return withAdded(selected, restored);
}

/** `selected` with the `added` mentions, by start (the longer first at one start); `selected` itself when none are added. */
function withAdded(selected: Mention[], added: Mention[]): Mention[] {
  return added.length === 0 ? selected : [...selected, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
