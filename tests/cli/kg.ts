/** Runs the real `kg` CLI (bin/kg.js) in a child process, from the project root. */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function kg(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [resolve(ROOT, 'bin/kg.js'), ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
