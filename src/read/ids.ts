/** Stable, readable article ids. */
import { createHash } from 'node:crypto';
import { FILE_ID_PREFIX, ID_HASH_LENGTH, JSONL_ID_PREFIX, SAFE_ID } from './defaults.js';

/** The id of a file's article: its name without extension when safe, else `doc-` and a hash of the relative path. */
export function fileIdOf(relPath: string): string {
  const name = relPath.split('/').pop() ?? relPath;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return SAFE_ID.test(stem) ? stem : `${FILE_ID_PREFIX}${shortHash(relPath)}`;
}

/** A JSONL `id` field made safe: kept when it is `[A-Za-z0-9_.-]+`, else `id-` and a hash of it. */
export function sanitizeId(id: string): string {
  return SAFE_ID.test(id) ? id : `${JSONL_ID_PREFIX}${shortHash(id)}`;
}

function shortHash(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, ID_HASH_LENGTH);
}
