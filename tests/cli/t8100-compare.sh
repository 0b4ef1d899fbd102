#!/bin/sh
# innolink compare: snapshots before and after a cooperation programme,
# checked against independent counts (Python), numpy's correlation and the
# findings stated in graphs/daedeok-pangyo-programme/README.md.
. "$(dirname "$0")/lib.sh"

Q="'"
G="$GRAPHS/daedeok-pangyo-programme"
STEP="change edges-before.csv -> edges-after.csv"

test_expect_success 'before/after with groups (json)' '
    innolink compare --samples 20 "$G/edges-before.csv" "$G/edges-after.csv" --nodes "$G/nodes.csv" \
        --by cluster --permutations 200 --format json >c.json 2>err &&
    test_must_be_empty err
'

test_expect_success 'E-I before and after equal the dataset README (networkx counts)' '
    near "$(json_get c.json "$STEP/ei/before")" -0.960784 &&
    near "$(json_get c.json "$STEP/ei/after")" -0.716738 &&
    near "$(json_get c.json "$STEP/ei/weighted_before")" -0.979592 &&
    near "$(json_get c.json "$STEP/ei/weighted_after")" -0.673540 &&
    near "$(json_get c.json "$STEP/ei/p_greater")" 0
'

test_expect_success 'entrants and leavers as the README lists them' '
    test "$(json_get c.json "$STEP/entrants")" = "[${Q}DD-V30${Q}, ${Q}PG-IT26${Q}, ${Q}PG-BIO08${Q}]" &&
    test "$(json_get c.json "$STEP/leavers")" = "[${Q}DD-V28${Q}, ${Q}DD-V29${Q}, ${Q}PG-IT25${Q}]"
'

test_expect_success 'tie changes, block densities and QAP equal an independent computation' '
    /usr/bin/python3 - "$G" c.json "$STEP" <<PY
import csv, json, sys
import numpy as np
G, out, step = sys.argv[1], json.load(open(sys.argv[2])), sys.argv[3]
s = out[step]
def ties(f):
    return {frozenset((r["source"], r["target"])): float(r["weight"])
            for r in csv.DictReader(open(G + "/" + f, encoding="utf-8"))}
b, a = ties("edges-before.csv"), ties("edges-after.csv")
want = dict(gained=sum(1 for k in a if k not in b), lost=sum(1 for k in b if k not in a),
            strengthened=sum(1 for k in a if k in b and a[k] > b[k]),
            weakened=sum(1 for k in a if k in b and a[k] < b[k]),
            unchanged=sum(1 for k in a if k in b and a[k] == b[k]))
want["weight_change"] = sum(a.values()) - sum(b.values())
for k, v in want.items():
    assert abs(s["ties"][k] - v) < 1e-9, (k, s["ties"][k], v)
ids = [r["id"] for r in csv.DictReader(open(G + "/nodes.csv", encoding="utf-8"))]
ix = {v: i for i, v in enumerate(ids)}
def mat(t):
    m = np.zeros((len(ids), len(ids)))
    for k, w in t.items():
        u, v = tuple(k); m[ix[u], ix[v]] = m[ix[v], ix[u]] = w
    return m[np.triu_indices(len(ids), 1)]
r = np.corrcoef(mat(b), mat(a))[0, 1]
assert abs(s["qap"]["correlation"] - r) < 1e-9, (s["qap"]["correlation"], r)
grp = {r["id"]: r["cluster"] for r in csv.DictReader(open(G + "/nodes.csv", encoding="utf-8"))}
size = {g: list(grp.values()).count(g) for g in set(grp.values())}
for row in s["pairs"]:
    g, h = row["from"], row["to"]
    pairs = size[g] * (size[g] - 1) / 2 if g == h else size[g] * size[h]
    n_after = sum(1 for k in a if sorted(grp[x] for x in k) == sorted([g, h]))
    assert abs(row["density_after"] - n_after / pairs) < 1e-9, (row, n_after / pairs)
print("independent values agree")
PY
'

test_expect_success 'brokers of the programme: betweenness equals networkx before and after' '
    for pw in none inverse; do
        innolink compare --samples 20 "$G/edges-before.csv" "$G/edges-after.csv" --nodes "$G/nodes.csv" \
            --by cluster --permutations 0 --path-weight $pw --top 100 --format json >h-$pw.json || exit 1
    done &&
    /usr/bin/python3 - "$G" "$STEP" <<PY
import csv, json, sys
from fractions import Fraction
import networkx as nx
G, step = sys.argv[1], sys.argv[2]
# Exact distances (Fractions): with floats, 1/3 + 1/3 + 1/3 != 1 and
# networkx would miss tied shortest paths that igraph counts.
def graph(f):
    g = nx.Graph()
    g.add_nodes_from(r["id"] for r in csv.DictReader(open(G + "/nodes.csv", encoding="utf-8")))
    for r in csv.DictReader(open(G + "/" + f, encoding="utf-8")):
        g.add_edge(r["source"], r["target"], dist=Fraction(1, int(r["weight"])))
    return g
b, a = graph("edges-before.csv"), graph("edges-after.csv")
for pw, weight in (("none", None), ("inverse", "dist")):
    rows = {r["id"]: r for r in json.load(open("h-%s.json" % pw))[step]["actors"]}
    bb, ba = nx.betweenness_centrality(b, weight=weight), nx.betweenness_centrality(a, weight=weight)
    for actor in ("DD-INNOPOLIS", "PG-GBSA"):
        assert abs(rows[actor]["betweenness_before"] - float(bb[actor])) < 1e-9, (pw, rows[actor], bb[actor])
        assert abs(rows[actor]["betweenness_after"] - float(ba[actor])) < 1e-9, (pw, rows[actor], ba[actor])
        if pw == "none":    # the README states this finding in hops
            assert ba[actor] > 3 * bb[actor], (actor, "the README says this broker rises")
print("ok")
PY
'

test_expect_success 'a series split by --period gives the README E-I of each period' '
    innolink compare --samples 20 "$G/edges-series.csv" --period period --nodes "$G/nodes.csv" --by cluster \
        --permutations 0 --format csv >s.csv &&
    head -n 1 s.csv | grep "^snapshot,nodes,edges," &&
    test "$(cut -d, -f1 s.csv | tr "\n" " ")" = "snapshot 2016 2019 2022 " &&
    awk -F, "NR == 1 { for (i = 1; i <= NF; i++) if (\$i == \"ei_index\") c = i } NR > 1 { print \$c }" \
        s.csv >ei.txt &&
    near "$(sed -n 1p ei.txt)" -0.960784 &&
    near "$(sed -n 2p ei.txt)" -0.843318 &&
    near "$(sed -n 3p ei.txt)" -0.716738
'

test_expect_success 'the same seed reproduces the output byte for byte' '
    innolink compare --samples 20 "$G/edges-before.csv" "$G/edges-after.csv" --nodes "$G/nodes.csv" \
        --by cluster --permutations 200 --format json >c2.json &&
    cmp c.json c2.json
'

test_expect_success 'text output (golden), hand-sized snapshots' '
    printf "source,target,weight\na,b,1\nb,c,2\nc,d,1\n" >b.csv &&
    printf "source,target,weight\na,b,1\nb,c,3\nd,e,2\na,c,1\n" >a.csv &&
    innolink compare --samples 20 b.csv a.csv --permutations 50 >out 2>err &&
    test_must_be_empty err &&
    sed "s|igraph_version .*|igraph_version IGRAPH|" out >actual &&
    test_golden t8100-compare.small.txt actual &&
    grep "^    gained  *2$" out && grep "^    lost  *1$" out && grep "^  entrants  *e$" out
'

test_expect_success 'render --before draws each group'\''s move on the coupling plane' '
    innolink render --samples 20 "$G/edges-after.csv" --nodes "$G/nodes.csv" --chart coupling --by cluster \
        --before "$G/edges-before.csv" -o plane.svg 2>err &&
    test_must_be_empty err &&
    xmllint --noout plane.svg &&
    test "$(grep -c "class=\"move\"" plane.svg)" = 2 &&
    /usr/bin/python3 - c.json "$STEP" <<PY
import json, re, sys
groups = json.load(open(sys.argv[1]))[sys.argv[2]]["groups"]
svg = open("plane.svg", encoding="utf-8").read()
for g in groups:
    m = re.search(g["group"] + r": internal density ([-0-9.e+]+) to ([-0-9.e+]+), external share ([-0-9.e+]+) to ([-0-9.e+]+)<", svg)
    got = [float(x) for x in m.groups()]
    want = [g["cohesion_before"], g["cohesion_after"], g["coupling_before"], g["coupling_after"]]
    assert all(abs(a - b) < 1e-3 * max(1, abs(b)) for a, b in zip(got, want)), (got, want)
    # 2026-12-03: the readings of the arrows are those of compare (issue 12)
    m = re.search(g["group"] + r": internal density [^<]*</title><desc>([a-z ]+) to ([a-z ]+)</desc>", svg)
    assert m and m.groups() == (g["reading_before"], g["reading_after"]), (m and m.groups(), g)
print("arrows agree with compare")
PY
'

test_expect_success 'usage and data errors' '
    test_expect_code 2 innolink compare --samples 20 b.csv 2>err && grep "give two snapshots" err &&
    test_expect_code 2 innolink compare --samples 20 b.csv a.csv --period year 2>err &&
    test_expect_code 1 innolink compare --samples 20 b.csv --period year 2>err &&
    grep "no edge column ${Q}year${Q}" err &&
    test_expect_code 2 innolink compare --samples 20 b.csv a.csv --path-weight far 2>err &&
    test_expect_code 1 innolink compare --samples 20 b.csv a.csv --by cluster 2>err &&
    grep "No node attribute ${Q}cluster${Q}" err &&
    test_expect_code 2 innolink render --samples 20 a.csv --before b.csv -o x.svg 2>err &&
    grep "chart coupling only" err
'

test_done
