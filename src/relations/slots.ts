import type { EntityType, ResolvedMention, Sentence } from '../types.js';
import { firstStartingAt } from '../sorted-spans.js';
import { ANAPHORS, ANAPHOR_REACH, ANAPHOR_WINDOW, GROUP_JOINERS, MAX_OBJECT_GAP } from './defaults.js';

const CLAUSE_BREAK = /[，。；：！？,;:!?\n]/;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g');

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

// A sentence's mentions are in text order (by start; a name inside a title nests in the title's span): slot look-ups
// bisect instead of scanning, so a sentence with thousands of mentions (a table pasted without punctuation) stays
// linear-logarithmic, not quadratic.

/** The last `count` mentions (in text order) that end by `at`, the last first. */
export function lastMentionsEndingBy(mentions: readonly ResolvedMention[], at: number, count: number): ResolvedMention[] {
  const found: ResolvedMention[] = [];
  for (let i = firstStartingAt(mentions, at) - 1; i >= 0 && found.length < count; i--) {
    if (mentions[i].end <= at) found.push(mentions[i]);
  }
  return found;
}

/** Farthest end of the mentions up to each index, per sentence (whether a span overlaps any mention, in one look-up). */
const FARTHEST_ENDS = new WeakMap<readonly ResolvedMention[], Int32Array>();

/** True when some mention overlaps [from, to). */
export function overlapsMention(mentions: readonly ResolvedMention[], from: number, to: number): boolean {
  if (from >= to) return false;
  let farthest = FARTHEST_ENDS.get(mentions);
  if (!farthest) {
    farthest = new Int32Array(mentions.length);
    mentions.forEach((m, i) => (farthest![i] = Math.max(m.end, i > 0 ? farthest![i - 1] : -1)));
    FARTHEST_ENDS.set(mentions, farthest);
  }
  // The mentions starting before `to` are a prefix; one of them overlaps when the farthest end passes `from`.
  const k = firstStartingAt(mentions, to);
  return k > 0 && farthest[k - 1] > from;
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
  const first = firstStartingAt(mentions, at);
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
  const inside = mentions.slice(firstStartingAt(mentions, start), firstStartingAt(mentions, end));
  return inside.filter((m) => m.end <= end && types.includes(m.type)).map((m) => ({ mention: m, span: span(m) }));
}

/**
 * The subject before `at`: the nearest fitting mention of the clause (with the mentions joined to it), else an
 * anaphor's antecedent in the previous sentences (preferring the types in `types` order), else the sentence's
 * first fitting mention.
 */
export function groupBefore(ctx: SlotContext, at: number, types: EntityType[]): Argument[] {
  const { text, sentence, mentions } = ctx;
  const clauseStart = clauseStartOf(ctx, at);
  // The clause's mentions ending by `at`, nearest first: the nearest fitting one, with those joined to it before.
  const first = firstStartingAt(mentions, clauseStart);
  for (let i = firstStartingAt(mentions, at) - 1; i >= first; i--) {
    if (mentions[i].end > at || !types.includes(mentions[i].type)) continue;
    const group = [mentions[i]];
    for (let j = i - 1; j >= first; j--) {
      if (mentions[j].end > at) continue;
      if (!GROUP_JOINERS.test(text.slice(mentions[j].end, group[0].start))) break;
      group.unshift(mentions[j]);
    }
    return group.filter((m) => types.includes(m.type)).map((m) => ({ mention: m, span: span(m) }));
  }
  const from = Math.max(sentence.start, at - ANAPHOR_WINDOW);
  const before = text.slice(from, at);
  for (const [pattern, anaphorTypes] of ANAPHORS) {
    const anaphor = pattern.exec(before);
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
