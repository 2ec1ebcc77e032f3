/** Layout stage: positions nodes (mutating x/y) with seeded placement, ForceAtlas2 and noverlap. */
export { iterationsFor, thetaFor, layoutGraph, noverlapSettingsFor, resolveLayoutOptions, type LayoutOptions, type LayoutReport } from './layout-graph.js';
export { placeInitially, type PlaceOptions } from './place-initially.js';
export {
  BARNES_HUT_MIN_ORDER,
  BARNES_HUT_THETA_BY_ORDER,
  FA2_WORK_BUDGET,
  MIN_ITERATIONS,
  COORDINATE_DECIMALS,
  DEFAULT_LAYOUT_OPTIONS,
  ITERATIONS_BY_ORDER,
  NOVERLAP_ITERATIONS_BY_ORDER,
  NOVERLAP_SETTINGS,
} from './defaults.js';
