#!/bin/sh
# innolink summary: reference values, the three formats, atomic output.
. "$(dirname "$0")/lib.sh"

K="$GRAPHS/karate/edges.csv"
Q="'"

test_expect_success 'karate: the published values (Zachary 1977; networkx, igraph)' '
    innolink summary "$K" --format json >s.json &&
    test "$(json_get s.json nodes)" = 34 &&
    test "$(json_get s.json edges)" = 78 &&
    near "$(json_get s.json density)" 0.139037 &&
    near "$(json_get s.json transitivity)" 0.255682 &&
    near "$(json_get s.json average_clustering)" 0.570638 &&
    near "$(json_get s.json average_path_length)" 2.408199 1.5e-6 &&
    test "$(json_get s.json diameter)" = 5 &&
    near "$(json_get s.json degree_assortativity)" -0.475613
'

test_expect_success 'florentine marriages: values from graphs/florentine/README.md' '
    innolink summary "$GRAPHS/florentine/edges.csv" --format json >s.json &&
    test "$(json_get s.json nodes)" = 15 &&
    test "$(json_get s.json edges)" = 20 &&
    near "$(json_get s.json density)" 0.190476 &&
    near "$(json_get s.json transitivity)" 0.191489 &&
    near "$(json_get s.json average_clustering)" 0.160000 &&
    near "$(json_get s.json average_path_length)" 2.485714 &&
    near "$(json_get s.json degree_assortativity)" -0.374838
'

test_expect_success 'the same values as networkx on the bundled synthetic network' '
    test -x /usr/bin/python3 && /usr/bin/python3 -c "import networkx" 2>/dev/null || {
        echo "# skipped: python3-networkx not installed"; exit 0; }
    D="$GRAPHS/daedeok-pangyo"
    innolink summary "$D/edges.csv" --nodes "$D/nodes.csv" --format json >s.json &&
    /usr/bin/python3 - "$D/edges.csv" "$D/nodes.csv" s.json <<PY
import csv, json, sys, networkx as nx
G = nx.Graph()
for r in csv.DictReader(open(sys.argv[2], encoding="utf-8")): G.add_node(r["id"])
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    G.add_edge(r["source"], r["target"], weight=float(r["weight"]))
s = json.load(open(sys.argv[3]))
n = G.number_of_nodes(); W = G.size(weight="weight")
lcc = max(nx.connected_components(G), key=len)
apl_num = apl_den = 0; diam = 0
for c in nx.connected_components(G):
    H = G.subgraph(c)
    for u, d in nx.all_pairs_shortest_path_length(H):
        for v, x in d.items():
            if u != v: apl_num += x; apl_den += 1; diam = max(diam, x)
want = {
    "nodes": n, "edges": G.number_of_edges(), "total_weight": W,
    "density": nx.density(G), "weighted_density": W / (n * (n - 1) / 2),
    "mean_degree": 2 * G.number_of_edges() / n, "mean_strength": 2 * W / n,
    "components": nx.number_connected_components(G), "largest_component_nodes": len(lcc),
    "isolates": nx.number_of_isolates(G), "transitivity": nx.transitivity(G),
    "average_clustering": nx.average_clustering(G),
    "average_path_length": apl_num / apl_den, "diameter": diam,
    "degree_assortativity": nx.degree_assortativity_coefficient(G),
}
bad = [(k, s[k], v) for k, v in want.items() if abs(s[k] - v) > 1e-6 * max(1, abs(v))]
print(bad or "all equal")
sys.exit(1 if bad else 0)
PY
'

test_expect_success 'text output (golden)' '
    innolink summary "$K" >out 2>err &&
    test_must_be_empty err &&
    sed "s|$GRAPHS|GRAPHS|; s|igraph_version .*|igraph_version IGRAPH|" out >actual &&
    test_golden t2000-summary.karate.txt actual
'

test_expect_success 'json output (golden) with the input record' '
    innolink summary "$K" --nodes "$GRAPHS/karate/nodes.csv" --format json >out &&
    sed "s|$GRAPHS|GRAPHS|; s|\"igraph_version\":.*|\"igraph_version\": IGRAPH|" out >actual &&
    test_golden t2000-summary.karate.json actual
'

test_expect_success 'csv output (golden)' '
    innolink summary "$K" --format csv >actual &&
    test_golden t2000-summary.karate.csv actual
'

test_expect_success 'undefined values are null in JSON and nan in text' '
    printf "source,target\n" >e.csv &&
    innolink summary e.csv --format json >s.json &&
    grep "\"average_path_length\":	null" s.json &&
    innolink summary e.csv >s.txt &&
    grep "^average_path_length  *nan$" s.txt
'

test_expect_success '-o writes the file atomically and nothing on stdout' '
    innolink summary "$K" -o s.txt >out &&
    test_must_be_empty out &&
    grep "^nodes  *34$" s.txt &&
    test "$(ls -A | grep -c "^\.s\.txt")" = 0
'

test_expect_success 'a full disk is an error (exit 1) and leaves no file' '
    test -w /dev/full || { echo "# skipped: no /dev/full"; exit 0; }
    test_expect_code 1 innolink summary "$K" >/dev/full 2>err &&
    grep "write failure on standard output" err
'

test_expect_success 'an unwritable directory is an error and leaves no file' '
    test_expect_code 1 innolink summary "$K" -o nodir/s.txt 2>err &&
    grep "cannot write '\''nodir/s.txt'\''" err &&
    ! test -e nodir
'

# 2026-11-22 (review): -o on a device or FIFO renamed a temporary file over
# it, which as root replaced /dev/null with a regular file. A FIFO shows the
# same without touching the machine's devices.
test_expect_success '-o on a FIFO writes into it and leaves it a FIFO' '
    mkfifo pipe &&
    { cat pipe >got & } &&
    innolink summary "$K" -o pipe &&
    wait &&
    test -p pipe &&
    grep "^nodes  *34$" got &&
    test_expect_code 1 innolink summary "$K" -o . 2>err &&
    grep "cannot write ${Q}.${Q}: Is a directory" err
'

test_expect_success 'sampled path statistics say so and are reproducible' '
    innolink summary "$K" --paths sample --samples 5 --seed 7 --format json >a.json &&
    innolink summary "$K" --paths sample --samples 5 --seed 7 --format json >b.json &&
    cmp a.json b.json &&
    test "$(json_get a.json parameters.paths)" = sampled &&
    test "$(json_get a.json parameters.seed)" = 7 &&
    grep "diameter is a lower bound" a.json
'

test_done
