import type { EntityType, ResolvedMention, Sentence } from '../types.js';
import { ANAPHORS, ANAPHOR_REACH, GROUP_JOINERS, MAX_OBJECT_GAP } from './defaults.js';

const CLAUSE_BREAK = /[，。；：！？,;:!?\n]/;

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

/** The mention group that starts right after `at`: the first mention within a short gap, and those joined to it by 、和及与. */
export function groupAfter(ctx: SlotContext, at: number, types: EntityType[], maxGap = MAX_OBJECT_GAP): Argument[] {
  const { text, mentions } = ctx;
  const first = mentions.findIndex((m) => m.start >= at);
  if (first < 0) return [];
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
  return ctx.mentions.filter((m) => m.start >= start && m.end <= end && types.includes(m.type)).map((m) => ({ mention: m, span: span(m) }));
}

/**
 * The subject before `at`: the nearest fitting mention of the clause (with the mentions joined to it), else an
 * anaphor's antecedent in the previous sentences (preferring the types in `types` order), else the sentence's
 * first fitting mention.
 */
export function groupBefore(ctx: SlotContext, at: number, types: EntityType[]): Argument[] {
  const { text, sentence, mentions } = ctx;
  let clauseStart = at;
  while (clauseStart > sentence.start && !CLAUSE_BREAK.test(text[clauseStart - 1])) clauseStart--;
  const inClause = mentions.filter((m) => m.end <= at && m.start >= clauseStart);
  for (let i = inClause.length - 1; i >= 0; i--) {
    if (!types.includes(inClause[i].type)) continue;
    const group = [inClause[i]];
    for (let j = i - 1; j >= 0 && GROUP_JOINERS.test(text.slice(inClause[j].end, group[0].start)); j--) group.unshift(inClause[j]);
    return group.filter((m) => types.includes(m.type)).map((m) => ({ mention: m, span: span(m) }));
  }
  for (const [pattern, anaphorTypes] of ANAPHORS) {
    const anaphor = pattern.exec(text.slice(sentence.start, at));
    if (!anaphor) continue;
    const anaphorSpan: [number, number] = [sentence.start + anaphor.index, sentence.start + anaphor.index + anaphor[0].length];
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
