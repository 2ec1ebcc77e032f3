import { describe, expect, it } from 'vitest';
import { createStore, initialState, reduceState, toggleInList } from '../../viewer/src/state.js';
import type { Filters } from '../../viewer/src/types.js';

const filters: Filters = { types: null, relations: null, coMentioned: false, minMentions: 0, focus: 0 };
const start = initialState(filters);

describe('reduceState', () => {
  it('selects, hovers and switches language', () => {
    const selected = reduceState(start, { type: 'select', selection: { kind: 'node', key: '飞腾' } });
    expect(selected.selection).toEqual({ kind: 'node', key: '飞腾' });
    expect(reduceState(selected, { type: 'select', selection: { kind: 'node', key: '飞腾' } })).toBe(selected);
    expect(reduceState(start, { type: 'hoverNode', node: '信创谷' }).hoveredNode).toBe('信创谷');
    expect(reduceState(start, { type: 'setLang', lang: 'en' }).lang).toBe('en');
    expect(reduceState(start, { type: 'setLang', lang: 'zh' })).toBe(start);
  });

  it('restores the shared part and clears hovering', () => {
    const hovered = reduceState(start, { type: 'hoverNode', node: 'x' });
    const restored = reduceState(hovered, { type: 'restore', shared: { selection: null, lang: 'en', filters: { ...filters, focus: 2 } } });
    expect(restored).toMatchObject({ hoveredNode: null, lang: 'en', filters: { focus: 2 } });
  });

  it('toggles list filters, `null` meaning all', () => {
    const all = ['Company', 'Region', 'Product'];
    expect(toggleInList(null, 'Region', all)).toEqual(['Company', 'Product']);
    expect(toggleInList(['Company', 'Product'], 'Region', all)).toBeNull();
    expect(toggleInList(['Company'], 'Company', all)).toEqual([]);
    const next = reduceState(start, { type: 'toggleListItem', list: 'types', item: 'Company', all });
    expect(next.filters.types).toEqual(['Region', 'Product']);
  });
});

describe('createStore', () => {
  it('notifies listeners of changes only', () => {
    const store = createStore(start);
    const seen: string[] = [];
    const stop = store.subscribe((state, previous) => seen.push(`${previous.lang}→${state.lang}`));
    store.dispatch({ type: 'setLang', lang: 'en' });
    store.dispatch({ type: 'setLang', lang: 'en' });
    stop();
    store.dispatch({ type: 'setLang', lang: 'zh' });
    expect(seen).toEqual(['zh→en']);
    expect(store.getState().lang).toBe('zh');
  });
});
