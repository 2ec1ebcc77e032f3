import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateGexf } from '../fixtures/gexf-schema.js';
import { fixturePath } from '../fixtures/load.js';
import { kg } from './kg.js';

const SEED = fixturePath('articles/000_35b15ba85cb5f8c4.txt');
const work = mkdtempSync(join(tmpdir(), 'kg-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface NodeEntry { key: string; attributes: Record<string, any> }
interface EdgeEntry { source: string; target: string; attributes: Record<string, any> }
const readGraph = (dir: string) => JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as { attributes: any; nodes: NodeEntry[]; edges: EdgeEntry[] };

/** Finds the node one of whose names (label or alias) is `name`. */
const nodeNamed = (graph: ReturnType<typeof readGraph>, name: string) => graph.nodes.find((n) => n.key === name || n.attributes.aliases.includes(name));

// Entities the seed article names, by a surface form as written in it, with the type a reader would give them.
const SEED_ENTITIES: Array<[string, string]> = [
  ['天津大学', 'ResearchInstitute'], ['脑机交互与人机共融海河实验室', 'ResearchInstitute'], ['细胞生态海河实验室', 'ResearchInstitute'],
  ['中国科学院天津工业生物技术研究所', 'ResearchInstitute'], ['国家超算天津中心', 'ResearchInstitute'],
  ['康希诺', 'Company'], ['合源生物', 'Company'], ['凯莱英', 'Company'], ['飞腾', 'Company'], ['麒麟', 'Company'], ['曙光', 'Company'],
  ['360', 'Company'], ['中电云脑', 'Company'], ['海洋石油工程股份有限公司', 'Company'], ['利安隆', 'Company'], ['华熙生物', 'Company'],
  ['国家药品监督管理局', 'GovernmentBody'], ['国务院', 'GovernmentBody'], ['区科技局', 'GovernmentBody'],
  ['滨海新区', 'Region'], ['滨海高新区', 'DevelopmentZone'], ['信创谷', 'IndustrialCluster'], ['生物制造谷', 'IndustrialCluster'],
  ['网络信息安全产品与服务产业集群', 'IndustrialCluster'], ['源瑞达', 'Product'], ['天河·天元', 'Product'], ['数字中医人', 'Product'],
  ['滨海新区培育新赛道 打造未来产业创新高地行动方案', 'Policy'], ['生物制造', 'IndustryField'], ['核酸药物', 'IndustryField'],
  ['智慧港口', 'ApplicationScenario'], ['习近平', 'Person'], ['openKylin社区', 'Organization'],
];

const SEED_RELATIONS: Array<[string, string, string]> = [
  ['飞腾', 'MEMBER_OF', '信创谷'], ['信创谷', 'LOCATED_IN', '滨海高新区'], ['国家药品监督管理局', 'APPROVED', '源瑞达'],
  ['生物制造谷', 'BASED_ON', '中国科学院天津工业生物技术研究所'], ['脑机交互与人机共融海河实验室', 'DEVELOPED', '云脑智能体系'],
  ['数字中医人', 'PART_OF', '云脑智能体系'], ['经开区', 'FOCUSES_ON', '核酸药物'], ['天津大学先进医用材料与医疗器械全国重点实验室', 'PART_OF', '天津大学'],
];

describe('kg build on the seed article', () => {
  const out = join(work, 'out');
  let first: ReturnType<typeof kg>;
  beforeAll(() => {
    first = kg(['build', SEED, '--out', out]);
  });

  it('exits 0 and prints a summary', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/articles: 1\nentities: \d+ \(.*\)\nrelations: \d+ \(.*MEMBER_OF.*\)\ntime: /);
  });

  it.each(SEED_ENTITIES)('holds %s as one %s node with an English label', (name, type) => {
    const graph = readGraph(out);
    const node = nodeNamed(graph, name);
    expect(node, name).toBeDefined();
    expect(node!.attributes.entityType).toBe(type);
    expect(node!.attributes.labelEn).toMatch(/^[\x20-\x7E]+$/);
    expect(graph.nodes.filter((n) => n.attributes.aliases.includes(name))).toHaveLength(1);
  });

  it.each(SEED_RELATIONS)('states %s %s %s with its sentence', (source, relation, target) => {
    const graph = readGraph(out);
    const [s, t] = [nodeNamed(graph, source)!.key, nodeNamed(graph, target)!.key];
    const edge = graph.edges.find((e) => e.source === s && e.target === t && e.attributes.relation === relation);
    expect(edge, `${source} ${relation} ${target}`).toBeDefined();
    const [ev] = edge!.attributes.evidence;
    expect(ev.text.length).toBeGreaterThan(5);
    expect(edge!.attributes.evidence.every((e: any) => e.article === '000_35b15ba85cb5f8c4')).toBe(true);
  });

  it('takes no node from the page chrome', () => {
    const names = readGraph(out).nodes.flatMap((n) => [n.key, ...n.attributes.aliases]).join('\n');
    for (const chrome of ['网易', 'NetEase', '天津高新区THT', '自媒体平台', '关怀版', '滨海发布']) expect(names).not.toContain(chrome);
  });

  it('has no attribute named type and keeps the article metadata', () => {
    const graph = readGraph(out);
    expect(graph.nodes.some((n) => 'type' in n.attributes) || graph.edges.some((e) => 'type' in e.attributes)).toBe(false);
    expect(graph.attributes.articles[0]).toMatchObject({ id: '000_35b15ba85cb5f8c4', title: expect.stringContaining('滨海新区全力打造未来产业创新高地') });
  });

  it('writes a GEXF that validates against the GEXF 1.3 schema and loads in networkx with the same counts', async () => {
    const xml = readFileSync(join(out, 'graph.gexf'), 'utf8').replace(/\s+xsi:schemaLocation="[^"]*"/, '');
    const result = await validateGexf(xml);
    expect(result.errors).toEqual([]);
    const graph = readGraph(out);
    const counts = execFileSync('python3', ['-c', 'import sys, networkx as nx; g = nx.read_gexf(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())', join(out, 'graph.gexf')], { encoding: 'utf8' });
    expect(counts.trim()).toBe(`${graph.nodes.length} ${graph.edges.length}`);
  });

  it('writes CSV files with a BOM', () => {
    for (const file of ['nodes.csv', 'edges.csv']) expect(readFileSync(join(out, file), 'utf8').startsWith('\uFEFF')).toBe(true);
  });

  it('gives byte-identical files on a second build', () => {
    const again = join(work, 'again');
    expect(kg(['build', SEED, '--out', again, '--quiet']).code).toBe(0);
    for (const file of ['graph.json', 'graph.gexf', 'nodes.csv', 'edges.csv']) {
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
    }
  });

  it('still finds at least 80% of the entities and most relations without the lexicon', () => {
    const bare = join(work, 'bare');
    expect(kg(['build', SEED, '--out', bare, '--no-lexicon', '--quiet']).code).toBe(0);
    const graph = readGraph(bare);
    const found = SEED_ENTITIES.filter(([name]) => nodeNamed(graph, name));
    expect(found.length / SEED_ENTITIES.length).toBeGreaterThanOrEqual(0.8);
    const typed = graph.edges.filter((e) => e.attributes.relation !== 'CO_MENTIONED');
    expect(typed.length).toBeGreaterThanOrEqual(40);
  });
});

describe('kg extract', () => {
  it('gives offsets that point at the mention text', () => {
    const text = '“信创谷”以高新区为核心，集聚了飞腾、麒麟、曙光、360等龙头企业。';
    const run = kg(['extract', '--no-lexicon'], JSON.stringify({ id: 'x', text }) + '\n');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.id).toBe('x');
    expect(doc.mentions.length).toBeGreaterThanOrEqual(5);
    for (const m of doc.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(doc.relations).toContainEqual(expect.objectContaining({ source: '飞腾', target: '信创谷', relation: 'MEMBER_OF', sentence: text }));
  });

  it('writes the same lines, in input order, with worker threads (--jobs 2) as without (--jobs 1)', () => {
    const names = ['华芯', '东岳', '北辰', '海光', '云图', '恒源'];
    const input = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `天津${names[i % names.length]}${i}科技有限公司与南开大学签署合作协议。` })).join('\n');
    const [one, two] = [kg(['extract', '--no-lexicon', '--jobs', '1'], input), kg(['extract', '--no-lexicon', '--jobs', '2'], input)];
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual(Array.from({ length: 30 }, (_, i) => `n${i}`));
    expect(kg(['extract', '--jobs', '0'], input).stderr).toMatch(/^kg: --jobs: 0 is not a whole number ≥ 1/);
  });

  it('names the stdin line of invalid JSON', () => {
    const run = kg(['extract'], '{"id":"a","text":"天津"}\n{broken\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^kg: stdin:2: invalid JSON/);
  });
});

describe('kg on bad input', () => {
  const bad = (name: string, contents: string | Buffer) => {
    const path = join(work, name);
    writeFileSync(path, contents);
    return path;
  };

  it.each([
    ['a missing path', () => join(work, 'missing.txt'), /missing\.txt: no such file/],
    ['an empty file', () => bad('empty.txt', ''), /empty\.txt: empty file/],
    ['a binary file', () => bad('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /photo\.txt: binary/],
    ['an invalid JSON line', () => bad('corpus.jsonl', '{"id":"a","text":"天津"}\n{"id":\n'), /corpus\.jsonl:2: invalid JSON/],
  ])('%s gets one error line naming the file, and a non-zero exit', (_, input, message) => {
    const run = kg(['build', input(), '--out', join(work, 'bad-out')]);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('leaves the previous graph files untouched when a build fails', () => {
    const out = join(work, 'kept');
    expect(kg(['build', SEED, '--out', out, '--quiet']).code).toBe(0);
    const before = readFileSync(join(out, 'graph.json'));
    expect(kg(['build', bad('empty2.txt', ''), '--out', out]).code).not.toBe(0);
    expect(readFileSync(join(out, 'graph.json')).equals(before)).toBe(true);
  });

  it('refuses an unknown option with usage and exit 2', () => {
    const run = kg(['build', '--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown option --frobnicate');
  });
});
