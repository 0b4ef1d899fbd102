#!/usr/bin/python3
"""The findings of the Austria worked case, computed without innolink.

    /usr/bin/python3 examples/cordis-austria/verify.py [GRAPHS_DIR] > reference.json

Reads graphs/cordis-austria (members.csv, nodes.csv, nodes-at.csv),
projects the memberships by counting the shared projects of every pair
(innolink's count projection; t9400-cordis.sh checks it against networkx's
bipartite.weighted_projected_graph), and computes
every number the README states: sizes, the triple-helix mixing (networkx
attribute_assortativity_coefficient and the observed and expected shares of
tie ends), Gould-Fernandez brokerage counts (by hand, numpy for the large
ego networks), the openness of Austria and its cities (each tie classed by
its two ends), the change between 2014-2017 and 2018-2021 (tie sets, E-I by
sector and a label-permutation test of its change, seeded). Prints one JSON
object; tests/cli/t9500-cordis-austria.sh compares it with innolink's
outputs and with the README.
"""
import collections
import csv
import itertools
import json
import os
import random
import sys

import networkx as nx
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
# The graphs folder: the argument, or (imported as a module) $CORDIS_GRAPHS.
GRAPHS = (sys.argv[1] if __name__ == "__main__" and len(sys.argv) > 1
          else os.environ.get("CORDIS_GRAPHS", os.path.join(HERE, "..", "..", "graphs")))
DATA = os.path.join(GRAPHS, "cordis-austria")


def read(name):
    with open(os.path.join(DATA, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


MEMBERS = read("members.csv")
NODES = {r["id"]: r for r in read("nodes.csv")}
AT_NODES = {r["id"]: r for r in read("nodes-at.csv")}


def project(rows, ids, only=None):
    """Actor-actor ties, weight = shared projects (innolink's count
    projection), counted pair by pair; with `only`, just the pairs with an
    end in it. Returns a networkx graph on `ids`."""
    events = collections.defaultdict(set)
    for r in rows:
        events[r["event"]].add(r["actor"])
    w = collections.Counter()
    for members in events.values():
        for u, v in itertools.combinations(sorted(members), 2):
            if only is None or u in only or v in only:
                w[u, v] += 1
    G = nx.Graph()
    G.add_nodes_from(ids)
    G.add_weighted_edges_from((u, v, x) for (u, v), x in w.items())
    return G


def mixing(G, attr):
    """Assortativity (networkx) and the triple-helix rows: observed share of
    ties, and the share random mixing of tie ends gives (a_g b_h + a_h b_g)."""
    nx.set_node_attributes(G, {v: NODES[v]["sector"] for v in G}, attr)
    r = nx.attribute_assortativity_coefficient(G, attr)
    ends = collections.Counter()
    ties = collections.Counter()
    for u, v in G.edges():
        a, b = NODES[u][attr], NODES[v][attr]
        ends[a] += 1
        ends[b] += 1
        ties[tuple(sorted((a, b)))] += 1
    m = G.number_of_edges()
    share = {g: ends[g] / (2 * m) for g in ends}
    helix = {}
    for a, b in (("industry", "research"), ("industry", "university"),
                 ("research", "university")):
        obs = ties[(a, b)] / m
        exp = 2 * share[a] * share[b]
        helix["%s-%s" % (a, b)] = {"ties": ties[(a, b)], "share": obs, "expected": exp,
                                   "ratio": obs / exp}
    return {"ties": m, "assortativity": r, "triple_helix": helix}


def brokerage_counts(G, group, v):
    """Gould-Fernandez roles of v, G read as its symmetric digraph: ordered
    pairs (a, b) of distinct neighbours of v that are not tied."""
    nb = list(G[v])
    if len(nb) < 2:
        return dict.fromkeys(("coordinator", "itinerant", "representative", "gatekeeper",
                              "liaison", "total"), 0)
    idx = {u: i for i, u in enumerate(nb)}
    A = np.zeros((len(nb), len(nb)), dtype=bool)
    for u in nb:
        for w in G[u]:
            j = idx.get(w)
            if j is not None:
                A[idx[u], j] = True
    np.fill_diagonal(A, True)
    open_ = ~A                                      # a -> v -> b with no a - b tie
    g = np.array([group[u] for u in nb])
    gv = group[v]
    ga, gb = g[:, None], g[None, :]
    same_ab = ga == gb
    a_v, b_v = ga == gv, gb == gv
    roles = {
        "coordinator": open_ & a_v & b_v,
        "itinerant": open_ & same_ab & ~a_v,
        "representative": open_ & a_v & ~b_v,
        "gatekeeper": open_ & ~a_v & b_v,
        "liaison": open_ & ~same_ab & ~a_v & ~b_v,
    }
    out = {k: int(x.sum()) for k, x in roles.items()}
    out["total"] = sum(out.values())
    return out


def classify(u, v):
    a, b = NODES[u], NODES[v]
    if a["country"] != b["country"]:
        return "abroad"
    if not a["city"] or not b["city"]:
        return "national_unplaced"
    return "inside" if a["city"] == b["city"] else "national"


def openness(G):
    """Ties by class: the network, each Austrian city (with an end in it),
    Austria (with an end in it), and each Austrian actor's national ties."""
    net = collections.Counter()
    city = collections.defaultdict(collections.Counter)
    austria = collections.Counter()
    national = collections.Counter()
    for u, v in G.edges():
        c = classify(u, v)
        net[c] += 1
        ends = {u, v}
        if any(NODES[x]["country"] == "AT" for x in ends):
            austria[c] += 1
        places = {NODES[x]["city"] for x in ends if NODES[x]["country"] == "AT" and NODES[x]["city"]}
        for p in places:
            city[p][c] += 1
        if c == "national":
            national[u] += 1
            national[v] += 1

    def row(cnt):
        t = sum(cnt.values())
        r = {"ties": t}
        for c in ("inside", "national", "national_unplaced", "abroad"):
            r["share_" + c] = cnt[c] / t
        I = cnt["inside"] + cnt["national"] + cnt["national_unplaced"]
        r["ei_scope"] = (cnt["abroad"] - I) / (cnt["abroad"] + I)
        r["ei_region"] = ((cnt["national"] + cnt["abroad"] - cnt["inside"]) /
                          (cnt["national"] + cnt["abroad"] + cnt["inside"]))
        return r
    cities = {p: row(c) for p, c in city.items()}
    top = sorted(cities, key=lambda p: -cities[p]["ties"])[:5]
    brokers = sorted((x for x in national if NODES[x]["country"] == "AT"),
                     key=lambda x: (-national[x], x))[:3]
    return {"network": row(net), "austria": row(austria),
            "cities": {p: cities[p] for p in top},
            "national_brokers": [{"id": x, "label": NODES[x]["label"],
                                  "ties_national": national[x]} for x in brokers]}


def ei(G, attr):
    e = sum(1 for u, v in G.edges() if AT_NODES[u][attr] != AT_NODES[v][attr])
    i = G.number_of_edges() - e
    return (e - i) / (e + i)


def change(before, after, attr, permutations=2000, seed=20261203):
    """Tie changes and the E-I change with its label-permutation p-value."""
    pb = {frozenset(e): w for *e, w in before.edges(data="weight")}
    pa = {frozenset(e): w for *e, w in after.edges(data="weight")}
    both = set(pb) & set(pa)
    ids = sorted(AT_NODES)
    labels = [AT_NODES[v][attr] for v in ids]

    def ei_with(lab, tie_set):
        e = sum(1 for t in tie_set if lab[tuple(t)[0]] != lab[tuple(t)[1]])
        return (e - (len(tie_set) - e)) / len(tie_set)
    lab0 = dict(zip(ids, labels))
    obs = ei_with(lab0, pa) - ei_with(lab0, pb)
    rng = random.Random(seed)
    hits = 0
    for _ in range(permutations):
        perm = labels[:]
        rng.shuffle(perm)
        lab = dict(zip(ids, perm))
        if ei_with(lab, pa) - ei_with(lab, pb) >= obs - 1e-12:
            hits += 1
    # QAP correlation: Pearson r of the weighted adjacency over unordered pairs.
    pos = {v: i for i, v in enumerate(ids)}
    X, Y = np.zeros((len(ids), len(ids))), np.zeros((len(ids), len(ids)))
    for M, tie_set in ((X, pb), (Y, pa)):
        for t, w in tie_set.items():
            u, v = tuple(t)
            M[pos[u], pos[v]] = M[pos[v], pos[u]] = w
    iu = np.triu_indices(len(ids), 1)
    qap = float(np.corrcoef(X[iu], Y[iu])[0, 1])
    return {"ties_before": len(pb), "ties_after": len(pa), "gained": len(set(pa) - set(pb)),
            "qap_correlation": qap,
            "lost": len(set(pb) - set(pa)), "kept": len(both),
            "strengthened": sum(1 for t in both if pa[t] > pb[t]),
            "weakened": sum(1 for t in both if pa[t] < pb[t]),
            "ei_before": ei_with(lab0, pb), "ei_after": ei_with(lab0, pa), "ei_change": obs,
            "ei_p_greater": hits / permutations, "permutations": permutations}


def main():
    ref = {}
    G = project(MEMBERS, NODES)
    ref["network"] = {"nodes": G.number_of_nodes(), "ties": G.number_of_edges(),
                      "weight": int(G.size(weight="weight"))}
    ref["mixing"] = mixing(G, "sector")
    at_rows = [r for r in MEMBERS if r["country"] == "AT"]
    D = project(at_rows, AT_NODES)
    ref["mixing_at"] = mixing(D, "sector")
    sector = {v: AT_NODES[v]["sector"] for v in D}
    roles = {v: brokerage_counts(D, sector, v) for v in D}
    ref["brokerage_at"] = {
        role: [{"id": v, "label": AT_NODES[v]["label"], role: roles[v][role]}
               for v in sorted(roles, key=lambda x: (-roles[x][role], x))[:3]]
        for role in ("coordinator", "gatekeeper", "liaison", "total")}
    ref["brokerage_at_all"] = roles
    country = {v: NODES[v]["country"] for v in G}
    at_ids = [v for v in G if country[v] == "AT"]
    deg = sorted(at_ids, key=lambda v: -G.degree(v))[:4]
    ref["brokerage_country"] = {v: dict(brokerage_counts(G, country, v), label=NODES[v]["label"])
                                for v in deg}
    ref["openness"] = openness(G)
    for name, keep in (("2014-2017", lambda y: y <= 2017), ("2018-2021", lambda y: y >= 2018)):
        P = project([r for r in MEMBERS if keep(int(r["year"]))],
                    {r["actor"] for r in MEMBERS if keep(int(r["year"]))}, only=AT_NODES)
        ref["openness_" + name] = openness(P)["austria"]
    early = project([r for r in at_rows if int(r["year"]) <= 2017], AT_NODES)
    late = project([r for r in at_rows if int(r["year"]) >= 2018], AT_NODES)
    ref["change"] = change(early, late, "sector")
    json.dump(ref, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
