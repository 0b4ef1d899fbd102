#!/usr/bin/python3
"""Recompute the expected findings of README.md from the raw ties, with
networkx (block densities per year) and statsmodels (the OLS behind the
difference-in-differences and the event study): the independent peers of
`innolink evaluate`. Run with Debian's /usr/bin/python3 (networkx 2.8,
statsmodels 0.13, pandas). Exits 1 if a stated finding does not hold.

    /usr/bin/python3 verify.py [DIR]      # DIR: where nodes.csv, edges.csv are
"""
import csv
import itertools
import os
import sys

import networkx as nx
import pandas as pd
import statsmodels.formula.api as smf

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
TREATED = {"Aster:Birch", "Cedar:Dogwood"}
START = 2016


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def block_panel():
    """Block density of every pair of clusters in every year (networkx)."""
    nodes = read("nodes.csv")
    cluster = {r["id"]: r["cluster"] for r in nodes}
    size = {}
    for c in cluster.values():
        size[c] = size.get(c, 0) + 1
    names = sorted(size)
    graphs = {}
    for r in read("edges.csv"):
        g = graphs.setdefault(int(r["year"]), nx.Graph())
        g.add_edge(r["source"], r["target"], weight=float(r["weight"]))
    rows = []
    for t in sorted(graphs):
        g = graphs[t]
        for a, b in itertools.combinations(names, 2):
            ties = sum(1 for u, v in g.edges() if {cluster[u], cluster[v]} == {a, b})
            unit = "%s:%s" % (a, b)
            rows.append(dict(unit=unit, year=t, y=ties / (size[a] * size[b]),
                             treated=int(unit in TREATED), post=int(t >= START)))
    return pd.DataFrame(rows)


def did(df):
    """The treated x post coefficient of OLS with unit and year fixed effects."""
    df = df.assign(d=df.treated * df.post)
    return smf.ols("y ~ C(unit) + C(year) + d", data=df).fit().params["d"]


def event_study(df, ref=START - 1):
    """Coefficients of treated x (year == k), k != ref, with the fixed effects."""
    df = df.copy()
    terms = []
    for t in sorted(df.year.unique()):
        if t != ref:
            df["e%d" % t] = df.treated * (df.year == t)
            terms.append("e%d" % t)
    fit = smf.ols("y ~ C(unit) + C(year) + " + " + ".join(terms), data=df).fit()
    return {int(k[1:]): fit.params[k] for k in terms}


def main():
    df = block_panel()
    est = did(df)
    es = event_study(df)
    pre = df[df.year < START]
    placebo = did(pre.assign(post=(pre.year >= 2013).astype(int)))
    # Elm:Fir against the mean of the other pairs, before the start: slope per year
    dev = []
    for t in range(2010, START):
        y = df[df.year == t].set_index("unit").y
        dev.append(y["Elm:Fir"] - y.drop("Elm:Fir").mean())
    x = [t - (2010 + START - 1) / 2 for t in range(2010, START)]
    dm = sum(dev) / len(dev)
    slope = sum(a * (b - dm) for a, b in zip(x, dev)) / sum(a * a for a in x)
    print("difference-in-differences (OLS, unit and year fixed effects): %.6f" % est)
    print("placebo, fake start 2013 on 2010-2015: %.6f" % placebo)
    print("event study: " + ", ".join("%d %.4f" % kv for kv in sorted(es.items())))
    print("Elm:Fir pre-period slope against the other pairs: %.6f per year" % slope)
    ok = abs(est - 0.03) < 0.01 and abs(placebo) < 0.01 and slope > 0.006
    ok = ok and all(abs(v) < 0.015 for k, v in es.items() if k < START)
    print("findings hold" if ok else "A FINDING DOES NOT HOLD")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
