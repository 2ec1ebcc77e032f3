/** cutCorpus: a smaller corpus for big graphs — some entity types only, or the N most important entities. */
import { OptionsError } from '../errors.js';
import { ENTITY_TYPES, type Corpus, type EntityType } from '../types.js';

/** What to keep; both optional. */
export interface CutOptions {
  /** Keep entities of these types only. */
  types?: readonly EntityType[];
  /** Keep this many entities: the highest `importance`, ties by id. Needs `importance`. */
  top?: number;
  /** Importance of each entity id (the graph's PageRank importance). */
  importance?: ReadonlyMap<string, number>;
}

/** Checks cut options; throws OptionsError naming the bad one. */
export function resolveCutOptions(options: CutOptions): CutOptions {
  if (options.types !== undefined) {
    const unknown = options.types.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
    if (options.types.length === 0 || unknown.length > 0) {
      throw new OptionsError(`--types: unknown type ${JSON.stringify(unknown[0] ?? '')} — use a comma-separated list of ${ENTITY_TYPES.join(', ')}`);
    }
  }
  if (options.top !== undefined && (!Number.isInteger(options.top) || options.top < 1)) {
    throw new OptionsError(`--top: ${String(options.top)} is not a whole number ≥ 1 — pass the number of entities to keep, e.g. --top 2000`);
  }
  if (options.top !== undefined && options.importance === undefined) throw new TypeError('cutCorpus: top needs importance');
  return options;
}

/** The corpus restricted to the kept entities and the relations between them; articles are all kept. */
export function cutCorpus(corpus: Corpus, options: CutOptions): Corpus {
  const { types, top, importance } = resolveCutOptions(options);
  let entities = types ? corpus.entities.filter((e) => types.includes(e.type)) : corpus.entities;
  if (top !== undefined && entities.length > top) {
    const rank = (id: string) => importance!.get(id) ?? 0;
    entities = [...entities].sort((a, b) => rank(b.id) - rank(a.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, top);
    entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  const kept = new Set(entities.map((e) => e.id));
  return { articles: corpus.articles, entities, relations: corpus.relations.filter((r) => kept.has(r.source) && kept.has(r.target)) };
}
