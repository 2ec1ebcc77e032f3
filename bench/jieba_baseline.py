"""The do-it-yourself baseline kg is compared with: jieba POS tagging + networkx.

Reads a JSONL corpus ({"id","text"} a line), tags each sentence with jieba.posseg, takes nt (organisations),
nr (people) and ns (places) as entities, links the entities of a sentence (weight = sentences), writes GEXF.
Prints one JSON line: characters, bytes, seconds (dictionary load, tagging, graph, writing), nodes, edges.

    python3 bench/jieba_baseline.py corpus.jsonl out.gexf
"""
import itertools
import json
import re
import sys
import time

import jieba
import jieba.posseg as pseg
import networkx as nx

ENTITY_FLAGS = {"nt": "Organization", "nr": "Person", "ns": "Place"}
SENTENCE_END = re.compile(r"(?<=[。！？；!?;\n])")


def main(corpus_path, out_path):
    started = time.perf_counter()
    jieba.setLogLevel(60)
    jieba.initialize()
    loaded = time.perf_counter()
    graph = nx.Graph()
    chars = 0
    size = 0
    tagging = 0.0
    with open(corpus_path, encoding="utf-8") as corpus:
        for line in corpus:
            if not line.strip():
                continue
            size += len(line.encode("utf-8"))
            text = json.loads(line)["text"]
            chars += len(text)
            for sentence in SENTENCE_END.split(text):
                if not sentence.strip():
                    continue
                tag_start = time.perf_counter()
                entities = {}
                for word, flag in pseg.cut(sentence):
                    if flag in ENTITY_FLAGS and len(word) > 1:
                        entities[word] = ENTITY_FLAGS[flag]
                tagging += time.perf_counter() - tag_start
                for name, kind in entities.items():
                    if graph.has_node(name):
                        graph.nodes[name]["mentions"] += 1
                    else:
                        graph.add_node(name, label=name, kind=kind, mentions=1)
                for a, b in itertools.combinations(sorted(entities), 2):
                    if graph.has_edge(a, b):
                        graph[a][b]["weight"] += 1
                    else:
                        graph.add_edge(a, b, weight=1)
    built = time.perf_counter()
    nx.write_gexf(graph, out_path)
    finished = time.perf_counter()
    print(json.dumps({
        "chars": chars,
        "bytes": size,
        "seconds": round(finished - started, 3),
        "load_seconds": round(loaded - started, 3),
        "tagging_seconds": round(tagging, 3),
        "graph_seconds": round(built - loaded - tagging, 3),
        "write_seconds": round(finished - built, 3),
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
    }))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python3 bench/jieba_baseline.py CORPUS.jsonl OUT.gexf")
    main(sys.argv[1], sys.argv[2])
