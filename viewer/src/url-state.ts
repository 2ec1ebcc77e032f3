/** The URL hash ⇄ shared state (selection, filters, language): `#node=飞腾&lang=en&types=Company,Region&co=0`. */
import type { Filters, Lang, Selection, SharedState } from './types.js';

function list(value: string | null): string[] | null {
  if (value === null) return null;
  return value === '' ? [] : value.split(',').filter((item) => item !== '');
}

/** Encodes the shared state; values equal to `defaults` are left out so plain views have short URLs. */
export function encodeHash(shared: SharedState, defaults: Filters): string {
  const params = new URLSearchParams();
  if (shared.selection) params.set(shared.selection.kind, shared.selection.key);
  if (shared.lang !== 'zh') params.set('lang', shared.lang);
  const { filters } = shared;
  if (filters.types !== null) params.set('types', filters.types.join(','));
  if (filters.relations !== null) params.set('rels', filters.relations.join(','));
  if (filters.coMentioned !== defaults.coMentioned) params.set('co', filters.coMentioned ? '1' : '0');
  if (filters.minMentions !== defaults.minMentions) params.set('min', String(filters.minMentions));
  if (filters.focus !== defaults.focus) params.set('focus', String(filters.focus));
  const query = params.toString().replace(/%2C/g, ',');
  return query === '' ? '' : `#${query}`;
}

/** Decodes a hash; missing or invalid values fall back to `defaults` (never throws). */
export function decodeHash(hash: string, defaults: Filters): SharedState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const node = params.get('node');
  const edge = params.get('edge');
  const selection: Selection | null = node ? { kind: 'node', key: node } : edge ? { kind: 'edge', key: edge } : null;
  const lang: Lang = params.get('lang') === 'en' ? 'en' : 'zh';
  const co = params.get('co');
  const min = Number(params.get('min'));
  const focus = Number(params.get('focus'));
  const filters: Filters = {
    types: params.has('types') ? list(params.get('types')) : defaults.types,
    relations: params.has('rels') ? list(params.get('rels')) : defaults.relations,
    coMentioned: co === '1' ? true : co === '0' ? false : defaults.coMentioned,
    minMentions: params.has('min') && Number.isFinite(min) && min >= 0 ? min : defaults.minMentions,
    focus: focus === 1 || focus === 2 ? focus : params.has('focus') ? 0 : defaults.focus,
  };
  return { selection, lang, filters };
}
