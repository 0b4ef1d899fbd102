#!/bin/sh
# innolink mixing: assortativity against networkx at test time, the mixing
# matrices, the helix_pairs rows (called triple_helix before the Triple-Helix
# synergy arrived: t6150-helix.sh tests that), and bad input.
. "$(dirname "$0")/lib.sh"

D="$GRAPHS/daedeok-pangyo"

test_expect_success 'assortativity and mixing matrix equal networkx (sector, cluster)' '
    test -x /usr/bin/python3 && /usr/bin/python3 -c "import networkx" 2>/dev/null || {
        echo "# skipped: python3-networkx not installed"; exit 0; }
    for a in sector cluster; do
        innolink mixing --samples 20 "$D/edges.csv" --nodes "$D/nodes.csv" --by $a --format json >$a.json || exit 1
        /usr/bin/python3 - "$D/edges.csv" "$D/nodes.csv" $a $a.json <<PY || exit 1
import csv, json, sys, networkx as nx
G = nx.Graph()
for r in csv.DictReader(open(sys.argv[2], encoding="utf-8")): G.add_node(r["id"], **r)
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    G.add_edge(r["source"], r["target"], weight=float(r["weight"]))
a = sys.argv[3]
s = json.load(open(sys.argv[4]))
bad = []
# networkx.attribute_assortativity_coefficient (unweighted)
r = nx.attribute_assortativity_coefficient(G, a)
if abs(s["assortativity"] - r) > 1e-12: bad.append(("assortativity", s["assortativity"], r))
# networkx.attribute_mixing_matrix(normalized=True), rows/columns in sorted order
groups = sorted(set(nx.get_node_attributes(G, a).values()))
M = nx.attribute_mixing_matrix(G, a, nodes=None, mapping={g: i for i, g in enumerate(groups)})
for i, row in enumerate(s["mixing_ties_shares"]):
    for j, g in enumerate(groups):
        if abs(row[g] - M[i][j]) > 1e-12: bad.append(("e", row["group"], g, row[g], M[i][j]))
print(bad or "all equal")
sys.exit(1 if bad else 0)
PY
    done
'

test_expect_success 'directed: assortativity equals networkx on the DiGraph' '
    test -x /usr/bin/python3 && /usr/bin/python3 -c "import networkx" 2>/dev/null || {
        echo "# skipped: python3-networkx not installed"; exit 0; }
    innolink mixing --samples 20 "$D/edges.csv" --nodes "$D/nodes.csv" --by sector --directed \
        --format json >d.json &&
    /usr/bin/python3 - "$D/edges.csv" "$D/nodes.csv" d.json <<PY
import csv, json, sys, networkx as nx
G = nx.DiGraph()
for r in csv.DictReader(open(sys.argv[2], encoding="utf-8")): G.add_node(r["id"], **r)
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")): G.add_edge(r["source"], r["target"])
r = nx.attribute_assortativity_coefficient(G, "sector")
s = json.load(open(sys.argv[3]))
print(s["assortativity"], r)
sys.exit(0 if abs(s["assortativity"] - r) < 1e-12 else 1)
PY
'

cat >e.csv <<'EOF2'
source,target,weight
a,b,3
a,c,1
b,c,1
EOF2
printf "id,grp\na,X\nb,X\nc,Y\n" >n.csv

test_expect_success 'weighted assortativity of a small graph (worked in test_mixing.c)' '
    innolink mixing --samples 20 e.csv --nodes n.csv --by grp --format json >s.json &&
    near "$(json_get s.json assortativity)" -0.5 1e-12 &&
    near "$(json_get s.json assortativity_weighted)" -0.25 1e-12 &&
    /usr/bin/python3 - s.json <<PY
import json, sys
# By hand: tie ends X 4/6, Y 2/6 -> expected X-X (2/3)^2 = 4/9, X-Y
# 2 (2/3)(1/3) = 4/9, Y-Y 1/9; observed X-X 1/3, X-Y 2/3. Strength ends
# X 8/10, Y 2/10 -> expected weight shares 0.64, 0.32, 0.04; observed
# 3/5, 2/5, 0. Possible pairs (n = 3): X-X 1/3, X-Y 2/3, Y-Y 0.
want = {("X", "X"): (1/3, 4/9, 1/3, 0.6, 0.64), ("X", "Y"): (2/3, 4/9, 2/3, 0.4, 0.32),
        ("Y", "Y"): (0, 1/9, 0, 0, 0.04)}
keys = ("share", "expected_share", "expected_share_by_size", "weight_share", "expected_weight_share")
for r in json.load(open(sys.argv[1]))["pairs"]:
    got = tuple(r[k] for k in keys)
    exp = want[(r["group_a"], r["group_b"])]
    assert all(abs(g - e) < 1e-12 for g, e in zip(got, exp)), (r, exp)
print("ok")
PY
'

test_expect_success 'text output (golden)' '
    innolink mixing --samples 20 e.csv --nodes n.csv --by grp >out 2>err &&
    test_must_be_empty err &&
    sed "s|igraph_version .*|igraph_version IGRAPH|" out >actual &&
    test_golden t6100-mixing.small.txt actual
'

test_expect_success 'by sector: helix_pairs rows (ex triple_helix) with observed and expected shares' '
    innolink mixing --samples 20 "$D/edges.csv" --nodes "$D/nodes.csv" --by sector --format json >s.json &&
    /usr/bin/python3 - s.json "$D/edges.csv" "$D/nodes.csv" <<PY
import csv, json, sys
s = json.load(open(sys.argv[1]))
sec = {r["id"]: r["sector"] for r in csv.DictReader(open(sys.argv[3], encoding="utf-8"))}
rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
m = len(rows)
ends = {}
for r in rows:
    for x in (r["source"], r["target"]): ends[sec[x]] = ends.get(sec[x], 0) + 1
pairs = [(h["group_a"], h["group_b"]) for h in s["helix_pairs"]]
assert pairs == [("industry", "research"), ("industry", "university"), ("research", "university")], pairs
for h in s["helix_pairs"]:
    a, b = h["group_a"], h["group_b"]
    obs = sum(1 for r in rows if {sec[r["source"]], sec[r["target"]]} == {a, b}) / m
    exp = 2 * (ends[a] / (2 * m)) * (ends[b] / (2 * m))
    assert abs(h["share"] - obs) < 1e-12 and abs(h["expected_share"] - exp) < 1e-12, (h, obs, exp)
print("ok")
PY
'

test_expect_success 'csv prints the pairs table' '
    innolink mixing --samples 20 e.csv --nodes n.csv --by grp --format csv >actual &&
    test_golden t6100-mixing.small.csv actual
'

test_expect_success 'bad input: no --by, unknown attribute, empty value, one group' '
    test_expect_code 2 innolink mixing --samples 20 e.csv --nodes n.csv 2>err &&
    grep "^innolink: mixing needs --by ATTR" err &&
    test_expect_code 1 innolink mixing --samples 20 e.csv --nodes n.csv --by sector 2>err &&
    grep "No node attribute .sector." err &&
    printf "id,grp\na,X\nb,\nc,Y\n" >m.csv &&
    test_expect_code 1 innolink mixing --samples 20 e.csv --nodes m.csv --by grp 2>err &&
    grep "Node .b. has no value for .grp." err &&
    innolink mixing --samples 20 e.csv --nodes m.csv --by grp --empty-group --format json >s.json &&
    test "$(json_get s.json groups)" = 3 &&
    printf "id,grp\na,X\nb,X\nc,X\n" >one.csv &&
    test_expect_code 1 innolink mixing --samples 20 e.csv --nodes one.csv --by grp 2>err &&
    grep "at least two groups" err
'

test_done
