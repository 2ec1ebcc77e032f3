/** The view state: one store, changed only through actions (pure `reduceState`). */
import type { Filters, Lang, Selection, SharedState, ViewState } from './types.js';

/** Everything that can change the view state. */
export type Action =
  | { type: 'select'; selection: Selection | null }
  | { type: 'hoverNode'; node: string | null }
  | { type: 'hoverEdge'; edge: string | null }
  | { type: 'setLang'; lang: Lang }
  | { type: 'setFilters'; filters: Partial<Filters> }
  | { type: 'toggleListItem'; list: 'types' | 'relations'; item: string; all: string[] }
  | { type: 'restore'; shared: SharedState }
  | { type: 'reset'; state: ViewState };

/** The state of a freshly loaded graph. */
export function initialState(filters: Filters, lang: Lang = 'zh'): ViewState {
  return { selection: null, hoveredNode: null, hoveredEdge: null, lang, filters };
}

function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.key === b.key);
}

/** Toggles `item` in a list filter where `null` means every item of `all`. */
export function toggleInList(list: string[] | null, item: string, all: string[]): string[] | null {
  const current = list ?? all;
  const next = current.includes(item) ? current.filter((value) => value !== item) : [...current, item];
  const complete = all.every((value) => next.includes(value));
  return complete ? null : all.filter((value) => next.includes(value));
}

/** The state after `action` (the same object when nothing changes). */
export function reduceState(state: ViewState, action: Action): ViewState {
  switch (action.type) {
    case 'select':
      return sameSelection(state.selection, action.selection) ? state : { ...state, selection: action.selection };
    case 'hoverNode':
      return state.hoveredNode === action.node ? state : { ...state, hoveredNode: action.node };
    case 'hoverEdge':
      return state.hoveredEdge === action.edge ? state : { ...state, hoveredEdge: action.edge };
    case 'setLang':
      return state.lang === action.lang ? state : { ...state, lang: action.lang };
    case 'setFilters':
      return { ...state, filters: { ...state.filters, ...action.filters } };
    case 'toggleListItem':
      return { ...state, filters: { ...state.filters, [action.list]: toggleInList(state.filters[action.list], action.item, action.all) } };
    case 'restore':
      return { ...state, ...action.shared, hoveredNode: null, hoveredEdge: null };
    case 'reset':
      return action.state;
  }
}

/** Listener called after each change with the new and the previous state. */
export type Listener = (state: ViewState, previous: ViewState) => void;

/** The store: the single owner of the view state. */
export interface Store {
  getState(): ViewState;
  dispatch(action: Action): void;
  subscribe(listener: Listener): () => void;
}

/** Creates the store. */
export function createStore(initial: ViewState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      state = reduceState(state, action);
      if (state !== previous) for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
