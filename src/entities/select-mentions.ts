import type { EntityType, Mention } from '../types.js';
import { SOURCE_PRIORITY } from './defaults.js';

const WEAK_TYPES = new Set<EntityType>(['Product', 'Technology', 'Organization']);

/** Picks non-overlapping mentions: longer spans first, then stronger sources; same-span candidates pool their evidence for the type. */
export function selectMentions(candidates: Mention[]): Mention[] {
  const bySpan = new Map<string, Mention[]>();
  for (const c of candidates) {
    const key = `${c.start}:${c.end}`;
    const list = bySpan.get(key);
    if (list) list.push(c);
    else bySpan.set(key, [c]);
  }
  const pooled = [...bySpan.values()].map(chooseForSpan);
  pooled.sort((a, b) => b.end - b.start - (a.end - a.start) || SOURCE_PRIORITY[b.source] - SOURCE_PRIORITY[a.source] || a.start - b.start);
  const taken: Mention[] = [];
  const used: Array<[number, number]> = [];
  for (const m of pooled) {
    if (used.some(([s, e]) => m.start < e && s < m.end)) continue;
    taken.push(m);
    used.push([m.start, m.end]);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The best candidate of one span; an enumeration's head type beats a weak suffix type (…系统 as an application scenario). */
function chooseForSpan(list: Mention[]): Mention {
  const sorted = [...list].sort((a, b) => SOURCE_PRIORITY[b.source] - SOURCE_PRIORITY[a.source]);
  const best = sorted[0];
  const enumeration = list.find((m) => m.source === 'enumeration');
  if (best.source === 'suffix' && enumeration && WEAK_TYPES.has(best.type)) return { ...best, type: enumeration.type };
  return best;
}

/** Adds the other occurrences of each found name in the text, where no mention stands yet. */
export function propagateMentions(text: string, mentions: Mention[], isAligned: (start: number, end: number) => boolean): Mention[] {
  const all = [...mentions];
  const used = mentions.map((m) => [m.start, m.end] as [number, number]);
  const seen = new Set<string>();
  for (const m of mentions) {
    const surface = m.text;
    if (seen.has(surface) || surface.length < 2 || m.source === 'pos') continue;
    seen.add(surface);
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (used.some(([s, e]) => at < e && s < end) || !isAligned(at, end)) continue;
      all.push({ ...m, start: at, end });
      used.push([at, end]);
    }
  }
  return all.sort((a, b) => a.start - b.start);
}
