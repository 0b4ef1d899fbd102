#!/usr/bin/python3
"""The same per-window work with the tools an analyst would pick instead:
pandas (read the table once, block ties per pair of groups, E-I) and
networkx (density and components of each year's graph), python sets for
the tie changes. Run with Debian's /usr/bin/python3.

    peers.py EDGES NODES
"""
import sys
import time

import networkx as nx
import pandas as pd

t0 = time.time()
edges = pd.read_csv(sys.argv[1], usecols=["source", "target", "weight", "year"])
nodes = pd.read_csv(sys.argv[2])
group = dict(zip(nodes["id"], nodes["group"]))
t1 = time.time()
prev = None
checksum = 0.0
for y in range(2005, 2025):
    e = edges[edges.year == y]
    a = e.source.where(e.source < e.target, e.target)
    b = e.target.where(e.source < e.target, e.source)
    ties = pd.DataFrame({"a": a, "b": b, "w": e.weight}).groupby(["a", "b"], as_index=False).w.sum()
    g = nx.Graph()
    g.add_nodes_from(group)
    g.add_weighted_edges_from(ties.itertuples(index=False, name=None))
    ga, gb = ties.a.map(group), ties.b.map(group)
    blocks = ties.groupby([ga, gb]).size()
    inside = (ga == gb).sum()
    ei = (len(ties) - 2 * inside) / len(ties)
    checksum += nx.density(g) + ei + 0 * nx.number_connected_components(g) + 0 * len(blocks)
    cur = set(zip(ties.a, ties.b))
    if prev is not None:
        checksum += len(cur - prev) - len(prev - cur)
    prev = cur
t2 = time.time()
print("pandas+networkx: windows=20 parse_s=%.3f windows_s=%.3f total_s=%.3f checksum=%.10g"
      % (t1 - t0, t2 - t1, t2 - t0, checksum))
