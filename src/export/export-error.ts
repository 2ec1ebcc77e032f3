/** Turns a file-system or serializer failure into one ExportError line: where, why, what to do. */
import { isAbsolute, relative } from 'node:path';
import { ExportError, OptionsError } from '../errors.js';
import { printable } from '../read/index.js';

/** Plain words and a fix for the system error codes a user can meet. */
const CAUSES: Readonly<Record<string, { cause: string; fix: string }>> = {
  EACCES: { cause: 'permission denied', fix: "check the folder's permissions or pass --out DIR" },
  EPERM: { cause: 'operation not permitted', fix: "check the folder's permissions or pass --out DIR" },
  EROFS: { cause: 'read-only file system', fix: 'pass --out DIR on a writable disk' },
  ENOSPC: { cause: 'no space left on device', fix: 'free some disk space or pass --out DIR' },
  EDQUOT: { cause: 'disk quota exceeded', fix: 'free some disk space or pass --out DIR' },
  ENOTDIR: { cause: 'a part of the path is a file, not a folder', fix: 'pass --out DIR with a folder path' },
  EISDIR: { cause: 'a folder of that name is in the way', fix: 'remove that folder or pass --out DIR' },
  ENOTEMPTY: { cause: 'a folder of that name is in the way', fix: 'remove that folder or pass --out DIR' },
  ENOENT: { cause: 'the folder does not exist', fix: 'create it or pass --out DIR' },
  EEXIST: { cause: 'a file of that name is in the way', fix: 'remove that file or pass --out DIR' },
  EMFILE: { cause: 'too many open files', fix: 'close other programs and try again' },
};

/** The path as the user would type it: relative to the working folder when inside it, on one line. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return printable(rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path);
}

/** ExportError "cannot <action> <path>: <CODE> (<cause>) — <fix>". */
export function toExportError(path: string, error: unknown, action = 'write'): ExportError {
  if (error instanceof ExportError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code ? CAUSES[code] : undefined;
  const where = `cannot ${action} ${displayPath(path)}`;
  if (known) return new ExportError(`${where}: ${code} (${known.cause}) — ${known.fix}`);
  const message = error instanceof Error ? error.message : String(error);
  const reason = (code ? `${code}: ` : '') + message.replace(/\s+/g, ' ').trim();
  return new ExportError(`${where}: ${reason} — check the folder and the graph given to the exporter, or pass --out DIR`);
}

/** Checks an output path argument; throws OptionsError when it is not a non-empty string. */
export function checkOutputPath(path: unknown, what: 'file' | 'folder'): string {
  if (typeof path !== 'string' || path.trim() === '') {
    throw new OptionsError(`export: the output ${what} must be a non-empty path, got ${JSON.stringify(path)} — pass --out DIR`);
  }
  return path;
}
