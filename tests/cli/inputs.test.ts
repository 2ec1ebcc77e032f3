import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_FILE_SIZE, discoverInputs, loadInputFile } from '../../src/cli/inputs.js';
import { InputError, OptionsError } from '../../src/errors.js';
import { expectRejection } from '../read/expect-error.js';

// Tests run as root here, where chmod cannot deny reading: `locked…` paths simulate EACCES.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const denied = (path: unknown): boolean => String(path).includes('locked');
  const eacces = (path: unknown) => Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
  return {
    ...actual,
    open: ((path, ...rest) => (denied(path) ? Promise.reject(eacces(path)) : actual.open(path, ...rest))) as typeof actual.open,
    readdir: ((path, ...rest) =>
      denied(path) ? Promise.reject(eacces(path)) : (actual.readdir as (...args: unknown[]) => unknown)(path, ...rest)) as typeof actual.readdir,
  };
});

let cwd: string;
const TREE: Record<string, string> = {
  'corpus/b.txt': '滨海新区发布新政策。',
  'corpus/a.md': '# 天津港',
  'corpus/sub/c.HTML': '<p>天津</p>',
  'corpus/sub/deeper/d.jsonl': '{"text":"天津"}',
  'corpus/sub/e.htm': '<p>滨海</p>',
  'corpus/notes.docx': 'not read',
  'corpus/photo.png': 'not read',
  'corpus/.hidden.txt': 'hidden',
  'corpus/.git/config.txt': 'hidden folder',
  'empty-folder/readme.pdf': 'nothing supported',
  'single.txt': '天津港集团。',
  'report.docx': 'unsupported',
};

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'kg-inputs-'));
  for (const [path, text] of Object.entries(TREE)) {
    await mkdir(join(cwd, path, '..'), { recursive: true });
    await writeFile(join(cwd, path), text);
  }
  await symlink(join(cwd, 'corpus'), join(cwd, 'corpus/sub/loop'));
  await symlink(join(cwd, 'nowhere.txt'), join(cwd, 'corpus/broken.txt'));
  await symlink(join(cwd, 'single.txt'), join(cwd, 'corpus/sub/linked.txt'));
  await mkdir(join(cwd, 'locked-dir'));
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('discoverInputs', () => {
  it.each([
    {
      name: 'a folder, recursively, supported extensions only, sorted, no hidden files, no link loop',
      paths: ['corpus'],
      found: ['corpus/a.md', 'corpus/b.txt', 'corpus/sub/c.HTML', 'corpus/sub/deeper/d.jsonl', 'corpus/sub/e.htm', 'corpus/sub/linked.txt'],
    },
    {
      name: 'a trailing slash and ./, a link to a file followed',
      paths: ['./corpus/sub/'],
      found: ['corpus/sub/c.HTML', 'corpus/sub/deeper/d.jsonl', 'corpus/sub/e.htm', 'corpus/sub/linked.txt'],
    },
    { name: 'a file as given', paths: ['single.txt'], found: ['single.txt'] },
    {
      name: 'files and folders, deduplicated (the link too), in path order whatever the argument order',
      paths: ['single.txt', 'corpus/sub', 'corpus/sub/e.htm', 'corpus/a.md'],
      found: ['corpus/a.md', 'corpus/sub/c.HTML', 'corpus/sub/deeper/d.jsonl', 'corpus/sub/e.htm', 'single.txt'],
    },
  ])('$name', async ({ paths, found }) => {
    expect(await discoverInputs(paths, cwd)).toEqual(found);
  });

  it('accepts absolute paths and returns them as given', async () => {
    expect(await discoverInputs([join(cwd, 'single.txt')], '/')).toEqual([join(cwd, 'single.txt')]);
  });

  it.each([
    { paths: ['missing.txt'], message: 'missing.txt: no such file or directory — check the path' },
    { paths: ['single.txt/x.txt'], message: 'single.txt/x.txt: a part of the path is a file, not a folder — check the path' },
    { paths: ['empty-folder'], message: 'empty-folder: no .txt, .md, .html, .htm, .jsonl files in this folder — check the path' },
    { paths: ['report.docx'], message: 'report.docx: unsupported file type .docx — use .txt, .md, .html, .htm, .jsonl' },
    { paths: ['locked-dir'], message: "locked-dir: permission denied — check the file's permissions or run as its owner" },
  ])('refuses $paths', async ({ paths, message }) => {
    await expectRejection(discoverInputs(paths, cwd), InputError, message);
  });

  it('refuses a device, a named pipe and a link loop given directly, without blocking on the pipe', async () => {
    await symlink(join(cwd, 'loop-b.txt'), join(cwd, 'loop-a.txt'));
    await symlink(join(cwd, 'loop-a.txt'), join(cwd, 'loop-b.txt'));
    await expectRejection(discoverInputs(['loop-a.txt'], cwd), InputError, 'loop-a.txt: too many symbolic links (a loop?) — check the links');
    await expectRejection(discoverInputs(['/dev/null'], cwd), InputError, '/dev/null: not a regular file or folder — pass files or folders');
    await mkdir(join(cwd, 'pipes'));
    await writeFile(join(cwd, 'pipes', 'a.txt'), '天津港集团。');
    const fifo = spawnSync('mkfifo', [join(cwd, 'pipes', 'pipe.txt')]);
    if (fifo.status !== 0) return; // no mkfifo on this system
    await expectRejection(discoverInputs(['pipes/pipe.txt'], cwd), InputError, 'pipes/pipe.txt: not a regular file or folder — pass files or folders');
    expect(await discoverInputs(['pipes'], cwd)).toEqual(['pipes/a.txt']);
  });

  it('refuses an empty list', async () => {
    await expectRejection(discoverInputs([], cwd), OptionsError, 'inputs: no input given — pass at least one file or folder');
  });
});

describe('loadInputFile', () => {
  it('reads the bytes, keeps the path as given and a relative path with forward slashes', async () => {
    const file = await loadInputFile('./corpus/sub/../b.txt', cwd);
    expect(file.path).toBe('./corpus/sub/../b.txt');
    expect(file.relPath).toBe('corpus/b.txt');
    expect(new TextDecoder().decode(file.bytes)).toBe('滨海新区发布新政策。');
  });

  it.each([
    { path: 'missing.txt', message: 'missing.txt: no such file or directory — check the path' },
    { path: 'corpus', message: 'corpus: is a folder, not a file — pass it as an input to read the files inside' },
    { path: 'locked.txt', message: "locked.txt: permission denied — check the file's permissions or run as its owner" },
  ])('refuses $path', async ({ path, message }) => {
    await expectRejection(loadInputFile(path, cwd), InputError, message);
  });

  it('refuses a file above the size limit, and reads it with a higher limit', async () => {
    await writeFile(join(cwd, 'twenty.txt'), '天津港集团建成码头。'); // 30 bytes
    await expectRejection(
      loadInputFile('twenty.txt', cwd, { maxFileSize: 20 }),
      InputError,
      /^twenty\.txt: too large \(0\.0 MB > 0\.0 MB\) — pass --max-file-size to raise the limit$/,
    );
    expect((await loadInputFile('twenty.txt', cwd, { maxFileSize: 30 })).bytes.byteLength).toBe(30);
  });

  it('refuses a 200 MB one-line file by default without reading it', async () => {
    const big = join(cwd, 'huge.jsonl');
    await truncate(await writeFile(big, '').then(() => big), 200 * 1024 * 1024);
    expect(DEFAULT_MAX_FILE_SIZE).toBe(100 * 1024 * 1024);
    await expectRejection(loadInputFile('huge.jsonl', cwd), InputError, 'huge.jsonl: too large (200 MB > 100 MB) — pass --max-file-size to raise the limit');
    await rm(big);
  });

  it.each([
    [0, '0 MB is not a positive size'],
    [-(1 << 20), '-1 MB is not a positive size'],
    [Number.NaN, 'not a number of MB'],
    [Number.POSITIVE_INFINITY, 'not a number of MB'],
  ])('validates maxFileSize %s', async (maxFileSize, reason) => {
    await expectRejection(
      loadInputFile('single.txt', cwd, { maxFileSize }),
      OptionsError,
      `--max-file-size: ${reason} — pass a number of MB above 0, e.g. --max-file-size 300`,
    );
  });

  it('names a file whose name holds a line break on one line', async () => {
    await expectRejection(loadInputFile('new\nline\u202E.txt', cwd), InputError, 'new\\u{A}line\\u{202E}.txt: no such file or directory — check the path');
  });

  it.skipIf(process.getuid?.() === 0)('reports a real permission error', async () => {
    const path = join(cwd, 'private.txt');
    await writeFile(path, '天津');
    await chmod(path, 0o000);
    await expectRejection(loadInputFile('private.txt', cwd), InputError, /^private\.txt: permission denied — /);
  });
});
