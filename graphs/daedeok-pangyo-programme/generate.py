#!/usr/bin/env python3
"""Generate the SYNTHETIC Daedeok-Pangyo before/after-programme snapshots.

Every tie written by this script is INVENTED by a seeded random generator.
Nothing here is observed data. The node set is read from
../daedeok-pangyo/nodes.csv (public institutions as illustrative labels,
fictitious firms); the ties are drawn afresh for three periods:

* 2016 -- before the wide-area cooperation programme: two clusters that
  barely touch (a handful of cross-cluster ties of weight 1-2);
* 2019 -- programme launched: more cross-cluster ties, coordinated by the
  INNOPOLIS Foundation (Daedeok) and GBSA (Pangyo);
* 2022 -- programme mature: many more and stronger cross-cluster ties, the
  two support bodies broker most of them.

Inside each cluster the number of ties is held constant (each cluster's
internal density stays the same: loose coupling), while ties churn (about
15 % are replaced from one period to the next) and a few firms enter or
leave.

Usage:  python3 generate.py [--seed N] [--outdir DIR]

Standard library only; deterministic for a given seed (only
random.Random(seed).random() and .randrange() are used). Writes
edges-before.csv (2016), edges-after.csv (2022) and edges-series.csv (all
three periods, with a `period` column), UTF-8, no BOM, LF line endings.
nodes.csv is copied unchanged from ../daedeok-pangyo/nodes.csv.
"""

import argparse
import csv
import os
import random

DEFAULT_SEED = 20261123
PERIODS = (2016, 2019, 2022)
FIRST_YEAR = 2010          # earliest year a tie can start

# Ties inside each cluster per period (held constant: loose coupling).
INTERNAL_TIES = {"Daedeok": 110, "Pangyo": 90}
# Probability that an internal tie survives into the next period.
P_KEEP = 0.85

# Cross-cluster ties per period: (ties brokered by INNOPOLIS, ties brokered
# by GBSA, other direct firm/institute ties, mean extra weight).
CROSS = {2016: (0, 0, 4, 0.3), 2019: (4, 4, 8, 0.8), 2022: (10, 8, 14, 1.5)}
BROKER_DD = "DD-INNOPOLIS"   # INNOPOLIS Foundation
BROKER_PG = "PG-GBSA"        # Gyeonggi Business & Science Accelerator
BROKER_PAIR_WEIGHT = {2016: 0, 2019: 3, 2022: 6}   # INNOPOLIS-GBSA tie

# Actors without ties in some periods (present = at least one tie).
ENTRANTS = ("DD-V30", "PG-IT26", "PG-BIO08")  # absent in 2016, present from 2019
LEAVERS = ("DD-V28", "DD-V29", "PG-IT25")     # present in 2016 only

# Relative propensity of an internal pair, by the sectors of its ends
# (unordered).  Firms are sector "industry".
P_DD = {("research", "university"): 5.0, ("research", "research"): 1.2,
        ("research", "industry"): 2.0, ("university", "industry"): 0.8,
        ("support", "industry"): 1.2, ("support", "research"): 1.0,
        ("support", "support"): 6.0, ("industry", "industry"): 0.05,
        ("university", "university"): 1.0, ("support", "university"): 0.5}
P_PG_SAME_GROUP = 5.0     # IT firms in the same sub-group, or two bio firms
P_PG_OTHER = 0.35         # other firm-firm pairs
P_PG_OTHER_SECTOR = 1.0   # any pair with a non-firm end
DD_SIZE = {"DD-ETRI": 8, "DD-KRIBB": 4, "DD-KIMM": 3, "DD-KRICT": 3}  # others 2

HERE = os.path.dirname(os.path.abspath(__file__))
BASE_NODES = os.path.join(HERE, "..", "daedeok-pangyo", "nodes.csv")


def count(rng, mean_extra):
    """Positive integer: 1 + geometric number with the given mean."""
    p = 1.0 / (1.0 + mean_extra)
    k = 1
    while rng.random() > p:
        k += 1
    return k


def pick_weighted(rng, items, weights):
    x = rng.random() * sum(weights)
    acc = 0.0
    for item, w in zip(items, weights):
        acc += w
        if x < acc:
            return item
    return items[-1]


def read_nodes(path):
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def it_group(nid):
    """Pangyo IT sub-group 0-3 (IT01-07, IT08-13, IT14-20, IT21-26)."""
    k = int(nid[5:]) - 1
    return k * 4 // 26


def propensity(a, b, sector, cluster):
    sa, sb = sector[a], sector[b]
    if cluster[a] == "Daedeok":
        w = P_DD.get((sa, sb), P_DD.get((sb, sa), 0.5))
        for x, s in ((a, sa), (b, sb)):
            if s == "research":
                w *= DD_SIZE.get(x, 2) / 2.0
        return w
    if sa == "industry" and sb == "industry":
        bio_a, bio_b = a.startswith("PG-BIO"), b.startswith("PG-BIO")
        if bio_a and bio_b:
            return P_PG_SAME_GROUP
        if not bio_a and not bio_b and it_group(a) == it_group(b):
            return P_PG_SAME_GROUP
        return P_PG_OTHER
    return P_PG_OTHER_SECTOR


def internal_type(a, b, sector, cluster, rng):
    s = {sector[a], sector[b]}
    if "support" in s:
        return "support"
    if s <= {"industry"}:
        return "supplier" if rng.random() < 0.45 else "joint_project"
    if "industry" in s and "research" in s and cluster[a] == "Daedeok" and rng.random() < 0.3:
        return "spin_off"
    return "joint_research"


def build(seed):
    rng = random.Random(seed)
    header, node_rows = read_nodes(BASE_NODES)
    ids = [r[0] for r in node_rows]
    order = {nid: k for k, nid in enumerate(ids)}
    sector = {r[0]: r[2] for r in node_rows}
    cluster = {r[0]: r[3] for r in node_rows}
    members = {c: [n for n in ids if cluster[n] == c] for c in INTERNAL_TIES}

    def present(nid, period):
        if nid in ENTRANTS:
            return period > PERIODS[0]
        if nid in LEAVERS:
            return period == PERIODS[0]
        return True

    def key(a, b):
        return (a, b) if order[a] < order[b] else (b, a)

    snapshots = {}
    prev_internal = {}
    for period in PERIODS:
        edges = {}   # (a, b) in node order -> [weight, type, year]
        # --- internal ties: keep, fix isolates, top up to the target count
        for c, target in INTERNAL_TIES.items():
            live = [n for n in members[c] if present(n, period)]
            live_set = set(live)
            pairs = [(a, b) for i, a in enumerate(live) for b in live[i + 1:]]
            weights = [propensity(a, b, sector, cluster) for a, b in pairs]
            kept = 0
            for k in sorted(prev_internal.get(c, {}), key=lambda p: (order[p[0]], order[p[1]])):
                w, kind, yr = prev_internal[c][k]
                if k[0] in live_set and k[1] in live_set and rng.random() < P_KEEP:
                    # a kept tie may deepen by one project
                    edges[k] = [w + (1 if rng.random() < 0.3 else 0), kind, yr]
                    kept += 1
            deg = {n: 0 for n in live}
            for a, b in edges:
                if a in deg and b in deg:
                    deg[a] += 1
                    deg[b] += 1
            for n in live:
                if deg[n] == 0:
                    # attach to a partner drawn by propensity
                    cands = [m for m in live if m != n]
                    cw = [propensity(n, m, sector, cluster) for m in cands]
                    m = pick_weighted(rng, cands, cw)
                    k = key(n, m)
                    edges[k] = [count(rng, 1.0), internal_type(k[0], k[1], sector, cluster, rng),
                                period - rng.randrange(3)]
                    deg[n] += 1
                    deg[m] += 1
            n_internal = sum(1 for k in edges if cluster[k[0]] == c)
            while n_internal < target:
                a, b = pick_weighted(rng, pairs, weights)
                k = key(a, b)
                if k in edges:
                    continue
                first = FIRST_YEAR if period == PERIODS[0] else period - 2
                edges[k] = [count(rng, 1.0), internal_type(k[0], k[1], sector, cluster, rng),
                            first + rng.randrange(period - first + 1)]
                n_internal += 1
            prev_internal[c] = {k: tuple(v) for k, v in edges.items() if cluster[k[0]] == c}

        # --- cross-cluster ties (the programme)
        n_dd_broker, n_pg_broker, n_direct, mean_extra = CROSS[period]
        dd_live = [n for n in members["Daedeok"] if present(n, period)]
        pg_live = [n for n in members["Pangyo"] if present(n, period)]
        pg_firms = [n for n in pg_live if sector[n] == "industry"]
        dd_partners = [n for n in dd_live if sector[n] in ("research", "industry")]
        start = PERIODS[0] - 2 if period == PERIODS[0] else 2018

        def cross(a, b, kind, w):
            k = key(a, b)
            if k in edges:
                return False
            edges[k] = [w, kind, start + rng.randrange(period - start + 1)]
            return True

        if BROKER_PAIR_WEIGHT[period]:
            cross(BROKER_DD, BROKER_PG, "joint_project", BROKER_PAIR_WEIGHT[period])
        made = 0
        while made < n_dd_broker:           # INNOPOLIS programmes for Pangyo firms
            f = pg_firms[rng.randrange(len(pg_firms))]
            made += cross(BROKER_DD, f, "support", count(rng, mean_extra))
        made = 0
        while made < n_pg_broker:           # GBSA programmes for Daedeok actors
            d = dd_partners[rng.randrange(len(dd_partners))]
            made += cross(BROKER_PG, d, "support", count(rng, mean_extra))
        made = 0
        while made < n_direct:              # direct institute/venture - firm ties
            f = pg_firms[rng.randrange(len(pg_firms))]
            d = dd_partners[rng.randrange(len(dd_partners))]
            kind = "joint_research" if sector[d] == "research" else "supplier"
            made += cross(d, f, kind, count(rng, mean_extra))

        rows = sorted((order[a], order[b], a, b, w, kind, yr)
                      for (a, b), (w, kind, yr) in edges.items())
        snapshots[period] = [r[2:] for r in rows]
    return header, node_rows, snapshots


def write_csv(path, header, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow(row)
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--outdir", default=HERE)
    args = ap.parse_args()
    header, node_rows, snaps = build(args.seed)
    cols = ["source", "target", "weight", "type", "year"]
    write_csv(os.path.join(args.outdir, "nodes.csv"), header, node_rows)
    write_csv(os.path.join(args.outdir, "edges-before.csv"), cols, snaps[PERIODS[0]])
    write_csv(os.path.join(args.outdir, "edges-after.csv"), cols, snaps[PERIODS[-1]])
    write_csv(os.path.join(args.outdir, "edges-series.csv"), cols + ["period"],
              [list(r) + [p] for p in PERIODS for r in snaps[p]])
    print("wrote %s ties (periods %s, seed %d) to %s"
          % ("/".join(str(len(snaps[p])) for p in PERIODS),
             "/".join(str(p) for p in PERIODS), args.seed, args.outdir))


if __name__ == "__main__":
    main()
