#!/bin/sh
# innolink structure: networkx at test time, golden outputs, bad input.
. "$(dirname "$0")/lib.sh"

K="$GRAPHS/karate"
D="$GRAPHS/daedeok-pangyo"

have_networkx() {
    test -x /usr/bin/python3 && /usr/bin/python3 -c "import networkx, numpy" 2>/dev/null
}

# check_nx EDGES NODES|- GROUP_ATTR|- REPORT: recompute with networkx/numpy
# what does not depend on the search: sizes, density, clustering, Freeman
# centralization, hubs, hub dominance, spoke share, leaving ties, k-cores,
# participation, roles, the correlation fit of the reported core, and phi(k).
check_nx() {
    /usr/bin/python3 - "$@" <<'PY'
import csv, json, sys, math
import networkx as nx, numpy as np
edges, nodes, attr, rep = sys.argv[1:5]
G = nx.Graph()
group = {}
if nodes != "-":
    for r in csv.DictReader(open(nodes, encoding="utf-8")):
        G.add_node(r["id"])
        if attr != "-":
            group[r["id"]] = r[attr]
for r in csv.DictReader(open(edges, encoding="utf-8")):
    w = float(r.get("weight") or 1)
    if G.has_edge(r["source"], r["target"]):
        G[r["source"]][r["target"]]["weight"] += w
    else:
        G.add_edge(r["source"], r["target"], weight=w)
if attr == "-":
    group = {v: "" for v in G}
s = json.load(open(rep))
rows = {r["id"]: r for r in s["nodes"]}
bad = []
def near(what, a, b, tol=1e-9):
    if a is None or b is None or (isinstance(b, float) and math.isnan(b)):
        if not (a is None and (b is None or math.isnan(b))):
            bad.append((what, a, b))
    elif abs(a - b) > tol * max(1, abs(b)):
        bad.append((what, a, b))
scopes = {"": list(G)} if attr == "-" else {}
if attr != "-":
    for v, g in group.items():
        scopes.setdefault(g, []).append(v)
for name, members in scopes.items():
    H = G.subgraph(members)
    sc = s["network"] if attr == "-" else s["groups"][name]
    n, m = H.number_of_nodes(), H.number_of_edges()
    near(name + " nodes", sc["nodes"], n)
    near(name + " edges", sc["edges"], m)
    near(name + " density", sc["density"], nx.density(H) if n > 1 else float("nan"))
    near(name + " clustering", sc["clustering"], nx.average_clustering(H))
    near(name + " transitivity", sc["transitivity"], nx.transitivity(H))
    deg = dict(H.degree())
    kmax = max(deg.values())
    near(name + " freeman", sc["degree_centralization"],
         sum(kmax - k for k in deg.values()) / ((n - 1) * (n - 2)))
    st = dict(H.degree(weight="weight"))
    def z(d):
        a = np.array([d[v] for v in members], float)
        sd = a.std()
        return {v: (d[v] - a.mean()) / sd if sd > 0 else 0 for v in members}
    zk, zs = z(deg), z(st)
    hubs = {v for v in members if deg[v] > 0 and (zk[v] >= 2.5 or zs[v] >= 2.5)}
    near(name + " hubs", sc["hubs"], len(hubs))
    top = max(members, key=lambda v: (deg[v], st[v]))
    near(name + " hub_dominance", sc["hub_dominance"], deg[top] / m)
    near(name + " spoke_share", sc["spoke_share"],
         sum(1 for a, b in H.edges() if not {a, b} & (hubs | {top})) / m)
    if attr != "-":
        out = sum(1 for a, b in G.edges() if (a in H) != (b in H))
        near(name + " outside_share", sc["outside_share"], out / (out + m))
    core = nx.core_number(H)
    near(name + " max_kcore", sc["max_kcore"], max(core.values()))
    inc = {v for v in members if rows[v]["core"]}
    x, y = [], []
    order = sorted(members)
    for i, a in enumerate(order):
        for b in order[i + 1:]:
            if (a in inc) == (b in inc):
                x.append(1.0 if H.has_edge(a, b) else 0.0)
                y.append(1.0 if a in inc else 0.0)
    near(name + " cp_fit", sc["core_periphery_fit"], float(np.corrcoef(x, y)[0, 1]))
    near(name + " core_size", sc["core_size"], len(inc))
    for v in members:
        r = rows[v]
        near(v + " degree_z", r["degree_z"], zk[v])
        near(v + " strength_z", r["strength_z"], zs[v])
        near(v + " kcore", r["kcore"], core[v])
        near(v + " hub", int(r["hub"]), int(v in hubs))
        k = G.degree(v)
        if attr == "-" or k == 0:
            P = 0.0
        else:
            cnt = {}
            for u in G[v]:
                cnt[group[u]] = cnt.get(group[u], 0) + 1
            P = 1 - sum((c / k) ** 2 for c in cnt.values())
        near(v + " participation", r["participation"], P)
        zz = zk[v]
        role = ("R5 provincial hub" if P <= 0.30 else "R6 connector hub" if P <= 0.75
                else "R7 kinless hub") if zz >= 2.5 else (
                "R1 ultra-peripheral" if P <= 0.05 else "R2 peripheral" if P <= 0.62
                else "R3 connector" if P <= 0.80 else "R4 kinless")
        if r["role"] != role:
            bad.append((v + " role", r["role"], role))
rc = nx.rich_club_coefficient(G, normalized=False)
near("rich_club rows", len(s["rich_club"]), len(rc))
for row in s["rich_club"]:
    near("phi(%d)" % row["k"], row["phi"], rc[row["k"]])
print(bad[:20] or "all equal")
sys.exit(1 if bad else 0)
PY
}

test_expect_success 'karate by faction: the same values as networkx and numpy' '
    have_networkx || { echo "# skipped: python3-networkx not installed"; exit 0; }
    innolink structure --samples 20 --no-sensitivity "$K/edges.csv" --nodes "$K/nodes.csv" --by faction --format json >s.json &&
    check_nx "$K/edges.csv" "$K/nodes.csv" faction s.json
'

test_expect_success 'karate, whole network: the same values as networkx and numpy' '
    have_networkx || { echo "# skipped: python3-networkx not installed"; exit 0; }
    innolink structure --samples 20 --no-sensitivity "$K/edges.csv" --format json >s.json &&
    check_nx "$K/edges.csv" - - s.json
'

test_expect_success 'daedeok-pangyo by cluster: networkx, and the README reading of each cluster' '
    innolink structure --samples 20 --no-sensitivity "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster --format json >s.json &&
    test "$(json_get s.json groups.Daedeok.district.best_match)" = state_anchored &&
    test "$(json_get s.json groups.Pangyo.district.best_match)" = marshallian &&
    { have_networkx || { echo "# skipped: python3-networkx not installed"; exit 0; }; } &&
    check_nx "$D/edges.csv" "$D/nodes.csv" cluster s.json
'

test_expect_success 'Freeman centralization of the karate network by hand' '
    # degrees: max 17 (node 34), sum 156, n = 34: (34*17 - 156)/(33*32) = 422/1056
    innolink structure --samples 20 --no-sensitivity "$K/edges.csv" --format json --rewirings 0 >s.json &&
    near "$(json_get s.json network.degree_centralization)" 0.399621212 1e-8
'

test_expect_success 'the same seed gives the same report; another seed may move the ensemble only' '
    innolink structure --samples 20 --no-sensitivity "$K/edges.csv" --seed 5 --format json >a.json &&
    innolink structure --samples 20 --no-sensitivity "$K/edges.csv" --seed 5 --format json >b.json &&
    cmp a.json b.json &&
    test "$(json_get a.json parameters.seed)" = 5 &&
    test "$(json_get a.json parameters.rewirings)" = 20
'

test_expect_success 'designated hubs compared with the structural hubs' '
    cat >e.csv <<-\EOF &&
	source,target
	h,a
	h,b
	h,c
	h,d
	h,e
	h,f
	h,g
	h,i
	h,j
	a,b
	EOF
    cat >n.csv <<-\EOF &&
	id,role
	h,hub
	a,
	b,
	c,hub
	d,
	e,
	f,
	g,
	i,
	j,
	EOF
    innolink structure --samples 20 --no-sensitivity e.csv --nodes n.csv --designated role=hub --rewirings 0 --format json >s.json &&
    test "$(json_get s.json network.designated)" = 2 &&
    test "$(json_get s.json network.designated_hubs)" = 1 &&
    test "$(json_get s.json network.designated_precision)" = 1 &&
    test "$(json_get s.json network.designated_recall)" = 0.5 &&
    json_get s.json network.designated_not_hub | grep -x "\[.c.\]" &&
    test "$(json_get s.json network.hub_not_designated)" = "[]" &&
    sed "s/,hub$/,yes/; s/^d,$/d,no/" n.csv >n2.csv &&
    innolink structure --samples 20 --no-sensitivity e.csv --nodes n2.csv --designated role --rewirings 0 --format json >s.json &&
    test "$(json_get s.json network.designated)" = 2 &&
    test "$(json_get s.json network.designated_recall)" = 0.5
'

test_expect_success 'text output (golden)' '
    innolink structure --samples 20 "$K/edges.csv" --nodes "$K/nodes.csv" --by faction --rewirings 5 >out 2>err &&
    test_must_be_empty err &&
    sed "s|$GRAPHS|GRAPHS|; s|igraph_version .*|igraph_version IGRAPH|" out >actual &&
    test_golden t5000-structure.karate.txt actual
'

test_expect_success 'json output (golden) on the florentine families' '
    innolink structure --samples 20 --no-sensitivity "$GRAPHS/florentine/edges.csv" --rewirings 5 --format json >out &&
    sed "s|$GRAPHS|GRAPHS|; s|\"igraph_version\":.*|\"igraph_version\": IGRAPH|" out >actual &&
    test_golden t5000-structure.florentine.json actual
'

test_expect_success 'csv output is the node table (golden)' '
    innolink structure --samples 20 --no-sensitivity "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster --rewirings 0 \
        --format csv >actual &&
    head -n 1 actual | grep "^id,label,group,degree,strength,group_degree" &&
    test_golden t5000-structure.daedeok.csv actual
'

test_expect_success 'directed input is read as undirected, and says so' '
    innolink structure --samples 20 --no-sensitivity "$K/edges.csv" --directed --rewirings 0 --format json >s.json &&
    test "$(json_get s.json network.edges)" = 78 &&
    grep "directed input collapsed" s.json
'

test_expect_success 'an empty network: nulls, no crash' '
    printf "source,target\n" >e.csv &&
    innolink structure --samples 20 --no-sensitivity e.csv --format json >s.json 2>err &&
    test_must_be_empty err &&
    grep "\"density\":	null" s.json &&
    grep "\"best_match\":	\"none\"" s.json &&
    innolink structure --samples 20 --no-sensitivity e.csv >s.txt &&
    grep "^  density  *nan$" s.txt
'

test_expect_success 'a group attribute that does not exist is a data error' '
    test_expect_code 1 innolink structure --samples 20 --no-sensitivity "$K/edges.csv" --nodes "$K/nodes.csv" --by nosuch 2>err &&
    grep "^innolink: error: No node attribute .nosuch." err
'

test_expect_success 'grouping without a node table says how to fix it' '
    test_expect_code 1 innolink structure --samples 20 --no-sensitivity "$K/edges.csv" --by faction 2>err &&
    grep "needs a node table" err
'

test_expect_success 'a designated attribute that does not exist is a data error' '
    test_expect_code 1 innolink structure --samples 20 --no-sensitivity "$K/edges.csv" --nodes "$K/nodes.csv" \
        --designated role=hub 2>err &&
    grep "^innolink: error: Node attribute .role. (for designated hubs) not found" err
'

test_expect_success 'bad option values are usage errors' '
    for bad in "--hub-z 0" "--hub-z x" "--hub-top -1" "--restarts 0" "--rewirings x" \
               "--rewire-trials 0" "--seed -3" "--designated =hub" "--designated role=" \
               "--designated="; do
        # shellcheck disable=SC2086
        test_expect_code 2 innolink structure --samples 20 --no-sensitivity "$K/edges.csv" $bad >out 2>err || exit 1
        test_must_be_empty out || exit 1
        grep "^usage: innolink structure" err >/dev/null || { echo "no usage for $bad"; exit 1; }
    done
'

test_done
