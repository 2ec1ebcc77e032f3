import type { Mention } from '../types.js';

/** Sources of places known by name (the gazetteer, jieba's place words), not guessed from a suffix or a context. */
const KNOWN_SOURCES = new Set(['gazetteer', 'pos']);

/**
 * The known places named inside a title (《北京历史地图》, 《可爱的中国》): the title stays one product, and each place
 * in it is a mention of its own. `selected` are the chosen mentions, `candidates` every layer's; returns both, by start.
 */
export function addPlacesInTitles(selected: Mention[], candidates: Mention[]): Mention[] {
  const titles = selected.filter((m) => m.source === 'title' && m.type === 'Product');
  if (titles.length === 0) return selected;
  const inner: Mention[] = [];
  for (const title of titles) {
    const places = candidates
      .filter((c) => c.type === 'Region' && KNOWN_SOURCES.has(c.source) && c.start >= title.start && c.end <= title.end && c.end - c.start < title.end - title.start)
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const p of places) if (!inner.some((q) => p.start < q.end && q.start < p.end)) inner.push(p);
  }
  return inner.length === 0 ? selected : [...selected, ...inner].sort((a, b) => a.start - b.start || b.end - a.end);
}
