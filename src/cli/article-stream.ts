/**
 * streamArticles: the articles of the input files one by one, never a whole corpus at once. Files are read one at a
 * time; a .jsonl file is read in line-aligned chunks of about a megabyte, each parsed by the read stage, so a JSONL
 * of any size holds only one chunk of raw text in memory.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { ArticleInput } from '../parallel/index.js';
import { readArticles } from '../read/index.js';
import { DEFAULT_MAX_FILE_SIZE, loadInputFile, toRelPath } from './inputs.js';

/** Options of streamArticles. */
export interface StreamOptions {
  /** Largest file read whole (.txt, .md, .html, UTF-16 .jsonl), and largest JSONL line, in bytes. */
  maxFileSize?: number;
  skipBad?: boolean;
  /** Called for each skipped JSONL line (with --skip-bad). */
  onSkip?: (file: string, line: number, reason: string) => void;
  /** JSONL chunk size in bytes (default JSONL_CHUNK_BYTES). */
  chunkBytes?: number;
}

/** JSONL chunks gather whole lines up to about this many bytes before parsing. */
export const JSONL_CHUNK_BYTES = 1 << 20;

const NEWLINE = 0x0a;

/** Total size in bytes of the input files, for progress. */
export async function inputSize(paths: readonly string[], cwd: string): Promise<number> {
  let total = 0;
  for (const path of paths) total += (await stat(resolve(cwd, path)).catch(() => undefined))?.size ?? 0;
  return total;
}

/** Yields every article of `paths` (already discovered and sorted), in order, with the bytes it came from. */
export async function* streamArticles(paths: readonly string[], cwd: string, options: StreamOptions = {}): AsyncGenerator<ArticleInput> {
  for (const path of paths) {
    const handle = path.toLowerCase().endsWith('.jsonl') ? await open(resolve(cwd, path), 'r').catch(() => undefined) : undefined;
    if (handle && !(await isUtf16(handle))) {
      yield* streamJsonl(handle, path, cwd, options);
      continue;
    }
    await handle?.close();
    // Whole files: loadInputFile also gives the one-line error when the file cannot be opened.
    const file = await loadInputFile(path, cwd, { maxFileSize: options.maxFileSize });
    const articles = readArticles(file, { skipBad: options.skipBad, onSkip: (line, reason) => options.onSkip?.(path, line, reason) });
    for (const article of articles) yield { article, bytes: file.bytes.byteLength / articles.length };
  }
}

async function isUtf16(handle: FileHandle): Promise<boolean> {
  const head = Buffer.alloc(2);
  const { bytesRead } = await handle.read(head, 0, 2, 0);
  return bytesRead === 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
}

/**
 * One JSONL file in chunks of whole lines. Each chunk is given to readArticles behind as many empty lines as precede
 * it, so line numbers, default ids (`file#line`) and messages are those of the whole file; ids repeated across
 * chunks are caught here, with the read stage's wording.
 */
async function* streamJsonl(handle: FileHandle, path: string, cwd: string, options: StreamOptions): AsyncGenerator<ArticleInput> {
  const relPath = toRelPath(resolve(cwd, path), cwd);
  const maxLine = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const chunkBytes = options.chunkBytes ?? JSONL_CHUNK_BYTES;
  const firstLineOfId = new Map<string, number>();
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let firstLine = 1;
  let sawText = false;

  const parse = function* (chunk: Buffer, startLine: number): Generator<ArticleInput> {
    if (isBlank(chunk)) return;
    sawText = true;
    const bytes = startLine > 1 ? Buffer.concat([Buffer.alloc(startLine - 1, NEWLINE), chunk]) : chunk;
    const articles = readArticles(
      { path, relPath, bytes },
      { skipBad: options.skipBad, onSkip: (line, reason) => options.onSkip?.(path, line, reason) },
    );
    for (const article of articles) {
      const line = Number(article.source.slice(article.source.lastIndexOf('#L') + 2));
      const first = firstLineOfId.get(article.id);
      if (first !== undefined) {
        const reason = `duplicate id "${article.id}" (first on line ${first})`;
        if (!options.skipBad) throw new InputError(`${path}:${line}: ${reason} — fix the line or pass --skip-bad`);
        options.onSkip?.(path, line, reason);
        continue;
      }
      firstLineOfId.set(article.id, line);
      yield { article, bytes: chunk.byteLength / articles.length };
    }
  };

  try {
    let ready: Buffer[] = [];
    let readyBytes = 0;
    for await (const data of handle.createReadStream({ highWaterMark: chunkBytes, autoClose: false })) {
      const buffer = data as Buffer;
      const lastNewline = buffer.lastIndexOf(NEWLINE);
      if (lastNewline < 0) {
        pending.push(buffer);
        pendingBytes += buffer.byteLength;
        if (pendingBytes > maxLine) throw tooLong(path, firstLine + countNewlines(Buffer.concat(ready)), maxLine);
        continue;
      }
      ready.push(...pending, buffer.subarray(0, lastNewline + 1));
      readyBytes += pendingBytes + lastNewline + 1;
      pending = [buffer.subarray(lastNewline + 1)];
      pendingBytes = pending[0].byteLength;
      // The padding grows with the line number: chunks grow with it, so padding stays under half of what is parsed.
      if (readyBytes < Math.max(chunkBytes, firstLine)) continue;
      const chunk = Buffer.concat(ready);
      ready = [];
      readyBytes = 0;
      yield* parse(chunk, firstLine);
      firstLine += countNewlines(chunk);
    }
    const rest = Buffer.concat([...ready, ...pending]);
    if (rest.byteLength > 0) yield* parse(rest, firstLine);
    // A blank file gets the read stage's own message.
    if (!sawText) readArticles({ path, relPath, bytes: new Uint8Array(0) });
  } finally {
    await handle.close();
  }
}

/** Only ASCII white space and byte order marks (cheap: a JSONL chunk's first non-blank byte is usually `{`). */
function isBlank(chunk: Buffer): boolean {
  for (let i = 0; i < chunk.length; i++) {
    const byte = chunk[i];
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    if (byte === 0xef && chunk[i + 1] === 0xbb && chunk[i + 2] === 0xbf) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

function countNewlines(buffer: Buffer): number {
  let count = 0;
  for (let i = buffer.indexOf(NEWLINE); i >= 0; i = buffer.indexOf(NEWLINE, i + 1)) count++;
  return count;
}

function tooLong(path: string, line: number, limit: number): InputError {
  return new InputError(`${path}:${line}: line longer than ${(limit / (1 << 20)).toFixed(limit % (1 << 20) === 0 ? 0 : 1)} MB — pass --max-file-size to raise the limit`);
}
