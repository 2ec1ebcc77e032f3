import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const GRAPH_FILES = new Set(['/graph.json', '/graph.gexf', '/nodes.csv', '/edges.csv']);

/** Dev server only: serves graph files from KG_GRAPH_DIR or graph/out, as `kg serve` does. */
function devGraphFiles(): Plugin {
  const graphDir = process.env.KG_GRAPH_DIR ?? fileURLToPath(new URL('../graph/out', import.meta.url));
  return {
    name: 'kg-viewer-dev-graph',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        const file = join(graphDir, path.slice(1));
        if (!GRAPH_FILES.has(path) || !existsSync(file)) return next();
        response.setHeader('Content-Type', path.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
        createReadStream(file).pipe(response);
      });
    },
  };
}

/** Strict Content-Security-Policy, added to the built page only (the dev server injects inline styles). */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'kg-viewer-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

// Built with `npm run build:viewer` into viewer/dist; base './' so the folder works from any static host.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [contentSecurityPolicy(), devGraphFiles()],
  resolve: {
    // The package's main entry is the Node build (with @xmldom/xmldom); the browser build uses DOMParser.
    alias: [{ find: /^graphology-gexf$/, replacement: 'graphology-gexf/browser/index.js' }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
});
