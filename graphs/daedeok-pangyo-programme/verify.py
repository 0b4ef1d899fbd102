#!/usr/bin/python3
"""Recompute the expected findings of README.md with networkx (reference peer).

Run with an interpreter that has networkx (Debian: /usr/bin/python3, networkx
2.8.8). Prints the numbers quoted under "Expected findings"; exits 1 if a
stated finding does not hold.
"""
import csv
import os
import sys

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


nodes = read("nodes.csv")
cluster = {r["id"]: r["cluster"] for r in nodes}
series = read("edges-series.csv")
periods = sorted({int(r["period"]) for r in series})


def graph(rows):
    g = nx.Graph()
    for r in rows:
        w = float(r["weight"])
        g.add_edge(r["source"], r["target"], weight=w, dist=1.0 / w)
    return g


G = {p: graph([r for r in series if int(r["period"]) == p]) for p in periods}
before, after = graph(read("edges-before.csv")), graph(read("edges-after.csv"))
ok = True


def check(cond, msg):
    global ok
    if not cond:
        ok = False
        print("FAILED:", msg)


check(set(before.edges()) == set(G[periods[0]].edges()), "edges-before = first period")
check(set(after.edges()) == set(G[periods[-1]].edges()), "edges-after = last period")

res = {}
for p in periods:
    g = G[p]
    ext = [(a, b, d) for a, b, d in g.edges(data=True) if cluster[a] != cluster[b]]
    int_ = [(a, b, d) for a, b, d in g.edges(data=True) if cluster[a] == cluster[b]]
    E, I = len(ext), len(int_)
    We = sum(d["weight"] for *_, d in ext)
    Wi = sum(d["weight"] for *_, d in int_)
    dens = {}
    for c in ("Daedeok", "Pangyo"):
        live = [n for n in g if cluster[n] == c]
        m = sum(1 for a, b, _ in int_ if cluster[a] == c)
        dens[c] = (m, len(live), m / (len(live) * (len(live) - 1) / 2))
    bc = nx.betweenness_centrality(g, normalized=True)
    bcw = nx.betweenness_centrality(g, normalized=True, weight="dist")
    rank = sorted(bc, key=lambda n: (-bc[n], n))
    res[p] = dict(E=E, I=I, We=We, Wi=Wi, ei=(E - I) / (E + I), eiw=(We - Wi) / (We + Wi),
                  dens=dens, bc=bc, bcw=bcw, rank=rank, n=g.number_of_nodes(),
                  m=g.number_of_edges(), comps=nx.number_connected_components(g))
    print("period %d: %d actors, %d ties, %d components" % (p, res[p]["n"], res[p]["m"], res[p]["comps"]))
    print("  cross-cluster ties %d (weight %g), internal %d (weight %g)" % (E, We, I, Wi))
    print("  E-I index of cluster: ties %.6f, weighted %.6f" % (res[p]["ei"], res[p]["eiw"]))
    for c, (m, n, d) in dens.items():
        print("  %s internal density: %d ties / %d actors = %.6f" % (c, m, n, d))
    for b in ("DD-INNOPOLIS", "PG-GBSA"):
        print("  betweenness %s: %.6f (rank %d), weighted 1/w %.6f"
              % (b, bc[b], rank.index(b) + 1, bcw[b]))
    print("  top 3 betweenness:", ", ".join("%s %.4f" % (n, bc[n]) for n in rank[:3]))

p0, p1 = periods[0], periods[-1]
ent = sorted(set(G[p1]) - set(G[p0]))
lea = sorted(set(G[p0]) - set(G[p1]))
print("entrants %s -> %s: %s" % (p0, p1, ", ".join(ent)))
print("leavers  %s -> %s: %s" % (p0, p1, ", ".join(lea)))
e0 = {frozenset(e) for e in G[p0].edges() if cluster[e[0]] == cluster[e[1]]}
e1 = {frozenset(e) for e in G[p1].edges() if cluster[e[0]] == cluster[e[1]]}
print("internal ties kept %d, lost %d, gained %d; Jaccard %.6f"
      % (len(e0 & e1), len(e0 - e1), len(e1 - e0), len(e0 & e1) / len(e0 | e1)))
x0 = {frozenset(e) for e in G[p0].edges() if cluster[e[0]] != cluster[e[1]]}
x1 = {frozenset(e) for e in G[p1].edges() if cluster[e[0]] != cluster[e[1]]}
print("cross ties kept %d, lost %d, gained %d" % (len(x0 & x1), len(x0 - x1), len(x1 - x0)))

# stated findings
a, b = res[p0], res[p1]
check(a["ei"] < res[periods[1]]["ei"] < b["ei"], "E-I rises monotonically")
check(b["E"] >= 4 * a["E"], "cross-cluster ties at least quadruple")
check(b["We"] >= 8 * a["We"], "cross-cluster weight at least 8-fold")
for c in ("Daedeok", "Pangyo"):
    d0, d1 = a["dens"][c][2], b["dens"][c][2]
    check(abs(d1 - d0) / d0 < 0.10, "%s internal density within 10%%" % c)
for br in ("DD-INNOPOLIS", "PG-GBSA"):
    check(b["bc"][br] >= 3 * a["bc"][br], "%s betweenness at least triples" % br)
check(set(b["rank"][:2]) == {"DD-INNOPOLIS", "PG-GBSA"}, "the brokers are the top 2 after")
check(ent == ["DD-V30", "PG-BIO08", "PG-IT26"], "entrants")
check(lea == ["DD-V28", "DD-V29", "PG-IT25"], "leavers")
print("all findings hold" if ok else "SOME FINDINGS FAIL")
sys.exit(0 if ok else 1)
