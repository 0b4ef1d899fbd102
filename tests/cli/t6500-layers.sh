#!/bin/sh
# innolink layers: ties of several kinds side by side. The values of
# tests/unit/test_layers.c (worked by hand) again through the command line,
# and on a generated multiplex every number against a second implementation
# written here (numpy for the overlap, networkx for each layer's summary,
# betweenness and assortativity, scipy for the rank correlation).
. "$(dirname "$0")/lib.sh"

# Under valgrind one generated multiplex instead of two.
SEEDS="1 2"
[ "${INNOLINK_SUITE:-plain}" = valgrind ] && SEEDS=1
# thorough: false under valgrind, where each run costs a second or more;
# the cases after it in a test then run in the plain and asan suites only.
thorough() {
    [ "${INNOLINK_SUITE:-plain}" != valgrind ]
}

have_peers() {
    /usr/bin/python3 -c "import networkx, numpy, scipy" 2>/dev/null || {
        echo "# skipped: python3-networkx, numpy or scipy not installed"; return 1; }
}

cat >edges.csv <<CSV
source,target,type,weight
A,B,licensing,3
A,D,licensing,1
A,B,rd,1
B,A,rd,1
A,C,rd,1
B,C,rd,1
A,B,supply,1
A,C,supply,3
C,D,supply,2
D,E,supply,1
CSV
printf "id,sector\nA,u\nB,u\nC,f\nD,f\nE,r\nF,r\n" >nodes.csv

test_expect_success 'the hand-made three-layer graph: overlap and participation worked by hand' '
    innolink layers edges.csv --nodes nodes.csv --layer type --measure degree --format json \
        -o l.json 2>err && test_must_be_empty err &&
    /usr/bin/python3 -c "import json, math
d = json.load(open(\"l.json\"))
ov = {(r[\"layer_a\"], r[\"layer_b\"]): r for r in d[\"overlap\"]}
want = {(\"licensing\", \"rd\"): (1, 1 / 4, 74 / math.sqrt(9916)),
        (\"licensing\", \"supply\"): (1, 1 / 5, 17 / math.sqrt(23584)),
        (\"rd\", \"supply\"): (2, 2 / 5, 47 / math.sqrt(13024))}
for k, (both, jac, cor) in want.items():
    r = ov[k]
    assert r[\"pairs_both\"] == both and abs(r[\"jaccard\"] - jac) < 1e-15, r
    assert abs(r[\"weight_correlation\"] - cor) < 1e-12, r
assert abs(ov[(\"rd\", \"supply\")][\"weight_correlation_shared\"] + 1) < 1e-12
assert ov[(\"licensing\", \"rd\")][\"weight_correlation_shared\"] is None
P = {\"A\": 1, \"B\": 15 / 16, \"C\": 3 / 4, \"D\": 2 / 3, \"E\": 0, \"F\": None}
for r in d[\"nodes_table\"]:
    p = P[r[\"id\"]]
    assert (p is None and r[\"participation\"] is None) or abs(r[\"participation\"] - p) < 1e-12, r
assert [r[\"pairs\"] for r in d[\"multiplexity\"]] == [4, 1, 1]
assert d[\"pairs\"] == 6 and d[\"pairs_in_several_layers\"] == 2"
'

# gen.py SEED: a SYNTHETIC multiplex for the test (seeded): 40 nodes, three
# layers with overlapping ties, weights 1-5, some pairs in several layers.
cat >gen.py <<'PY'
import random, sys
rng = random.Random(int(sys.argv[1]))
print("source,target,type,weight")
seen = set()
for layer, m in (("joint-rd", 70), ("licensing", 30), ("supply", 60)):
    for _ in range(m):
        u, v = rng.sample(range(40), 2)
        if rng.random() < 0.3 and seen:
            u, v = rng.choice(sorted(seen))
        seen.add((u, v))
        print("n%02d,n%02d,%s,%d" % (u, v, layer, rng.randint(1, 5)))
print("id,cluster", file=open("gen-nodes.csv", "w"))
with open("gen-nodes.csv", "a") as f:
    for i in range(42):
        f.write("n%02d,%s\n" % (i, "abc"[i % 3]))
PY

# check.py EDGES OUT.json: every number of `layers` on an undirected multiplex.
cat >check.py <<'PY'
import csv, json, sys
from itertools import combinations
import networkx as nx
import numpy as np
from scipy.stats import spearmanr
rows = list(csv.DictReader(open(sys.argv[1])))
nodes = [r["id"] for r in csv.DictReader(open("gen-nodes.csv"))]
group = {r["id"]: r["cluster"] for r in csv.DictReader(open("gen-nodes.csv"))}
d = json.load(open(sys.argv[2]))
names = sorted({r["type"] for r in rows})
idx = {n: i for i, n in enumerate(nodes)}
W = {l: np.zeros((len(nodes), len(nodes))) for l in names}
for r in rows:
    u, v, w = idx[r["source"]], idx[r["target"]], float(r["weight"])
    if u != v:
        W[r["type"]][u, v] += w
        W[r["type"]][v, u] += w
iu = np.triu_indices(len(nodes), 1)
def close(a, b, what, tol=1e-9):
    assert (a is None and (b is None or np.isnan(b))) or abs(a - b) <= tol, (what, a, b)
ov = {(r["layer_a"], r["layer_b"]): r for r in d["overlap"]}
for a, b in combinations(names, 2):
    x, y = W[a][iu], W[b][iu]
    both = int(((x > 0) & (y > 0)).sum())
    union = int(((x > 0) | (y > 0)).sum())
    r = ov[(a, b)]
    assert r["pairs_both"] == both, (a, b)
    close(r["jaccard"], both / union, "jaccard")
    close(r["weight_correlation"], np.corrcoef(x, y)[0, 1], "correlation")
    s = (x > 0) & (y > 0)
    close(r["weight_correlation_shared"], np.corrcoef(x[s], y[s])[0, 1] if s.sum() > 2 else None,
          "shared correlation")
K = np.array([(W[l] > 0).sum(1) for l in names]).T
o = K.sum(1)
L = len(names)
for r in d["nodes_table"]:
    i = idx[r["id"]]
    for j, l in enumerate(names):
        assert r["degree:" + l] == K[i, j]
    p = L / (L - 1) * (1 - ((K[i] / o[i]) ** 2).sum()) if o[i] else None
    close(r["participation"], p, ("participation", r["id"]))
agg = sum(W.values())
mult = sum((W[l][iu] > 0).astype(int) for l in names)
assert [r["pairs"] for r in d["multiplexity"]] == [int((mult == k).sum()) for k in range(1, L + 1)]
layer_rows = {r["layer"]: r for r in d["layers_table"]}
bet = {}
for l in names + ["(aggregate)"]:
    M = agg if l == "(aggregate)" else W[l]
    G = nx.Graph()
    G.add_nodes_from(nodes)
    for u, v in zip(*np.nonzero(np.triu(M, 1))):
        G.add_edge(nodes[u], nodes[v], weight=M[u, v], dist=1 / M[u, v])
    r = layer_rows[l]
    close(r["density"], nx.density(G), "density")
    close(r["transitivity"], nx.transitivity(G), "transitivity")
    close(r["average_clustering"], nx.average_clustering(G), "clustering")
    assert r["components"] == nx.number_connected_components(G)
    nx.set_node_attributes(G, group, "cluster")
    close(r["assortativity"], nx.attribute_assortativity_coefficient(G, "cluster"), "assort")
    inside = sum(1 for u, v in G.edges() if group[u] == group[v])
    close(r["ei_index"], (G.number_of_edges() - 2 * inside) / G.number_of_edges(), "E-I")
    bet[l] = nx.betweenness_centrality(G, weight="dist")
for l in names:
    for r in d["nodes_table"]:
        close(r["betweenness:" + l], bet[l][r["id"]], "betweenness")
    # Spearman on innolink's own columns: near-ties of betweenness may round
    # differently in networkx, which would move average ranks.
    x = [r["betweenness:" + l] for r in d["nodes_table"]]
    y = [r["betweenness:(aggregate)"] for r in d["nodes_table"]]
    close(layer_rows[l]["rank_correlation"], spearmanr(x, y).correlation, "spearman")
print("layers agree:", ", ".join(names))
PY

test_expect_success 'generated multiplexes: every number against numpy, networkx and scipy' '
    have_peers || exit 0
    for seed in $SEEDS; do
        /usr/bin/python3 gen.py $seed >g.csv &&
        innolink layers g.csv --nodes gen-nodes.csv --layer type --by cluster --format json \
            -o g.json && /usr/bin/python3 check.py g.csv g.json || exit 1
    done
'

test_expect_success 'a layer column that does not exist names the columns that do' '
    test_expect_code 1 innolink layers edges.csv --layer kind 2>err &&
    grep "edges.csv:1: --layer: no column '\''kind'\'' in the header of the edge table (found '\''source'\'', '\''target'\'', '\''type'\'', '\''weight'\'')" err
'

test_expect_success 'directed layers: supply ordered, the others summed over both directions' '
    printf "source,target,type\nA,B,rd\nB,A,rd\nA,B,supply\nB,A,supply\nB,C,supply\n" >d.csv &&
    innolink layers d.csv --layer type --directed-layers supply --measure degree \
        --format json -o d.json &&
    /usr/bin/python3 -c "import json
d = json.load(open(\"d.json\"))
t = {r[\"layer\"]: r for r in d[\"layers_table\"]}
assert t[\"supply\"][\"direction\"] == \"directed (--directed-layers)\" and t[\"supply\"][\"ties\"] == 3
assert t[\"rd\"][\"direction\"] == \"undirected (both directions summed)\" and t[\"rd\"][\"ties\"] == 1
assert t[\"rd\"][\"total_weight\"] == 2 and t[\"supply\"][\"pairs\"] == 2
assert d[\"pairs_are\"] == \"unordered\" and d[\"parameters\"][\"directed_layers\"] == [\"supply\"]" &&
    innolink layers d.csv --layer type --directed --format json -o dd.json &&
    test "$(json_get dd.json pairs_are)" = ordered &&
    test "$(json_get dd.json pairs)" = 3
'

test_expect_success 'usage and data errors: missing --layer, unknown layers, one kind of tie' '
    test_expect_code 2 innolink layers edges.csv 2>err &&
    grep "layers needs --layer COL" err &&
    { thorough || exit 0; } &&
    test_expect_code 2 innolink layers edges.csv --layer type --directed --directed-layers rd 2>err &&
    test_expect_code 1 innolink layers edges.csv --layer type --on loans 2>err &&
    grep "No layer '\''loans'\'' to compute the centrality on; the layers of '\''type'\'' are '\''licensing'\'', '\''rd'\'', '\''supply'\''" err &&
    test_expect_code 1 innolink layers d.csv --layer type --directed-layers loans 2>err &&
    grep "No layer '\''loans'\'' to make directed" err &&
    printf "source,target,type\nA,B,rd\n" >one.csv &&
    test_expect_code 1 innolink layers one.csv --layer type 2>err &&
    grep "has one value '\''rd'\''" err
'

test_expect_success '--backbone disparity judges each layer within its layer' '
    have_peers || exit 0
    /usr/bin/python3 gen.py 3 >g.csv &&
    innolink layers g.csv --layer type --backbone disparity --alpha 0.3 --format json \
        -o b.json &&
    /usr/bin/python3 -c "import csv, json
rows = list(csv.DictReader(open(\"g.csv\")))
keep = 0
for l in {r[\"type\"] for r in rows}:
    w = {}
    for r in rows:
        if r[\"type\"] == l and r[\"source\"] != r[\"target\"]:
            e = frozenset((r[\"source\"], r[\"target\"]))
            w[e] = w.get(e, 0) + float(r[\"weight\"])
    s, k = {}, {}
    for e, x in w.items():
        for n in e:
            s[n] = s.get(n, 0) + x
            k[n] = k.get(n, 0) + 1
    end = lambda x, n: 1 if k[n] == 1 else (1 - x / s[n]) ** (k[n] - 1)
    keep += sum(1 for e, x in w.items() if min(end(x, n) for n in e) < 0.3)
d = json.load(open(\"b.json\"))
assert d[\"input\"][\"backbone\"][\"ties_kept\"] == keep, (d[\"input\"][\"backbone\"], keep)
assert sum(r[\"ties\"] for r in d[\"layers_table\"][:-1]) == keep"
'

test_expect_success 'CSV: the nodes table by default, others with --table' '
    innolink layers edges.csv --layer type --format csv >n.csv &&
    head -n 1 n.csv | grep "^id,participation,overlapping_degree,degree:licensing,degree:rd,degree:supply,betweenness:(aggregate),betweenness:licensing," &&
    { thorough || exit 0; } &&
    innolink layers edges.csv --layer type --format csv --table overlap >o.csv &&
    sed -n 2p o.csv | grep "^licensing,rd,2,3,1,0.25," &&
    innolink layers edges.csv --layer type --format csv --table pairs_table >p.csv &&
    grep "^A,B,3,licensing;rd;supply,6,3,2,1$" p.csv
'

test_done
