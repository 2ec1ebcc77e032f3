#!/usr/bin/env node
// The `kg` command: runs the compiled CLI (dist/, made by `npm run build:cli`, which `npm ci` runs) when it is up to
// date, else the TypeScript sources through tsx's loader — the same program, started about 0.7 s faster compiled.
import { fileURLToPath } from 'node:url';
import { compiledIsFresh } from './entry.js';

if (compiledIsFresh(fileURLToPath(new URL('..', import.meta.url)))) {
  await import('../dist/cli/index.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/index.ts');
}
