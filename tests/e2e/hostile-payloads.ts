/** Hostile graph files for the e2e tests: XML entity bombs and external references, unknown and ill-typed attributes, huge lists. */

export const GEXF_OPEN = '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph defaultedgetype="directed">';
export const GEXF_CLOSE = '</graph></gexf>';
/** A GEXF 1.3 document with these <node> and <edge> elements. */
export const gexfGraph = (nodes: string, edges = '') => `${GEXF_OPEN}<nodes>${nodes}</nodes><edges>${edges}</edges>${GEXF_CLOSE}`;

/** Ten entities, each ten times the one before: 10⁹ "lol"s (3 GB) once expanded. */
export function billionLaughs(): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE gexf [\n${entities.join('\n')}\n]>\n${gexfGraph('<node id="a" label="&lol9;"/>')}`;
}

/** GEXF files with a DOCTYPE: entity bombs, external entities (one on the test server at `origin`, one on disk), an external DTD, a parameter entity. */
export function doctypeFiles(origin: string): { name: string; content: () => string }[] {
  return [
    { name: 'billion-laughs.gexf', content: billionLaughs },
    {
      name: 'quadratic-blowup.gexf',
      content: () => `<!DOCTYPE gexf [<!ENTITY a "${'x'.repeat(100_000)}">]>${gexfGraph(`<node id="a" label="${'&a;'.repeat(10_000)}"/>`)}`,
    },
    {
      name: 'external-entity.gexf',
      content: () => `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY secret SYSTEM "${origin}/secret.txt"><!ENTITY passwd SYSTEM "file:///etc/passwd">]>${gexfGraph('<node id="a" label="&secret;&passwd;"/>')}`,
    },
    {
      name: 'external-dtd.gexf',
      content: () => `\uFEFF<?xml version="1.0"?>\n<!-- a comment first -->\n<!DOCTYPE gexf SYSTEM "${origin}/evil.dtd">\n${gexfGraph('<node id="a" label="a"/>')}`,
    },
    {
      name: 'parameter-entity.xml',
      content: () => `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY % remote SYSTEM "${origin}/remote.dtd"> %remote;]>${gexfGraph('<node id="a" label="a"/>')}`,
    },
  ];
}

/** Graphology JSON whose nodes, edges and graph carry unknown, ill-typed, script-like and reserved (`__proto__`, `constructor`) attributes and keys; `hostileType` is an entity type made of markup. */
export function unknownAttributesJson(hostileType: string): string {
  return `{
      "options": { "type": "undirected", "multi": false, "allowSelfLoops": true },
      "attributes": {
        "__proto__": { "polluted": "graph" }, "onload": "window.kgPwned=3",
        "articles": [{ "id": "a1", "title": "<script>window.kgPwned=4</script>文章", "url": "javascript:window.kgPwned=5" }, "not an article"],
        "entityTypes": { ${JSON.stringify(hostileType)}: { "color": "url(javascript:window.kgPwned=6)", "label": "<iframe src=javascript:window.kgPwned=7>" } },
        "relationTypes": []
      },
      "nodes": [
        { "key": "u1", "attributes": { "label": "未知属性", "entityType": ${JSON.stringify(hostileType)}, "type": "image", "image": "javascript:window.kgPwned=8",
          "hidden": true, "zIndex": "top", "size": 1e308, "color": "red;background:url(javascript:window.kgPwned=9)", "onclick": "window.kgPwned=10",
          "innerHTML": "<img src=x onerror=window.kgPwned=11>", "__proto__": { "polluted": "node" }, "constructor": { "prototype": { "polluted": "ctor" } },
          "articles": ["a1"], "x": 0, "y": 0 } },
        { "key": "u2", "attributes": { "label": "__proto__", "entityType": "constructor", "x": 10, "y": 10 } },
        { "key": "u3", "attributes": { "label": "toString", "entityType": "__proto__", "aliases": { "length": 1e9 }, "articles": "a1", "mentions": "lots", "community": {}, "x": 20, "y": 0 } },
        { "key": "u4", "attributes": [1, 2, 3] },
        { "key": "__proto__" }, { "key": "constructor" }, { "key": "toString" },
        { "key": { "nested": true } }, "just a string", null, { "key": "u1" }
      ],
      "edges": [
        { "source": "u1", "target": "u2", "attributes": { "type": "noSuchProgram", "kind": "<b>kind</b>", "curvature": "x", "weight": -1, "evidence": "{not json", "size": "huge" } },
        { "source": "u1", "target": "ghost" },
        { "source": "u2", "target": "__proto__" },
        { "source": "u2", "target": "u3", "attributes": { "relation": "toString" } },
        { "source": "u3", "target": "u1", "undirected": true, "attributes": { "relation": "CO_MENTIONED",
          "evidence": [{ "text": "<img src=x onerror=window.kgPwned=12>", "sourceSpan": [0, 999], "article": "a1" }, 42] } }
      ]
    }`;
}

/** GEXF with undeclared and script-like attributes, an image shape with a javascript: URI, broken colours, sizes and positions. */
export function unknownAttributesGexf(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${GEXF_OPEN.replace('defaultedgetype="directed"', 'defaultedgetype="directed" mode="dynamic" unknown="x"')}
      <attributes class="node">
        <attribute id="0" title="onload" type="string"/><attribute id="1" title="x" type="liststring"/>
        <attribute id="2" title="__proto__" type="string"/><attribute id="3" title="constructor" type="integer"/>
      </attributes>
      <nodes>
        <node id="g1" label="&lt;img src=x onerror=window.kgPwned=13&gt;甲" pid="nowhere" start="garbage">
          <attvalues><attvalue for="0" value="window.kgPwned=14"/><attvalue for="1" value="[1,2]"/><attvalue for="2" value="polluted"/><attvalue for="3" value="7"/><attvalue for="99" value="undeclared"/></attvalues>
          <viz:shape value="image" uri="javascript:window.kgPwned=15"/><viz:color r="999" g="-1" b="x" a="2"/><viz:size value="-5"/><viz:position x="NaN" y="1e999"/>
        </node>
        <node id="g2" label="乙"><spells><spell start="x"/></spells><viz:color hex="url(javascript:window.kgPwned=16)"/><viz:position x="10" y="10"/></node>
        <node id="g3" label="丙"><viz:position x="-10" y="5"/></node>
      </nodes>
      <edges><edge source="g1" target="g2" weight="abc"/><edge source="g3" target="g2" kind="&lt;b&gt;"/></edges>
    ${GEXF_CLOSE}`;
}

/** Two nodes, one of them with `count` articles and aliases, on an edge with `count` evidence sentences after one of 4 MB. */
export function hugeListsJson(count: number): string {
  const evidence = Array.from({ length: count }, (_, i) => ({ article: `a${i}`, sentence: i, text: `第${i}句：甲与乙合作`, sourceSpan: [3, 4] }));
  evidence.unshift({ article: 'a0', sentence: 0, text: `甲${'长句'.repeat(2_000_000)}`, sourceSpan: [0, 1] });
  return JSON.stringify({
    attributes: { articles: Array.from({ length: count }, (_, i) => ({ id: `a${i}`, title: `文章${i}` })) },
    nodes: [
      { key: '甲', attributes: { label: '甲公司', x: 0, y: 0, articles: Array.from({ length: count }, (_, i) => `a${i}`), aliases: Array.from({ length: count }, (_, i) => `别名${i}`) } },
      { key: '乙', attributes: { label: '乙公司', x: 10, y: 0 } },
    ],
    edges: [{ source: '甲', target: '乙', attributes: { relation: 'COOPERATES_WITH', evidence } }],
  });
}
