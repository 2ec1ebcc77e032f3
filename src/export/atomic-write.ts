/** writeFileAtomic: the one way the builder writes a file — temp file in the same folder, then rename. */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What can be written: a whole text/bytes, or chunks produced one by one (the serializer may throw midway). */
export type FileContents = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** Chunks are gathered up to this many bytes before each write call. */
const WRITE_BUFFER_BYTES = 1 << 16;

/** Name of the temp file next to `file`: hidden, unique, ending in .tmp (ignored by git). */
export function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** `.graph.json.<pid>.<12 hex>.tmp`: the file name and the pid of the writer. */
const TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temp files a killed writer left in `dir` (best effort): only those of `names`, only when the process
 * named in them is gone — a running build's temp file is never touched. Returns the removed paths.
 */
export async function removeStaleTempFiles(dir: string, names: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const entry of entries) {
    const match = TEMP_NAME.exec(entry);
    if (match === null || !names.includes(match[1]) || isRunning(Number(match[2]))) continue;
    const path = join(dir, entry);
    if (await rm(path, { force: true }).then(() => true, () => false)) removed.push(path);
  }
  return removed;
}

/** Whether a process with this pid exists (EPERM: it does, owned by another user). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isChunkSource(contents: FileContents): contents is Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> {
  return typeof contents !== 'string' && !(contents instanceof Uint8Array);
}

async function writeChunks(handle: FileHandle, contents: FileContents): Promise<void> {
  if (!isChunkSource(contents)) {
    await handle.writeFile(contents);
    return;
  }
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    await handle.write(Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  for await (const chunk of contents) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    pending.push(bytes);
    pendingBytes += bytes.length;
    if (pendingBytes >= WRITE_BUFFER_BYTES) await flush();
  }
  await flush();
}

/**
 * Writes `contents` to `file` atomically: readers see the old file or the new one, never a part.
 * On any failure (folder not writable, serializer throwing, disk full) the temp file is removed,
 * the previous file is left untouched and the original error is rethrown.
 */
export async function writeFileAtomic(file: string, contents: FileContents): Promise<void> {
  const temp = tempPathFor(file);
  let handle: FileHandle | undefined;
  try {
    // 1. Create the temp file; 'wx' never reuses an existing one.
    handle = await open(temp, 'wx', 0o666);
    // 2. Write everything and flush it to disk.
    await writeChunks(handle, contents);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // 3. Replace the target in one step.
    await rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
