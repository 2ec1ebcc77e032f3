import type { EntityType, ResolvedMention, Sentence } from '../types.js';
import { ANAPHORS, ANAPHOR_REACH, ANAPHOR_WINDOW, GROUP_JOINERS, MAX_OBJECT_GAP } from './defaults.js';

const CLAUSE_BREAK = /[，。；：！？,;:!?\n]/;
const CLAUSE_BREAKS = /[，。；：！？,;:!?\n]/g;

/** A mention chosen as an argument, and the span in the evidence sentence that stands for it (an anaphor's, if it came from before). */
export interface Argument {
  mention: ResolvedMention;
  span: [number, number];
}

/** What the slot finders see: the article text, the sentence, its mentions and the mentions of earlier sentences. */
export interface SlotContext {
  text: string;
  sentence: Sentence;
  mentions: ResolvedMention[];
  previous: ResolvedMention[][];
}

const span = (m: ResolvedMention): [number, number] => [m.start, m.end];

/**
 * Index of the first mention with `key` above (or at, for start) `at`. A sentence's mentions are in text order and do
 * not overlap, so starts and ends both ascend: slot look-ups bisect instead of scanning, and a sentence with thousands
 * of mentions (a table pasted without punctuation) stays linear-logarithmic, not quadratic.
 */
export function firstMentionFrom(mentions: readonly ResolvedMention[], at: number, key: 'start' | 'end'): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key === 'start' ? mentions[mid].start < at : mentions[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Clause breaks of each sentence, found once (the subject of a trigger is looked for in its clause). */
const BREAKS = new WeakMap<Sentence, number[]>();

/** Start of the clause holding `at`: just after the last clause break before it in the sentence. */
function clauseStartOf(ctx: SlotContext, at: number): number {
  const { text, sentence } = ctx;
  let breaks = BREAKS.get(sentence);
  if (!breaks) {
    breaks = [...text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAKS)].map((m) => sentence.start + m.index + 1);
    BREAKS.set(sentence, breaks);
  }
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? sentence.start : breaks[lo - 1];
}

/** The mention group that starts right after `at`: the first mention within a short gap, and those joined to it by 、和及与. */
export function groupAfter(ctx: SlotContext, at: number, types: EntityType[], maxGap = MAX_OBJECT_GAP): Argument[] {
  const { text, mentions } = ctx;
  const first = firstMentionFrom(mentions, at, 'start');
  if (first >= mentions.length) return [];
  const gap = text.slice(at, mentions[first].start);
  if (gap.length > maxGap || CLAUSE_BREAK.test(gap)) return [];
  const group = [mentions[first]];
  for (let i = first + 1; i < mentions.length; i++) {
    if (!GROUP_JOINERS.test(text.slice(group[group.length - 1].end, mentions[i].start))) break;
    group.push(mentions[i]);
  }
  return group.filter((m) => types.includes(m.type)).map((m) => ({ mention: m, span: span(m) }));
}

/** The mentions inside [start, end). */
export function mentionsInside(ctx: SlotContext, start: number, end: number, types: EntityType[]): Argument[] {
  const { mentions } = ctx;
  const inside = mentions.slice(firstMentionFrom(mentions, start, 'start'), firstMentionFrom(mentions, end, 'end'));
  return inside.filter((m) => types.includes(m.type)).map((m) => ({ mention: m, span: span(m) }));
}

/**
 * The subject before `at`: the nearest fitting mention of the clause (with the mentions joined to it), else an
 * anaphor's antecedent in the previous sentences (preferring the types in `types` order), else the sentence's
 * first fitting mention.
 */
export function groupBefore(ctx: SlotContext, at: number, types: EntityType[]): Argument[] {
  const { text, sentence, mentions } = ctx;
  const clauseStart = clauseStartOf(ctx, at);
  const inClause = mentions.slice(firstMentionFrom(mentions, clauseStart, 'start'), firstMentionFrom(mentions, at, 'end'));
  for (let i = inClause.length - 1; i >= 0; i--) {
    if (!types.includes(inClause[i].type)) continue;
    const group = [inClause[i]];
    for (let j = i - 1; j >= 0 && GROUP_JOINERS.test(text.slice(inClause[j].end, group[0].start)); j--) group.unshift(inClause[j]);
    return group.filter((m) => types.includes(m.type)).map((m) => ({ mention: m, span: span(m) }));
  }
  for (const [pattern, anaphorTypes] of ANAPHORS) {
    const from = Math.max(sentence.start, at - ANAPHOR_WINDOW);
    const anaphor = pattern.exec(text.slice(from, at));
    if (!anaphor) continue;
    const anaphorSpan: [number, number] = [from + anaphor.index, from + anaphor.index + anaphor[0].length];
    const earlier = ctx.previous.slice(-ANAPHOR_REACH).flat();
    for (const type of types.filter((t) => anaphorTypes.includes(t))) {
      const antecedent = [...earlier].reverse().find((m) => m.type === type);
      if (antecedent) return [{ mention: antecedent, span: anaphorSpan }];
    }
    return [];
  }
  const topic = mentions.find((m) => m.end <= at && types.includes(m.type));
  return topic ? [{ mention: topic, span: span(topic) }] : [];
}
