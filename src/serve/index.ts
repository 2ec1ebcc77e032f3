/** Static server of the built viewer and the graph files (node:http only), used by `kg serve` and `kg start`. */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { OptionsError } from '../errors.js';
import { CONTENT_TYPES, DEFAULT_HOST, DEFAULT_PORT, FALLBACK_CONTENT_TYPE } from './defaults.js';
import { isLocalHostHeader, isLoopbackHost } from './host-header.js';
import { resolveRequestPath } from './resolve-path.js';

export { DEFAULT_HOST, DEFAULT_PORT } from './defaults.js';

/** Options of startServer. */
export interface ServeOptions {
  /** The built viewer folder (viewer/dist). */
  root: string;
  /** The folder holding graph.json, graph.gexf, nodes.csv, edges.csv. */
  graphDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

/** A running server. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

interface Folders {
  root: string;
  graph: string;
  /** Bound to loopback: requests must be addressed to a loopback name (no DNS rebinding). */
  loopbackOnly: boolean;
}

/** Starts the static server; resolves once it listens. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  // 1. Validate the options.
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new OptionsError(`serve: port ${String(port)} is not a port number — pass an integer from 0 to 65535`);
  }
  const folders: Folders = {
    root: await realDirectory(options.root, 'viewer folder', 'run `npm run build:viewer` first'),
    graph: await realDirectory(options.graphDir, 'graph folder', 'run `kg build` first or pass the folder holding graph.json'),
    loopbackOnly: isLoopbackHost(host),
  };

  // 2. Listen.
  const server = createServer((request, response) => {
    handleRequest(folders, request, response).catch(() => sendStatus(response, 500));
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const cause = error.code === 'EADDRINUSE' ? `port ${port} is in use — pass another port (0 picks a free one)` : error.message;
      rejectListen(new OptionsError(`serve: cannot listen on ${host}:${port}: ${cause}`));
    });
    server.listen(port, host, () => resolveListen());
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  // 3. Hand back the address and a close that also ends kept-alive connections.
  return {
    url: `http://${urlHost}:${boundPort}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

async function realDirectory(path: string, what: string, fix: string): Promise<string> {
  try {
    const real = await realpath(resolve(path));
    if ((await stat(real)).isDirectory()) return real;
  } catch {
    // reported below
  }
  throw new OptionsError(`serve: ${what} ${path} is not a readable directory — ${fix}`);
}

async function handleRequest(folders: Folders, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return sendStatus(response, 405);
  }
  if (folders.loopbackOnly && !isLocalHostHeader(request.headers.host)) return sendStatus(response, 403);
  const resolved = resolveRequestPath(request.url ?? '/');
  if (!resolved.ok) return sendStatus(response, resolved.status);

  // A graph file comes from the graph folder, else (if the build put one there) from the viewer folder.
  const candidates = resolved.folder === 'graph' ? [folders.graph, folders.root] : [folders.root];
  for (const folder of candidates) {
    const file = await containedFile(folder, resolved.segments);
    if (file) return sendFile(response, file.path, file.size, request.method === 'HEAD');
  }
  sendStatus(response, 404);
}

/** The real path of a regular file inside `folder` (symbolic links may not lead outside), or null. */
async function containedFile(folder: string, segments: string[]): Promise<{ path: string; size: number } | null> {
  try {
    const path = await realpath(join(folder, ...segments));
    if (!path.startsWith(folder + sep)) return null;
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size } : null;
  } catch {
    return null;
  }
}

function sendFile(response: ServerResponse, path: string, size: number, headOnly: boolean): void {
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(path).toLowerCase()] ?? FALLBACK_CONTENT_TYPE,
    'Content-Length': size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (headOnly) {
    response.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

function sendStatus(response: ServerResponse, status: number): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const body = `${status}\n`;
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}
