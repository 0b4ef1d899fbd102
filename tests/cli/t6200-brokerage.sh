#!/bin/sh
# innolink brokerage: counts against a brute-force reading of the
# definition, sna's expectations (worked in test_brokerage.c), bad input.
. "$(dirname "$0")/lib.sh"

D="$GRAPHS/daedeok-pangyo"

# Brute force over ordered triples (a, v, b): v brokers a -> v -> b when
# there is no a -> b; undirected ties are arcs both ways (sna on the
# symmetrised matrix).
cat >roles.py <<'PY'
import csv, json, sys
edges_csv, nodes_csv, attr, report, directed = sys.argv[1:6]
grp = {r["id"]: r[attr] for r in csv.DictReader(open(nodes_csv, encoding="utf-8"))}
arcs = set()
for r in csv.DictReader(open(edges_csv, encoding="utf-8")):
    u, v = r["source"], r["target"]
    if u == v: continue
    arcs.add((u, v))
    if directed == "0": arcs.add((v, u))
out = {}; inn = {}
for u, v in arcs:
    out.setdefault(u, set()).add(v); inn.setdefault(v, set()).add(u)
names = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]
cnt = {x: dict.fromkeys(names, 0) for x in grp}
for v in grp:
    for a in inn.get(v, ()):
        for b in out.get(v, ()):
            if a == b or (a, b) in arcs: continue
            ga, gv, gb = grp[a], grp[v], grp[b]
            if ga == gv == gb: role = "coordinator"
            elif ga == gb: role = "itinerant"
            elif gv == ga: role = "representative"
            elif gv == gb: role = "gatekeeper"
            else: role = "liaison"
            cnt[v][role] += 1
s = json.load(open(report))
bad = [(r["node"], k, r[k], cnt[r["node"]][k]) for r in s["nodes_table"] for k in names
       if r[k] != cnt[r["node"]][k]]
bad += [(r["node"], "total", r["total"]) for r in s["nodes_table"]
        if r["total"] != sum(cnt[r["node"]].values())]
n = len(grp)
if abs(s["arc_density"] - len(arcs) / (n * (n - 1))) > 1e-12: bad.append(("density",))
print(bad[:10] or "all equal")
sys.exit(1 if bad else 0)
PY

test_expect_success 'daedeok-pangyo by cluster and by sector: counts equal a brute force' '
    for a in cluster sector; do
        innolink brokerage --samples 20 "$D/edges.csv" --nodes "$D/nodes.csv" --by $a --format json >$a.json &&
        /usr/bin/python3 roles.py "$D/edges.csv" "$D/nodes.csv" $a $a.json 0 || exit 1
    done
'

test_expect_success 'a directed reading of the same ties: counts equal a brute force' '
    innolink brokerage --samples 20 "$D/edges.csv" --nodes "$D/nodes.csv" --by sector --directed \
        --format json >d.json &&
    /usr/bin/python3 roles.py "$D/edges.csv" "$D/nodes.csv" sector d.json 1
'

cat >e.csv <<'EOF2'
source,target
a,b
b,c
b,f
c,d
d,e
e,c
a,e
EOF2
printf "id,grp\na,X\nb,X\nc,Y\nd,Z\ne,Y\nf,X\n" >n.csv

test_expect_success 'the hand-worked directed graph: counts, sna expectations and z' '
    innolink brokerage --samples 20 e.csv --nodes n.csv --by grp --directed --format json >s.json &&
    /usr/bin/python3 - s.json <<PY
import json, sys
s = json.load(open(sys.argv[1]))
row = {r["node"]: r for r in s["nodes_table"]}
assert (row["b"]["coordinator"], row["b"]["representative"], row["b"]["total"]) == (1, 1, 2)
assert (row["c"]["liaison"], row["c"]["representative"]) == (1, 1)
assert row["d"]["itinerant"] == 1 and row["e"]["gatekeeper"] == 2
# sna::brokerage formulas evaluated by hand (test_brokerage.c)
assert abs(row["b"]["exp_coordinator"] - 0.0834814815) < 1e-9
assert abs(row["b"]["z_coordinator"] - 3.240445029) < 1e-8
assert abs(row["e"]["z_gatekeeper"] - 3.833079735) < 1e-8
tot = [r for r in s["roles"] if r["role"] == "total"][0]
assert tot["observed"] == 7 and abs(tot["expected"] - 5.008888889) < 1e-8
print("ok")
PY
'

test_expect_success 'text output (golden)' '
    innolink brokerage --samples 20 e.csv --nodes n.csv --by grp --directed >out 2>err &&
    test_must_be_empty err &&
    sed "s|igraph_version .*|igraph_version IGRAPH|" out >actual &&
    test_golden t6200-brokerage.small.txt actual
'

test_expect_success 'csv prints the nodes table; --table roles the global one' '
    innolink brokerage --samples 20 e.csv --nodes n.csv --by grp --directed --format csv >actual &&
    test_golden t6200-brokerage.small.csv actual &&
    innolink brokerage --samples 20 e.csv --nodes n.csv --by grp --directed --format csv --table roles >r.csv &&
    grep "^role,observed,expected,sd,z$" r.csv &&
    grep "^total,7," r.csv
'

test_expect_success 'bad input: no --by, unknown attribute, empty value, one group' '
    test_expect_code 2 innolink brokerage --samples 20 e.csv --nodes n.csv 2>err &&
    grep "^innolink: brokerage needs --by ATTR" err &&
    test_expect_code 1 innolink brokerage --samples 20 e.csv --nodes n.csv --by sector 2>err &&
    grep "No node attribute .sector." err &&
    printf "id,grp\na,X\nb,X\nc,\nd,Z\ne,Y\nf,X\n" >m.csv &&
    test_expect_code 1 innolink brokerage --samples 20 e.csv --nodes m.csv --by grp 2>err &&
    grep "Node .c. has no value for .grp." err &&
    printf "id,grp\na,X\nb,X\nc,X\nd,X\ne,X\nf,X\n" >one.csv &&
    test_expect_code 1 innolink brokerage --samples 20 e.csv --nodes one.csv --by grp 2>err &&
    grep "at least two groups" err
'

test_done
