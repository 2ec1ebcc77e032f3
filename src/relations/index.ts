import type { NameLink } from '../resolve/index.js';
import type { Evidence, Relation, RelationType, ResolvedMention, Sentence } from '../types.js';
import { RELATION_PATTERNS, type ArgumentSlot, type RelationPattern } from './defaults.js';
import { groupAfter, groupBefore, lastMentionsEndingBy, mentionsInside, overlapsMention, type Argument, type SlotContext } from './slots.js';

export { RELATION_PATTERNS, type RelationPattern } from './defaults.js';

const PLACE_TYPES = new Set(['Region', 'DevelopmentZone']);
const OWNER_RELATIONS = new Set<RelationType>(['LAUNCHED']);
/** Co-mention pairs are only counted in sentences with at most this many entities. */
const MAX_COMENTION_ENTITIES = 20;

/** Extracts typed relations from trigger patterns, relations that names state, and CO_MENTIONED pairs, each with its evidence. */
export function extractRelations(
  articleId: string,
  text: string,
  sentences: readonly Sentence[],
  mentions: ResolvedMention[],
  links: NameLink[] = [],
  patterns: RelationPattern[] = RELATION_PATTERNS,
): Relation[] {
  const relations: Relation[] = [];
  const previous: ResolvedMention[][] = [];
  // Mentions and name links in text order, taken sentence by sentence in one sweep.
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const ownLinks = links.filter((l) => l.article === articleId).sort((a, b) => a.start - b.start);
  let nextMention = 0;
  let nextLink = 0;
  const found: Relation[] = [];
  for (const sentence of sentences) {
    while (nextMention < ordered.length && ordered[nextMention].start < sentence.start) nextMention++;
    const inSentence: ResolvedMention[] = [];
    for (let i = nextMention; i < ordered.length && ordered[i].start < sentence.end; i++) {
      if (ordered[i].end <= sentence.end) inSentence.push(ordered[i]);
    }
    while (nextLink < ownLinks.length && ownLinks[nextLink].start < sentence.start) nextLink++;
    const sentenceLinks: NameLink[] = [];
    for (let i = nextLink; i < ownLinks.length && ownLinks[i].start < sentence.end; i++) {
      if (ownLinks[i].end <= sentence.end) sentenceLinks.push(ownLinks[i]);
    }
    const ctx: SlotContext = { text, sentence, mentions: inSentence, previous };
    const typed = new Map<string, Relation>();
    // 1. Trigger patterns, in order; the first relation found for a pair wins.
    for (const pattern of patterns) {
      found.length = 0;
      applyPattern(articleId, ctx, pattern, found);
      for (const r of found) {
        const key = `${r.source}\u0000${r.target}`;
        if (!typed.has(key) && !typed.has(`${r.target}\u0000${r.source}`)) typed.set(key, r);
      }
    }
    // 2. Relations stated by names: 天津大学…实验室 PART_OF 天津大学.
    for (const link of sentenceLinks) {
      const key = `${link.child}\u0000${link.parent}`;
      if (typed.has(key)) continue;
      const child: [number, number] = [link.start, link.end];
      const parent: [number, number] = [link.start, link.start + link.parentSurface.length];
      typed.set(key, makeRelation(articleId, sentence, link.child, link.parent, link.relation, '', child, parent, [-1, -1]));
    }
    for (const r of typed.values()) relations.push(r);
    // 3. Pairs of entities in the sentence that no pattern links, and that are not siblings: members of one list
    // related alike to the same entity (飞腾、麒麟等企业入驻信创谷) are linked through it, not with each other.
    const firstMention = new Map<string, ResolvedMention>();
    for (const m of inSentence) if (!firstMention.has(m.entity)) firstMention.set(m.entity, m);
    const entities = [...firstMention.keys()].sort();
    if (entities.length <= MAX_COMENTION_ENTITIES) {
      const roles = rolesOf(typed.values());
      for (let i = 0; i < entities.length; i++) {
        for (let j = i + 1; j < entities.length; j++) {
          const [a, b] = [entities[i], entities[j]];
          if (typed.has(`${a}\u0000${b}`) || typed.has(`${b}\u0000${a}`) || areSiblings(roles, a, b)) continue;
          const ma = firstMention.get(a)!;
          const mb = firstMention.get(b)!;
          relations.push(makeRelation(articleId, sentence, a, b, 'CO_MENTIONED', '', [ma.start, ma.end], [mb.start, mb.end], [-1, -1]));
        }
      }
    }
    previous.push(inSentence);
    if (previous.length > 4) previous.shift();
  }
  return relations;
}

/** For each entity, its roles in the sentence's typed relations: `MEMBER_OF>信创谷` for a member, `MEMBER_OF<飞腾` for the group. */
function rolesOf(relations: Iterable<Relation>): Map<string, Set<string>> {
  const roles = new Map<string, Set<string>>();
  const add = (entity: string, role: string) => {
    const set = roles.get(entity);
    if (set) set.add(role);
    else roles.set(entity, new Set([role]));
  };
  for (const r of relations) {
    add(r.source, `${r.relation}>${r.target}`);
    add(r.target, `${r.relation}<${r.source}`);
  }
  return roles;
}

/** Two entities the sentence relates in the same way to the same third entity. */
function areSiblings(roles: Map<string, Set<string>>, a: string, b: string): boolean {
  const ra = roles.get(a);
  const rb = roles.get(b);
  if (!ra || !rb) return false;
  for (const role of ra) if (rb.has(role)) return true;
  return false;
}

/** Every relation one pattern finds in one sentence. */
function applyPattern(articleId: string, ctx: SlotContext, pattern: RelationPattern, found: Relation[]): void {
  const { sentence, mentions } = ctx;
  // Every slot but `before` takes its arguments from the sentence's own mentions: without any, nothing to find.
  if (mentions.length === 0 && (pattern.source !== 'before' || pattern.target !== 'before')) return;
  const regex = sharedTrigger(pattern.trigger);
  const text = sentence.text;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    // The same steps as matchAll: an empty match moves on by one character.
    if (match[0] === '') regex.lastIndex += regex.unicode && (text.codePointAt(regex.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    const innerIdx = match.indices?.groups?.inner;
    const inner: [number, number] | undefined = innerIdx && [sentence.start + innerIdx[0], sentence.start + innerIdx[1]];
    // The trigger words themselves must not be part of a name (开发 in 开发区).
    if (overlapsAnyMention(mentions, start, end, inner)) continue;
    let sources = argumentsAt(ctx, pattern.source, pattern.sourceTypes, pattern, start, end, inner);
    let targets = argumentsAt(ctx, pattern.target, pattern.targetTypes, pattern, start, end, inner);
    if (targets.length === 0 && OWNER_RELATIONS.has(pattern.relation)) [sources, targets] = ownerAndOwned(ctx, start);
    if (sources.length === 0 || targets.length === 0) continue;
    const trigger = inner ? match[0].replace(match.groups!.inner, '…') : match[0];
    const triggerSpan: [number, number] = [start, end];
    for (const s of sources) {
      for (const t of targets) {
        if (s.mention.entity === t.mention.entity) continue;
        const relation: RelationType = pattern.placeRelation && PLACE_TYPES.has(t.mention.type) ? pattern.placeRelation : pattern.relation;
        found.push(makeRelation(articleId, sentence, s.mention.entity, t.mention.entity, relation, trigger, s.span, t.span, triggerSpan));
      }
    }
  }
}

/** The arguments of one slot of a match. */
function argumentsAt(
  ctx: SlotContext,
  which: ArgumentSlot,
  types: RelationPattern['sourceTypes'],
  pattern: RelationPattern,
  start: number,
  end: number,
  inner: [number, number] | undefined,
): Argument[] {
  if (which === 'inner') return inner ? mentionsInside(ctx, inner[0], inner[1], types).slice(pattern.innerLast ? -1 : 0) : [];
  if (which === 'after') return groupAfter(ctx, end, types);
  if (which === 'outer') return groupAfter(ctx, end, types, 16).slice(0, 1);
  return groupBefore(ctx, start, types);
}

const SHARED_TRIGGERS = new WeakMap<RegExp, RegExp>();

/** The span of something absent, shared by all evidence (a big corpus has hundreds of thousands of them). */
const NO_SPAN = Object.freeze([-1, -1]) as unknown as [number, number];

/**
 * The trigger with the `d` (match indices) and `g` flags, compiled once per pattern and reused by every sentence
 * (exec from lastIndex 0, not matchAll, which copies the expression on each call).
 */
function sharedTrigger(trigger: RegExp): RegExp {
  let regex = SHARED_TRIGGERS.get(trigger);
  if (!regex) SHARED_TRIGGERS.set(trigger, (regex = new RegExp(trigger.source, trigger.flags.replace(/[dg]/g, '') + 'dg')));
  return regex;
}

/** "麒麟软件openKylin社区正式发布": an owner's name written right before what it launched, just before the trigger. */
function ownerAndOwned(ctx: SlotContext, at: number): [Argument[], Argument[]] {
  const [owned, owner] = lastMentionsEndingBy(ctx.mentions, at, 2);
  if (!owned || !owner || owner.end !== owned.start || at - owned.end > 4 || owner.type !== 'Company') return [[], []];
  return [[{ mention: owner, span: [owner.start, owner.end] }], [{ mention: owned, span: [owned.start, owned.end] }]];
}

/** Whether a mention overlaps the trigger's own words: [start, end) less the inner group. */
function overlapsAnyMention(mentions: readonly ResolvedMention[], start: number, end: number, inner?: [number, number]): boolean {
  return overlapsMention(mentions, start, inner ? inner[0] : end) || (inner !== undefined && overlapsMention(mentions, inner[1], end));
}

/** Interned evidence spans by start · SHARED_SPAN_LIMIT + end: a big corpus has millions of spans, few distinct ones. */
const SHARED_SPANS = new Map<number, [number, number]>();
/** Spans are shared when both offsets inside the sentence are below this. */
const SHARED_SPAN_LIMIT = 1024;

/** [a, b] as offsets inside the sentence starting at `offset`, frozen and shared by value (NO_SPAN when absent). */
function localSpan(span: [number, number], offset: number): [number, number] {
  if (span[0] < 0) return NO_SPAN;
  const start = span[0] - offset;
  const end = span[1] - offset;
  if (!(start >= 0 && end >= 0 && start < SHARED_SPAN_LIMIT && end < SHARED_SPAN_LIMIT)) return [start, end];
  const id = start * SHARED_SPAN_LIMIT + end;
  let shared = SHARED_SPANS.get(id);
  if (!shared) SHARED_SPANS.set(id, (shared = Object.freeze([start, end]) as unknown as [number, number]));
  return shared;
}

/** A relation with its evidence; spans are turned into offsets inside the sentence. */
function makeRelation(
  article: string,
  sentence: Sentence,
  source: string,
  target: string,
  relation: RelationType,
  trigger: string,
  sourceSpan: [number, number],
  targetSpan: [number, number],
  triggerSpan: [number, number],
): Relation {
  const offset = sentence.start;
  // Keys in sorted order: graph.json sorts keys, and leaves objects already in order as they are (fast on big graphs).
  const evidence: Evidence = {
    article,
    end: sentence.end,
    sentence: sentence.index,
    sourceSpan: localSpan(sourceSpan, offset),
    start: offset,
    targetSpan: localSpan(targetSpan, offset),
    text: sentence.text,
    trigger,
    triggerSpan: localSpan(triggerSpan, offset),
  };
  return { source, target, relation, trigger, evidence };
}
