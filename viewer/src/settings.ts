/** Viewer settings: DEFAULT_SETTINGS and validateSettings, after sigma's settings module. */

export interface ViewerSettings {
  /** Where the page fetches its graph, relative to the page. */
  graphUrl: string;
  /** Font stack for labels on the canvas: system CJK fonts only. */
  labelFont: string;
  labelSize: number;
  labelColor: string;
  /** Sigma label grid: fewer, non-overlapping labels with a lower density. */
  labelDensity: number;
  labelGridCellSize: number;
  labelRenderedSizeThreshold: number;
  edgeLabelSize: number;
  /** Colour of each entity type. */
  typeColors: Record<string, string>;
  /** Colour of a node whose type has no colour and that brings none. */
  defaultNodeColor: string;
  edgeColor: string;
  coMentionEdgeColor: string;
  highlightEdgeColor: string;
  dimmedNodeColor: string;
  dimmedEdgeColor: string;
  /** Rendered node sizes, from the least to the most important node. */
  minNodeSize: number;
  maxNodeSize: number;
  minEdgeSize: number;
  maxEdgeSize: number;
  /** Curvature step between parallel edges of one pair. */
  parallelCurvature: number;
  maxCurvature: number;
  /** Suggestions shown under the search box. */
  searchLimit: number;
  /** Camera ratio when the camera moves to a selected node (smaller = closer). */
  focusCameraRatio: number;
  cameraDuration: number;
  /** Evidence sentences shown per relation before "more". */
  evidencePerRelation: number;
  noverlapIterations: number;
  noverlapMargin: number;
  /** With more edges than this, edges and their labels are hidden while the camera moves (big graphs stay fluid). */
  hideEdgesOnMoveAbove: number;
}

/** CJK system fonts, then the generic family; no web fonts. */
export const CJK_FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", sans-serif';

export const DEFAULT_SETTINGS: Readonly<ViewerSettings> = {
  graphUrl: './graph.json',
  labelFont: CJK_FONT_STACK,
  labelSize: 13,
  labelColor: '#1f2328',
  labelDensity: 0.6,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 7,
  edgeLabelSize: 11,
  typeColors: {
    Person: '#e15759',
    Company: '#4e79a7',
    ResearchInstitute: '#59a14f',
    GovernmentBody: '#b07aa1',
    Organization: '#ff9da7',
    Region: '#76b7b2',
    DevelopmentZone: '#f28e2b',
    IndustrialCluster: '#edc948',
    IndustryField: '#9c755f',
    Product: '#17becf',
    Technology: '#8cd17d',
    Policy: '#bcbd22',
    ApplicationScenario: '#86bcb6',
  },
  defaultNodeColor: '#8c8c8c',
  edgeColor: '#9aa4ae',
  coMentionEdgeColor: '#d3d8dd',
  highlightEdgeColor: '#30363d',
  dimmedNodeColor: '#e4e7ea',
  dimmedEdgeColor: '#f0f2f4',
  minNodeSize: 4,
  maxNodeSize: 22,
  minEdgeSize: 1,
  maxEdgeSize: 5,
  parallelCurvature: 0.25,
  maxCurvature: 0.9,
  searchLimit: 10,
  focusCameraRatio: 0.35,
  cameraDuration: 400,
  evidencePerRelation: 3,
  noverlapIterations: 200,
  noverlapMargin: 4,
  hideEdgesOnMoveAbove: 20_000,
};

const COLOR = /^#[0-9a-f]{6}$/i;

/** Throws an Error naming the first invalid setting and what it should be. */
export function validateSettings(settings: ViewerSettings): void {
  const positive: (keyof ViewerSettings)[] = [
    'labelSize', 'labelDensity', 'labelGridCellSize', 'edgeLabelSize', 'minNodeSize', 'maxNodeSize',
    'minEdgeSize', 'maxEdgeSize', 'searchLimit', 'focusCameraRatio', 'evidencePerRelation',
  ];
  for (const key of positive) {
    const value = settings[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new Error(`Viewer settings: "${key}" must be a positive number (got ${String(value)}).`);
    }
  }
  const nonNegative: (keyof ViewerSettings)[] = [
    'labelRenderedSizeThreshold', 'parallelCurvature', 'maxCurvature', 'cameraDuration', 'noverlapIterations', 'noverlapMargin',
    'hideEdgesOnMoveAbove',
  ];
  for (const key of nonNegative) {
    const value = settings[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new Error(`Viewer settings: "${key}" must be a number ≥ 0 (got ${String(value)}).`);
    }
  }
  if (settings.minNodeSize > settings.maxNodeSize) throw new Error('Viewer settings: "minNodeSize" must not exceed "maxNodeSize".');
  if (settings.minEdgeSize > settings.maxEdgeSize) throw new Error('Viewer settings: "minEdgeSize" must not exceed "maxEdgeSize".');
  const colors: (keyof ViewerSettings)[] = [
    'labelColor', 'defaultNodeColor', 'edgeColor', 'coMentionEdgeColor', 'highlightEdgeColor', 'dimmedNodeColor', 'dimmedEdgeColor',
  ];
  for (const key of colors) {
    if (!COLOR.test(String(settings[key]))) throw new Error(`Viewer settings: "${key}" must be a #rrggbb colour.`);
  }
  for (const [type, color] of Object.entries(settings.typeColors)) {
    if (!COLOR.test(color)) throw new Error(`Viewer settings: typeColors.${type} must be a #rrggbb colour.`);
  }
  if (typeof settings.labelFont !== 'string' || settings.labelFont.trim() === '') throw new Error('Viewer settings: "labelFont" must be a font stack.');
  if (typeof settings.graphUrl !== 'string' || settings.graphUrl === '') throw new Error('Viewer settings: "graphUrl" must be a URL.');
}

/** Sigma's hide-on-move settings for a graph of `edges` edges: a big graph hides edges and labels while the camera moves. */
export function movementSettings(edges: number, settings: ViewerSettings): { hideEdgesOnMove: boolean; hideLabelsOnMove: boolean } {
  const big = edges > settings.hideEdgesOnMoveAbove;
  return { hideEdgesOnMove: big, hideLabelsOnMove: big };
}

/** DEFAULT_SETTINGS overridden by `partial`, validated. */
export function resolveSettings(partial: Partial<ViewerSettings> = {}): ViewerSettings {
  const settings: ViewerSettings = {
    ...DEFAULT_SETTINGS,
    ...partial,
    typeColors: { ...DEFAULT_SETTINGS.typeColors, ...partial.typeColors },
  };
  validateSettings(settings);
  return settings;
}
