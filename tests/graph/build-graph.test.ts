import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { InputError, OptionsError } from '../../src/errors.js';
import { buildGraph, RESERVED_KEY_SUFFIX, type KnowledgeGraph } from '../../src/graph/index.js';
import type { Corpus } from '../../src/types.js';
import { loadFixture } from '../fixtures/load.js';

const EVIL = '<img src=x onerror=alert(1)>&"\'科技\u0001公司';
const corpus = () => loadFixture<Corpus>('corpus/small-corpus.json');

/** Seeded Fisher–Yates shuffle. */
function shuffled<T>(items: readonly T[], seed: string): T[] {
  const rng = seedrandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const NODE_ATTRIBUTES = [
  'label', 'labelEn', 'entityType', 'aliases', 'mentions', 'articles',
  'community', 'importance', 'degree', 'x', 'y', 'size', 'color',
];
const EDGE_ATTRIBUTES = ['relation', 'label', 'weight', 'evidence', 'coMention', 'size', 'color'];

describe('buildGraph on the small corpus', () => {
  const warnings: string[] = [];
  const graph = buildGraph(corpus(), { onWarning: (line) => warnings.push(line) });

  it('makes a directed multi graph with one node per entity, sorted by id', () => {
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(12);
    const keys = graph.nodes();
    expect(keys).toEqual([...keys].sort());
    expect(keys).toContain(EVIL);
  });

  it('gives nodes exactly the documented attributes and never `type`', () => {
    graph.forEachNode((node, attributes) => {
      expect(Object.keys(attributes), node).toEqual(NODE_ATTRIBUTES);
    });
    graph.forEachEdge((edge, attributes) => {
      expect(Object.keys(attributes), edge).toEqual(EDGE_ATTRIBUTES);
    });
  });

  it.each([
    ['飞腾', 'Company', 'Phytium', '#0072b2', 3, ['飞腾', '飞腾信息技术有限公司'], ['art-001', 'art-002', 'art-003']],
    ['信创谷', 'IndustrialCluster', 'Xinchuang Valley', '#332288', 4, ['信创谷'], ['art-001', 'art-002']],
    ['滨海高新区', 'DevelopmentZone', 'Binhai Hi-tech Zone', '#e69f00', 3, ['滨海高新区'], ['art-001']],
    ['国家药品监督管理局', 'GovernmentBody', 'National Medical Products Administration', '#d55e00', 2, ['国家药品监督管理局', '国家药监局'], ['art-002']],
    ['人工智能', 'Technology', 'artificial intelligence', '#999933', 0, ['AI', '人工智能'], ['art-003']],
    [EVIL, 'Company', '<b>Evil & "Co"</b>', '#0072b2', 1, [EVIL], ['art-002']],
  ])('node %s: %s, %s, %s, degree %i', (id, entityType, labelEn, color, degree, aliases, articles) => {
    const attributes = graph.getNodeAttributes(id);
    expect(attributes).toMatchObject({ label: id, entityType, labelEn, color, degree, aliases, articles });
  });

  it.each([
    ['飞腾->麒麟软件:COOPERATES_WITH', 'cooperates with', 2, false, [['art-001', 2], ['art-002', 0]]],
    ['飞腾->信创谷:LOCATED_IN', 'located in', 1, false, [['art-001', 0]]],
    ['飞腾->信创谷:CO_MENTIONED', 'co-mentioned with', 1, true, [['art-002', 3]]],
    ['国家药品监督管理局->CNCT19细胞注射液:APPROVED', 'approved', 1, false, [['art-002', 1]]],
    [`${EVIL}->信创谷:CO_MENTIONED`, 'co-mentioned with', 1, true, [['art-002', 2]]],
  ] as const)('edge %s: "%s", weight %i, coMention %s', (key, label, weight, coMention, evidence) => {
    const attributes = graph.getEdgeAttributes(key);
    expect(attributes).toMatchObject({ label, weight, coMention });
    expect(attributes.evidence.map((e) => [e.article, e.sentence])).toEqual(evidence);
    expect(attributes.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('keeps a typed relation and a co-mention of the same pair as two parallel edges', () => {
    expect(graph.edges('飞腾', '信创谷').sort()).toEqual(['飞腾->信创谷:CO_MENTIONED', '飞腾->信创谷:LOCATED_IN']);
  });

  it('merges evidence: the repeated sentence of art-002 counts once', () => {
    const evidence = graph.getEdgeAttribute('飞腾->麒麟软件:COOPERATES_WITH', 'evidence');
    expect(evidence).toHaveLength(2);
    expect(evidence[1].text).toBe('飞腾与麒麟软件签署战略合作协议。');
    expect(evidence[1].text.slice(...evidence[1].triggerSpan)).toBe('合作');
  });

  it('inserts edges sorted by key, keyed source->target:RELATION', () => {
    const keys = graph.edges();
    expect(keys).toEqual([...keys].sort());
    graph.forEachEdge((edge, attributes, source, target) => {
      expect(edge).toBe(`${source}->${target}:${attributes.relation}`);
    });
    expect(graph.size).toBe(13);
  });

  it('skips the self-loop and the relation to an unknown entity, with one warning each', () => {
    expect(graph.hasNode('某未知公司')).toBe(false);
    expect(graph.selfLoopCount).toBe(0);
    expect(warnings).toEqual([
      'graph: skipped 1 relation(s) from an entity to itself',
      'graph: skipped 1 relation(s) whose ends are not entities ("某未知公司")',
    ]);
  });

  it('stores the articles sorted by id and the type legends', () => {
    expect(graph.getAttribute('articles').map((a) => a.id)).toEqual(['art-001', 'art-002', 'art-003']);
    expect(graph.getAttribute('entityTypes').Company).toEqual({ label: 'company', labelZh: '企业', color: '#0072b2' });
    expect(graph.getAttribute('relationTypes').MEMBER_OF.label).toBe('member of');
  });
});

describe('importance and size', () => {
  const graph = buildGraph(corpus());
  const nodes = graph.mapNodes((id, a) => ({ id, ...a }));

  it('scales importance to (0, 1] with the best connected entity at 1', () => {
    for (const node of nodes) {
      expect(node.importance).toBeGreaterThan(0);
      expect(node.importance).toBeLessThanOrEqual(1);
    }
    expect(nodes.filter((n) => n.importance === 1).map((n) => n.id)).toEqual(['信创谷']);
    expect(graph.getNodeAttribute('人工智能', 'importance')).toBe(Math.min(...nodes.map((n) => n.importance)));
  });

  it('sizes nodes from 4 (least important) to 24 (most), growing with importance', () => {
    const bySize = [...nodes].sort((a, b) => a.importance - b.importance);
    expect(bySize[0].size).toBe(4);
    expect(bySize.at(-1)!.size).toBe(24);
    for (let i = 1; i < bySize.length; i += 1) expect(bySize[i].size).toBeGreaterThanOrEqual(bySize[i - 1].size);
  });

  it('draws co-mention edges thinner than a typed edge of the same weight', () => {
    expect(graph.getEdgeAttribute('飞腾->信创谷:CO_MENTIONED', 'size')).toBeLessThan(
      graph.getEdgeAttribute('飞腾->信创谷:LOCATED_IN', 'size'),
    );
    expect(graph.getEdgeAttribute('飞腾->麒麟软件:COOPERATES_WITH', 'size')).toBeGreaterThan(
      graph.getEdgeAttribute('飞腾->信创谷:LOCATED_IN', 'size'),
    );
  });
});

describe('communities', () => {
  const graph = buildGraph(corpus());
  const community = (id: string) => graph.getNodeAttribute(id, 'community');

  it('numbers communities 0..k-1, community 0 being the largest', () => {
    const sizes = new Map<number, number>();
    graph.forEachNode((_, a) => sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1));
    const numbers = [...sizes.keys()].sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => i));
    expect(numbers.length).toBeGreaterThan(2);
    expect(sizes.get(0)).toBe(Math.max(...sizes.values()));
  });

  it('never puts entities of different connected components together', () => {
    expect(community('合源生物')).toBe(community('CNCT19细胞注射液'));
    expect(community('合源生物')).toBe(community('国家药品监督管理局'));
    expect(community('合源生物')).not.toBe(community('信创谷'));
    const isolated = community('人工智能');
    graph.forEachNode((id, a) => {
      if (id !== '人工智能') expect(a.community).not.toBe(isolated);
    });
  });
});

describe('determinism', () => {
  const serialise = (graph: KnowledgeGraph) => JSON.stringify(graph.export());

  it('builds the same graph twice', () => {
    expect(serialise(buildGraph(corpus()))).toBe(serialise(buildGraph(corpus())));
  });

  it.each(['a', 'b', 'c'])('builds the same graph whatever the input order (shuffle seed %s)', (seed) => {
    const input = corpus();
    const reordered: Corpus = {
      articles: shuffled(input.articles, seed),
      entities: shuffled(input.entities, seed).map((e) => ({ ...e, aliases: shuffled(e.aliases, seed) })),
      relations: shuffled(input.relations, seed),
    };
    expect(serialise(buildGraph(reordered))).toBe(serialise(buildGraph(input)));
  });
});

describe('edge cases and bad input', () => {
  it('builds an empty graph from an empty corpus', () => {
    const graph = buildGraph({ articles: [], entities: [], relations: [] });
    expect([graph.order, graph.size]).toEqual([0, 0]);
  });

  it('gives every node the middle size when all are equally important', () => {
    const { entities } = corpus();
    const graph = buildGraph({ articles: [], entities: entities.slice(0, 2), relations: [] });
    graph.forEachNode((_, a) => expect([a.importance, a.size]).toEqual([1, 14]));
  });

  it('draws types outside the vocabulary in grey instead of failing', () => {
    const { articles, entities, relations } = corpus();
    const odd = { ...entities[0], id: '某物', name: '某物', type: 'Gadget' as never };
    const graph = buildGraph({
      articles,
      entities: [...entities, odd],
      relations: [...relations, { ...relations[0], source: '某物', target: '飞腾', relation: 'SUPPLIES_TO' as never }],
    });
    expect(graph.getNodeAttribute('某物', 'color')).toBe('#888888');
    expect(graph.getEdgeAttributes('某物->飞腾:SUPPLIES_TO')).toMatchObject({ label: 'supplies to', color: '#888888', coMention: false });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('keys an entity named %s apart from Object.prototype, its name kept as label', (name) => {
    const { articles, entities, relations } = corpus();
    const odd = { ...entities[0], id: name, name, type: 'Product' as const };
    const linked = [0, 1].map((i) => ({ ...relations[i], source: name, target: '飞腾' }));
    const graph = buildGraph({ articles, entities: [...entities, odd], relations: [...relations, ...linked, { ...relations[0], source: '信创谷', target: name }] });
    const key = `${name}${RESERVED_KEY_SUFFIX}`;
    expect(graph.hasNode(key)).toBe(true);
    expect(graph.getNodeAttribute(key, 'label')).toBe(name);
    expect(graph.outNeighbors(key)).toEqual(['飞腾']);
    expect(graph.inNeighbors(key)).toEqual(['信创谷']);
    expect(graph.degree(key)).toBe(3);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('rejects two entities with the same id, naming it', () => {
    const { articles, entities, relations } = corpus();
    expect(() => buildGraph({ articles, entities: [...entities, entities[0]], relations })).toThrow(InputError);
    expect(() => buildGraph({ articles, entities: [...entities, entities[0]], relations })).toThrow(/人工智能.*appears twice/);
  });

  it.each([
    [{ seed: '' }, /seed/],
    [{ minNodeSize: 0 }, /minNodeSize/],
    [{ maxNodeSize: Number.NaN }, /maxNodeSize/],
    [{ minNodeSize: 30, maxNodeSize: 10 }, /exceeds/],
    [{ coMentionWeight: -1 }, /coMentionWeight/],
    [{ resolution: 0 }, /resolution/],
  ])('rejects options %j', (options, message) => {
    expect(() => buildGraph(corpus(), options)).toThrow(OptionsError);
    expect(() => buildGraph(corpus(), options)).toThrow(message);
  });
});
