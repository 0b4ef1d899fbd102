#!/usr/bin/env python3
"""Generate the SYNTHETIC Daedeok-Pangyo innovation-linkage network.

Every tie written by this script is INVENTED by a seeded random generator.
Nothing here is observed data. Public institutions are used only as
illustrative labels; all firms are fictitious ("Daedeok Venture 07",
"Pangyo IT Firm 12", ...).

The structure follows the picture drawn in Lee, W.I., "Korea's Innovative
Clusters and Development Strategies Focusing on the 'Loosely Coupled'
Cooperation between the Daedeokinnopolis and the Pangyotechnovalley":

* Daedeok (Daejeon) is research-led: government-funded research institutes
  are hubs tied to universities and to the venture firms that commercialise
  their results (hub-and-spoke, state-anchored).
* Pangyo (Gyeonggi) is firm-led: dense firm-firm ties among IT and bio
  firms (Marshallian district), with support bodies around them.
* A modest number of cross-cluster ties model the "loosely coupled"
  wide-area cooperation between the two clusters.

Usage:  python3 generate.py [--seed N] [--outdir DIR]

Standard library only; deterministic for a given seed (only
random.Random(seed).random() and .randrange() are used, whose output is
stable across Python 3 versions). Writes nodes.csv and edges.csv (UTF-8,
no BOM, LF line endings) next to this script unless --outdir is given.
"""

import argparse
import csv
import os
import random

DEFAULT_SEED = 20261122

YEAR_MIN, YEAR_MAX = 2015, 2024
CROSS_YEAR_MIN = 2018  # wide-area cooperation programmes start after 2018

DAEDEOK_CENTRE = (36.37, 127.36)
PANGYO_CENTRE = (37.40, 127.11)
JITTER = 0.015  # degrees, uniform in [-JITTER, +JITTER]

# --- Daedeok (cluster Daedeok, region Daejeon) ------------------------------
# (id, label, size) -- size is a relative attractiveness used when ventures
# pick the research institute they spun off from / work with.
DD_RESEARCH = [
    ("DD-ETRI", "한국전자통신연구원", 8),   # Electronics and Telecommunications Research Institute
    ("DD-KRIBB", "한국생명공학연구원", 4),  # Korea Research Institute of Bioscience and Biotechnology
    ("DD-KARI", "한국항공우주연구원", 2),   # Korea Aerospace Research Institute
    ("DD-KIMM", "한국기계연구원", 3),       # Korea Institute of Machinery and Materials
    ("DD-KRISS", "한국표준과학연구원", 2),  # Korea Research Institute of Standards and Science
    ("DD-KAERI", "한국원자력연구원", 2),    # Korea Atomic Energy Research Institute
    ("DD-KRICT", "한국화학연구원", 3),      # Korea Research Institute of Chemical Technology
    ("DD-KIER", "한국에너지기술연구원", 2), # Korea Institute of Energy Research
    ("DD-KIGAM", "한국지질자원연구원", 1),  # Korea Institute of Geoscience and Mineral Resources
    ("DD-KISTI", "한국과학기술정보연구원", 2),  # Korea Institute of Science and Technology Information
    ("DD-KASI", "한국천문연구원", 1),       # Korea Astronomy and Space Science Institute
]
# (id, label, probability of a tie to each research institute)
DD_UNIVERSITY = [
    ("DD-KAIST", "한국과학기술원", 0.80),       # KAIST
    ("DD-UST", "과학기술연합대학원대학교", 0.55),  # University of Science and Technology
    ("DD-CNU", "충남대학교", 0.45),             # Chungnam National University
    ("DD-HBNU", "한밭대학교", 0.30),            # Hanbat National University
]
# (id, label, probability of a support tie to each venture, to each institute)
DD_SUPPORT = [
    ("DD-INNOPOLIS", "연구개발특구진흥재단", 0.30, 0.40),  # INNOPOLIS Foundation
    ("DD-DCCEI", "대전창조경제혁신센터", 0.20, 0.00),      # Daejeon Center for Creative Economy & Innovation
    ("DD-DJTP", "대전테크노파크", 0.15, 0.10),             # Daejeon Technopark
]
N_DD_VENTURES = 30

# --- Pangyo (cluster Pangyo, region Gyeonggi) -------------------------------
PG_RESEARCH = [
    ("PG-IPK", "한국파스퇴르연구소"),  # Institut Pasteur Korea (non-profit research institute)
]
PG_UNIVERSITY = [
    ("PG-GACHON", "가천대학교"),  # Gachon University (Seongnam)
]
# (id, label, probability of a support tie to each Pangyo firm)
PG_SUPPORT = [
    ("PG-GCCEI", "경기창조경제혁신센터", 0.20),      # Gyeonggi Center for Creative Economy & Innovation
    ("PG-PTVSC", "판교테크노밸리 지원센터", 0.25),   # Pangyo Techno Valley support centre
    ("PG-GBSA", "경기도경제과학진흥원", 0.10),       # Gyeonggi Business & Science Accelerator
]
N_PG_IT = 26
N_PG_BIO = 8

# Firm-firm tie probabilities inside Pangyo (denser than anything in Daedeok).
# IT firms fall into PG_IT_GROUPS consecutive groups of similar size (think
# games, software, semiconductors/devices, security); ties are likelier inside
# a group, which gives the local clustering of a Marshallian district.
PG_IT_GROUPS = 4
P_IT_IT_SAME = 0.50
P_IT_IT_OTHER = 0.06
P_BIO_BIO = 0.50
P_IT_BIO = 0.03
# Venture-venture tie probability inside Daedeok (sparse).
P_DD_VV = 0.015
# Research institute - research institute ties inside Daedeok.
P_DD_RR = 0.20

# Actors left without any tie (newly arrived firms).
ISOLATES = ("DD-V30", "PG-IT26")


def year(rng, lo=YEAR_MIN, hi=YEAR_MAX):
    return lo + rng.randrange(hi - lo + 1)


def count(rng, mean_extra):
    """Positive integer: 1 + geometric number with the given mean."""
    p = 1.0 / (1.0 + mean_extra)
    k = 1
    while rng.random() > p:
        k += 1
    return k


def pick_weighted(rng, items, weights):
    total = sum(weights)
    x = rng.random() * total
    acc = 0.0
    for item, w in zip(items, weights):
        acc += w
        if x < acc:
            return item
    return items[-1]


def build(seed):
    rng = random.Random(seed)
    nodes = []  # dicts in output order

    def add_node(nid, label, sector, cluster):
        if cluster == "Daedeok":
            region, (clat, clon) = "Daejeon", DAEDEOK_CENTRE
        else:
            region, (clat, clon) = "Gyeonggi", PANGYO_CENTRE
        lat = clat + (2.0 * rng.random() - 1.0) * JITTER
        lon = clon + (2.0 * rng.random() - 1.0) * JITTER
        nodes.append({"id": nid, "label": label, "sector": sector,
                      "cluster": cluster, "region": region,
                      "lat": "%.4f" % lat, "lon": "%.4f" % lon})

    for nid, label, _ in DD_RESEARCH:
        add_node(nid, label, "research", "Daedeok")
    for nid, label, _ in DD_UNIVERSITY:
        add_node(nid, label, "university", "Daedeok")
    for nid, label, _, _ in DD_SUPPORT:
        add_node(nid, label, "support", "Daedeok")
    dd_ventures = []
    for i in range(1, N_DD_VENTURES + 1):
        nid = "DD-V%02d" % i
        add_node(nid, "Daedeok Venture %02d" % i, "industry", "Daedeok")
        dd_ventures.append(nid)
    for nid, label in PG_RESEARCH:
        add_node(nid, label, "research", "Pangyo")
    for nid, label in PG_UNIVERSITY:
        add_node(nid, label, "university", "Pangyo")
    for nid, label, _ in PG_SUPPORT:
        add_node(nid, label, "support", "Pangyo")
    pg_it, pg_bio = [], []
    for i in range(1, N_PG_IT + 1):
        nid = "PG-IT%02d" % i
        add_node(nid, "Pangyo IT Firm %02d" % i, "industry", "Pangyo")
        pg_it.append(nid)
    for i in range(1, N_PG_BIO + 1):
        nid = "PG-BIO%02d" % i
        add_node(nid, "Pangyo Bio Firm %02d" % i, "industry", "Pangyo")
        pg_bio.append(nid)

    order = {n["id"]: k for k, n in enumerate(nodes)}
    edges = {}  # frozenset pair -> (weight, type, year)

    def tie(a, b, kind, weight, yr):
        if a == b or a in ISOLATES or b in ISOLATES:
            return False
        key = frozenset((a, b))
        if key in edges:
            return False
        edges[key] = (weight, kind, yr)
        return True

    def degree(nid):
        return sum(1 for key in edges if nid in key)

    dd_research = [r[0] for r in DD_RESEARCH]
    dd_sizes = [r[2] for r in DD_RESEARCH]
    dd_ventures_active = [v for v in dd_ventures if v not in ISOLATES]
    pg_it_active = [f for f in pg_it if f not in ISOLATES]
    pg_firms = pg_it_active + pg_bio
    it_group = {fid: k * PG_IT_GROUPS // N_PG_IT for k, fid in enumerate(pg_it)}

    # 1. Daedeok: research institutes <-> universities (joint research).
    for uid, _, p in DD_UNIVERSITY:
        for rid in dd_research:
            if rng.random() < p:
                tie(rid, uid, "joint_research", count(rng, 3.0), year(rng))
    # 2. Daedeok: sparse institute <-> institute joint research.
    for i, a in enumerate(dd_research):
        for b in dd_research[i + 1:]:
            if rng.random() < P_DD_RR:
                tie(a, b, "joint_research", count(rng, 1.5), year(rng))
    # 3. Daedeok ventures: each is anchored on one parent institute (chosen
    #    in proportion to institute size); some are spin-offs of it. A few
    #    have a second institute partner or a university partner.
    for vid in dd_ventures_active:
        parent = pick_weighted(rng, dd_research, dd_sizes)
        if rng.random() < 0.40:
            tie(parent, vid, "spin_off", count(rng, 1.5), year(rng))
        else:
            tie(parent, vid, "joint_research", count(rng, 1.0), year(rng))
        if rng.random() < 0.30:
            other = pick_weighted(rng, dd_research, dd_sizes)
            tie(other, vid, "joint_research", count(rng, 0.5), year(rng))
        if rng.random() < 0.25:
            uni = pick_weighted(rng, [u[0] for u in DD_UNIVERSITY], [4, 1, 2, 2])
            tie(uni, vid, "joint_research", count(rng, 0.5), year(rng))
    # 4. Daedeok: rare venture <-> venture supplier ties.
    for i, a in enumerate(dd_ventures_active):
        for b in dd_ventures_active[i + 1:]:
            if rng.random() < P_DD_VV:
                tie(a, b, "supplier", count(rng, 0.5), year(rng))
    # 5. Daedeok support bodies: programmes for ventures and institutes.
    for sid, _, p_v, p_r in DD_SUPPORT:
        for vid in dd_ventures_active:
            if rng.random() < p_v:
                tie(sid, vid, "support", count(rng, 0.8), year(rng))
        for rid in dd_research:
            if rng.random() < p_r:
                tie(sid, rid, "support", count(rng, 1.0), year(rng))
    tie("DD-INNOPOLIS", "DD-DCCEI", "support", count(rng, 1.0), year(rng))
    tie("DD-INNOPOLIS", "DD-DJTP", "support", count(rng, 1.0), year(rng))

    # 6. Pangyo: dense firm <-> firm ties (supplier or joint project).
    for i, a in enumerate(pg_firms):
        for b in pg_firms[i + 1:]:
            a_bio, b_bio = a in pg_bio, b in pg_bio
            if a_bio and b_bio:
                p = P_BIO_BIO
            elif a_bio or b_bio:
                p = P_IT_BIO
            elif it_group[a] == it_group[b]:
                p = P_IT_IT_SAME
            else:
                p = P_IT_IT_OTHER
            if rng.random() < p:
                kind = "supplier" if rng.random() < 0.45 else "joint_project"
                tie(a, b, kind, count(rng, 1.5), year(rng))
    # 7. Pangyo: research institute and university.
    for fid in pg_bio:
        if rng.random() < 0.50:
            tie("PG-IPK", fid, "joint_research", count(rng, 1.5), year(rng))
    tie("PG-IPK", "PG-GACHON", "joint_research", count(rng, 2.0), year(rng))
    for fid in pg_firms:
        if rng.random() < 0.10:
            tie("PG-GACHON", fid, "joint_research", count(rng, 0.5), year(rng))
    # 8. Pangyo support bodies.
    for sid, _, p in PG_SUPPORT:
        for fid in pg_firms:
            if rng.random() < p:
                tie(sid, fid, "support", count(rng, 0.8), year(rng))
    tie("PG-GBSA", "PG-PTVSC", "support", count(rng, 2.0), year(rng))
    tie("PG-GCCEI", "PG-GBSA", "support", count(rng, 1.0), year(rng))
    # Every Pangyo firm (except the designated isolate) has at least one tie.
    for fid in pg_firms:
        if degree(fid) == 0:
            tie("PG-PTVSC", fid, "support", 1, year(rng))

    # 9. Cross-cluster "loosely coupled" wide-area cooperation (2018-2024).
    #    a) the two creative-economy centres and the two host organisations.
    tie("DD-INNOPOLIS", "PG-GBSA", "joint_project", count(rng, 1.0), year(rng, CROSS_YEAR_MIN))
    tie("DD-DCCEI", "PG-GCCEI", "joint_project", count(rng, 1.0), year(rng, CROSS_YEAR_MIN))
    #    b) Pangyo firms working with Daedeok research institutes.
    for _ in range(6):
        fid = pg_firms[rng.randrange(len(pg_firms))]
        if fid in pg_bio:
            rid = pick_weighted(rng, dd_research, [0, 4, 0, 0, 0, 0, 2, 0, 0, 0, 0])
        else:
            rid = pick_weighted(rng, dd_research, dd_sizes)
        tie(rid, fid, "joint_research", count(rng, 0.5), year(rng, CROSS_YEAR_MIN))
    #    c) Daedeok ventures supplying / partnering Pangyo firms.
    for _ in range(5):
        vid = dd_ventures_active[rng.randrange(len(dd_ventures_active))]
        fid = pg_firms[rng.randrange(len(pg_firms))]
        kind = "supplier" if rng.random() < 0.5 else "joint_project"
        tie(vid, fid, kind, count(rng, 0.3), year(rng, CROSS_YEAR_MIN))

    rows = []
    for key, (weight, kind, yr) in edges.items():
        a, b = sorted(key, key=order.__getitem__)
        rows.append((order[a], order[b], a, b, weight, kind, yr))
    rows.sort()
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
    cols = ["id", "label", "sector", "cluster", "region", "lat", "lon"]
    write_csv(os.path.join(args.outdir, "nodes.csv"), cols,
              [[n[c] for c in cols] for n in nodes])
    write_csv(os.path.join(args.outdir, "edges.csv"),
              ["source", "target", "weight", "type", "year"], edges)
    print("wrote %d nodes, %d edges (seed %d) to %s"
          % (len(nodes), len(edges), args.seed, args.outdir))


if __name__ == "__main__":
    main()
