import type { EntityType, Mention, Sentence } from '../types.js';
import type { Token } from './tokenize.js';
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
  // Characters already covered, as an array over the candidates' extent: a test per character of a candidate, not per
  // mention taken (a sentence of thousands of mentions stays linear).
  const offset = pooled.reduce((least, m) => Math.min(least, m.start), Infinity);
  const extent = pooled.reduce((most, m) => Math.max(most, m.end), 0);
  const covered = new Uint8Array(pooled.length === 0 ? 0 : extent - offset);
  const taken: Mention[] = [];
  for (const m of pooled) {
    if (covered.subarray(m.start - offset, m.end - offset).includes(1)) continue;
    taken.push(m);
    covered.fill(1, m.start - offset, m.end - offset);
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

/**
 * Adds the other occurrences of each found name in the text, where no mention stands yet, inside one sentence, and
 * starting or ending on a token boundary. One scan of the text for all names (longest first at each position).
 */
export function propagateMentions(text: string, mentions: Mention[], sentences: Sentence[], tokens: Token[]): Mention[] {
  const byFirstChar = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.text.length < 2 || m.source === 'pos') continue;
    const list = byFirstChar.get(m.text[0]) ?? [];
    if (!list.some((o) => o.text === m.text)) list.push(m);
    byFirstChar.set(m.text[0], list);
  }
  if (byFirstChar.size === 0) return mentions;
  for (const list of byFirstChar.values()) list.sort((a, b) => b.text.length - a.text.length);
  // Covered characters, token boundaries and sentence ends, as arrays over the text.
  const covered = new Uint8Array(text.length + 1);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const starts = new Uint8Array(text.length + 1);
  const ends = new Uint8Array(text.length + 1);
  for (const t of tokens) {
    starts[t.start] = 1;
    ends[t.end] = 1;
  }
  const sentenceEnd = new Int32Array(text.length + 1).fill(-1);
  for (const s of sentences) sentenceEnd.fill(s.end, s.start, s.end);
  const added: Mention[] = [];
  for (let at = 0; at < text.length; at++) {
    const list = byFirstChar.get(text[at]);
    if (!list || covered[at]) continue;
    for (const m of list) {
      const end = at + m.text.length;
      if (end > sentenceEnd[at] || !text.startsWith(m.text, at) || !(starts[at] || ends[end]) || covered.subarray(at, end).includes(1)) continue;
      added.push({ ...m, start: at, end });
      covered.fill(1, at, end);
      at = end - 1;
      break;
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
