#!/bin/sh
# innolink coupling: E-I and block densities against an independent Python
# count, the permutation test's seed, bad input, and the three formats.
. "$(dirname "$0")/lib.sh"

K="$GRAPHS/karate"
D="$GRAPHS/daedeok-pangyo"

# Python (standard library only) recomputes block densities, E-I at the
# three levels, coupling shares and participation from the CSV files.
cat >check.py <<'PY'
import csv, json, sys
edges_csv, nodes_csv, attr, report = sys.argv[1:5]
grp = {r["id"]: r[attr] for r in csv.DictReader(open(nodes_csv, encoding="utf-8"))}
ties = {}
for r in csv.DictReader(open(edges_csv, encoding="utf-8")):
    u, v = r["source"], r["target"]
    if u == v: continue
    key = frozenset((u, v))
    ties[key] = ties.get(key, 0) + float(r.get("weight") or 1)
s = json.load(open(report))
groups = sorted(set(grp.values()))
size = {g: sum(1 for x in grp.values() if x == g) for g in groups}
n = len(grp)
def ei(e, i): return (e - i) / (e + i) if e + i else None
bad = []
def near(what, got, want, tol=1e-9):
    if want is None or got is None:
        if want is not got: bad.append((what, got, want))
    elif abs(got - want) > tol * max(1, abs(want)): bad.append((what, got, want))
E = I = Ew = Iw = 0
blk = {}; blkw = {}
gin = {g: [0, 0] for g in groups}; gout = {g: [0, 0] for g in groups}
nin = {x: [0, 0] for x in grp}; nout = {x: [0, 0] for x in grp}
for key, w in ties.items():
    u, v = tuple(key)
    a, b = grp[u], grp[v]
    blk[(a, b)] = blk.get((a, b), 0) + 1; blkw[(a, b)] = blkw.get((a, b), 0) + w
    if a != b:
        blk[(b, a)] = blk.get((b, a), 0) + 1; blkw[(b, a)] = blkw.get((b, a), 0) + w
        E += 1; Ew += w
        for g in (a, b): gout[g][0] += 1; gout[g][1] += w
        for x in (u, v): nout[x][0] += 1; nout[x][1] += w
    else:
        I += 1; Iw += w
        gin[a][0] += 1; gin[a][1] += w
        for x in (u, v): nin[x][0] += 1; nin[x][1] += w
near("ei_index", s["ei_index"], ei(E, I))
near("ei_index_weighted", s["ei_index_weighted"], ei(Ew, Iw))
ipos = sum(size[g] * (size[g] - 1) / 2 for g in groups); allp = n * (n - 1) / 2
near("ei_expected", s["ei_expected"], (allp - 2 * ipos) / allp)
for row in s["block_density"]:
    a = row["group"]
    for b in groups:
        pairs = size[a] * (size[a] - 1) / 2 if a == b else size[a] * size[b]
        near("density %s/%s" % (a, b), row[b], blk.get((a, b), 0) / pairs if pairs else None)
for row in s["block_weighted_density"]:
    a = row["group"]
    for b in groups:
        pairs = size[a] * (size[a] - 1) / 2 if a == b else size[a] * size[b]
        near("wdensity %s/%s" % (a, b), row[b], blkw.get((a, b), 0) / pairs if pairs else None)
for row in s["groups_table"]:
    g = row["group"]
    near("ei " + g, row["ei_index"], ei(gout[g][0], gin[g][0]))
    near("eiw " + g, row["ei_index_weighted"], ei(gout[g][1], gin[g][1]))
    near("share " + g, row["coupling_share"], gout[g][1] / (gout[g][1] + gin[g][1]))
    near("bridging " + g, row["bridging_actors"],
         sum(1 for x in grp if grp[x] == g and nout[x][0] > 0))
for row in s["nodes_table"]:
    x = row["node"]
    near("ei " + x, row["ei_index"], ei(nout[x][0], nin[x][0]))
    near("eiw " + x, row["ei_index_weighted"], ei(nout[x][1], nin[x][1]))
    k = {}
    for key, w in ties.items():
        if x in key:
            (y,) = tuple(key - {x})
            k[grp[y]] = k.get(grp[y], 0) + 1
    tot = sum(k.values())
    near("participation " + x, row["participation"],
         1 - sum((c / tot) ** 2 for c in k.values()) if tot else 0)
print(bad or "all equal")
sys.exit(1 if bad else 0)
PY

test_expect_success 'karate by faction: E-I and blocks equal an independent count' '
    innolink coupling --samples 20 "$K/edges.csv" --nodes "$K/nodes.csv" --by faction \
        --permutations 100 --format json >s.json &&
    /usr/bin/python3 check.py "$K/edges.csv" "$K/nodes.csv" faction s.json
'

test_expect_success 'daedeok-pangyo by cluster and by sector: the same checks, weighted' '
    innolink coupling --samples 20 "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster \
        --permutations 0 --format json >c.json &&
    /usr/bin/python3 check.py "$D/edges.csv" "$D/nodes.csv" cluster c.json &&
    innolink coupling --samples 20 "$D/edges.csv" --nodes "$D/nodes.csv" --by sector \
        --permutations 0 --format json >s.json &&
    /usr/bin/python3 check.py "$D/edges.csv" "$D/nodes.csv" sector s.json
'

# networkx: minimum node cut between two groups (super-source S joined to
# one group, super-sink T to the other; networkx.minimum_node_cut), the key
# actor of each pair, and articulation points with the cross-group pairs
# their removal disconnects (networkx.articulation_points + components).
cat >vuln.py <<'PY'
import csv, json, sys, itertools, networkx as nx
edges_csv, nodes_csv, attr, report = sys.argv[1:5]
grp = {r["id"]: r[attr] for r in csv.DictReader(open(nodes_csv, encoding="utf-8"))}
G = nx.Graph(); G.add_nodes_from(grp)
for r in csv.DictReader(open(edges_csv, encoding="utf-8")):
    if r["source"] != r["target"]:
        w = float(r.get("weight") or 1)
        if G.has_edge(r["source"], r["target"]): G[r["source"]][r["target"]]["weight"] += w
        else: G.add_edge(r["source"], r["target"], weight=w)
s = json.load(open(report))
bad = []
for row in s["pairs"]:
    a, b = row["group_a"], row["group_b"]
    H = G.copy()
    H.add_edges_from(("S", x) for x in grp if grp[x] == a)
    H.add_edges_from((x, "T") for x in grp if grp[x] == b)
    cut = len(nx.minimum_node_cut(H, "S", "T")) if nx.has_path(H, "S", "T") else 0
    if row["min_vertex_cut"] != cut: bad.append(("cut", a, b, row["min_vertex_cut"], cut))
    acc = {}
    for u, v, d in G.edges(data=True):
        if {grp[u], grp[v]} == {a, b}:
            for x in (u, v): acc[x] = acc.get(x, 0) + d["weight"]
    top = max(acc.values()) if acc else 0
    if abs(row["key_actor_weight"] - top) > 1e-9 or (acc and acc[row["key_actor"]] != top):
        bad.append(("key actor", a, b, row["key_actor"], top))
def cross_pairs(H):
    comp = {}
    for i, c in enumerate(nx.connected_components(H)):
        for x in c: comp[x] = i
    return {(x, y) for x, y in itertools.combinations(sorted(H), 2)
            if grp[x] != grp[y] and comp[x] == comp[y]}
before = cross_pairs(G)
want = {}
for v in nx.articulation_points(G):
    H = G.copy(); H.remove_node(v)
    lost = len({p for p in before if v not in p} - cross_pairs(H))
    if lost: want[v] = lost
got = {r["node"]: r["cross_group_pairs_cut"] for r in s["articulation_points"]}
if got != want: bad.append(("articulation", got, want))
print(bad or "all equal")
sys.exit(1 if bad else 0)
PY

test_expect_success 'vertex cuts, key actors and articulation points equal networkx' '
    test -x /usr/bin/python3 && /usr/bin/python3 -c "import networkx" 2>/dev/null || {
        echo "# skipped: python3-networkx not installed"; exit 0; }
    innolink coupling --samples 20 "$K/edges.csv" --nodes "$K/nodes.csv" --by faction \
        --permutations 0 --format json >k.json &&
    /usr/bin/python3 vuln.py "$K/edges.csv" "$K/nodes.csv" faction k.json &&
    for a in cluster sector; do
        innolink coupling --samples 20 "$D/edges.csv" --nodes "$D/nodes.csv" --by $a \
            --permutations 0 --format json >$a.json &&
        /usr/bin/python3 vuln.py "$D/edges.csv" "$D/nodes.csv" $a $a.json || exit 1
    done
'

test_expect_success 'karate: the factions are loosely coupled, E-I far below random' '
    innolink coupling --samples 20 "$K/edges.csv" --nodes "$K/nodes.csv" --by faction \
        --format json >s.json &&
    test "$(json_get s.json ties_between)" = 11 &&
    test "$(json_get s.json ties_inside)" = 67 &&
    near "$(json_get s.json ei_index)" -0.717949 &&
    near "$(json_get s.json ei_expected)" 0.030303 &&
    test "$(json_get s.json ei_p_less)" = 0 &&
    test "$(json_get s.json parameters.permutations)" = 1000 &&
    test "$(json_get s.json parameters.seed)" = 42
'

test_expect_success 'permutation p-values are reproducible with a seed' '
    innolink coupling --samples 20 "$K/edges.csv" --nodes "$K/nodes.csv" --by faction --seed 5 \
        --permutations 300 --no-cuts --format json >a.json &&
    innolink coupling --samples 20 "$K/edges.csv" --nodes "$K/nodes.csv" --by faction --seed 5 \
        --permutations 300 --no-cuts --format json >b.json &&
    cmp a.json b.json &&
    test "$(json_get a.json parameters.seed)" = 5
'

cat >e.csv <<'EOF2'
source,target,weight
a,b,2
a,c,1
c,d,3
d,e,4
EOF2
cat >n.csv <<'EOF2'
id,grp,other
a,X,k
b,X,k
c,X,k
d,Y,k
e,Y,
f,Z,k
EOF2

test_expect_success 'text output of a small graph (golden; values worked in test_coupling.c)' '
    innolink coupling --samples 20 e.csv --nodes n.csv --by grp --permutations 50 >out 2>err &&
    test_must_be_empty err &&
    sed "s|igraph_version .*|igraph_version IGRAPH|" out >actual &&
    test_golden t6000-coupling.small.txt actual
'

test_expect_success 'csv prints the groups table, or the one --table names' '
    innolink coupling --samples 20 e.csv --nodes n.csv --by grp --format csv >actual &&
    test_golden t6000-coupling.small.csv actual &&
    innolink coupling --samples 20 e.csv --nodes n.csv --by grp --format csv --table pairs >p.csv &&
    head -n 1 p.csv | grep "^group_a,group_b,ties,weight" &&
    grep "^X,Z,0,0," p.csv &&
    test_expect_code 2 innolink coupling --samples 20 e.csv --nodes n.csv --by grp --format csv \
        --table nope 2>err &&
    grep "no table .nope.; the tables are: groups_table plane" err
'

test_expect_success 'pairs of groups without ties are listed' '
    innolink coupling --samples 20 e.csv --nodes n.csv --by grp --format json >s.json &&
    /usr/bin/python3 -c "import json; s=json.load(open(\"s.json\"))
assert [(r[\"group_a\"], r[\"group_b\"]) for r in s[\"unlinked_pairs\"]] == [(\"X\", \"Z\"), (\"Y\", \"Z\")], s[\"unlinked_pairs\"]
assert [r[\"reading\"] for r in s[\"plane\"]] == [\"indeterminate\", \"indeterminate\", \"no ties\"], s[\"plane\"]"
'

test_expect_success '--by is required (usage error)' '
    test_expect_code 2 innolink coupling --samples 20 e.csv --nodes n.csv >out 2>err &&
    test_must_be_empty out &&
    grep "^innolink: coupling needs --by ATTR" err &&
    grep "^usage: innolink coupling" err
'

test_expect_success 'an attribute that does not exist is a data error' '
    test_expect_code 1 innolink coupling --samples 20 e.csv --nodes n.csv --by region >out 2>err &&
    test_must_be_empty out &&
    grep "^innolink: error: No node attribute .region. in the node table\.$" err &&
    test_expect_code 1 innolink coupling --samples 20 e.csv --by grp 2>err &&
    grep "grouping needs a node table" err
'

test_expect_success 'an empty group value names the node; --empty-group groups them' '
    test_expect_code 1 innolink coupling --samples 20 e.csv --nodes n.csv --by other 2>err &&
    grep "Node .e. has no value for .other." err &&
    innolink coupling --samples 20 e.csv --nodes n.csv --by other --empty-group --format json >s.json &&
    test "$(json_get s.json groups)" = 2 &&
    grep "\"(none)\"" s.json
'

test_expect_success 'a single group is a data error with a clear message' '
    printf "id,grp\na,X\nb,X\nc,X\nd,X\ne,X\n" >one.csv &&
    test_expect_code 1 innolink coupling --samples 20 e.csv --nodes one.csv --by grp 2>err &&
    grep "Every node has the same .grp. (.X.): between-group measures need at least two groups" err
'

test_expect_success 'bad option values are usage errors' '
    test_expect_code 2 innolink coupling --samples 20 e.csv --nodes n.csv --by grp --permutations x 2>err &&
    test_expect_code 2 innolink coupling --samples 20 e.csv --nodes n.csv --by grp --isolated-below 2 2>err &&
    grep "expected a share of the null.s coupling from 0 to 1" err &&
    test_expect_code 2 innolink coupling --samples 20 e.csv --nodes n.csv --by grp --null gnm --swaps 3 2>err &&
    grep "apply to --null degree only" err &&
    test_expect_code 2 innolink coupling --samples 20 e.csv --nodes n.csv --by grp --null nope 2>err &&
    test_expect_code 2 innolink coupling --samples 20 e.csv --nodes n.csv --by grp --alpha 0.7 2>err &&
    test_expect_code 2 innolink coupling --samples 20 e.csv --nodes n.csv --by grp --samples -1 2>err
'

test_done
