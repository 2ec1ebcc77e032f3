/** Shared setup of the export tests: the laid-out fixture graph and throwaway folders. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph, type KnowledgeGraph } from '../../src/graph/index.js';
import { layoutGraph } from '../../src/layout/index.js';
import type { Corpus } from '../../src/types.js';
import { loadFixture } from '../fixtures/load.js';

/** The entity whose name carries HTML, XML specials and the control character U+0001. */
export const EVIL = '<img src=x onerror=alert(1)>&"\'科技\u0001公司';

/** The small corpus, built and laid out (a fresh graph each call). */
export function buildFixtureGraph(): KnowledgeGraph {
  const graph = buildGraph(loadFixture<Corpus>('corpus/small-corpus.json'));
  layoutGraph(graph);
  return graph;
}

/** Creates temp folders and removes them all in `cleanup`. */
export function tempFolders() {
  const made: string[] = [];
  return {
    async make(): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), 'kg-export-'));
      made.push(dir);
      return dir;
    },
    async cleanup(): Promise<void> {
      await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}
