#!/usr/bin/python3
"""The same degree-preserving null ensemble with the tools users would pick
instead, for bench/nulls/run.sh (times printed as 'seconds=S samples=K').

usage: peers.py igraph|networkx EDGES NODES SAMPLES

Per sample: 10 x m degree-preserving swaps (python-igraph Graph.rewire in
"simple" mode; networkx double_edge_swap), then the E-I index of the
groups, the block densities and nominal assortativity; networkx also
counts Gould-Fernandez brokerage per node (python-igraph has no
brokerage). Strengths are not carried (neither tool moves them with a
swap): these are lower bounds of what innolink computes.
"""
import csv
import sys
import time


def load(edges, nodes):
    grp = {r["id"]: r["sector"] for r in csv.DictReader(open(nodes, encoding="utf-8"))}
    ties = set()
    for r in csv.DictReader(open(edges, encoding="utf-8")):
        a, b = r["source"], r["target"]
        if a != b:
            ties.add((a, b) if a < b else (b, a))
    return grp, sorted(ties)


def with_igraph(grp, ties, samples):
    import igraph as ig
    import numpy as np
    ids = sorted(grp)
    index = {v: i for i, v in enumerate(ids)}
    groups = sorted(set(grp.values()))
    gi = np.array([groups.index(grp[v]) for v in ids])
    g = ig.Graph(n=len(ids), edges=[(index[a], index[b]) for a, b in ties])
    m = g.ecount()
    t0 = time.time()
    for _ in range(samples):
        h = g.copy()
        h.rewire(n=10 * m, mode="simple")
        el = np.array(h.get_edgelist())
        a, b = gi[el[:, 0]], gi[el[:, 1]]
        ins = int((a == b).sum())
        ei = (m - 2 * ins) / m
        k = len(groups)
        blocks = np.bincount(np.minimum(a, b) * k + np.maximum(a, b), minlength=k * k)
        r = h.assortativity_nominal(list(gi), directed=False)
        _ = (ei, blocks, r)
    return time.time() - t0


def with_networkx(grp, ties, samples):
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(grp)
    g.add_edges_from(ties)
    nx.set_node_attributes(g, grp, "sector")
    m = g.number_of_edges()
    t0 = time.time()
    for s in range(samples):
        h = g.copy()
        nx.double_edge_swap(h, nswap=10 * m, max_tries=100 * m, seed=s)
        ins = sum(1 for u, v in h.edges() if grp[u] == grp[v])
        ei = (m - 2 * ins) / m
        r = nx.attribute_assortativity_coefficient(h, "sector")
        broker = {}
        for v in h:
            nb = list(h[v])
            c = 0
            for a in nb:
                na = h[a]
                for b in nb:
                    if b != a and b not in na:
                        c += 1
            broker[v] = c
        _ = (ei, r, broker)
    return time.time() - t0


def main():
    tool, edges, nodes, samples = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    grp, ties = load(edges, nodes)
    secs = (with_igraph if tool == "igraph" else with_networkx)(grp, ties, samples)
    print("seconds=%.2f samples=%d" % (secs, samples))


if __name__ == "__main__":
    main()
