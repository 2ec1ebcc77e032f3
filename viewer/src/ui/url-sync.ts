/** Keeps the URL hash in step with the shared state; Back and Forward restore earlier views. */
import type { Store } from '../state.js';
import type { Filters } from '../types.js';
import { decodeHash, encodeHash } from '../url-state.js';

/** Starts syncing; returns the function that stops it. `defaults` are the current graph's default filters. */
export function syncUrl(store: Store, defaults: () => Filters): () => void {
  let applying = false;
  const hashOf = () => {
    const { selection, lang, filters } = store.getState();
    return encodeHash({ selection, lang, filters }, defaults());
  };

  const unsubscribe = store.subscribe(() => {
    if (applying) return;
    const hash = hashOf();
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    history.pushState(null, '', hash === '' ? `${location.pathname}${location.search}` : hash);
  });

  const restore = () => {
    if (location.hash === hashOf()) return;
    applying = true;
    try {
      store.dispatch({ type: 'restore', shared: decodeHash(location.hash, defaults()) });
    } finally {
      applying = false;
    }
  };
  window.addEventListener('popstate', restore);
  window.addEventListener('hashchange', restore);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', restore);
    window.removeEventListener('hashchange', restore);
  };
}
