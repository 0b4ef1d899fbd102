#!/usr/bin/env python3
"""Generate a SYNTHETIC directed supplier network in the style of Horten.

Every tie written by this script is INVENTED by a seeded random generator.
Nothing here is observed data, and no real company is named: the firms are
"Systems Firm A" .. "Systems Firm E", "Contract Supplier 01" ..,
"Sub-supplier 01" ..; the R&D and support bodies are generic too.

The shape follows the description of the electronics cluster in Horten,
Norway, in Asheim and Isaksen (1997) as retold in the cluster-policy
literature: 4-5 large systems firms with their own brand-name products
specialise in product development, sales and marketing and hand production
out to contract suppliers, often local; suppliers take part in product
development early. Here some contract suppliers serve several systems firms
(shared suppliers); contract suppliers buy parts from sub-suppliers; a
regional college, a research institute and support bodies work with the
firms.

Direction: every row reads "source -> target":
  supply              source supplies (modules, assemblies, services) to target;
  supply_development  source supplies to target and develops jointly with it;
  development         source (R&D body) runs joint development for target;
  support             source (support body) runs a programme for target.
weight = number of contracts or joint development projects, 1996-1999.

Usage:  python3 generate.py [--seed N] [--outdir DIR]

Standard library only; deterministic for a given seed (only
random.Random(seed).random() and .randrange() are used). Writes nodes.csv
and edges.csv (UTF-8, no BOM, LF line endings).
"""

import argparse
import csv
import os
import random

DEFAULT_SEED = 20261126

SYSTEMS = ["A", "B", "C", "D", "E"]
# relative size of each systems firm (share of contracts it hands out)
SYSTEMS_SIZE = [5, 4, 3, 2, 2]
N_SUPPLIERS = 40
N_SUBSUPPLIERS = 8
SUPPLIER_SECTORS = ["electronics assembly", "printed circuit boards", "mechanics",
                    "cables and harnesses", "plastics", "test and software"]
SUBSUPPLIER_SECTORS = ["components distribution", "surface treatment", "machining",
                       "packaging"]
BODIES = [  # id, label, role, sector
    ("RD-COL", "Regional University College", "rnd", "education"),
    ("RD-INST", "Electronics Research Institute", "rnd", "research"),
    ("SUP-NET", "Electronics Cluster Network Office", "support", "cluster organisation"),
    ("SUP-DEV", "Regional Development Agency", "support", "public agency"),
]

P_SHARED = 0.35          # supplier also serves a second systems firm ...
P_THIRD = 0.35           # ... and, given a second, a third
P_SUB = 0.45             # supplier buys from a sub-supplier (shared suppliers: doubled)
P_SUPPLIER_SUPPLIER = 0.03  # supplier -> supplier (module to assembler)
P_DEVELOPMENT = 0.30     # a supply tie also has joint development (supplier -> systems)
W_SUPPLY = 3.0           # mean extra contracts on a supply tie
W_SHARED_FACTOR = 1.0    # extra for shared suppliers' ties


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


def build(seed):
    rng = random.Random(seed)
    nodes = []
    sys_ids = ["SF-%s" % s for s in SYSTEMS]
    for s, nid in zip(SYSTEMS, sys_ids):
        nodes.append((nid, "Systems Firm %s" % s, "systems", "electronics systems"))
    sup_ids = ["CS%02d" % (k + 1) for k in range(N_SUPPLIERS)]
    for k, nid in enumerate(sup_ids):
        nodes.append((nid, "Contract Supplier %02d" % (k + 1), "supplier",
                      SUPPLIER_SECTORS[rng.randrange(len(SUPPLIER_SECTORS))]))
    sub_ids = ["SS%02d" % (k + 1) for k in range(N_SUBSUPPLIERS)]
    for k, nid in enumerate(sub_ids):
        nodes.append((nid, "Sub-supplier %02d" % (k + 1), "subsupplier",
                      SUBSUPPLIER_SECTORS[k % len(SUBSUPPLIER_SECTORS)]))
    for b in BODIES:
        nodes.append(b)

    order = {n[0]: k for k, n in enumerate(nodes)}
    edges = {}   # (source, target) -> [weight, type]

    def tie(a, b, kind, w):
        if a != b and (a, b) not in edges and (b, a) not in edges:
            edges[(a, b)] = [w, kind]

    customers = {}
    for cs in sup_ids:
        first = pick_weighted(rng, sys_ids, SYSTEMS_SIZE)
        cust = [first]
        if rng.random() < P_SHARED:
            rest = [s for s in sys_ids if s not in cust]
            cust.append(pick_weighted(rng, rest, [SYSTEMS_SIZE[sys_ids.index(s)] for s in rest]))
            if rng.random() < P_THIRD:
                rest = [s for s in sys_ids if s not in cust]
                cust.append(pick_weighted(rng, rest, [SYSTEMS_SIZE[sys_ids.index(s)] for s in rest]))
        customers[cs] = cust
        shared = len(cust) > 1
        for s in cust:
            tie(cs, s, "supply", count(rng, W_SUPPLY + (W_SHARED_FACTOR if shared else 0.0)))
            if rng.random() < P_DEVELOPMENT:
                # joint development: counted on the same supplier -> systems tie
                edges[(cs, s)][0] += count(rng, 0.5)
                edges[(cs, s)][1] = "supply_development"
        p_sub = min(1.0, P_SUB * (2.0 if shared else 1.0))
        if rng.random() < p_sub:
            ss = sub_ids[rng.randrange(len(sub_ids))]
            tie(ss, cs, "supply", count(rng, 1.0))
            if shared and rng.random() < 0.5:
                ss2 = sub_ids[rng.randrange(len(sub_ids))]
                tie(ss2, cs, "supply", count(rng, 1.0))
    # a few supplier -> supplier module ties
    for a in sup_ids:
        for b in sup_ids:
            if a != b and rng.random() < P_SUPPLIER_SUPPLIER:
                tie(a, b, "supply", count(rng, 0.5))
    # R&D bodies: joint development with every systems firm (college: 0.8,
    # institute: 0.9) and with some suppliers
    for rid, p_sys, p_sup in (("RD-COL", 0.8, 0.10), ("RD-INST", 0.9, 0.08)):
        for s in sys_ids:
            if rng.random() < p_sys:
                tie(rid, s, "development", count(rng, 1.5))
        for cs in sup_ids:
            if rng.random() < p_sup:
                tie(rid, cs, "development", count(rng, 0.3))
    # support bodies: programmes for suppliers (network office) and for
    # sub-suppliers and small suppliers (development agency)
    for cs in sup_ids:
        if rng.random() < 0.25:
            tie("SUP-NET", cs, "support", count(rng, 0.5))
        if rng.random() < 0.10:
            tie("SUP-DEV", cs, "support", 1)
    for ss in sub_ids:
        if rng.random() < 0.25:
            tie("SUP-DEV", ss, "support", 1)
    tie("SUP-DEV", "SUP-NET", "support", count(rng, 1.0))
    tie("SUP-NET", "RD-COL", "support", 1)
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
    write_csv(os.path.join(args.outdir, "nodes.csv"), ["id", "label", "role", "sector"], nodes)
    write_csv(os.path.join(args.outdir, "edges.csv"), ["source", "target", "weight", "type"], edges)
    print("wrote %d nodes, %d directed ties (seed %d) to %s"
          % (len(nodes), len(edges), args.seed, args.outdir))


if __name__ == "__main__":
    main()
