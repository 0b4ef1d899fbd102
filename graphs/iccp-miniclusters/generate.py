#!/usr/bin/env python3
"""Generate SYNTHETIC ICCP mini-cluster membership (actor-event affiliations).

Every membership written by this script is INVENTED by a seeded random
generator. Nothing here is observed data. The 12 hub complexes of the
Industrial Complex Cluster Program (ICCP), their main industries and the
year they joined the programme are public facts used only as illustrative
labels (complexes.csv); three of them (Banwol-Sihwa, Gumi, Changwon) are
modelled in detail with fictitious actors ("Gumi Firm 014", "Changwon
University 1") grouped in 4-5 mini-clusters each. Mini-cluster names are
invented technology fields.

Each mini-cluster holds several events (a forum, seminars, a workshop and
joint projects); its members attend them, so that the projected
actor-actor network is dense inside mini-clusters. A minority of actors
also belong to a second mini-cluster (of the same complex, or rarely of
another complex), and each complex's support office and universities take
part in events of several mini-clusters; they make the ties across.

Usage:  python3 generate.py [--seed N] [--outdir DIR]

Standard library only; deterministic for a given seed (only
random.Random(seed).random() and .randrange() are used). Writes
complexes.csv, nodes.csv, events.csv and members.csv (UTF-8, no BOM, LF).
"""

import argparse
import csv
import os
import random

DEFAULT_SEED = 20261124

# The 12 ICCP hub complexes (MKE and KICOX 2010, 2011): id, name, main
# industry, province-level region, year designated to the ICCP.
COMPLEXES = [
    ("BWSH", "Banwol-Sihwa", "parts and materials", "Gyeonggi", 2005),
    ("WONJU", "Wonju", "medical equipment", "Gangwon", 2005),
    ("GUMI", "Gumi", "electronics", "Gyeongbuk", 2005),
    ("ULSAN", "Ulsan", "automobiles", "Ulsan", 2005),
    ("CHWON", "Changwon", "machinery", "Gyeongnam", 2005),
    ("GWJU", "Gwangju", "photonics", "Gwangju", 2005),
    ("GUNSAN", "Gunsan", "machinery, automobile components", "Jeonbuk", 2005),
    ("NAMDONG", "Namdong", "machine parts", "Incheon", 2007),
    ("OCHANG", "Ochang", "electronics and information", "Chungbuk", 2007),
    ("SEONGSEO", "Seongseo", "mechatronics", "Daegu", 2007),
    ("NOKSAN", "Noksan", "shipbuilding equipment", "Busan", 2007),
    ("DAEBUL", "Daebul", "shipbuilding", "Jeonnam", 2007),
]

# Modelled complexes: id -> list of (mini-cluster code, invented field, number of members)
MODELLED = {
    "BWSH": [("MOLD", "mould and die", 15), ("SURF", "surface treatment", 13),
             ("CHEM", "fine chemicals", 14), ("EPART", "electronic parts", 16),
             ("MPART", "machine parts", 14)],
    "GUMI": [("MOBILE", "mobile devices", 17), ("DISP", "displays", 15),
             ("SEMI", "semiconductor equipment", 14), ("EMSW", "embedded software", 12)],
    "CHWON": [("MTOOL", "machine tools", 16), ("PLANT", "plant equipment", 14),
              ("ROBOT", "robotics and automation", 15), ("TRANS", "transport machinery", 13)],
}
# Of a mini-cluster's members: share of universities and research institutes
# (the rest are firms). Each complex also has one support office.
P_UNIVERSITY = 0.08
P_RESEARCH = 0.08
UNIVERSITIES_PER_COMPLEX = 2
RESEARCH_PER_COMPLEX = 2

# Events of a mini-cluster: (kind, count, attendance probability of a member).
EVENTS = [("forum", 1, 0.80), ("seminar", 2, 0.55), ("workshop", 1, 0.45),
          ("project", 3, None)]         # projects: 3-6 members each
PROJECT_SIZE = (3, 6)
YEARS = (2008, 2010)

P_SECOND_SAME = 0.12     # firm also joins a second mini-cluster of its complex
P_SECOND_OTHER = 0.03    # ... of another modelled complex
P_SECOND_ATTEND = 0.35   # attendance probability at the second mini-cluster's events
P_SUPPORT_FORUM = 0.9    # support office at each forum of its complex
P_UNI_OTHER = 0.30       # university / institute at another mini-cluster's seminar


def build(seed):
    rng = random.Random(seed)
    complex_name = {c[0]: c[1] for c in COMPLEXES}
    complex_region = {c[0]: c[3] for c in COMPLEXES}
    nodes = []       # dicts: id,label,sector,complex,minicluster,region
    events = []      # dicts: event,kind,minicluster,complex,year
    mem = {}         # (actor, event) -> weight (sessions attended)
    mc_members = {}  # minicluster -> list of actor ids (primary)
    mc_events = {}   # minicluster -> list of (event id, kind)

    for cx, mcs in MODELLED.items():
        name = complex_name[cx]
        support = "%s-SUP" % cx
        nodes.append(dict(id=support, label="%s Complex Support Office" % name,
                          sector="support", complex=name, minicluster="",
                          region=complex_region[cx]))
        unis = ["%s-U%d" % (cx, k + 1) for k in range(UNIVERSITIES_PER_COMPLEX)]
        ris = ["%s-R%d" % (cx, k + 1) for k in range(RESEARCH_PER_COMPLEX)]
        n_firm = 0
        for code, field, size in mcs:
            mc = "%s-%s" % (cx, code)
            members = []
            # one university and one research institute anchor each mini-cluster
            anchors = [unis[rng.randrange(len(unis))], ris[rng.randrange(len(ris))]]
            for a in anchors:
                members.append(a)
            for _ in range(size - len(anchors)):
                n_firm += 1
                fid = "%s-F%03d" % (cx, n_firm)
                nodes.append(dict(id=fid, label="%s Firm %03d" % (name, n_firm),
                                  sector="industry", complex=name, minicluster=mc,
                                  region=complex_region[cx]))
                members.append(fid)
            mc_members[mc] = members
            evs = []
            for kind, n, _ in EVENTS:
                for k in range(n):
                    eid = "%s-%s%d" % (mc, kind.upper()[:3], k + 1)
                    events.append(dict(event=eid, kind=kind, minicluster=mc, complex=name,
                                       year=YEARS[0] + rng.randrange(YEARS[1] - YEARS[0] + 1)))
                    evs.append((eid, kind))
            mc_events[mc] = evs
        # universities and institutes: declared mini-cluster = the first that
        # drew them as anchor (or the complex's first mini-cluster)
        for k, uid in enumerate(unis):
            home = next((m for m, ms in mc_members.items() if m.startswith(cx + "-") and uid in ms),
                        "%s-%s" % (cx, mcs[0][0]))
            nodes.append(dict(id=uid, label="%s University %d" % (name, k + 1), sector="university",
                              complex=name, minicluster=home, region=complex_region[cx]))
        for k, rid in enumerate(ris):
            home = next((m for m, ms in mc_members.items() if m.startswith(cx + "-") and rid in ms),
                        "%s-%s" % (cx, mcs[0][0]))
            nodes.append(dict(id=rid, label="%s Research Institute %d" % (name, k + 1),
                              sector="research", complex=name, minicluster=home,
                              region=complex_region[cx]))

    def attend(actor, eid, p):
        if rng.random() < p:
            mem[(actor, eid)] = mem.get((actor, eid), 0) + 1 + (1 if rng.random() < 0.3 else 0)

    for mc, members in mc_members.items():
        evs = mc_events[mc]
        for eid, kind in evs:
            p = dict((k, q) for k, _, q in EVENTS)[kind]
            if kind == "project":
                size = PROJECT_SIZE[0] + rng.randrange(PROJECT_SIZE[1] - PROJECT_SIZE[0] + 1)
                pool = list(members)
                for _ in range(size):
                    a = pool.pop(rng.randrange(len(pool)))
                    mem[(a, eid)] = mem.get((a, eid), 0) + 1 + rng.randrange(3)
            else:
                for a in members:
                    attend(a, eid, p)
        # every member attends at least one event of its mini-cluster
        for a in members:
            if not any((a, eid) in mem for eid, _ in evs):
                eid = evs[0][0]                      # the forum
                mem[(a, eid)] = 1

    # second mini-clusters (firms only)
    all_mcs = list(mc_members)
    firms = [n for n in nodes if n["sector"] == "industry"]
    for f in firms:
        home = f["minicluster"]
        cx = home.split("-")[0]
        x = rng.random()
        if x < P_SECOND_SAME:
            cands = [m for m in all_mcs if m.startswith(cx + "-") and m != home]
        elif x < P_SECOND_SAME + P_SECOND_OTHER:
            cands = [m for m in all_mcs if not m.startswith(cx + "-")]
        else:
            continue
        other = cands[rng.randrange(len(cands))]
        evs = [e for e in mc_events[other] if e[1] != "project"]
        for eid, _ in evs:
            attend(f["id"], eid, P_SECOND_ATTEND)
        if not any((f["id"], eid) in mem for eid, _ in evs):
            mem[(f["id"], evs[0][0])] = 1

    # support offices at forums; universities/institutes at other seminars
    for n in nodes:
        cx = n["id"].split("-")[0]
        for mc in all_mcs:
            if not mc.startswith(cx + "-"):
                continue
            for eid, kind in mc_events[mc]:
                if n["sector"] == "support" and kind == "forum":
                    attend(n["id"], eid, P_SUPPORT_FORUM)
                elif (n["sector"] in ("university", "research") and kind == "seminar"
                      and n["id"] not in mc_members[mc]):
                    attend(n["id"], eid, P_UNI_OTHER)

    node_order = {n["id"]: k for k, n in enumerate(nodes)}
    ev_order = {e["event"]: k for k, e in enumerate(events)}
    rows = sorted(mem.items(), key=lambda kv: (node_order[kv[0][0]], ev_order[kv[0][1]]))
    return nodes, events, [(a, e, w) for (a, e), w in rows]


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
    nodes, events, members = build(args.seed)
    write_csv(os.path.join(args.outdir, "complexes.csv"),
              ["id", "name", "industry", "region", "designated", "modelled"],
              [list(c) + ["yes" if c[0] in MODELLED else "no"] for c in COMPLEXES])
    cols = ["id", "label", "sector", "complex", "minicluster", "region"]
    write_csv(os.path.join(args.outdir, "nodes.csv"), cols, [[n[c] for c in cols] for n in nodes])
    ecols = ["event", "kind", "minicluster", "complex", "year"]
    write_csv(os.path.join(args.outdir, "events.csv"), ecols, [[e[c] for c in ecols] for e in events])
    write_csv(os.path.join(args.outdir, "members.csv"), ["actor", "event", "weight"], members)
    print("wrote %d actors, %d events, %d memberships (seed %d) to %s"
          % (len(nodes), len(events), len(members), args.seed, args.outdir))


if __name__ == "__main__":
    main()
