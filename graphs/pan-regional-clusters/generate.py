#!/usr/bin/env python3
"""Generate the SYNTHETIC Pan Regional Cluster Program hub-and-spoke network.

Every tie written by this script is INVENTED by a seeded random generator.
Nothing here is observed data. The programme's shape is public (2010: 25 hub
complexes and 168 connected complexes in the 5+2 Regional Economic Areas,
REAs); the 12 ICCP hub complexes are used by name only as illustrative
labels, the other 13 hubs and all 168 connected complexes are generic
("Honam Hub Complex 4", "Honam Connected Complex 07"). How the 25 hubs and
168 connected complexes are shared among the REAs is invented.

Rules (see the constants below):
* each connected complex is tied to one hub of its REA (its spoke tie),
  sometimes to a second hub of its REA, rarely to a hub of another REA;
* hubs are tied to each other, densely within an REA and sparsely across;
* ties between connected complexes are few and stay within the REA.

Usage:  python3 generate.py [--seed N] [--outdir DIR]

Standard library only; deterministic for a given seed (only
random.Random(seed).random() and .randrange() are used). Writes nodes.csv
and edges.csv (UTF-8, no BOM, LF line endings), undirected.
"""

import argparse
import csv
import os
import random

DEFAULT_SEED = 20261125

# REA: (code, name, named hubs (ICCP complex, industry), number of generic
# hubs, number of connected complexes, industries drawn for generic hubs)
REAS = [
    ("SM", "Seoul Metropolitan",
     [("Banwol-Sihwa", "parts and materials"), ("Namdong", "machine parts")], 3, 34,
     ["IT convergence", "precision chemicals", "logistics equipment"]),
    ("CC", "Chungcheong",
     [("Ochang", "electronics and information")], 3, 30,
     ["semiconductors", "displays", "biotechnology"]),
    ("HN", "Honam",
     [("Gwangju", "photonics"), ("Gunsan", "machinery, automobile components"),
      ("Daebul", "shipbuilding")], 1, 28,
     ["agro-food"]),
    ("DG", "Daegyeong",
     [("Gumi", "electronics"), ("Seongseo", "mechatronics")], 2, 28,
     ["textiles", "automobile parts"]),
    ("DN", "Dongnam",
     [("Ulsan", "automobiles"), ("Changwon", "machinery"),
      ("Noksan", "shipbuilding equipment")], 2, 32,
     ["petrochemicals", "steel"]),
    ("KW", "Kangwon",
     [("Wonju", "medical equipment")], 1, 10,
     ["new materials"]),
    ("JJ", "Jeju", [], 1, 6,
     ["agro-food and tourism"]),
]

P_SECOND_HUB = 0.20        # connected complex also tied to a second hub of its REA
P_FOREIGN_HUB = 0.03       # ... to a hub of another REA
P_SAME_INDUSTRY = 0.75     # connected complex shares its hub's industry
P_HUB_HUB_SAME = 0.85      # hub-hub tie within an REA
P_HUB_HUB_OTHER = 0.30     # hub-hub tie across REAs
P_SPOKE_SAME_HUB = 0.04    # connected-connected tie, spokes of the same hub
P_SPOKE_OTHER_HUB = 0.004  # connected-connected tie, spokes of two hubs of an REA
W_SPOKE = 2.0              # mean extra weight of a spoke tie (joint projects)
W_HUB_SAME = 3.0
W_HUB_OTHER = 1.0
W_MINOR = 0.3


def count(rng, mean_extra):
    """Positive integer: 1 + geometric number with the given mean."""
    p = 1.0 / (1.0 + mean_extra)
    k = 1
    while rng.random() > p:
        k += 1
    return k


def build(seed):
    rng = random.Random(seed)
    nodes = []     # (id, label, role, rea, industry, hub it is attached to)
    hubs_of = {}   # rea code -> hub ids
    conn_of = {}   # rea code -> list of (connected id, its hub)
    industry = {}
    for code, name, named, n_generic, n_conn, generic_ind in REAS:
        hubs = []
        for k, (cx, ind) in enumerate(named):
            hid = "%s-H%d" % (code, k + 1)
            nodes.append((hid, "%s hub complex" % cx, "hub", name, ind, hid))
            hubs.append(hid)
            industry[hid] = ind
        for k in range(n_generic):
            hid = "%s-H%d" % (code, len(named) + k + 1)
            ind = generic_ind[k % len(generic_ind)]
            nodes.append((hid, "%s Hub Complex %d" % (name, len(named) + k + 1), "hub", name, ind, hid))
            hubs.append(hid)
            industry[hid] = ind
        hubs_of[code] = hubs
    for code, name, named, n_generic, n_conn, generic_ind in REAS:
        hubs = hubs_of[code]
        conn = []
        for k in range(n_conn):
            cid = "%s-C%02d" % (code, k + 1)
            hub = hubs[rng.randrange(len(hubs))]
            if rng.random() < P_SAME_INDUSTRY:
                ind = industry[hub]
            else:
                ind = generic_ind[rng.randrange(len(generic_ind))] if rng.random() < 0.5 \
                    else "general manufacturing"
            nodes.append((cid, "%s Connected Complex %02d" % (name, k + 1), "connected", name, ind, hub))
            conn.append((cid, hub))
        conn_of[code] = conn

    order = {n[0]: k for k, n in enumerate(nodes)}
    edges = {}

    def tie(a, b, kind, w):
        if a == b:
            return
        k = (a, b) if order[a] < order[b] else (b, a)
        if k not in edges:
            edges[k] = (w, kind)

    all_hubs = [h for code, *_ in REAS for h in hubs_of[code]]
    rea_of = {h: code for code, *_ in REAS for h in hubs_of[code]}
    # hub-hub ties
    for i, a in enumerate(all_hubs):
        for b in all_hubs[i + 1:]:
            if rea_of[a] == rea_of[b]:
                if rng.random() < P_HUB_HUB_SAME:
                    tie(a, b, "hub_hub", count(rng, W_HUB_SAME))
            elif rng.random() < P_HUB_HUB_OTHER:
                tie(a, b, "inter_rea", count(rng, W_HUB_OTHER))
    # spoke ties
    for code, *_ in REAS:
        hubs = hubs_of[code]
        for cid, hub in conn_of[code]:
            tie(hub, cid, "spoke", count(rng, W_SPOKE))
            if len(hubs) > 1 and rng.random() < P_SECOND_HUB:
                other = [h for h in hubs if h != hub]
                tie(other[rng.randrange(len(other))], cid, "spoke", count(rng, W_MINOR))
            if rng.random() < P_FOREIGN_HUB:
                foreign = [h for h in all_hubs if rea_of[h] != code]
                tie(foreign[rng.randrange(len(foreign))], cid, "inter_rea", count(rng, W_MINOR))
    # spoke-spoke ties (few, between spokes of the same hub)
    for code, *_ in REAS:
        conn = conn_of[code]
        for i, (a, ha) in enumerate(conn):
            for b, hb in conn[i + 1:]:
                if ha == hb and rng.random() < P_SPOKE_SAME_HUB:
                    tie(a, b, "spoke_spoke", count(rng, W_MINOR))
                elif ha != hb and rng.random() < P_SPOKE_OTHER_HUB:
                    tie(a, b, "spoke_spoke", count(rng, W_MINOR))
    rows = sorted((order[a], order[b], a, b, w, kind) for (a, b), (w, kind) in edges.items())
    return nodes, [r[2:] for r in rows]


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
    ap.add_argument("--outdir", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    nodes, edges = build(args.seed)
    write_csv(os.path.join(args.outdir, "nodes.csv"), ["id", "label", "role", "rea", "industry", "hub"], nodes)
    write_csv(os.path.join(args.outdir, "edges.csv"), ["source", "target", "weight", "type"], edges)
    print("wrote %d nodes (%d hubs), %d ties (seed %d) to %s"
          % (len(nodes), sum(1 for n in nodes if n[2] == "hub"), len(edges), args.seed, args.outdir))


if __name__ == "__main__":
    main()
