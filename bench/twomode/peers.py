#!/usr/bin/python3
"""networkx side of bench/twomode: what a user would write instead.

peers.py MEMBERS CAP [clustering]

Reads the actor-event table, leaves out events of more than CAP members
(0: none), builds the bipartite graph, takes networkx 2.8's bipartite
degrees and density, projects it (weighted_projected_graph: shared
events, innolink's count projection without membership weights), and
filters the projection with the disparity filter written the usual way
(alpha_ij = (1 - w_ij/s_i)^(k_i - 1) from each end, kept below 0.05 from
either). With `clustering`, also bipartite.clustering of every node. Prints
one line per step: the step, seconds, and a count to compare with
innolink's output.
"""
import csv
import sys
import time
from collections import Counter

import networkx as nx
from networkx.algorithms import bipartite as bp


def step(name, t0, what):
    print("%-22s %8.1f s  %s" % (name, time.perf_counter() - t0, what), flush=True)
    return time.perf_counter()


members, cap = sys.argv[1], int(sys.argv[2])
t = time.perf_counter()
rows = [(r["actor"], r["event"]) for r in csv.DictReader(open(members, encoding="utf-8"))]
if cap > 0:
    size = Counter(e for _, e in rows)
    rows = [(a, e) for a, e in rows if size[e] <= cap]
actors = {a for a, _ in rows}
B = nx.Graph()
B.add_nodes_from(actors, bipartite=0)
B.add_nodes_from(("e", e) for _, e in rows)
B.add_edges_from((a, ("e", e)) for a, e in rows)
t = step("read + bipartite graph", t, "%d memberships" % B.number_of_edges())
deg_a, deg_e = bp.degrees(B, [n for n in B if isinstance(n, tuple)])
density = bp.density(B, actors)
t = step("degrees + density", t, "density %.6g" % density)
if len(sys.argv) > 3 and sys.argv[3] == "clustering":
    cl = bp.clustering(B)
    t = step("bipartite.clustering", t, "%d nodes" % len(cl))
P = bp.weighted_projected_graph(B, actors)
t = step("projection", t, "%d ties" % P.number_of_edges())
del B
s = dict(P.degree(weight="weight"))
k = dict(P.degree())


def alpha(w, n):
    return 1.0 if k[n] == 1 else (1 - w / s[n]) ** (k[n] - 1)


kept = sum(1 for u, v, w in P.edges(data="weight") if min(alpha(w, u), alpha(w, v)) < 0.05)
t = step("disparity filter", t, "%d ties kept" % kept)
