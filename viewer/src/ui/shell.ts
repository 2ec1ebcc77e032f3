/** The page skeleton: toolbar, filters, graph area, detail panel, messages, drop hint. */
import { h } from './dom.js';

/** The regions `init` fills. */
export interface Shell {
  header: HTMLElement;
  toolbarSlot: HTMLElement;
  searchSlot: HTMLElement;
  filtersSlot: HTMLElement;
  graphContainer: HTMLElement;
  panel: HTMLElement;
  messagesSlot: HTMLElement;
  dropHint: HTMLElement;
  summary: HTMLElement;
}

/** Builds the skeleton inside `root`. */
export function createShell(root: HTMLElement): Shell {
  const searchSlot = h('div', { class: 'search-slot' });
  const toolbarSlot = h('div', { class: 'toolbar-slot' });
  const summary = h('p', { class: 'summary', attrs: { 'aria-live': 'polite' } });
  const header = h('header', { class: 'app-header' }, [
    h('h1', {}, ['滨海知识图谱 ', h('span', { attrs: { lang: 'en' } }, ['Knowledge graph'])]),
    searchSlot,
    toolbarSlot,
  ]);
  const filtersSlot = h('div', { class: 'filters-slot' });
  const graphContainer = h('div', { class: 'graph', attrs: { role: 'img', 'aria-label': 'Knowledge graph drawing; use the search box or the detail panel to move between entities' } });
  const panel = h('aside', { class: 'panel', attrs: { 'aria-labelledby': 'panel-title', tabindex: '-1' } });
  const messagesSlot = h('div', { class: 'messages-slot' });
  const dropHint = h('div', { class: 'drop-hint', attrs: { 'aria-hidden': 'true' } }, ['Drop a GEXF or graphology JSON file to open it']);
  dropHint.hidden = true;
  root.replaceChildren(
    header,
    h('div', { class: 'app-body' }, [
      h('aside', { class: 'sidebar', attrs: { 'aria-label': 'Legend and filters' } }, [summary, filtersSlot]),
      h('main', { class: 'graph-area' }, [graphContainer, messagesSlot, dropHint]),
      panel,
    ]),
  );
  root.classList.add('kg-viewer');
  return { header, toolbarSlot, searchSlot, filtersSlot, graphContainer, panel, messagesSlot, dropHint, summary };
}
