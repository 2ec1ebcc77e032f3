/** Wires sigma, the store and the UI; `init` returns the cleanup function. */
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { toBlob } from '@sigma/export-image';
import { parse as parseGexf } from 'graphology-gexf';
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import { toGexf, toGraphologyJson, visibleSubgraph } from './export.js';
import { computeVisibility, defaultFilters, type Visibility } from './filters.js';
import { createLabelDrawer } from './labels.js';
import { createLayoutController, type LayoutController } from './layout.js';
import { readGraphFile } from './read-file.js';
import { computeHighlight, reduceEdge, reduceNode, type ReducerContext } from './reducers.js';
import { buildSearchIndex, searchEntities, type SearchIndex } from './search.js';
import { resolveSettings, type ViewerSettings } from './settings.js';
import { createStore, initialState } from './state.js';
import { computeGraphStyles, type GraphStyles } from './styles.js';
import type { ArticleInfo, EdgeAttributes, KgGraph, NodeAttributes, Selection, ViewState } from './types.js';
import { downloadBlob, downloadText } from './ui/download.js';
import { createFiltersPanel } from './ui/filters-panel.js';
import { createMessages } from './ui/messages.js';
import { renderPanel } from './ui/panel.js';
import { createSearchBox } from './ui/search-box.js';
import { createShell } from './ui/shell.js';
import { createToolbar } from './ui/toolbar.js';
import { decodeHash } from './url-state.js';
import { syncUrl } from './ui/url-sync.js';

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
  // 1. Settings, page skeleton, store.
  const settings = resolveSettings(options.settings);
  const shell = createShell(root);
  const messages = createMessages();
  shell.messagesSlot.append(messages.element);
  const colorOf = (_node: string, a: NodeAttributes) => loaded.styles.vocabulary.typeColor(a.entityType) ?? a.color ?? settings.defaultNodeColor;
  const store = createStore(initialState(defaultFilters(graph)));
  let loaded = load(graph);
  let visibility: Visibility = { hiddenNodes: new Set(), hiddenEdges: new Set() };
  let reducerContext: ReducerContext;
  const restored = decodeHash(location.hash, defaultFilters(graph));
  store.dispatch({ type: 'restore', shared: restored });

  function load(next: KgGraph): Loaded {
    const styles = computeGraphStyles(next, settings);
    const filtersPanel = createFiltersPanel(next, store, styles.vocabulary, settings.defaultNodeColor);
    shell.filtersSlot.replaceChildren(filtersPanel.element);
    return {
      graph: next,
      styles,
      articles: new Map(next.getAttribute('articles').map((article) => [article.id, article])),
      layout: createLayoutController(next),
      searchIndex: null,
      filtersPanel,
    };
  }

  function recompute(state: ViewState, filtersChanged: boolean): void {
    if (filtersChanged) {
      const selected = state.selection?.kind === 'node' ? state.selection.key : null;
      visibility = computeVisibility(loaded.graph, state.filters, selected);
    }
    reducerContext = {
      graph: loaded.graph, settings, state, visibility, styles: loaded.styles,
      highlight: computeHighlight(loaded.graph, state, visibility),
    };
  }
  recompute(store.getState(), true);

  // 2. Sigma, with reducers reading the current context.
  const labels = createLabelDrawer();
  const renderer = new Sigma(loaded.graph, shell.graphContainer, {
    defaultDrawNodeLabel: labels.drawLabel,
    nodeReducer: (node, data) => reduceNode(reducerContext, node, data as NodeAttributes),
    edgeReducer: (edge, data) => reduceEdge(reducerContext, edge, data as never),
    edgeProgramClasses: { arrow: EdgeArrowProgram, curvedArrow: EdgeCurvedArrowProgram },
    defaultEdgeType: 'arrow',
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: settings.labelFont,
    labelSize: settings.labelSize,
    labelWeight: '500',
    labelColor: { color: settings.labelColor },
    labelDensity: settings.labelDensity,
    labelGridCellSize: settings.labelGridCellSize,
    labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold,
    edgeLabelFont: settings.labelFont,
    edgeLabelSize: settings.edgeLabelSize,
    edgeLabelColor: { color: '#57606a' },
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
  });
  labels.flush();
  renderer.on('afterRender', labels.flush);
  // Sigma drew synchronously in its constructor; the frame is on screen at the next animation frame.
  const firstFrame = requestAnimationFrame(() => {
    performance.mark('kg-viewer:first-render');
    root.dataset.ready = 'true';
    const selected = store.getState().selection;
    if (selected?.kind === 'node' && loaded.graph.hasNode(selected.key)) cameraTo(selected.key);
    scheduleIndex();
  });

  // 3. Selection, camera, search.
  function select(selection: Selection | null, moveCamera = false): void {
    store.dispatch({ type: 'select', selection });
    if (moveCamera && selection?.kind === 'node') cameraTo(selection.key);
  }
  /** Centres the camera on `node`, zoomed so that its visible neighbours fit. */
  function cameraTo(node: string): void {
    const data = renderer.getNodeDisplayData(node);
    if (!data) return;
    let reach = 0;
    loaded.graph.forEachNeighbor(node, (neighbour) => {
      const other = renderer.getNodeDisplayData(neighbour);
      if (other && !visibility.hiddenNodes.has(neighbour)) reach = Math.max(reach, Math.abs(other.x - data.x), Math.abs(other.y - data.y));
    });
    const ratio = Math.min(1, Math.max(settings.focusCameraRatio * 0.3, reach * 2.6 || settings.focusCameraRatio));
    renderer.getCamera().animate({ x: data.x, y: data.y, ratio }, { duration: settings.cameraDuration });
  }
  function searchIndex(): SearchIndex {
    const current = loaded;
    current.searchIndex ??= buildSearchIndex(current.graph.mapNodes((key, a) => ({ key, label: a.label, labelEn: a.labelEn, aliases: a.aliases, importance: a.importance })));
    return current.searchIndex;
  }
  let idleHandle = 0;
  function scheduleIndex(): void {
    const run = () => { searchIndex(); };
    idleHandle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run, 200);
  }
  const search = createSearchBox({
    search: (query) => searchEntities(searchIndex(), query, settings.searchLimit),
    graph: () => loaded.graph,
    lang: () => store.getState().lang,
    nodeColor: (key) => colorOf(key, loaded.graph.getNodeAttributes(key)),
    typeName: (type, lang) => loaded.styles.vocabulary.typeName(type, lang),
    pick: (key) => select({ kind: 'node', key }, true),
  });
  shell.searchSlot.append(search.element);

  // 4. Toolbar: language, layout, export, open file.
  const edgeColorOf = (_edge: string, a: EdgeAttributes) =>
    (a.coMention ? settings.coMentionEdgeColor : loaded.styles.vocabulary.relationColor(a.relation)) ?? (a.color || settings.edgeColor);
  const currentView = () => visibleSubgraph(loaded.graph, visibility, colorOf, edgeColorOf);
  const download = (name: string) => `kg-view.${name}`;
  const toolbar = createToolbar({
    setLang: (lang) => store.dispatch({ type: 'setLang', lang }),
    toggleForceAtlas2: () => {
      if (loaded.layout.isRunning()) loaded.layout.stopForceAtlas2();
      else loaded.layout.startForceAtlas2();
      toolbar.update(store.getState().lang, loaded.layout.isRunning());
    },
    removeOverlaps: () => {
      const origin = renderer.viewportToGraph({ x: 0, y: 0 });
      const unit = renderer.viewportToGraph({ x: 1, y: 0 });
      const perPixel = Math.hypot(unit.x - origin.x, unit.y - origin.y);
      loaded.layout.removeOverlaps((node) => (loaded.styles.nodeSize.get(node) ?? settings.minNodeSize) * perPixel, settings.noverlapIterations, settings.noverlapMargin * perPixel);
      toolbar.update(store.getState().lang, false);
    },
    restoreLayout: () => {
      loaded.layout.restoreOriginal();
      toolbar.update(store.getState().lang, false);
    },
    exportGexf: () => downloadText(toGexf(currentView()), download('gexf'), 'application/gexf+xml'),
    exportJson: () => downloadText(toGraphologyJson(currentView()), download('json'), 'application/json'),
    exportPng: () => {
      toBlob(renderer, { format: 'png', backgroundColor: '#ffffff', withTempRenderer: () => labels.flush() })
        .then((blob) => downloadBlob(blob, download('png')))
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
    const note = `Opened ${file.name}: ${result.graph.order} entities, ${result.graph.size} relations.`;
    messages.note([note, ...result.warnings].join(' '));
  }

  function replaceGraph(next: KgGraph): void {
    loaded.layout.kill();
    loaded = load(next);
    const lang = store.getState().lang;
    recompute(initialState(defaultFilters(next), lang), true);
    renderer.setGraph(next);
    store.dispatch({ type: 'reset', state: initialState(defaultFilters(next), lang) });
    renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    scheduleIndex();
  }

  // Sigma only listens to window resizes; the panel opening and closing resizes the graph area too.
  const resizeObserver = new ResizeObserver(() => renderer.scheduleRefresh());
  resizeObserver.observe(shell.graphContainer);

  // 5. Sigma events → actions.
  renderer.on('enterNode', ({ node }) => { store.dispatch({ type: 'hoverNode', node }); shell.graphContainer.style.cursor = 'pointer'; });
  renderer.on('leaveNode', () => { store.dispatch({ type: 'hoverNode', node: null }); shell.graphContainer.style.cursor = ''; });
  renderer.on('enterEdge', ({ edge }) => { store.dispatch({ type: 'hoverEdge', edge }); shell.graphContainer.style.cursor = 'pointer'; });
  renderer.on('leaveEdge', () => { store.dispatch({ type: 'hoverEdge', edge: null }); shell.graphContainer.style.cursor = ''; });
  renderer.on('clickNode', ({ node }) => select({ kind: 'node', key: node }));
  renderer.on('clickEdge', ({ edge }) => select({ kind: 'edge', key: edge }));
  renderer.on('clickStage', () => select(null));

  // 6. State changes → reducers, panel, controls.
  function renderControls(state: ViewState, previous: ViewState | null): void {
    loaded.filtersPanel.update(state);
    toolbar.update(state.lang, loaded.layout.isRunning());
    const panelChanged = !previous || state.selection !== previous.selection || state.lang !== previous.lang || state.filters !== previous.filters;
    if (panelChanged) {
      renderPanel(shell.panel, {
        graph: loaded.graph, state, visibility, articles: loaded.articles, evidencePerRelation: settings.evidencePerRelation, vocabulary: loaded.styles.vocabulary,
        nodeColor: (key) => colorOf(key, loaded.graph.getNodeAttributes(key)),
        select: (selection) => select(selection, true),
      });
    }
    const shown = loaded.graph.order - visibility.hiddenNodes.size;
    const shownEdges = loaded.graph.size - visibility.hiddenEdges.size;
    shell.summary.textContent = `${shown} / ${loaded.graph.order} entities · ${shownEdges} / ${loaded.graph.size} relations`;
  }
  const unsubscribe = store.subscribe((state, previous) => {
    const focusMoved = state.filters.focus > 0 && state.selection !== previous.selection;
    recompute(state, state.filters !== previous.filters || focusMoved);
    renderer.refresh({ schedule: true });
    renderControls(state, previous);
  });
  renderControls(store.getState(), null);
  const stopUrlSync = syncUrl(store, () => defaultFilters(loaded.graph));

  // 7. Keyboard, drag and drop.
  const onKey = (event: KeyboardEvent) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.target instanceof HTMLTextAreaElement;
    if (event.key === 'Escape' && !typing) select(null);
    if (event.key === '/' && !typing) {
      event.preventDefault();
      search.focus();
    }
  };
  let dragDepth = 0;
  const onDragEnter = (event: DragEvent) => { event.preventDefault(); dragDepth++; shell.dropHint.hidden = false; };
  const onDragLeave = () => { dragDepth = Math.max(0, dragDepth - 1); if (dragDepth === 0) shell.dropHint.hidden = true; };
  const onDragOver = (event: DragEvent) => event.preventDefault();
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    dragDepth = 0;
    shell.dropHint.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) void openFile(file);
  };
  document.addEventListener('keydown', onKey);
  root.addEventListener('dragenter', onDragEnter);
  root.addEventListener('dragleave', onDragLeave);
  root.addEventListener('dragover', onDragOver);
  root.addEventListener('drop', onDrop);

  if (options.error) messages.error(options.error);
  else if (options.warnings?.length) messages.note(options.warnings.join(' '));

  // 8. Cleanup.
  return () => {
    cancelAnimationFrame(firstFrame);
    if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idleHandle);
    window.clearTimeout(idleHandle);
    unsubscribe();
    stopUrlSync();
    resizeObserver.disconnect();
    document.removeEventListener('keydown', onKey);
    root.removeEventListener('dragenter', onDragEnter);
    root.removeEventListener('dragleave', onDragLeave);
    root.removeEventListener('dragover', onDragOver);
    root.removeEventListener('drop', onDrop);
    loaded.layout.kill();
    renderer.kill();
    root.replaceChildren();
    root.classList.remove('kg-viewer');
    delete root.dataset.ready;
  };
}
