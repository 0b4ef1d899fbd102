#!/usr/bin/python3
"""Recompute the expected findings of README.md with networkx and python-igraph.

Run with an interpreter that has networkx 2.8.8 and python-igraph 0.10.2
(Debian: /usr/bin/python3). Strengths and HITS come from networkx (HITS
cross-checked with igraph hub_score/authority_score); Gould-Fernandez
brokerage is counted here by brute force (networkx and igraph have none):
for every broker b and every ordered pair a -> b -> c with a != c and no
tie a -> c, the triple is classified by the groups (column `role`) of a, b,
c: coordinator (all the same), gatekeeper (b = c != a), representative
(a = b != c), consultant (a = c != b), liaison (all different).
Exits 1 if a stated finding does not hold.
"""
import csv
import os
import statistics
import sys
import warnings

import igraph as ig
import networkx as nx

warnings.simplefilter("ignore", FutureWarning)   # networkx 2.8 adjacency_matrix notice
HERE = os.path.dirname(os.path.abspath(__file__))


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


nodes = read("nodes.csv")
role = {r["id"]: r["role"] for r in nodes}
G = nx.DiGraph()
G.add_nodes_from(role)
for r in read("edges.csv"):
    G.add_edge(r["source"], r["target"], weight=float(r["weight"]), type=r["type"])
ok = True


def check(cond, msg):
    global ok
    if not cond:
        ok = False
        print("FAILED:", msg)


systems = sorted(n for n in G if role[n] == "systems")
suppliers = sorted(n for n in G if role[n] == "supplier")
shared = sorted(s for s in suppliers if sum(1 for t in G.successors(s) if role[t] == "systems") >= 2)
single = sorted(set(suppliers) - set(shared))
print("nodes %d, directed ties %d, total weight %g, weakly connected components %d"
      % (G.number_of_nodes(), G.number_of_edges(), G.size(weight="weight"),
         nx.number_weakly_connected_components(G)))
print("roles:", ", ".join("%s %d" % (r, sum(1 for n in G if role[n] == r))
                          for r in ("systems", "supplier", "subsupplier", "rnd", "support")))
print("shared suppliers (>= 2 systems customers): %d: %s" % (len(shared), " ".join(shared)))

ins = dict(G.in_degree(weight="weight"))
outs = dict(G.out_degree(weight="weight"))
rank_in = sorted(G, key=lambda v: (-ins[v], v))
print("top 7 in-strength:", ", ".join("%s %g" % (v, ins[v]) for v in rank_in[:7]))
check(set(rank_in[:5]) == set(systems), "systems firms have the 5 highest in-strengths")
print("lowest systems in-strength %g > highest other in-strength %g"
      % (min(ins[s] for s in systems), max(ins[v] for v in G if role[v] != "systems")))

# Gould-Fernandez brokerage
ROLES = ("coordinator", "gatekeeper", "representative", "consultant", "liaison")
gf = {v: dict.fromkeys(ROLES, 0) for v in G}
for b in G:
    for a in G.predecessors(b):
        for c in G.successors(b):
            if a == c or G.has_edge(a, c):
                continue
            ga, gb, gc = role[a], role[b], role[c]
            if ga == gb == gc:
                k = "coordinator"
            elif gb == gc:
                k = "gatekeeper"
            elif ga == gb:
                k = "representative"
            elif ga == gc:
                k = "consultant"
            else:
                k = "liaison"
            gf[b][k] += 1
tot = {v: sum(gf[v].values()) for v in G}
print("GF brokerage totals by role group:")
for r in ("systems", "supplier", "subsupplier", "rnd", "support"):
    vs = [v for v in G if role[v] == r]
    print("  %-12s sum %4d  " % (r, sum(tot[v] for v in vs)) +
          " ".join("%s %d" % (k, sum(gf[v][k] for v in vs)) for k in ROLES))
print("mean GF total: shared suppliers %.4f, single-customer suppliers %.4f"
      % (statistics.mean(tot[v] for v in shared), statistics.mean(tot[v] for v in single)))
print("mean liaison: shared %.4f, single %.4f"
      % (statistics.mean(gf[v]["liaison"] for v in shared), statistics.mean(gf[v]["liaison"] for v in single)))
rank_gf = sorted(suppliers, key=lambda v: (-tot[v], v))
print("top 10 suppliers by GF total:", ", ".join("%s %d%s" % (v, tot[v], "*" if v in shared else "")
                                                  for v in rank_gf[:10]), "(* shared)")
top_b = sorted(G, key=lambda v: (-tot[v], v))[:5]
print("top 5 brokers overall:", ", ".join("%s %d (%s)" % (v, tot[v], role[v]) for v in top_b))
n_top_shared = sum(1 for v in rank_gf[:len(shared)] if v in shared)
print("of the top %d suppliers by brokerage, %d are shared" % (len(shared), n_top_shared))

# HITS (weighted, networkx; igraph cross-check)
h, a = nx.hits(G, max_iter=10000, tol=1e-12)
ids = sorted(G)
gi = ig.Graph(directed=True)
gi.add_vertices(ids)
ix = {v: k for k, v in enumerate(ids)}
gi.add_edges([(ix[u], ix[v]) for u, v in G.edges()])
gi.es["weight"] = [d["weight"] for _, _, d in G.edges(data=True)]
hi = gi.hub_score(weights="weight", scale=True)
ai = gi.authority_score(weights="weight", scale=True)
mh, ma = max(h.values()), max(a.values())
diff = max(max(abs(h[v] / mh - hi[ix[v]]) for v in ids), max(abs(a[v] / ma - ai[ix[v]]) for v in ids))
print("HITS: networkx vs igraph (max-scaled) max difference %.2e" % diff)
rank_a = sorted(ids, key=lambda v: (-a[v], v))
rank_h = sorted(ids, key=lambda v: (-h[v], v))
print("top 6 authorities (scaled to max 1):", ", ".join("%s %.4f" % (v, a[v] / ma) for v in rank_a[:6]))
print("top 10 hubs (scaled to max 1):", ", ".join("%s %.4f%s" % (v, h[v] / mh, "*" if v in shared else "")
                                                  for v in rank_h[:10]))
top_hubs_shared = sum(1 for v in rank_h[:10] if v in shared)
print("of the top 10 hubs, %d are shared suppliers" % top_hubs_shared)
print("mean hub score (scaled): shared %.4f, single %.4f"
      % (statistics.mean(h[v] / mh for v in shared), statistics.mean(h[v] / mh for v in single)))

# unweighted HITS (all ties weight 1)
U = nx.DiGraph(G.edges())
U.add_nodes_from(G)
hu, au = nx.hits(U, max_iter=10000, tol=1e-12)
mhu, mau = max(hu.values()), max(au.values())
rank_hu = sorted(ids, key=lambda v: (-hu[v], v))
rank_au = sorted(ids, key=lambda v: (-au[v], v))
print("unweighted HITS: top 6 authorities:", ", ".join("%s %.4f" % (v, au[v] / mau) for v in rank_au[:6]))
print("unweighted HITS: top 10 hubs:", ", ".join("%s %.4f%s" % (v, hu[v] / mhu, "*" if v in shared else "")
                                                 for v in rank_hu[:10]))
top_hu_shared = sum(1 for v in rank_hu[:10] if v in shared)
print("unweighted: of the top 10 hubs, %d are shared suppliers; mean hub shared %.4f, single %.4f"
      % (top_hu_shared, statistics.mean(hu[v] / mhu for v in shared),
         statistics.mean(hu[v] / mhu for v in single)))

check(diff < 1e-6, "networkx and igraph HITS agree")
check(statistics.mean(tot[v] for v in shared) > 2 * statistics.mean(tot[v] for v in single),
      "shared suppliers broker more than twice as much as single-customer suppliers")
check(set(rank_a[:5]) == set(systems), "the 5 systems firms are the top authorities")
check(top_hubs_shared >= 6, "at least 6 of the top 10 weighted hubs are shared suppliers")
check(statistics.mean(h[v] for v in shared) > 2 * statistics.mean(h[v] for v in single),
      "shared suppliers' mean weighted hub score > 2x single-customer suppliers'")
check(set(rank_au[:5]) == set(systems), "the 5 systems firms are the top unweighted authorities")
check(top_hu_shared >= 8, "at least 8 of the top 10 unweighted hubs are shared suppliers")
print("all findings hold" if ok else "SOME FINDINGS FAIL")
sys.exit(0 if ok else 1)
