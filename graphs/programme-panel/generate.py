#!/usr/bin/env python3
"""Generate a SYNTHETIC panel of cooperation ties between eight clusters,
with a known programme effect, for the worked case of `innolink evaluate`.

Every tie written by this script is INVENTED by a seeded random generator;
nothing here is observed data, and the clusters (Aster, Birch, Cedar,
Dogwood, Elm, Fir, Ginkgo, Hazel) and their actors are fictitious.

The panel: 8 clusters of 25 actors, years 2010-2021. Every year, every pair
of actors is tied independently with a probability that depends on the
pair of clusters and the year:

  inside a cluster                 0.10 + 0.002 (t - 2010)
  between two clusters             0.02 + 0.002 (t - 2010)       common trend
    treated pairs from 2016        + 0.03                        the programme
      (Aster-Birch, Cedar-Dogwood)
    Elm-Fir before 2016            + 0.012 (t - 2010)            a pre-trend of
    Elm-Fir from 2016              + 0.012 * 5                   one control pair,
                                                                 flat afterwards

so that the programme adds exactly 0.03 to the expected block density of
the two treated pairs from 2016 on, every pair shares a trend of 0.002 a
year, and the control pair Elm-Fir rose on its own before the programme.
A tie's weight (joint projects that year) is 1, or 2 with probability 0.3.

Usage:  python3 generate.py [--seed N] [--outdir DIR]

Standard library only; deterministic for a given seed (only
random.Random(seed).random() is used, in the order of the loops below).
Writes nodes.csv and edges.csv (UTF-8, no BOM, LF).
"""

import argparse
import csv
import os
import random

DEFAULT_SEED = 20261201
CLUSTERS = [("AST", "Aster"), ("BIR", "Birch"), ("CED", "Cedar"), ("DOG", "Dogwood"),
            ("ELM", "Elm"), ("FIR", "Fir"), ("GIN", "Ginkgo"), ("HAZ", "Hazel")]
ACTORS = 25                     # per cluster
RESEARCH = 5                    # of them research bodies (universities, institutes)
YEARS = range(2010, 2022)       # 2010 .. 2021
START = 2016                    # the programme's start
P_INSIDE = 0.10
P_BETWEEN = 0.02
TREND = 0.002                   # per year, every pair
EFFECT = 0.03                   # treated pairs, from START on
TREATED = {("Aster", "Birch"), ("Cedar", "Dogwood")}
PRETREND_PAIR = ("Elm", "Fir")
PRETREND = 0.012                # per year before START, flat afterwards
P_WEIGHT2 = 0.3


def probability(g, h, t):
    """Tie probability of a pair of actors in clusters g and h in year t."""
    if g == h:
        return P_INSIDE + TREND * (t - 2010)
    pair = tuple(sorted((g, h)))
    p = P_BETWEEN + TREND * (t - 2010)
    if pair in TREATED and t >= START:
        p += EFFECT
    if pair == PRETREND_PAIR:
        p += PRETREND * (min(t, START - 1) - 2010)
    return p


def build(seed):
    rng = random.Random(seed)
    nodes = []
    for code, name in CLUSTERS:
        for k in range(1, ACTORS + 1):
            research = k <= RESEARCH
            nodes.append(dict(id="%s-%02d" % (code, k),
                              label="%s %s %02d" % (name, "Institute" if research else "Firm", k),
                              sector="research" if research else "industry", cluster=name))
    edges = []
    for t in YEARS:
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                if rng.random() < probability(a["cluster"], b["cluster"], t):
                    w = 2 if rng.random() < P_WEIGHT2 else 1
                    edges.append((a["id"], b["id"], w, t))
    return nodes, edges


def write_csv(path, header, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--outdir", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    nodes, edges = build(args.seed)
    cols = ["id", "label", "sector", "cluster"]
    write_csv(os.path.join(args.outdir, "nodes.csv"), cols, [[n[c] for c in cols] for n in nodes])
    write_csv(os.path.join(args.outdir, "edges.csv"), ["source", "target", "weight", "year"],
              edges)
    print("wrote %d actors and %d dated ties (seed %d) to %s"
          % (len(nodes), len(edges), args.seed, args.outdir))


if __name__ == "__main__":
    main()
