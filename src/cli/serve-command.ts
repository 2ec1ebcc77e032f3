import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { KgError } from '../errors.js';
import { startServer } from '../serve/index.js';
import { DEFAULT_INPUT, DEFAULT_LEXICON, DEFAULT_OUT, DEFAULT_VIEWER_DIR } from './defaults.js';
import { discoverInputs } from './inputs.js';

/** Options of `kg serve` and `kg start`. */
export interface ServeCommandOptions {
  out?: string;
  host?: string;
  port?: number;
  cwd?: string;
}

/** Serves the built viewer and the graph files until the process is stopped; prints the URL. */
export async function runServe(options: ServeCommandOptions = {}): Promise<void> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, DEFAULT_VIEWER_DIR);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new KgError(`${DEFAULT_VIEWER_DIR}: the viewer is not built — run npm run build:viewer (or npm start)`);
  }
  const server = await startServer({ root, graphDir: resolve(cwd, options.out ?? DEFAULT_OUT), host: options.host, port: options.port });
  process.stdout.write(`Viewer: ${server.url}\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** True when graph.json is missing or older than an input article or the lexicon. */
export async function isGraphStale(inputs: string[], out: string, cwd: string): Promise<boolean> {
  const graphFile = resolve(cwd, out, 'graph.json');
  if (!existsSync(graphFile)) return true;
  const built = statSync(graphFile).mtimeMs;
  const sources = [...(await discoverInputs(inputs.length > 0 ? inputs : [DEFAULT_INPUT], cwd)), DEFAULT_LEXICON];
  return sources.some((file) => existsSync(resolve(cwd, file)) && statSync(resolve(cwd, file)).mtimeMs > built);
}
