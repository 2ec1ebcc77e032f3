import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/cli/load-lexicon.js';

const work = mkdtempSync(join(tmpdir(), 'kg-lexicon-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('loadLexicon', () => {
  it('loads a lexicon of 150,000 entries (no argument list that overflows the stack)', async () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => `样本企业${i}号\tCompany\tSample ${i}\t`);
    writeFileSync(join(work, 'big.tsv'), ['name\ttype\ten\taliases', ...rows].join('\n') + '\n');
    const lexicon = await loadLexicon(['big.tsv'], true, work);
    expect(lexicon.entries).toHaveLength(150_000);
    expect(lexicon.bySurface.get('样本企业149999号')?.type).toBe('Company');
  });
});
