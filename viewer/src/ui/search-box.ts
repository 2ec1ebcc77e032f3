/** Search box with suggestions: an ARIA combobox over a listbox; Enter or a click picks, arrows move. */
import { cutName, shortName } from '../names.js';
import type { SearchHit } from '../search.js';
import type { KgGraph, Lang } from '../types.js';
import { h, replaceChildren, swatch, uniqueId } from './dom.js';

/** What the search box needs from the viewer. */
export interface SearchBoxDeps {
  search(query: string): SearchHit[];
  graph(): KgGraph;
  lang(): Lang;
  nodeColor(key: string): string;
  typeName(type: string, lang: Lang): string;
  pick(key: string): void;
}

const FIELD_HINT: Record<SearchHit['field'], string> = { name: '', alias: 'alias', english: '', pinyin: 'pinyin', initials: 'initials' };

/** Creates the search box; `element` goes in the toolbar. */
export function createSearchBox(deps: SearchBoxDeps): { element: HTMLElement; focus(): void; clear(): void } {
  const listId = uniqueId('suggestions');
  const inputId = uniqueId('search');
  const input = h('input', {
    class: 'search-input',
    attrs: {
      id: inputId, type: 'search', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
      'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
      placeholder: '搜索实体 / Search (飞腾, feiteng, ft, Phytium)',
    },
  });
  const list = h('ul', { class: 'suggestions', attrs: { id: listId, role: 'listbox', 'aria-label': 'Suggestions' } });
  const status = h('span', { class: 'visually-hidden', attrs: { role: 'status', 'aria-live': 'polite' } });
  let hits: SearchHit[] = [];
  let active = -1;

  function close(): void {
    hits = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function setActive(index: number): void {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${listId}-${index}`);
      list.children[index]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function pick(index: number): void {
    const hit = hits[index];
    if (!hit) return;
    const graph = deps.graph();
    input.value = cutName(graph.hasNode(hit.key) ? graph.getNodeAttribute(hit.key, 'label') : hit.key);
    close();
    deps.pick(hit.key);
  }

  function option(hit: SearchHit, index: number): HTMLElement {
    const graph = deps.graph();
    const a = graph.getNodeAttributes(hit.key);
    const lang = deps.lang();
    const [primary, secondary] = (lang === 'en' ? [a.labelEn, a.label] : [a.label, a.labelEn]).map((name) => shortName(name));
    const hint = FIELD_HINT[hit.field];
    return h('li', {
      class: 'suggestion',
      attrs: { id: `${listId}-${index}`, role: 'option', 'aria-selected': 'false' },
      on: {
        mousedown: (event) => event.preventDefault(),
        click: () => pick(index),
      },
    }, [
      swatch(deps.nodeColor(hit.key)),
      h('span', { class: 'suggestion-name' }, [primary]),
      secondary && secondary !== primary ? h('span', { class: 'suggestion-alt' }, [secondary]) : null,
      h('span', { class: 'suggestion-meta' }, [hint ? `${deps.typeName(a.entityType, lang)} · ${hint}: ${shortName(hit.matched)}` : deps.typeName(a.entityType, lang)]),
    ]);
  }

  function update(): void {
    hits = deps.search(input.value);
    replaceChildren(list, hits.map(option));
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    status.textContent = input.value.trim() === '' ? '' : `${hits.length} suggestion(s)`;
    setActive(hits.length > 0 ? 0 : -1);
  }

  input.addEventListener('input', update);
  input.addEventListener('focus', () => { if (input.value.trim() !== '') update(); });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return update();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (hits.length === 0) update();
      pick(Math.max(active, 0));
    } else if (event.key === 'Escape') {
      if (hits.length > 0) {
        event.stopPropagation();
        close();
      }
    }
  });
  close();

  const element = h('div', { class: 'search', attrs: { role: 'search' } }, [
    h('label', { class: 'visually-hidden', attrs: { for: inputId } }, ['Search entities']),
    input,
    list,
    status,
  ]);
  const clear = () => {
    input.value = '';
    status.textContent = '';
    close();
  };
  return { element, focus: () => input.focus(), clear };
}
