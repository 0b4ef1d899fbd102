#!/usr/bin/python3
"""Exact weighted betweenness with a peer library, on an innolink edge table.

usage: peers.py igraph|networkx EDGES [K]

Lengths are 1/w as innolink's default --path-weight inverse. igraph:
Graph.betweenness(weights=length), exact. networkx:
betweenness_centrality(weight=length) from K sampled sources (default:
all; exact on 20k nodes takes hours in pure Python), the time to scale by
n/K is printed. Prints: peer, nodes, sources, seconds of the computation.
"""
import csv
import sys
import time


def read(path):
    ids, edges = {}, []
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            u = ids.setdefault(r["source"], len(ids))
            v = ids.setdefault(r["target"], len(ids))
            edges.append((u, v, 1.0 / float(r["weight"])))
    return len(ids), edges


def main():
    peer, path = sys.argv[1], sys.argv[2]
    n, edges = read(path)
    if peer == "igraph":
        import igraph
        g = igraph.Graph(n=n, edges=[(u, v) for u, v, _ in edges])
        g.es["length"] = [d for _, _, d in edges]
        t = time.time()
        g.betweenness(weights="length")
        k = n
    else:
        import networkx as nx
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_weighted_edges_from(edges, weight="length")
        k = int(sys.argv[3]) if len(sys.argv) > 3 else n
        t = time.time()
        nx.betweenness_centrality(g, k=None if k == n else k, weight="length", seed=1)
    print("%s nodes=%d sources=%d seconds=%.2f" % (peer, n, k, time.time() - t))


if __name__ == "__main__":
    main()
