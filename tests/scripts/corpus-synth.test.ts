import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/synth/generate-corpus.js';
import { EMPTY_LEXICON } from '../../src/lexicon/index.js';
import { extractCorpus, recognizeArticle } from '../../src/pipeline/index.js';
import { ROOT } from '../cli/kg.js';

const work = mkdtempSync(join(tmpdir(), 'kg-synth-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('generateCorpus', () => {
  const corpus = [...generateCorpus({ articles: 200, seed: 's' })];

  it('is deterministic for a seed and differs between seeds', () => {
    expect([...generateCorpus({ articles: 200, seed: 's' })]).toEqual(corpus);
    expect([...generateCorpus({ articles: 200, seed: 't' })].map((r) => r.text)).not.toEqual(corpus.map((r) => r.text));
  });

  it('writes articles of about 850 characters with unique ids, dates and a few reposts', () => {
    expect(corpus).toHaveLength(200);
    expect(new Set(corpus.map((r) => r.id)).size).toBe(200);
    const mean = corpus.reduce((n, r) => n + r.text.length, 0) / corpus.length;
    expect(mean).toBeGreaterThan(600);
    expect(mean).toBeLessThan(1100);
    expect(corpus.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.date) && r.title.length > 4)).toBe(true);
    const reposts = corpus.length - new Set(corpus.map((r) => r.text)).size;
    expect(reposts).toBeGreaterThan(0);
    expect(reposts).toBeLessThan(10);
  });

  it('uses real naming patterns, enumerations and triggers', () => {
    const text = corpus.map((r) => r.text).join('\n');
    expect(text).toMatch(/(苏州|无锡|南京|杭州|天津)[^，。、]{0,4}[\u4e00-\u9fa5]{2}(生物|科技|新材料|医药|半导体)[\u4e00-\u9fa5]*(有限公司|集团)/);
    expect(text).toMatch(/集聚了[^。]+、[^。]+等(龙头企业|重点企业|链主企业|高新技术企业|专精特新企业)/);
    expect(text).toMatch(/印发《[^》]+(措施|计划|方案|意见|规划)》/);
    expect(text).toContain('获得国家药品监督管理局批准');
  });

  it('gives the builder many distinct organisations and typed relations, without a lexicon', () => {
    const recognized = corpus.slice(0, 40).map((r) => recognizeArticle({ ...r, url: r.url, source: r.id }, EMPTY_LEXICON));
    const { corpus: extracted } = extractCorpus(recognized, EMPTY_LEXICON);
    const companies = extracted.entities.filter((e) => e.type === 'Company');
    expect(companies.length).toBeGreaterThan(120);
    expect(extracted.entities.filter((e) => e.type === 'ResearchInstitute').length).toBeGreaterThan(15);
    const relations = new Set(extracted.relations.map((r) => r.relation));
    for (const relation of ['MEMBER_OF', 'APPROVED', 'ISSUED', 'LOCATED_IN', 'COOPERATES_WITH']) expect(relations).toContain(relation);
  });

  it.each([
    [{ articles: -1, seed: 's' }, /articles/],
    [{ articles: 1.5, seed: 's' }, /articles/],
    [{ articles: 1, seed: '' }, /seed/],
    [{ articles: 1, seed: 's', duplicateRate: 1 }, /duplicateRate/],
  ])('refuses %j', (options, message) => {
    expect(() => [...generateCorpus(options)]).toThrow(message);
  });
});

describe('npm run corpus:synth', () => {
  it('writes the JSONL file kg build reads', () => {
    const out = join(work, 'c.jsonl');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/corpus-synth.ts', '--articles', '5', '--seed', 'x', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.text)).toEqual([...generateCorpus({ articles: 5, seed: 'x' })].map((r) => r.text));
  });
});
