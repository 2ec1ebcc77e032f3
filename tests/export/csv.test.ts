import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvField, EDGE_COLUMNS, NODE_COLUMNS, toEdgesCsv, toNodesCsv, writeCsv } from '../../src/export/index.js';
import { buildFixtureGraph, EVIL, tempFolders } from './helpers.js';
import { parseCsv } from './parse-csv.js';

const folders = tempFolders();
afterAll(() => folders.cleanup());

/** Parses a CSV with BOM into objects keyed by the header. */
function records(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  for (const row of rows) expect(row).toHaveLength(header.length);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

describe('csvField', () => {
  it.each([
    ['plain', '飞腾', '飞腾'],
    ['comma', '甲,乙', '"甲,乙"'],
    ['quote', '说"好"', '"说""好"""'],
    ['newline', '一\n二', '"一\n二"'],
    ['formula =', '=1+1', "'=1+1"],
    ['formula @', '@SUM(A1)', "'@SUM(A1)"],
    ['formula - with comma', '-1,2', '"\'-1,2"'],
    ['number', 12.5, '12.5'],
    ['negative number stays a number', -3.25, '-3.25'],
    ['NaN', Number.NaN, ''],
  ])('%s', (_, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('nodes.csv and edges.csv', () => {
  const graph = buildFixtureGraph();
  const nodesCsv = toNodesCsv(graph);
  const edgesCsv = toEdgesCsv(graph);

  it('start with a BOM, end records with CRLF and parse back with the documented columns', () => {
    expect(nodesCsv.startsWith(`\uFEFF${NODE_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(edgesCsv.startsWith(`\uFEFF${EDGE_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(records(nodesCsv)).toHaveLength(graph.order);
    expect(records(edgesCsv)).toHaveLength(graph.size);
  });

  it('hold each node row with its values, the odd name unharmed', () => {
    const rows = new Map(records(nodesCsv).map((row) => [row.id, row]));
    const feiteng = graph.getNodeAttributes('飞腾');
    expect(rows.get('飞腾')).toEqual({
      id: '飞腾',
      label: '飞腾',
      labelEn: 'Phytium',
      entityType: 'Company',
      aliases: '飞腾|飞腾信息技术有限公司',
      mentions: '6',
      articles: 'art-001|art-002|art-003',
      community: String(feiteng.community),
      importance: String(feiteng.importance),
      x: String(feiteng.x),
      y: String(feiteng.y),
      size: String(feiteng.size),
      color: '#0072b2',
    });
    expect(rows.get(EVIL)?.labelEn).toBe('<b>Evil & "Co"</b>');
  });

  it('holds triggers and multi-line evidence per edge', () => {
    const row = records(edgesCsv).find((r) => r.source === '飞腾' && r.target === '麒麟软件');
    expect(row).toEqual({
      source: '飞腾',
      target: '麒麟软件',
      relation: 'COOPERATES_WITH',
      label: 'cooperates with',
      weight: '2',
      triggers: '合作',
      evidence: 'art-001#2: 飞腾与麒麟软件合作，共同推进信创生态建设。\nart-002#0: 飞腾与麒麟软件签署战略合作协议。',
    });
    const coMention = records(edgesCsv).find((r) => r.relation === 'CO_MENTIONED' && r.source === '飞腾' && r.target === '信创谷');
    expect(coMention?.triggers).toBe('');
  });

  it('is the same bytes for two builds', () => {
    const again = buildFixtureGraph();
    expect(toNodesCsv(again)).toBe(nodesCsv);
    expect(toEdgesCsv(again)).toBe(edgesCsv);
  });

  it('writes both files into a new folder, atomically', async () => {
    const dir = join(await folders.make(), 'nested', 'out');
    const files = await writeCsv(graph, dir);
    expect(files).toEqual([join(dir, 'nodes.csv'), join(dir, 'edges.csv')]);
    expect(await readFile(files[0], 'utf8')).toBe(nodesCsv);
    expect(await readFile(files[1], 'utf8')).toBe(edgesCsv);
    expect((await readdir(dir)).sort()).toEqual(['edges.csv', 'nodes.csv']);
  });
});
