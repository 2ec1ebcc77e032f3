import { SOURCE_PRIORITY } from '../entities/defaults.js';
import type { Lexicon, LexiconEntry } from '../lexicon/index.js';
import type { Entity, EntityType, Mention, RelationType, ResolvedMention } from '../types.js';
import { COMPANY_WORDS, LOCATABLE_TYPES, PARENT_SUFFIXES, PART_TYPES, PLACE_PREFIX_SUFFIXES } from './defaults.js';
import { englishLabel } from './english-label.js';

export { englishLabel } from './english-label.js';

/** A relation that a name itself states: 天津大学…实验室 PART_OF 天津大学, 经开区小核酸产业集群 LOCATED_IN 经开区. */
export interface NameLink {
  article: string;
  child: string;
  parent: string;
  relation: Extract<RelationType, 'PART_OF' | 'LOCATED_IN'>;
  /** The child's mention, whose sentence is the evidence. */
  start: number;
  end: number;
  parentSurface: string;
}

/** The mentions of one article, before resolution. */
export interface ArticleMentions {
  article: string;
  mentions: Mention[];
}

/** Options of resolveAliases. */
export interface ResolveOptions {
  /** Give entities without a lexicon label an English one (default true); `kg extract`, which prints none, skips it. */
  englishLabels?: boolean;
}

/** What resolution yields: entities, each article's mentions pointing at them, and the relations names state. */
export interface Resolution {
  entities: Entity[];
  mentions: Map<string, ResolvedMention[]>;
  links: NameLink[];
}

interface NameStats {
  votes: Map<EntityType, number>;
  surfaces: Set<string>;
  mentions: number;
  articles: Set<string>;
  entry?: LexiconEntry;
}

const LEGAL_FORM = /^([（(][^）)]{1,6}[)）])?(有限责任公司|股份有限公司|有限公司|股份公司|公司)$/;
const QUOTES = /[“”「」《》®™"]/g;

/** Merges the surface forms of one entity across articles, gives each entity a stable id and an English label. */
export function resolveAliases(articles: ArticleMentions[], lexicon: Lexicon, options: ResolveOptions = {}): Resolution {
  if (typeof options !== 'object' || options === null) throw new TypeError('resolveAliases: options must be an object — pass { englishLabels }');
  const labels = options.englishLabels !== false;
  const stats = new Map<string, NameStats>();
  const links: NameLink[] = [];
  const named: Array<{ article: string; mention: Mention; name: string }> = [];
  const plans = new Map<string, PrefixPlan>();
  // 1. Name every mention (the lexicon's canonical name first), and the parents and places names start with.
  for (const { article, mentions } of articles) {
    for (const mention of mentions) {
      const entry = lexicon.bySurface.get(mention.canonical ?? '') ?? lexicon.bySurface.get(mention.text);
      const name = entry?.name ?? (mention.canonical ?? mention.text).replace(QUOTES, '').trim();
      if (!name) continue;
      const type = entry?.type ?? mention.type;
      const surface = entry === undefined && mention.canonical == null ? name : mention.text.replace(QUOTES, '').trim();
      record(stats, name, type, entry ? 100 : SOURCE_PRIORITY[mention.source], surface, article, entry);
      named.push({ article, mention, name });
      let plan = plans.get(name);
      if (!plan) plans.set(name, (plan = prefixPlan(name)));
      for (const prefix of namePrefixes(plan, type, stats)) {
        const prefixEntry = lexicon.bySurface.get(prefix.surface);
        const parent = prefixEntry?.name ?? prefix.surface;
        record(stats, parent, prefixEntry?.type ?? prefix.type, prefixEntry ? 100 : 1, prefix.surface, article, prefixEntry);
        links.push({ article, child: name, parent, relation: prefix.relation, start: mention.start, end: mention.end, parentSurface: prefix.surface });
      }
    }
  }
  // 2. Merge short and long forms of one entity.
  const target = mergeTargets(stats, links);
  const find = (name: string): string => {
    let current = name;
    for (let guard = 0; target.has(current) && guard < 8; guard++) current = target.get(current)!;
    return current;
  };
  // 3. One entity per canonical name.
  const groups = new Map<string, NameStats[]>();
  for (const [name, s] of stats) {
    const id = find(name);
    const group = groups.get(id);
    if (group) group.push(s);
    else groups.set(id, [s]);
    s.surfaces.add(name);
  }
  const entities = [...groups].map(([id, members]) => toEntity(id, members, labels)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const mentions = new Map<string, ResolvedMention[]>(articles.map((a) => [a.article, []]));
  const types = new Map(entities.map((e) => [e.id, e.type]));
  for (const { article, mention, name } of named) {
    const entity = find(name);
    mentions.get(article)!.push({ ...mention, type: types.get(entity)!, entity });
  }
  const resolvedLinks = links
    .map((l) => ({ ...l, child: find(l.child), parent: find(l.parent) }))
    .filter((l) => l.child !== l.parent);
  return { entities, mentions, links: resolvedLinks };
}

function record(stats: Map<string, NameStats>, name: string, type: EntityType, weight: number, surface: string, article: string, entry?: LexiconEntry) {
  let s = stats.get(name);
  if (!s) stats.set(name, (s = { votes: new Map(), surfaces: new Set(), mentions: 0, articles: new Set() }));
  s.votes.set(type, (s.votes.get(type) ?? 0) + weight);
  if (surface) s.surfaces.add(surface);
  s.mentions++;
  s.articles.add(article);
  s.entry ??= entry;
}

/** What namePrefixes finds in a name whatever else the corpus holds, worked out once per distinct name. */
interface PrefixPlan {
  /** The parent organisation the name starts with (PART_TYPES only). */
  part?: { surface: string; type: EntityType };
  /** Place candidates, longest first, down to the first prefix that ends like a zone (`fixed`). */
  places: Array<{ surface: string; fixed: boolean; type: EntityType }>;
}

/** The plan of a name: its parent organisation, and its prefixes that may be places. */
function prefixPlan(name: string): PrefixPlan {
  const plan: PrefixPlan = { places: [] };
  for (let k = name.length - 3; k >= 2; k--) {
    const prefix = name.slice(0, k);
    const suffix = PARENT_SUFFIXES.find((s) => prefix.endsWith(s) && prefix.length > s.length);
    // A legal form after the parent's name is the same company: 天津渤海化工集团有限责任公司.
    if (suffix && LEGAL_FORM.test(name.slice(k))) break;
    if (suffix) {
      plan.part = { surface: prefix, type: ['集团', '有限公司'].includes(suffix) ? 'Company' : 'ResearchInstitute' };
      break;
    }
  }
  for (let k = name.length - 2; k >= 2; k--) {
    const prefix = name.slice(0, k);
    const fixed = PLACE_PREFIX_SUFFIXES.some((s) => prefix.endsWith(s));
    plan.places.push({ surface: prefix, fixed, type: PLACE_PREFIX_SUFFIXES.some((s) => prefix.endsWith(s) && s !== '新区') ? 'DevelopmentZone' : 'Region' });
    if (fixed) break;
  }
  return plan;
}

/**
 * Parent organisations and places a name starts with (the longest of each kind): a place is a prefix that ends like
 * a zone, or a name already voted a Region or DevelopmentZone.
 */
function namePrefixes(plan: PrefixPlan, type: EntityType, stats: Map<string, NameStats>) {
  const found: Array<{ surface: string; type: EntityType; relation: NameLink['relation'] }> = [];
  if (plan.part && PART_TYPES.has(type)) found.push({ ...plan.part, relation: 'PART_OF' });
  if (LOCATABLE_TYPES.has(type)) {
    for (const place of plan.places) {
      const known = place.fixed ? undefined : stats.get(place.surface);
      if (place.fixed || (known && (known.votes.has('Region') || known.votes.has('DevelopmentZone')))) {
        found.push({ surface: place.surface, type: place.type, relation: 'LOCATED_IN' });
        break;
      }
    }
  }
  return found;
}

/** Which name each short or prefixed form merges into. */
function mergeTargets(stats: Map<string, NameStats>, links: NameLink[]): Map<string, string> {
  const target = new Map<string, string>();
  const names = [...stats.keys()].sort();
  const types = new Map(names.map((n) => [n, topType(stats.get(n)!)]));
  const typeOf = (n: string) => types.get(n)!;
  const unique = (candidates: string[]) => (candidates.length === 1 ? candidates[0] : undefined);
  const index = indexCandidates(names, typeOf, links);
  for (const name of names) {
    const s = stats.get(name)!;
    if (s.entry) continue;
    const type = typeOf(name);
    // A place prefix before a name used on its own: 保税区生物制造谷 → 生物制造谷.
    const place = index.placeOf.get(name);
    const rest = place && name.slice(place.parentSurface.length);
    if (rest && stats.has(rest) && typeOf(rest) === type) {
      target.set(name, rest);
      continue;
    }
    const merged =
      // A zone's short form: 高新区 → 滨海高新区.
      (type === 'DevelopmentZone' && unique(index.zonesEndingWith.get(name) ?? [])) ||
      // A company's short form: 麒麟 → 麒麟软件.
      (type === 'Company' && shortest(COMPANY_WORDS.map((w) => name + w).filter((n) => stats.has(n) && typeOf(n) === 'Company'))) ||
      // An institute's abbreviation: 脑机交互海河实验室 → 脑机交互与人机共融海河实验室.
      ((type === 'ResearchInstitute' || type === 'Organization') &&
        unique((index.byEnds.get(endsKey(name)) ?? []).filter((n) => isAbbreviationOf(name, n) && typeOf(n) === type))) ||
      // A region with its administrative suffix: 天津市 → 天津.
      (type === 'Region' && /[市省]$/.test(name) && stats.has(name.slice(0, -1)) ? name.slice(0, -1) : undefined);
    if (merged) target.set(name, merged);
  }
  return target;
}

/** Abbreviations keep the first two and the last three characters of the long name (see isAbbreviationOf). */
function endsKey(name: string): string | undefined {
  return name.length >= 5 ? `${name.slice(0, 2)}\u0000${name.slice(-3)}` : undefined;
}

/**
 * Lookups that keep mergeTargets linear in the number of names: the first LOCATED_IN link of each child, the zones
 * ending with each shorter name, and institutes/organisations by endsKey (every name S abbreviates has S's key).
 */
function indexCandidates(names: string[], typeOf: (n: string) => EntityType, links: NameLink[]) {
  const placeOf = new Map<string, NameLink>();
  for (const l of links) if (l.relation === 'LOCATED_IN' && !placeOf.has(l.child)) placeOf.set(l.child, l);
  const zonesEndingWith = new Map<string, string[]>();
  const byEnds = new Map<string | undefined, string[]>();
  for (const n of names) {
    const type = typeOf(n);
    if (type === 'DevelopmentZone') {
      for (let k = 1; k < n.length; k++) {
        const list = zonesEndingWith.get(n.slice(k));
        if (list) list.push(n);
        else zonesEndingWith.set(n.slice(k), [n]);
      }
    } else if ((type === 'ResearchInstitute' || type === 'Organization') && endsKey(n) !== undefined) {
      const list = byEnds.get(endsKey(n));
      if (list) list.push(n);
      else byEnds.set(endsKey(n), [n]);
    }
  }
  return { placeOf, zonesEndingWith, byEnds };
}

/** S abbreviates L when they share a suffix of three or more characters and L's head starts with S's head. */
function isAbbreviationOf(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  let common = 0;
  while (common < short.length && short[short.length - 1 - common] === long[long.length - 1 - common]) common++;
  const head = short.slice(0, short.length - common);
  return common >= 3 && head.length >= 2 && long.slice(0, long.length - common).startsWith(head);
}

function shortest(candidates: string[]): string | undefined {
  return [...candidates].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
}

function topType(s: NameStats): EntityType {
  if (s.entry) return s.entry.type;
  return [...s.votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

/** One entity from the stats of the names merged into it. */
function toEntity(id: string, members: NameStats[], labels: boolean): Entity {
  const entry = members.find((m) => m.entry)?.entry;
  const votes = new Map<EntityType, number>();
  for (const m of members) for (const [t, v] of m.votes) votes.set(t, (votes.get(t) ?? 0) + v);
  const type = entry?.type ?? [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  const aliases = new Set<string>([id, ...(entry ? [entry.name] : [])]);
  for (const m of members) for (const s of m.surfaces) aliases.add(s);
  return {
    id,
    name: id,
    nameEn: entry?.en || (labels ? englishLabel(id, type) : ''),
    type,
    aliases: [...aliases].sort(),
    mentions: members.reduce((n, m) => n + m.mentions, 0),
    articles: (members.length === 1 ? [...members[0].articles] : [...new Set(members.flatMap((m) => [...m.articles]))]).sort(),
  };
}
