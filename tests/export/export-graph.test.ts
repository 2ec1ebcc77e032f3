import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExportError, OptionsError } from '../../src/errors.js';
import { exportGraph } from '../../src/export/index.js';
import { buildFixtureGraph, tempFolders } from './helpers.js';

const folders = tempFolders();
afterAll(() => folders.cleanup());

const ALL_FILES = ['edges.csv', 'graph.gexf', 'graph.json', 'nodes.csv'];

describe('exportGraph', () => {
  it('creates the folder and writes every format, byte-identical across two builds', async () => {
    const [first, second] = [join(await folders.make(), 'a', 'out'), join(await folders.make(), 'b')];
    const written = await exportGraph(buildFixtureGraph(), first);
    await exportGraph(buildFixtureGraph(), second);
    expect(written.map((file) => file.slice(first.length + 1))).toEqual(['graph.json', 'graph.gexf', 'nodes.csv', 'edges.csv']);
    expect((await readdir(first)).sort()).toEqual(ALL_FILES);
    for (const name of ALL_FILES) {
      const [a, b] = await Promise.all([readFile(join(first, name)), readFile(join(second, name))]);
      expect(a.length, name).toBeGreaterThan(100);
      expect(a.equals(b), name).toBe(true);
    }
  });

  it.each([
    [['gexf'], ['graph.gexf']],
    [['csv', 'json'], ['edges.csv', 'graph.json', 'nodes.csv']],
  ] as const)('writes only the formats asked for: %j', async (formats, files) => {
    const dir = await folders.make();
    await exportGraph(buildFixtureGraph(), dir, { formats });
    expect((await readdir(dir)).sort()).toEqual(files);
  });

  it.each([[['xml']], [[]]])('rejects formats %j', async (formats) => {
    await expect(exportGraph(buildFixtureGraph(), await folders.make(), { formats: formats as never })).rejects.toThrow(OptionsError);
  });

  it.each([[''], ['  '], [undefined]])('rejects the output folder %j', async (outDir) => {
    await expect(exportGraph(buildFixtureGraph(), outDir as never)).rejects.toThrow(OptionsError);
  });

  it('names the folder it cannot create', async () => {
    const dir = await folders.make();
    await writeFile(join(dir, 'file'), 'x');
    const error = await exportGraph(buildFixtureGraph(), join(dir, 'file', 'out')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect((error as Error).message).toMatch(/^cannot create folder .*file\/out: ENOTDIR \(.*\) — pass --out DIR with a folder path$/);
  });

  it('names the file it cannot write, in plain words, and leaves no temp file', async () => {
    const dir = await folders.make();
    await exportGraph(buildFixtureGraph(), dir, { formats: ['json'] });
    const before = await readFile(join(dir, 'graph.json'));
    await mkdir(join(dir, 'graph.gexf', 'blocker'), { recursive: true });
    const error = await exportGraph(buildFixtureGraph(), dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect((error as Error).message).toMatch(/^cannot write .*graph\.gexf: E[A-Z]+ \(a folder of that name is in the way\) — remove that folder or pass --out DIR$/);
    expect((await readFile(join(dir, 'graph.json'))).equals(before)).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['graph.gexf', 'graph.json']);
  });
});
