/** The left panel: legend with entity-type checkboxes and counts, relation filters, CO_MENTIONED, minimum mentions, focus. */
import type { Vocabulary } from '../i18n.js';
import type { Store } from '../state.js';
import type { KgGraph, ViewState } from '../types.js';
import { h, swatch, uniqueId } from './dom.js';

/** Counts of a graph's entity types and relations, most frequent first. */
export function countGraph(graph: KgGraph): { types: [string, number][]; relations: [string, number][]; coMentioned: number; maxMentions: number } {
  const types = new Map<string, number>();
  const relations = new Map<string, number>();
  let coMentioned = 0, maxMentions = 0;
  graph.forEachNode((_, a) => {
    types.set(a.entityType, (types.get(a.entityType) ?? 0) + 1);
    maxMentions = Math.max(maxMentions, a.mentions);
  });
  graph.forEachEdge((_, a) => {
    if (a.coMention) coMentioned++;
    else relations.set(a.relation, (relations.get(a.relation) ?? 0) + 1);
  });
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { types: sorted(types), relations: sorted(relations), coMentioned, maxMentions };
}

interface CheckRow {
  input: HTMLInputElement;
  name: HTMLElement;
  key: string;
}

function checkRow(key: string, count: number, color: string | null, onChange: () => void): [HTMLElement, CheckRow] {
  const id = uniqueId('filter');
  const input = h('input', { attrs: { type: 'checkbox', id, 'data-key': key }, on: { change: onChange } });
  const name = h('span', { class: 'filter-name' });
  const label = h('label', { class: 'filter-row', attrs: { for: id } }, [
    input,
    color ? swatch(color) : null,
    name,
    h('span', { class: 'count', attrs: { 'aria-label': `${count} items` } }, [String(count)]),
  ]);
  return [label, { input, name, key }];
}

/** Builds the panel for `graph`; `update` keeps it in step with the state. */
export function createFiltersPanel(graph: KgGraph, store: Store, vocabulary: Vocabulary, defaultColor: string): { element: HTMLElement; update(state: ViewState): void } {
  const counts = countGraph(graph);
  const allTypes = counts.types.map(([type]) => type);
  const allRelations = counts.relations.map(([relation]) => relation);

  const typeRows = counts.types.map(([type, count]) =>
    checkRow(type, count, vocabulary.typeColor(type) ?? defaultColor, () => store.dispatch({ type: 'toggleListItem', list: 'types', item: type, all: allTypes })));
  const relationRows = counts.relations.map(([relation, count]) =>
    checkRow(relation, count, vocabulary.relationColor(relation) ?? null, () => store.dispatch({ type: 'toggleListItem', list: 'relations', item: relation, all: allRelations })));
  const [coRow, co] = checkRow('CO_MENTIONED', counts.coMentioned, null, () =>
    store.dispatch({ type: 'setFilters', filters: { coMentioned: co.input.checked } }));

  const minId = uniqueId('min-mentions');
  const minInput = h('input', {
    attrs: { id: minId, type: 'number', min: 0, max: counts.maxMentions, step: 1, inputmode: 'numeric' },
    on: {
      change: () => {
        const value = Math.max(0, Math.floor(Number(minInput.value) || 0));
        store.dispatch({ type: 'setFilters', filters: { minMentions: value } });
      },
    },
  });
  const focusId = uniqueId('focus');
  const focusSelect = h('select', {
    attrs: { id: focusId },
    on: { change: () => store.dispatch({ type: 'setFilters', filters: { focus: Number(focusSelect.value) as 0 | 1 | 2 } }) },
  }, [
    h('option', { attrs: { value: 0 } }, ['Whole graph']),
    h('option', { attrs: { value: 1 } }, ['1 hop around the selection']),
    h('option', { attrs: { value: 2 } }, ['2 hops around the selection']),
  ]);
  const showAll = h('button', {
    class: 'link-button',
    attrs: { type: 'button' },
    on: { click: () => store.dispatch({ type: 'setFilters', filters: { types: null, relations: null, minMentions: 0, focus: 0 } }) },
  }, ['Show all']);

  const element = h('div', { class: 'filters' }, [
    h('fieldset', { class: 'legend' }, [h('legend', {}, ['Entity types']), ...typeRows.map(([row]) => row)]),
    h('fieldset', {}, [
      h('legend', {}, ['Relations']),
      ...relationRows.map(([row]) => row),
      counts.coMentioned > 0 ? coRow : null,
      relationRows.length === 0 && counts.coMentioned === 0 ? h('p', { class: 'muted' }, ['No relations.']) : null,
    ]),
    h('fieldset', {}, [
      h('legend', {}, ['Display']),
      h('div', { class: 'field' }, [h('label', { attrs: { for: minId } }, ['Minimum mentions']), minInput]),
      h('div', { class: 'field' }, [h('label', { attrs: { for: focusId } }, ['Focus']), focusSelect]),
      showAll,
    ]),
  ]);

  return {
    element,
    update(state) {
      const { filters, lang } = state;
      for (const [, row] of typeRows) {
        row.input.checked = filters.types === null || filters.types.includes(row.key);
        row.name.textContent = vocabulary.typeName(row.key, lang);
      }
      for (const [, row] of relationRows) {
        row.input.checked = filters.relations === null || filters.relations.includes(row.key);
        row.name.textContent = `${vocabulary.relationName(row.key, lang)} (${row.key})`;
      }
      co.input.checked = filters.coMentioned;
      co.name.textContent = `${vocabulary.relationName('CO_MENTIONED', lang)} (CO_MENTIONED)`;
      if (document.activeElement !== minInput) minInput.value = String(filters.minMentions);
      focusSelect.value = String(filters.focus);
    },
  };
}
