#!/usr/bin/python3
"""Recompute the expected findings of README.md with networkx (reference peer).

Run with an interpreter that has networkx 2.8.8 (Debian: /usr/bin/python3).
Freeman degree centralization and the core-periphery correlation are written
out here (networkx has neither); degrees, k-cores and components come from
networkx. Exits 1 if a stated finding does not hold.
"""
import csv
import os
import statistics
import sys

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


nodes = read("nodes.csv")
role = {r["id"]: r["role"] for r in nodes}
rea = {r["id"]: r["rea"] for r in nodes}
G = nx.Graph()
G.add_nodes_from(role)
for r in read("edges.csv"):
    G.add_edge(r["source"], r["target"], weight=float(r["weight"]), type=r["type"])
hubs = {n for n in G if role[n] == "hub"}
ok = True


def check(cond, msg):
    global ok
    if not cond:
        ok = False
        print("FAILED:", msg)


n, m, W = G.number_of_nodes(), G.number_of_edges(), G.size(weight="weight")
print("nodes %d (hubs %d), ties %d, total weight %g, components %d, isolates %d"
      % (n, len(hubs), m, W, nx.number_connected_components(G), nx.number_of_isolates(G)))
kinds = {}
for a, b in G.edges():
    k = "-".join(sorted((role[a], role[b])))
    kinds[k] = kinds.get(k, 0) + 1
print("ties by roles:", ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
touch = sum(1 for a, b in G.edges() if a in hubs or b in hubs)
wtouch = sum(d["weight"] for a, b, d in G.edges(data=True) if a in hubs or b in hubs)
print("ties touching a hub: %d of %d (%.4f); weight %.4f" % (touch, m, touch / m, wtouch / W))
deg = dict(G.degree())
hub_deg_share = sum(deg[h] for h in hubs) / (2 * m)
print("hubs hold %.4f of all tie ends (degree sum)" % hub_deg_share)

# Freeman degree centralization per REA (induced subgraph, unweighted):
# C = sum_i (d_max - d_i) / ((n - 1)(n - 2))
print("Freeman degree centralization per REA (induced subgraph):")
cents = {}
cents_rand = {}
for r in sorted(set(rea.values())):
    sub = G.subgraph([v for v in G if rea[v] == r])
    d = dict(sub.degree())
    k = sub.number_of_nodes()
    c = sum(max(d.values()) - x for x in d.values()) / ((k - 1) * (k - 2))
    top = max(d, key=lambda v: (d[v], v))
    cents[r] = c
    print("  %-20s n=%3d ties=%3d centralization %.6f (max degree %d: %s, %s)"
          % (r, k, sub.number_of_edges(), c, d[top], top, role[top]))
# the same for a random graph of the REA's size (networkx gnm_random_graph, seeds 0-99)
for r in sorted(set(rea.values())):
    sub = G.subgraph([v for v in G if rea[v] == r])
    k, e = sub.number_of_nodes(), sub.number_of_edges()
    vals = []
    for s in range(100):
        dd = dict(nx.gnm_random_graph(k, e, seed=s).degree())
        vals.append(sum(max(dd.values()) - x for x in dd.values()) / ((k - 1) * (k - 2)))
    print("  %-20s random G(n,m) mean centralization %.6f (max %.6f)"
          % (r, statistics.mean(vals), max(vals)))
    cents_rand[r] = (statistics.mean(vals), max(vals))
# per hub system: the hub and the connected complexes attached to it
hubcol = {r["id"]: r["hub"] for r in nodes}
sys_c = []
for h in sorted(hubs):
    sub = G.subgraph([v for v in G if hubcol[v] == h])
    dd = dict(sub.degree())
    k = sub.number_of_nodes()
    if k >= 3:
        sys_c.append(sum(max(dd.values()) - x for x in dd.values()) / ((k - 1) * (k - 2)))
print("hub systems (hub + its connected complexes, %d with >= 3 nodes): centralization min %.6f, "
      "median %.6f" % (len(sys_c), min(sys_c), statistics.median(sys_c)))
d = deg
cw = sum(max(d.values()) - x for x in d.values()) / ((n - 1) * (n - 2))
print("  whole network centralization %.6f" % cw)

# degree z-scores
mu, sd = statistics.mean(deg.values()), statistics.pstdev(deg.values())
z = {v: (deg[v] - mu) / sd for v in G}
top25 = sorted(G, key=lambda v: (-deg[v], v))[:25]
print("degree mean %.4f, sd (population) %.4f" % (mu, sd))
print("hub degree z-scores: min %.4f, median %.4f; connected max %.4f"
      % (min(z[h] for h in hubs), statistics.median(z[h] for h in hubs),
         max(z[v] for v in G if v not in hubs)))
print("top 25 by degree are the 25 hubs: %s (%d of 25)" % (set(top25) == hubs, len(set(top25) & hubs)))
# within-REA z-scores
zr_min = None
for r in sorted(set(rea.values())):
    vs = [v for v in G if rea[v] == r]
    mu_r, sd_r = statistics.mean(deg[v] for v in vs), statistics.pstdev(deg[v] for v in vs)
    for h in vs:
        if h in hubs:
            zz = (deg[h] - mu_r) / sd_r
            zr_min = zz if zr_min is None else min(zr_min, zz)
print("minimum within-REA degree z-score of a hub: %.4f" % zr_min)

# core-periphery with the hubs as core
def dens(a, b, same):
    pairs = len(a) * (len(a) - 1) / 2 if same else len(a) * len(b)
    e = sum(1 for x, y in G.edges() if (x in a and y in b) or (same is False and x in b and y in a))
    return e / pairs


per = set(G) - hubs
dcc, dcp, dpp = dens(hubs, hubs, True), dens(hubs, per, False), dens(per, per, True)
print("block densities (hubs as core): core-core %.6f, core-periphery %.6f, periphery-periphery %.6f"
      % (dcc, dcp, dpp))
# Borgatti-Everett discrete model, core-periphery cells ignored: Pearson r between
# a_ij and delta_ij (1 core-core, 0 periphery-periphery) over those pairs.
xs, ys = [], []
vs = sorted(G)
for i, a in enumerate(vs):
    for b in vs[i + 1:]:
        if (a in hubs) != (b in hubs):
            continue
        xs.append(1.0 if G.has_edge(a, b) else 0.0)
        ys.append(1.0 if a in hubs else 0.0)
r_cp = statistics.correlation(xs, ys) if hasattr(statistics, "correlation") else None
print("core-periphery correlation (Borgatti-Everett, core-periphery cells ignored): %.6f" % r_cp)
core = nx.core_number(G)
kmax = max(core.values())
main = {v for v in G if core[v] == kmax}
print("main core: k=%d, %d nodes, %d hubs" % (kmax, len(main), len(main & hubs)))

check(touch / m > 0.85, "most ties touch a hub")
check(set(top25) == hubs, "designated hubs are the top-25 by degree")
check(min(z[h] for h in hubs) > 1.0, "every hub has degree z > 1")
check(all(cents[r] > 2.5 * cents_rand[r][0] and cents[r] > cents_rand[r][1] for r in cents),
      "every REA centralization > 2.5x the random mean and > the random maximum")
check(min(sys_c) > 0.8, "every hub system is nearly a star")
check(main == hubs, "the main k-core is exactly the hubs")
check(dcc > 5 * dcp and dcp > 10 * dpp, "core-core >> core-periphery >> periphery-periphery")
print("all findings hold" if ok else "SOME FINDINGS FAIL")
sys.exit(0 if ok else 1)
