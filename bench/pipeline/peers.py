#!/usr/bin/python3
"""The issue-16 pipeline in python-igraph, step by step, for bench/pipeline/run.sh.

    peers.py EDGES OUTDIR [STEP ...]

Loads the edge table (source,target,weight and any further columns as edge
attributes), merges repeated ties by summing their weights as innolink's
default does, then runs each step and writes what innolink writes for it
(a CSV of one row per node, or the GraphML file), so that the work is the
same. Prints one line per step: "step CPU_SECONDS WALL_SECONDS [value]",
CPU time being this process's (time.process_time(): every thread of it),
and at the end the peak resident memory.

Steps (default: all, in this order): load summary pagerank eigenvector
coreness leiden louvain graphml. summary computes what `innolink summary`
does: density, components, transitivity, average clustering (zero for
degree < 2), degree assortativity, and hop distances from 200 random
sources (breadth-first searches, igraph's own C code).
"""
import csv
import os
import random
import resource
import sys
import time

import igraph as ig


def step(name, fn):
    c0, w0 = time.process_time(), time.perf_counter()
    value = fn()
    c1, w1 = time.process_time(), time.perf_counter()
    extra = "" if value is None else " %s" % value
    print("%s %.2f %.2f%s" % (name, c1 - c0, w1 - w0, extra), flush=True)
    return value


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        head = next(rows)
        s, t, w = head.index("source"), head.index("target"), head.index("weight")
        rest = [i for i in range(len(head)) if i not in (s, t, w)]
        edges, weights, attrs = [], [], [[] for _ in rest]
        for r in rows:
            edges.append((r[s], r[t]))
            weights.append(float(r[w]))
            for k, i in enumerate(rest):
                attrs[k].append(r[i])
    g = ig.Graph.TupleList(edges, directed=False)
    g.es["weight"] = weights
    for k, i in enumerate(rest):
        g.es[head[i]] = attrs[k]
    combine = {"weight": "sum"}
    for i in rest:
        combine[head[i]] = "first"
    g.simplify(multiple=True, loops=True, combine_edges=combine)
    return g


def write_nodes(g, path, name, values):
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["id", name])
        for v, x in zip(g.vs["name"], values):
            out.writerow([v, repr(x)])


def summary(g):
    n, m = g.vcount(), g.ecount()
    density = 2.0 * m / (n * (n - 1))
    comps = len(g.connected_components())
    trans = g.transitivity_undirected()
    clus = g.transitivity_avglocal_undirected(mode="zero")
    assort = g.assortativity_degree(directed=False)
    random.seed(42)
    total = pairs = far = 0
    for src in random.sample(range(n), 200):
        _, layers, _ = g.bfs(src)
        for d in range(1, len(layers) - 1):
            size = layers[d + 1] - layers[d]
            total += d * size
            pairs += size
        far = max(far, len(layers) - 2)
    return "apl=%.4f diameter>=%d transitivity=%.6f clustering=%.6f assortativity=%.6f " \
           "components=%d density=%.3g" % (total / pairs, far, trans, clus, assort, comps, density)


def main():
    path, out = sys.argv[1], sys.argv[2]
    steps = sys.argv[3:] or ["load", "summary", "pagerank", "eigenvector", "coreness",
                             "leiden", "louvain", "graphml"]
    box = []
    step("load", lambda: box.append(load(path)))
    g = box[0]
    print("# nodes %d ties %d" % (g.vcount(), g.ecount()), flush=True)
    for s in steps:
        if s == "summary":
            step("summary", lambda: summary(g))
        elif s == "pagerank":
            step("pagerank", lambda: write_nodes(g, os.path.join(out, "py-pagerank.csv"),
                                                 "pagerank", g.pagerank(weights="weight")))
        elif s == "eigenvector":
            step("eigenvector", lambda: write_nodes(
                g, os.path.join(out, "py-eigenvector.csv"), "eigenvector",
                g.eigenvector_centrality(weights="weight", scale=True)))
        elif s == "coreness":
            step("coreness", lambda: write_nodes(g, os.path.join(out, "py-coreness.csv"),
                                                 "coreness", g.coreness()))
        elif s in ("leiden", "louvain"):
            def detect(method=s):
                random.seed(42)
                if method == "leiden":
                    c = g.community_leiden(objective_function="modularity", weights="weight",
                                           n_iterations=2)
                else:
                    c = g.community_multilevel(weights="weight")
                write_nodes(g, os.path.join(out, "py-%s.csv" % method), "community",
                            [k + 1 for k in c.membership])
                return "modularity=%.6f" % g.modularity(c.membership, weights="weight")
            step(s, detect)
        elif s == "graphml":
            step("graphml", lambda: g.write_graphml(os.path.join(out, "py.graphml")))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("# peak_rss_kib %d" % peak, flush=True)


if __name__ == "__main__":
    main()
