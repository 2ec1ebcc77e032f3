/** Defaults of the static viewer server (`kg serve`, `kg start`). */

/** Interface the server listens on: loopback only unless asked. */
export const DEFAULT_HOST = '127.0.0.1';

/** Host names that mean this machine; a loopback-bound server refuses requests addressed to any other name. */
export const LOOPBACK_NAMES: readonly string[] = ['localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback'];

/** Port of the server; 0 lets the system pick a free one. */
export const DEFAULT_PORT = 5178;

/** Files served from the graph folder at the top level; they override files of the same name in the viewer folder. */
export const GRAPH_FILES: readonly string[] = ['graph.json', 'graph.gexf', 'nodes.csv', 'edges.csv'];

/** The page served for `/`. */
export const INDEX_FILE = 'index.html';

/** Content types by file extension (text types in UTF-8). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.gexf': 'application/gexf+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Content type of files with an unknown extension. */
export const FALLBACK_CONTENT_TYPE = 'application/octet-stream';
