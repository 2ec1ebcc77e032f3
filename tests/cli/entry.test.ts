/** bin/entry.js: bin/kg.js runs the compiled CLI only when dist/ was built after the last change to src/. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript beside bin/kg.js, without type declarations
import { BUILT_STAMP, compiledIsFresh, newestMtime } from '../../bin/entry.js';

const work = mkdtempSync(join(tmpdir(), 'kg-entry-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A project folder whose files have the given modification times (seconds since the epoch). */
function project(name: string, files: Record<string, number>): string {
  const root = join(work, name);
  for (const [path, seconds] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), seconds, seconds);
  }
  return root;
}

describe('compiledIsFresh', () => {
  const cases: [string, Record<string, number>, boolean][] = [
    ['never compiled', { 'src/cli/index.ts': 100 }, false],
    ['compiled after every source', { 'src/cli/index.ts': 100, 'src/a/b/deep.ts': 150, [BUILT_STAMP]: 200 }, true],
    ['compiled at the same second as the last change', { 'src/cli/index.ts': 200, [BUILT_STAMP]: 200 }, true],
    ['a source changed after the compile', { 'src/cli/index.ts': 100, [BUILT_STAMP]: 200, 'src/cli/new.ts': 300 }, false],
    ['a nested source changed after the compile', { 'src/cli/index.ts': 100, 'src/entities/x/rules.ts': 250, [BUILT_STAMP]: 200 }, false],
    ['compiled files but no stamp (the compile failed)', { 'src/cli/index.ts': 100, 'dist/cli/index.js': 200 }, false],
  ];
  it.each(cases)('%s', (name, files, fresh) => {
    expect(compiledIsFresh(project(name.replace(/\W+/g, '-'), files))).toBe(fresh);
  });
});

describe('newestMtime', () => {
  it('is the latest time of any file below the folder, 0 for a missing one', () => {
    const root = project('newest', { 'src/a.ts': 10, 'src/b/c.ts': 30, 'src/b/d.ts': 20 });
    expect(newestMtime(join(root, 'src'))).toBe(30_000);
    expect(newestMtime(join(root, 'missing'))).toBe(0);
  });
});
