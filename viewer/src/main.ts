/** Wires sigma, the store and the UI; `init` returns the cleanup function. */
import { toBlob } from '@sigma/export-image';
import { parse as parseGexf } from 'graphology-gexf';
import { toGexf, toGraphologyJson, visibleSubgraph } from './export.js';
import { computeVisibility, defaultFilters, type Visibility } from './filters.js';
import { attachInspection } from './inspection.js';
import { createLayoutController, type LayoutController } from './layout.js';
import { ALIASES_SHOWN, cutName } from './names.js';
import { readGraphFile } from './read-file.js';
import { computeHighlight, reduceEdge, reduceNode, type ReducerContext } from './reducers.js';
import { createRenderer, moveCameraTo } from './renderer.js';
import { createIndexBuilder, isLatinQuery, searchEntities, type SearchIndex } from './search.js';
import { movementSettings, resolveSettings, type ViewerSettings } from './settings.js';
import { createStore, initialState } from './state.js';
import { computeGraphStyles, type GraphStyles } from './styles.js';
import type { ArticleInfo, EdgeAttributes, KgGraph, NodeAttributes, Selection, ViewState } from './types.js';
import { downloadBlob, downloadText } from './ui/download.js';
import { attachFileDrop } from './ui/file-drop.js';
import { createFiltersPanel } from './ui/filters-panel.js';
import { createMessages } from './ui/messages.js';
import { renderPanel } from './ui/panel.js';
import { createSearchBox } from './ui/search-box.js';
import { createShell } from './ui/shell.js';
import { createToolbar } from './ui/toolbar.js';
import { syncUrl } from './ui/url-sync.js';
import { decodeHash } from './url-state.js';

/** Options of init. */
export interface InitOptions {
  settings?: Partial<ViewerSettings>;
  /** Notes about the loaded graph (what sanitising filled in or dropped). */
  warnings?: string[];
  /** Shown in the alert region at start (e.g. graph.json could not be fetched). */
  error?: string;
}

/** Everything that belongs to the graph on screen; replaced when a file is opened. */
interface Loaded {
  graph: KgGraph;
  styles: GraphStyles;
  articles: Map<string, ArticleInfo>;
  layout: LayoutController;
  searchIndex: SearchIndex | null;
  filtersPanel: ReturnType<typeof createFiltersPanel>;
}

/** Mounts the viewer in `root` for `graph`; returns a function that removes it. */
export function init(root: HTMLElement, graph: KgGraph, options: InitOptions = {}): () => void {
  // 1. Settings, page skeleton, store (with the view the URL asks for).
  const settings = resolveSettings(options.settings);
  const shell = createShell(root);
  const messages = createMessages();
  shell.messagesSlot.append(messages.element);
  const store = createStore(initialState(defaultFilters(graph)));
  store.dispatch({ type: 'restore', shared: decodeHash(location.hash, defaultFilters(graph)) });
  let loaded = load(graph);
  let visibility: Visibility;
  let reducerContext: ReducerContext;
  const colorOf = (_node: string, a: NodeAttributes) => loaded.styles.vocabulary.typeColor(a.entityType) ?? a.color ?? settings.defaultNodeColor;
  const edgeColorOf = (_edge: string, a: EdgeAttributes) =>
    (a.coMention ? settings.coMentionEdgeColor : loaded.styles.vocabulary.relationColor(a.relation)) ?? (a.color || settings.edgeColor);

  function load(next: KgGraph): Loaded {
    const styles = computeGraphStyles(next, settings);
    const filtersPanel = createFiltersPanel(next, store, styles.vocabulary, settings.defaultNodeColor);
    shell.filtersSlot.replaceChildren(filtersPanel.element);
    const articles = new Map(next.getAttribute('articles').map((article) => [article.id, article]));
    return { graph: next, styles, articles, layout: createLayoutController(next), searchIndex: null, filtersPanel };
  }

  function recompute(state: ViewState, filtersChanged: boolean): void {
    if (filtersChanged) visibility = computeVisibility(loaded.graph, state.filters, state.selection?.kind === 'node' ? state.selection.key : null);
    const highlight = computeHighlight(loaded.graph, state, visibility);
    reducerContext = { graph: loaded.graph, settings, state, visibility, styles: loaded.styles, highlight };
  }
  recompute(store.getState(), true);

  // 2. Sigma, with reducers reading the current context.
  const { renderer, flushLabels } = createRenderer(loaded.graph, shell.graphContainer, settings, {
    node: (node, data) => reduceNode(reducerContext, node, data),
    edge: (edge, data) => reduceEdge(reducerContext, edge, data),
  });
  // Sigma drew in its constructor; the frame is on screen at the next animation frame.
  const firstFrame = requestAnimationFrame(() => {
    performance.mark('kg-viewer:first-render');
    root.dataset.ready = 'true';
    const selected = store.getState().selection;
    if (selected?.kind === 'node' && loaded.graph.hasNode(selected.key)) cameraTo(selected.key);
    scheduleIndex();
  });

  // 3. Selection and camera; display data is normalised when sigma renders, so the camera moves after the next frame.
  let cameraTarget: string | null = null;
  const cameraTo = (node: string) => moveCameraTo(renderer, node, (edge) => !visibility.hiddenEdges.has(edge), settings);
  function select(selection: Selection | null, moveCamera = false): void {
    store.dispatch({ type: 'select', selection });
    if (moveCamera && selection?.kind === 'node') {
      cameraTarget = selection.key;
      renderer.scheduleRender();
    }
  }
  renderer.on('afterRender', () => {
    const node = cameraTarget;
    cameraTarget = null;
    if (node !== null && loaded.graph.hasNode(node)) cameraTo(node);
  });

  // 4. Search; the pinyin of its index is built in slices while the browser is idle after the first frame, or at the first Latin query.
  let indexBuilder: { graph: KgGraph; builder: ReturnType<typeof createIndexBuilder> } | null = null;
  function builderFor(current: Loaded) {
    if (indexBuilder?.graph !== current.graph) {
      // Only the shown part of names is indexed: a name of megabytes, or thousands of aliases, would stall the pinyin.
      const entries = current.graph.mapNodes((key, a) => ({ key, label: cutName(a.label), labelEn: cutName(a.labelEn), aliases: a.aliases.slice(0, ALIASES_SHOWN).map((alias) => cutName(alias)), importance: a.importance }));
      indexBuilder = { graph: current.graph, builder: createIndexBuilder(entries) };
    }
    return indexBuilder.builder;
  }
  function searchIndex(): SearchIndex {
    const current = loaded;
    if (!current.searchIndex) {
      current.searchIndex = builderFor(current).finish();
      performance.mark('kg-viewer:search-index');
    }
    return current.searchIndex;
  }
  let idleHandle = 0;
  function scheduleIndex(): void {
    const current = loaded;
    const work = (deadline?: IdleDeadline) => {
      if (current !== loaded || current.searchIndex) return;
      if (builderFor(current).step(deadline ? Math.max(deadline.timeRemaining(), 5) : 16)) searchIndex();
      else idleHandle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(work) : window.setTimeout(work, 0);
    };
    idleHandle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(work) : window.setTimeout(work, 0);
  }
  // Chinese and English queries do not wait for the pinyin.
  const indexFor = (query: string) => (loaded.searchIndex || isLatinQuery(query) ? searchIndex() : builderFor(loaded).partial());
  const search = createSearchBox({
    search: (query) => searchEntities(indexFor(query), query, settings.searchLimit),
    graph: () => loaded.graph,
    lang: () => store.getState().lang,
    nodeColor: (key) => colorOf(key, loaded.graph.getNodeAttributes(key)),
    typeName: (type, lang) => loaded.styles.vocabulary.typeName(type, lang),
    pick: (key) => select({ kind: 'node', key }, true),
  });
  shell.searchSlot.append(search.element);

  // 5. Toolbar: language, layout, export, open file.
  const currentView = () => visibleSubgraph(loaded.graph, visibility, colorOf, edgeColorOf);
  const updateToolbar = () => toolbar.update(store.getState().lang, loaded.layout.isRunning());
  const toolbar = createToolbar({
    setLang: (lang) => store.dispatch({ type: 'setLang', lang }),
    toggleForceAtlas2: () => {
      if (loaded.layout.isRunning()) loaded.layout.stopForceAtlas2();
      else loaded.layout.startForceAtlas2();
      updateToolbar();
    },
    removeOverlaps: () => {
      // Node sizes are drawn in pixels; noverlap works in graph units, at the current zoom.
      const origin = renderer.viewportToGraph({ x: 0, y: 0 });
      const unit = renderer.viewportToGraph({ x: 1, y: 0 });
      const perPixel = Math.hypot(unit.x - origin.x, unit.y - origin.y);
      const sizeOf = (node: string) => renderer.scaleSize(loaded.styles.nodeSize.get(node) ?? settings.minNodeSize) * perPixel;
      loaded.layout.removeOverlaps(sizeOf, settings.noverlapIterations, settings.noverlapMargin * perPixel);
      updateToolbar();
    },
    restoreLayout: () => {
      loaded.layout.restoreOriginal();
      updateToolbar();
    },
    exportGexf: () => downloadText(toGexf(currentView()), 'kg-view.gexf', 'application/gexf+xml'),
    exportJson: () => downloadText(toGraphologyJson(currentView()), 'kg-view.json', 'application/json'),
    exportPng: () => {
      toBlob(renderer, { format: 'png', backgroundColor: '#ffffff', withTempRenderer: flushLabels })
        .then((blob) => downloadBlob(blob, 'kg-view.png'))
        .catch((error: Error) => messages.error(`PNG export failed: ${error.message}`));
    },
    openFile: (file) => void openFile(file),
  });
  shell.toolbarSlot.append(toolbar.element);

  async function openFile(file: File): Promise<void> {
    let result;
    try {
      result = readGraphFile(file.name, await file.text(), settings, {
        parseXml: (text) => new DOMParser().parseFromString(text, 'application/xml'),
        parseGexf: (Graph, source, parseOptions) => parseGexf(Graph, source, parseOptions),
      });
    } catch (error) {
      messages.error(`${(error as Error).message} The current graph stays.`);
      return;
    }
    replaceGraph(result.graph);
    messages.note([`Opened ${file.name}: ${result.graph.order} entities, ${result.graph.size} relations.`, ...result.warnings].join(' '));
  }

  function replaceGraph(next: KgGraph): void {
    loaded.layout.kill();
    loaded = load(next);
    const fresh = initialState(defaultFilters(next), store.getState().lang);
    recompute(fresh, true);
    renderer.setGraph(next);
    for (const [key, value] of Object.entries(movementSettings(next.size, settings))) renderer.setSetting(key as 'hideEdgesOnMove', value);
    store.dispatch({ type: 'reset', state: fresh });
    renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    search.clear();
    scheduleIndex();
  }

  // 6. Sigma events → actions; the graph area also resizes when the panel opens or closes.
  const pointer = (on: boolean) => { shell.graphContainer.style.cursor = on ? 'pointer' : ''; };
  renderer.on('enterNode', ({ node }) => { store.dispatch({ type: 'hoverNode', node }); pointer(true); });
  renderer.on('leaveNode', () => { store.dispatch({ type: 'hoverNode', node: null }); pointer(false); });
  renderer.on('enterEdge', ({ edge }) => { store.dispatch({ type: 'hoverEdge', edge }); pointer(true); });
  renderer.on('leaveEdge', () => { store.dispatch({ type: 'hoverEdge', edge: null }); pointer(false); });
  renderer.on('clickNode', ({ node }) => select({ kind: 'node', key: node }));
  renderer.on('clickEdge', ({ edge }) => select({ kind: 'edge', key: edge }));
  renderer.on('clickStage', () => select(null));
  // (The observer also reports the initial size: only real changes cost a refresh.)
  let observedSize = `${shell.graphContainer.offsetWidth}x${shell.graphContainer.offsetHeight}`;
  const resizeObserver = new ResizeObserver(() => {
    const size = `${shell.graphContainer.offsetWidth}x${shell.graphContainer.offsetHeight}`;
    if (size === observedSize) return;
    observedSize = size;
    renderer.scheduleRefresh();
  });
  resizeObserver.observe(shell.graphContainer);

  // 7. State changes → reducers, panel, controls, URL.
  function renderControls(state: ViewState, previous: ViewState | null): void {
    loaded.filtersPanel.update(state);
    updateToolbar();
    if (!previous || state.selection !== previous.selection || state.lang !== previous.lang || state.filters !== previous.filters) {
      renderPanel(shell.panel, {
        graph: loaded.graph, state, visibility, articles: loaded.articles,
        evidencePerRelation: settings.evidencePerRelation, vocabulary: loaded.styles.vocabulary,
        nodeColor: (key) => colorOf(key, loaded.graph.getNodeAttributes(key)),
        select: (selection) => select(selection, true),
      });
    }
    const { order, size } = loaded.graph;
    shell.summary.textContent = `${order - visibility.hiddenNodes.size} / ${order} entities · ${size - visibility.hiddenEdges.size} / ${size} relations`;
  }
  const unsubscribe = store.subscribe((state, previous) => {
    const focusMoved = state.filters.focus > 0 && state.selection !== previous.selection;
    recompute(state, state.filters !== previous.filters || focusMoved);
    renderer.refresh({ schedule: true });
    renderControls(state, previous);
  });
  renderControls(store.getState(), null);
  const stopUrlSync = syncUrl(store, () => defaultFilters(loaded.graph));
  const detachInspection = attachInspection(root, () => renderer, store.getState);

  // 8. Keyboard shortcuts (Escape clears the selection, / goes to the search), drag and drop.
  const onKey = (event: KeyboardEvent) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.target instanceof HTMLTextAreaElement;
    if (typing) return;
    if (event.key === 'Escape') select(null);
    if (event.key === '/') {
      event.preventDefault();
      search.focus();
    }
  };
  document.addEventListener('keydown', onKey);
  const detachDrop = attachFileDrop(root, shell.dropHint, (file) => void openFile(file));

  if (options.error) messages.error(options.error);
  else if (options.warnings?.length) messages.note(options.warnings.join(' '));

  // 9. Cleanup.
  return () => {
    cancelAnimationFrame(firstFrame);
    if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idleHandle);
    window.clearTimeout(idleHandle);
    unsubscribe();
    stopUrlSync();
    detachInspection();
    detachDrop();
    resizeObserver.disconnect();
    document.removeEventListener('keydown', onKey);
    loaded.layout.kill();
    renderer.kill();
    root.replaceChildren();
    root.classList.remove('kg-viewer');
    delete root.dataset.ready;
  };
}
