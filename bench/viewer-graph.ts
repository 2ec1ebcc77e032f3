/** Seeded synthetic knowledge graphs for the viewer benchmark, in the builder's graph.json shape. */
import seedrandom from 'seedrandom';
import { ENTITY_TYPES, RELATION_TYPES } from '../src/types.js';

const CHARACTERS = '天津滨海新区高信创谷飞腾麒麟曙光海河实验室细胞生物制造智能网联港口城市科技研究院中心集团股份有限公司产业园区技术平台材料能源医药数据计算软件装备工程航空航天海洋化工检测芯片';
const SUFFIXES = ['有限公司', '研究院', '实验室', '产业园', '集群', '平台', '中心', '技术', '工程', '政策'];

/** A graph of `nodes` entities and `edges` relations; the same seed gives the same file. */
export function generateGraph(nodes: number, edges: number, seed = 'kg-viewer-bench'): { json: string; sampleLabel: string } {
  const random = seedrandom(`${seed}:${nodes}:${edges}`);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const communities = Math.max(4, Math.round(Math.sqrt(nodes) / 2));
  const centres = Array.from({ length: communities }, () => ({ x: (random() - 0.5) * 2000, y: (random() - 0.5) * 2000 }));
  const keys: string[] = [];
  const taken = new Set<string>();
  const nodeList = [];
  for (let i = 0; i < nodes; i++) {
    let label = '';
    while (label === '' || taken.has(label)) {
      label = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick([...CHARACTERS])).join('') + pick(SUFFIXES);
      if (taken.has(label)) label += i;
    }
    taken.add(label);
    keys.push(label);
    const community = Math.floor(random() * communities);
    const centre = centres[community]!;
    const importance = Math.pow(random(), 3);
    nodeList.push({
      key: label,
      attributes: {
        label, labelEn: `Entity ${i}`, entityType: pick(ENTITY_TYPES), aliases: [label], mentions: 1 + Math.floor(importance * 20),
        articles: [`a${i % 50}`], community, importance, degree: 0,
        x: centre.x + (random() - 0.5) * 400, y: centre.y + (random() - 0.5) * 400, size: 2 + importance * 12, color: '#4e79a7',
      },
    });
  }
  const edgeList = [];
  const seen = new Set<string>();
  while (edgeList.length < edges) {
    const source = pick(keys), target = random() < 0.7 ? keys[Math.min(keys.length - 1, Math.floor(random() * 40) + keys.indexOf(source))]! : pick(keys);
    const relation = random() < 0.6 ? 'CO_MENTIONED' : pick(RELATION_TYPES.filter((r) => r !== 'CO_MENTIONED'));
    const key = `${source}->${target}:${relation}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    const text = `据报道，${source}与${target}在滨海新区开展合作，推动产业发展。`;
    edgeList.push({
      key, source, target,
      attributes: {
        relation, label: relation.toLowerCase().replace(/_/g, ' '), weight: 1, coMention: relation === 'CO_MENTIONED', size: 1, color: '#999999',
        evidence: [{ article: 'a0', sentence: 0, start: 0, end: text.length, text, trigger: '', sourceSpan: [3, 3 + source.length], targetSpan: [4 + source.length, 4 + source.length + target.length], triggerSpan: [-1, -1] }],
      },
    });
  }
  const articles = Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, title: `文章 ${i}`, url: null, date: null, source: `bench/${i}.txt` }));
  const graph = { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: { articles }, nodes: nodeList, edges: edgeList };
  return { json: JSON.stringify(graph), sampleLabel: keys[Math.floor(nodes / 2)]! };
}
