/**
 * graph.gexf through graphology-gexf's `write` (one string) against the builder's streamed writer (src/export/gexf.ts),
 * on a built graph.json: wall time and peak RSS, each writer in its own process.
 *   npx tsx bench/gexf-writers.ts graph/out/graph.json
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { formatGexfEdge, formatGexfNode, writeGexf } from '../src/export/index.js';
import type { KnowledgeGraph } from '../src/graph/index.js';

const [file, writer] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx bench/gexf-writers.ts GRAPH_JSON');
  process.exit(2);
}

if (writer) {
  // One writer, in this process.
  const graph = MultiDirectedGraph.from(JSON.parse(readFileSync(file, 'utf8'))) as unknown as KnowledgeGraph;
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  const out = join(tmpdir(), `kg-bench-${writer}.gexf`);
  if (writer === 'graphology-gexf') {
    writeFileSync(out, write(graph, { version: '1.3', pedantic: true, formatNode: (_k, a) => formatGexfNode(a), formatEdge: (_k, a) => formatGexfEdge(a) }));
  } else {
    await writeGexf(graph, out);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ seconds, rssBeforeMB: before / 1024, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
} else {
  const self = fileURLToPath(import.meta.url);
  console.log('| writer | seconds | RSS with the graph loaded (MB) | peak RSS (MB) |\n| --- | ---: | ---: | ---: |');
  for (const name of ['graphology-gexf', 'streamed']) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', self, file, name], { encoding: 'utf8' });
    if (run.status !== 0) {
      console.log(`| ${name} | failed: ${run.stderr.trim().split('\n').at(-1)} | | |`);
      continue;
    }
    const r = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    console.log(`| ${name} | ${r.seconds.toFixed(1)} | ${r.rssBeforeMB.toFixed(0)} | ${r.peakRssMB.toFixed(0)} |`);
  }
}
