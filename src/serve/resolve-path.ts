/** Maps a request path to a file of the viewer folder or the graph folder, refusing anything that could escape them. */
import { GRAPH_FILES, INDEX_FILE } from './defaults.js';

/** Where a request points: a file of a folder, or an HTTP error status. */
export type ResolvedPath =
  | { ok: true; folder: 'root' | 'graph'; segments: string[] }
  | { ok: false; status: 400 | 404 };

const ENCODED_SEPARATOR = /%(2f|5c|00)/i;
const FORBIDDEN_CHARACTER = /[\0\\]/;

/** Resolves the path part of a request URL (query and fragment ignored) into safe path segments. */
export function resolveRequestPath(rawUrl: string): ResolvedPath {
  // 1. Keep the path only; an encoded separator or NUL is refused before decoding.
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
  if (!rawPath.startsWith('/') || ENCODED_SEPARATOR.test(rawPath)) return { ok: false, status: 400 };
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (FORBIDDEN_CHARACTER.test(path)) return { ok: false, status: 400 };

  // 2. Split into segments; `.` and `..` are refused rather than normalised.
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return { ok: false, status: 400 };
  if (segments.some((segment) => segment.startsWith('.'))) return { ok: false, status: 404 };

  // 3. `/` is the page; a top-level graph file comes from the graph folder.
  if (segments.length === 0) return { ok: true, folder: 'root', segments: [INDEX_FILE] };
  if (segments.length === 1 && GRAPH_FILES.includes(segments[0])) return { ok: true, folder: 'graph', segments };
  return { ok: true, folder: 'root', segments };
}
