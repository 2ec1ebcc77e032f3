/** Input discovery and loading: the only part of reading that touches the file system. */
import type { Dirent } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { InputError, OptionsError } from '../errors.js';
import { printable, SUPPORTED_EXTENSIONS, type InputFile } from '../read/index.js';

/** Largest file read without `--max-file-size`: 100 MB. */
export const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;

/** Options of `loadInputFile`. */
export interface LoadOptions {
  /** Largest file size in bytes; bigger files are refused before being read. */
  maxFileSize?: number;
}

const MB = 1024 * 1024;

/**
 * Lists the input files under the given files and folders: recursive (hidden entries and links to folders
 * skipped), supported extensions only, deduplicated, sorted by path relative to cwd; each as given or joined to it.
 */
export async function discoverInputs(paths: string[], cwd: string): Promise<string[]> {
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string' || p === '')) {
    throw new OptionsError('inputs: paths must be non-empty strings — pass files or folders');
  }
  if (paths.length === 0) throw new OptionsError('inputs: no input given — pass at least one file or folder');
  // Keyed by real path, so a file reached twice (two arguments, a link) is read once.
  const found = new Map<string, string>();
  const add = async (absolute: string, shown: string): Promise<void> => {
    const real = await realpath(absolute);
    if (!found.has(real)) found.set(real, shown);
  };
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    const info = await stat(absolute).catch((error: unknown) => fail(given, error));
    if (info.isDirectory()) {
      const files: { absolute: string; shown: string }[] = [];
      await walk(absolute, given, files);
      if (files.length === 0) {
        throw new InputError(`${printable(given)}: no ${SUPPORTED_EXTENSIONS.join(', ')} files in this folder — check the path`);
      }
      for (const file of files) await add(file.absolute, file.shown);
    } else if (info.isFile()) {
      if (!isSupported(given)) {
        const extension = extname(given) === '' ? 'a file without extension' : `unsupported file type ${extname(given)}`;
        throw new InputError(`${printable(given)}: ${extension} — use ${SUPPORTED_EXTENSIONS.join(', ')}`);
      }
      await add(absolute, given);
    } else {
      throw new InputError(`${printable(given)}: not a regular file or folder — pass files or folders`);
    }
  }
  // Sorted by path relative to cwd, so the order does not depend on the order of the arguments.
  return [...found.values()]
    .map((shown) => ({ shown, key: toRelPath(resolve(cwd, shown), cwd) }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ shown }) => shown);
}

/** Reads one input file's bytes; refuses folders, special files and files larger than `maxFileSize`. */
export async function loadInputFile(path: string, cwd: string, options: LoadOptions = {}): Promise<InputFile> {
  if (typeof path !== 'string' || path === '') throw new OptionsError('inputs: the path must be a non-empty string — pass a file');
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (typeof maxFileSize !== 'number' || !(maxFileSize > 0) || !Number.isFinite(maxFileSize)) {
    const given = typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) ? `${megabytes(maxFileSize)} MB is not a positive size` : 'not a number of MB';
    throw new OptionsError(`--max-file-size: ${given} — pass a number of MB above 0, e.g. --max-file-size 300`);
  }
  const absolute = resolve(cwd, path);
  const handle = await open(absolute, 'r').catch((error: unknown) => fail(path, error));
  try {
    const info = await handle.stat();
    if (info.isDirectory()) {
      throw new InputError(`${printable(path)}: is a folder, not a file — pass it as an input to read the files inside`);
    }
    if (!info.isFile()) throw new InputError(`${printable(path)}: not a regular file — pass a text file`);
    const tooLarge = (size: number): InputError =>
      new InputError(`${printable(path)}: too large (${megabytes(size)} MB > ${megabytes(maxFileSize)} MB) — pass --max-file-size to raise the limit`);
    if (info.size > maxFileSize) throw tooLarge(info.size);
    const buffer = await handle.readFile().catch((error: unknown) => fail(path, error));
    if (buffer.byteLength > maxFileSize) throw tooLarge(buffer.byteLength);
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    return { path, relPath: toRelPath(absolute, cwd), bytes };
  } finally {
    await handle.close();
  }
}

/** The stable relative path of a file: relative to cwd, forward slashes. */
export function toRelPath(absolute: string, cwd: string): string {
  const rel = relative(resolve(cwd), absolute);
  return (rel === '' ? basename(absolute) : rel).split(sep).join('/');
}

async function walk(dir: string, shown: string, out: { absolute: string; shown: string }[]): Promise<void> {
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => fail(shown, error));
  entries.sort((a, b) => compare(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const absolute = join(dir, entry.name);
    // Links to files are followed, links to folders are not (no loops, no walking out of the tree); broken links are skipped.
    const isFile = entry.isFile() || (entry.isSymbolicLink() && ((await stat(absolute).catch(() => undefined))?.isFile() ?? false));
    if (entry.isDirectory()) await walk(absolute, join(shown, entry.name), out);
    else if (isFile && isSupported(entry.name)) out.push({ absolute, shown: join(shown, entry.name) });
  }
}

function isSupported(name: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** Turns a file-system error into one InputError line naming the path and the fix. */
function fail(path: string, error: unknown): never {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      throw new InputError(`${printable(path)}: no such file or directory — check the path`);
    case 'EACCES':
    case 'EPERM':
      throw new InputError(`${printable(path)}: permission denied — check the file's permissions or run as its owner`);
    case 'ENOTDIR':
      throw new InputError(`${printable(path)}: a part of the path is a file, not a folder — check the path`);
    case 'EISDIR':
      throw new InputError(`${printable(path)}: is a folder, not a file — pass it as an input to read the files inside`);
    case 'ELOOP':
      throw new InputError(`${printable(path)}: too many symbolic links (a loop?) — check the links`);
    case 'ENAMETOOLONG':
      throw new InputError(`${printable(path)}: path too long — use a shorter path`);
    default:
      throw new InputError(`${printable(path)}: cannot read (${code ?? (error as Error)?.message ?? 'unknown error'}) — check the file`);
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
