// Which code bin/kg.js runs: the compiled CLI in dist/ when it was built after the last change to src/, else the
// TypeScript sources (through tsx), so that `kg` never runs stale code.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The file `npm run build:cli` writes after a successful compile; its time is the build's. */
export const BUILT_STAMP = 'dist/.built';

function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Latest modification time of the files under `dir` (recursive), or 0 for an empty or missing folder. */
export function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : (mtimeOf(path) ?? 0));
  }
  return newest;
}

/** True when `root`'s dist/ holds a complete compile at least as new as every file of src/. */
export function compiledIsFresh(root) {
  const built = mtimeOf(join(root, BUILT_STAMP));
  return built !== undefined && built >= newestMtime(join(root, 'src'));
}
