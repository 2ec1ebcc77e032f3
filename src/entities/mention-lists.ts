import type { Mention } from '../types.js';

/**
 * Runs of mentions that `belongs` accepts, each joined to the next by one listing character of `joiners` and nothing
 * else (甲、乙和丙), as lists of indices into `mentions` (a mention on its own is a list of one).
 */
export function mentionLists(text: string, mentions: readonly Mention[], joiners: ReadonlySet<string>, belongs: (m: Mention) => boolean): number[][] {
  const lists: number[][] = [];
  mentions.forEach((m, i) => {
    if (!belongs(m)) return;
    const current = lists[lists.length - 1];
    const prev = mentions[i - 1];
    if (current && current[current.length - 1] === i - 1 && m.start - prev.end === 1 && joiners.has(text[prev.end])) current.push(i);
    else lists.push([i]);
  });
  return lists;
}
