import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExportError } from '../../src/errors.js';
import { toExportError, writeFileAtomic, writeGexf } from '../../src/export/index.js';
import { buildFixtureGraph, tempFolders } from './helpers.js';

const folders = tempFolders();
afterAll(() => folders.cleanup());
const isRoot = process.getuid?.() === 0;

async function* chunks(...parts: string[]) {
  for (const part of parts) yield part;
}

describe('writeFileAtomic', () => {
  it.each([
    ['a string', '甲乙丙\n', '甲乙丙\n'],
    ['bytes', new Uint8Array([0xe7, 0x94, 0xb2]), '甲'],
    ['an iterable of chunks', ['甲', '乙', new Uint8Array([0x21])], '甲乙!'],
    ['an async iterable', chunks('a', 'b', 'c'), 'abc'],
    ['chunks larger than the write buffer', ['x'.repeat(70_000), 'y'.repeat(70_000)], 'x'.repeat(70_000) + 'y'.repeat(70_000)],
  ])('writes %s and leaves no temp file', async (_, contents, expected) => {
    const dir = await folders.make();
    await writeFileAtomic(join(dir, 'out.txt'), contents);
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe(expected);
    expect(await readdir(dir)).toEqual(['out.txt']);
  });

  it('replaces an existing file', async () => {
    const dir = await folders.make();
    await writeFile(join(dir, 'out.txt'), 'old');
    await writeFileAtomic(join(dir, 'out.txt'), 'new');
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['out.txt']);
  });

  it('keeps the previous file and removes the temp file when the serializer throws midway', async () => {
    const dir = await folders.make();
    await writeFile(join(dir, 'out.txt'), 'previous');
    function* failing() {
      yield 'x'.repeat(100_000); // past the write buffer: some bytes already reached the temp file
      throw new Error('serializer broke');
    }
    await expect(writeFileAtomic(join(dir, 'out.txt'), failing())).rejects.toThrow('serializer broke');
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['out.txt']);
  });

  it('leaves no temp file when the rename fails (a folder has the target name)', async () => {
    const dir = await folders.make();
    await mkdir(join(dir, 'out.txt'));
    await writeFile(join(dir, 'out.txt', 'inside'), 'kept');
    await expect(writeFileAtomic(join(dir, 'out.txt'), 'new')).rejects.toMatchObject({ code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST|EPERM/) });
    expect(await readdir(dir)).toEqual(['out.txt']);
    expect(await readFile(join(dir, 'out.txt', 'inside'), 'utf8')).toBe('kept');
  });

  it('fails cleanly when the folder is a file', async () => {
    const dir = await folders.make();
    await writeFile(join(dir, 'not-a-folder'), 'x');
    await expect(writeFileAtomic(join(dir, 'not-a-folder', 'out.txt'), 'new')).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(await readdir(dir)).toEqual(['not-a-folder']);
  });

  it.skipIf(isRoot)('keeps the previous file when the folder is not writable (skipped as root, who may write anywhere)', async () => {
    const dir = await folders.make();
    await writeFile(join(dir, 'graph.gexf'), 'previous');
    await chmod(dir, 0o555);
    try {
      const error = await writeGexf(buildFixtureGraph(), join(dir, 'graph.gexf')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExportError);
      expect((error as Error).message).toMatch(/^cannot write .*graph\.gexf: EACCES \(permission denied\) — check the folder's permissions or pass --out DIR$/);
    } finally {
      await chmod(dir, 0o755);
    }
    expect(await readFile(join(dir, 'graph.gexf'), 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['graph.gexf']);
  });
});

describe('toExportError', () => {
  const errno = (code: string) => Object.assign(new Error(`${code}: something, open '/x/.graph.gexf.1.tmp'`), { code });

  it.each([
    ['EACCES', "cannot write graph/out/graph.gexf: EACCES (permission denied) — check the folder's permissions or pass --out DIR"],
    ['ENOSPC', 'cannot write graph/out/graph.gexf: ENOSPC (no space left on device) — free some disk space or pass --out DIR'],
    ['EROFS', 'cannot write graph/out/graph.gexf: EROFS (read-only file system) — pass --out DIR on a writable disk'],
  ])('explains %s in one line', (code, message) => {
    const error = toExportError(join(process.cwd(), 'graph/out/graph.gexf'), errno(code));
    expect(error).toBeInstanceOf(ExportError);
    expect(error.message).toBe(message);
  });

  it('keeps the cause of an unknown failure on one line and the absolute path outside the working folder', () => {
    const error = toExportError('/elsewhere/graph.json', new Error('bad\nvalue'));
    expect(error.message).toBe('cannot write /elsewhere/graph.json: bad value — check the folder and the graph given to the exporter, or pass --out DIR');
  });
});
