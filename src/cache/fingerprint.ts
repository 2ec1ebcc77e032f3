/** Fingerprints of what recognition depends on: the extractor's code and version, and the lexicon. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LexiconEntry } from '../lexicon/index.js';
import { EXTRACTOR_VERSION } from '../pipeline/index.js';
import { RECOGNITION_SOURCES } from './defaults.js';

/** SHA-256 of a text, hex: the content key of an article. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 of the lexicon entries as recognition sees them (name, type, label, aliases, in order; not their origin). */
export function lexiconHash(entries: readonly LexiconEntry[]): string {
  const hash = createHash('sha256');
  for (const e of entries) hash.update(JSON.stringify([e.name, e.type, e.en, e.aliases])).update('\n');
  return hash.digest('hex');
}

/**
 * SHA-256 of EXTRACTOR_VERSION, the jieba package version and every file of RECOGNITION_SOURCES (sorted by path).
 * When the sources are not beside this module (a bundled build), the version alone keys the cache.
 */
export async function extractorFingerprint(): Promise<string> {
  const src = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256').update(`extractor ${EXTRACTOR_VERSION}\njieba ${jiebaVersion()}\n`);
  const files: string[] = [];
  for (const source of RECOGNITION_SOURCES) files.push(...(await listFiles(join(src, source))));
  for (const file of files.sort()) {
    const contents = await readFile(file).catch(() => undefined);
    if (contents) hash.update(file.slice(src.length)).update('\0').update(contents).update('\0');
  }
  return hash.digest('hex');
}

async function listFiles(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => undefined);
  if (entries === undefined) return [path];
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(join(path, e.name)) : [join(path, e.name)])));
  return nested.flat();
}

function jiebaVersion(): string {
  try {
    return (createRequire(import.meta.url)('@node-rs/jieba/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
