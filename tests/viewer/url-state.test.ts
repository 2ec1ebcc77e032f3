import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash } from '../../viewer/src/url-state.js';
import type { Filters, SharedState } from '../../viewer/src/types.js';

const defaults: Filters = { types: null, relations: null, coMentioned: false, minMentions: 0, focus: 0 };
const shared = (partial: Partial<Omit<SharedState, 'filters'>> & { filters?: Partial<Filters> } = {}): SharedState => ({
  selection: partial.selection ?? null,
  lang: partial.lang ?? 'zh',
  filters: { ...defaults, ...partial.filters },
});

describe('URL hash', () => {
  it.each([
    ['the default view', shared(), ''],
    ['a selected node', shared({ selection: { kind: 'node', key: '飞腾' } }), '#node=%E9%A3%9E%E8%85%BE'],
    ['English labels', shared({ lang: 'en' }), '#lang=en'],
    ['type filter', shared({ filters: { types: ['Company', 'Region'] } }), '#types=Company,Region'],
    ['no types', shared({ filters: { types: [] } }), '#types='],
    ['CO_MENTIONED on', shared({ filters: { coMentioned: true } }), '#co=1'],
    ['everything', shared({ selection: { kind: 'edge', key: '飞腾->信创谷:MEMBER_OF' }, lang: 'en', filters: { relations: ['MEMBER_OF'], minMentions: 2, focus: 1 } }), null],
    ['a hostile key', shared({ selection: { kind: 'node', key: '<img src=x onerror=alert(1)>&lang=en' } }), null],
  ])('round-trips %s', (_name, state, hash) => {
    const encoded = encodeHash(state, defaults);
    if (hash !== null) expect(encoded).toBe(hash);
    expect(decodeHash(encoded, defaults)).toEqual(state);
  });

  it('reads the example from the issue', () => {
    expect(decodeHash('#node=飞腾&lang=en&types=Company,Region&co=0', { ...defaults, coMentioned: true })).toEqual({
      selection: { kind: 'node', key: '飞腾' },
      lang: 'en',
      filters: { ...defaults, types: ['Company', 'Region'], coMentioned: false },
    });
  });

  it('falls back to the defaults on junk', () => {
    expect(decodeHash('#lang=fr&min=-3&focus=7&co=maybe&x=1', defaults)).toEqual(shared());
    expect(decodeHash('', defaults)).toEqual(shared());
    expect(decodeHash('#%E0%A4%A', defaults)).toEqual(shared());
  });

  it('writes only what differs from the graph defaults', () => {
    const coDefault = { ...defaults, coMentioned: true };
    expect(encodeHash(shared({ filters: { coMentioned: true } }), coDefault)).toBe('');
    expect(encodeHash(shared({ filters: { coMentioned: false } }), coDefault)).toBe('#co=0');
  });
});
