/** The detail panel: a selected node (names, type, aliases, mentions, articles, relations with evidence) or a selected edge. */
import type { Visibility } from '../filters.js';
import type { Vocabulary } from '../i18n.js';
import { ALIASES_SHOWN, isShortened, shortName } from '../names.js';
import type { ArticleInfo, KgGraph, Lang, Selection, ViewState } from '../types.js';
import { h, replaceChildren, swatch } from './dom.js';
import { articleReference, evidenceList, sharedEvidenceItem } from './evidence-view.js';
import { pagedList } from './paged-list.js';

/** What the panel reads and how it selects. */
export interface PanelContext {
  graph: KgGraph;
  state: ViewState;
  visibility: Visibility;
  articles: Map<string, ArticleInfo>;
  evidencePerRelation: number;
  vocabulary: Vocabulary;
  nodeColor(key: string): string;
  select(selection: Selection | null): void;
}

/** The whole names of a node, in the display language first. */
function fullNames(graph: KgGraph, key: string, lang: Lang): [string, string] {
  const a = graph.getNodeAttributes(key);
  return lang === 'en' ? [a.labelEn || a.label, a.label] : [a.label, a.labelEn];
}

/** The names of a node as shown (cut when very long). */
function names(graph: KgGraph, key: string, lang: Lang): [string, string] {
  const [primary, secondary] = fullNames(graph, key, lang);
  return [shortName(primary), shortName(secondary)];
}

/** A note giving the length of a name too long to show whole (it stays whole in the data and the exports). */
function nameNote(name: string): HTMLElement | null {
  if (!isShortened(name)) return null;
  return h('p', { class: 'name-note muted' }, [`Name shortened: ${name.length.toLocaleString('en-US')} characters in the file (kept whole in exports).`]);
}

function entityButton(context: PanelContext, key: string): HTMLElement {
  const [primary, secondary] = names(context.graph, key, context.state.lang);
  return h('button', {
    class: 'entity-link',
    attrs: { type: 'button', 'data-node': key, title: secondary },
    on: { click: () => context.select({ kind: 'node', key }) },
  }, [swatch(context.nodeColor(key)), primary]);
}

function closeButton(context: PanelContext): HTMLElement {
  return h('button', { class: 'close', attrs: { type: 'button', 'aria-label': 'Close details' }, on: { click: () => context.select(null) } }, ['×']);
}

interface Group {
  relation: string;
  outgoing: boolean;
  edges: string[];
}

/** Visible edges of `node` grouped by relation and direction, the largest groups first. */
function relationGroups(context: PanelContext, node: string): Group[] {
  const groups = new Map<string, Group>();
  context.graph.forEachEdge(node, (edge, a, source) => {
    if (context.visibility.hiddenEdges.has(edge)) return;
    const outgoing = source === node;
    const id = `${outgoing ? 'out' : 'in'}:${a.relation}`;
    const group = groups.get(id) ?? { relation: a.relation, outgoing, edges: [] };
    group.edges.push(edge);
    groups.set(id, group);
  });
  return [...groups.values()].sort((a, b) =>
    Number(a.relation === 'CO_MENTIONED') - Number(b.relation === 'CO_MENTIONED') || b.edges.length - a.edges.length || (a.relation < b.relation ? -1 : 1));
}

function relationItem(context: PanelContext, group: Group, name: string, edge: string): HTMLElement {
  const { graph, state } = context;
  const other = group.outgoing ? graph.target(edge) : graph.source(edge);
  return h('li', { class: 'relation', attrs: { 'data-edge': edge } }, [
    entityButton(context, other),
    h('button', {
      class: 'link-button small', attrs: { type: 'button', 'aria-label': `Show relation ${name} with ${names(graph, other, state.lang)[0]}` },
      on: { click: () => context.select({ kind: 'edge', key: edge }) },
    }, ['relation details']),
    evidenceList(graph.getEdgeAttribute(edge, 'evidence'), context.articles, context.evidencePerRelation),
  ]);
}

/**
 * The edges of a group as list items: edges whose only evidence is one and the same sentence (the members of
 * 集聚了飞腾、麒麟、曙光) share one item, the sentence shown once; other edges get an item each.
 */
function relationItems(context: PanelContext, group: Group): string[][] {
  const items: string[][] = [];
  const bySentence = new Map<string, string[]>();
  for (const edge of group.edges) {
    const evidence = context.graph.getEdgeAttribute(edge, 'evidence');
    if (evidence.length !== 1) {
      items.push([edge]);
      continue;
    }
    const where = `${evidence[0]!.article}\u0000${evidence[0]!.sentence}`;
    const shared = bySentence.get(where);
    if (shared) shared.push(edge);
    else {
      const item = [edge];
      bySentence.set(where, item);
      items.push(item);
    }
  }
  return items;
}

/** Several relations stated by one sentence: the other entities, then the sentence once with all of them marked. */
function sharedRelationItem(context: PanelContext, group: Group, edges: string[]): HTMLElement {
  const { graph } = context;
  const others = edges.map((edge) => (group.outgoing ? graph.target(edge) : graph.source(edge)));
  const evidence = edges.map((edge) => graph.getEdgeAttribute(edge, 'evidence')[0]!);
  return h('li', { class: 'relation shared', attrs: { 'data-edges': String(edges.length) } }, [
    h('div', { class: 'entity-row' }, others.map((other) => entityButton(context, other))),
    h('p', { class: 'muted' }, [`${edges.length} relations stated by one sentence:`]),
    h('ul', { class: 'evidence-list' }, [sharedEvidenceItem(evidence, context.articles)]),
  ]);
}

function relationList(context: PanelContext, group: Group, name: string): HTMLElement {
  const items = relationItems(context, group);
  return pagedList(h('ul', { class: 'relation-list' }), items.length, (i) =>
    items[i]!.length === 1 ? relationItem(context, group, name, items[i]![0]!) : sharedRelationItem(context, group, items[i]!));
}

function relationSection(context: PanelContext, node: string): HTMLElement {
  const groups = relationGroups(context, node);
  const { graph, state } = context;
  const total = groups.reduce((sum, group) => sum + group.edges.length, 0);
  const hidden = graph.degree(node) - total;
  return h('section', { class: 'relations', attrs: { 'aria-label': 'Relations' } }, [
    h('h3', {}, [`Relations (${total})`]),
    hidden > 0 ? h('p', { class: 'muted' }, [`${hidden} more hidden by the filters.`]) : null,
    ...groups.map((group) => {
      const name = context.vocabulary.relationName(group.relation, state.lang);
      return h('section', { class: 'relation-group', attrs: { 'data-relation': group.relation, 'data-direction': group.outgoing ? 'out' : 'in' } }, [
        h('h4', {}, [group.outgoing ? `${name} → ` : `← ${name} `, h('code', {}, [group.relation]), ` (${group.edges.length})`]),
        relationList(context, group, name),
      ]);
    }),
  ]);
}

function nodeDetails(context: PanelContext, node: string): (HTMLElement | null)[] {
  const { graph, state } = context;
  const a = graph.getNodeAttributes(node);
  const [primary, secondary] = names(graph, node, state.lang);
  const aliases = a.aliases.slice(0, ALIASES_SHOWN).filter((alias) => alias !== a.label);
  const [fullPrimary] = fullNames(graph, node, state.lang);
  return [
    h('header', { class: 'panel-header' }, [
      h('h2', { attrs: { id: 'panel-title' } }, [primary]),
      secondary && secondary !== primary ? h('p', { class: 'subtitle', attrs: { lang: state.lang === 'en' ? 'zh' : 'en' } }, [secondary]) : null,
      closeButton(context),
    ]),
    nameNote(fullPrimary),
    h('dl', { class: 'facts' }, [
      h('dt', {}, ['Type']), h('dd', {}, [swatch(context.nodeColor(node)), `${context.vocabulary.typeName(a.entityType, 'zh')} · ${context.vocabulary.typeName(a.entityType, 'en')}`]),
      h('dt', {}, ['Aliases']), h('dd', {}, [aliases.length > 0 ? shortName(aliases.join('、')) : '—']),
      h('dt', {}, ['Mentions']), h('dd', {}, [String(a.mentions)]),
    ]),
    h('section', { class: 'articles', attrs: { 'aria-label': 'Source articles' } }, [
      h('h3', {}, [`Source articles (${a.articles.length})`]),
      pagedList(h('ul'), a.articles.length, (i) => h('li', {}, [articleReference(context.articles.get(a.articles[i]!), a.articles[i]!)])),
    ]),
    relationSection(context, node),
  ];
}

function edgeDetails(context: PanelContext, edge: string): HTMLElement[] {
  const { graph, state } = context;
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  return [
    h('header', { class: 'panel-header' }, [
      h('h2', { attrs: { id: 'panel-title' } }, [`${context.vocabulary.relationName(a.relation, state.lang, a.label)} `, h('code', {}, [a.relation])]),
      closeButton(context),
    ]),
    h('p', { class: 'edge-ends' }, [entityButton(context, source), ' → ', entityButton(context, target)]),
    h('dl', { class: 'facts' }, [h('dt', {}, ['Sentences']), h('dd', {}, [String(a.evidence.length)]), h('dt', {}, ['Weight']), h('dd', {}, [String(a.weight)])]),
    h('h3', {}, ['Evidence']),
    evidenceList(a.evidence, context.articles),
  ];
}

/** Renders the panel for the current selection (hidden when nothing is selected). */
export function renderPanel(panel: HTMLElement, context: PanelContext): void {
  const selection = context.state.selection;
  const { graph } = context;
  if (selection?.kind === 'node' && graph.hasNode(selection.key)) replaceChildren(panel, nodeDetails(context, selection.key));
  else if (selection?.kind === 'edge' && graph.hasEdge(selection.key)) replaceChildren(panel, edgeDetails(context, selection.key));
  else replaceChildren(panel, []);
  panel.hidden = panel.childElementCount === 0;
}
