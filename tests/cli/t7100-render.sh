#!/bin/sh
# innolink render: the network picture and the coupling plane as SVG.
. "$(dirname "$0")/lib.sh"

D="$GRAPHS/daedeok-pangyo"
cp "$GRAPHS/karate/edges.csv" karate-edges.csv
cp "$GRAPHS/karate/nodes.csv" karate-nodes.csv

test_expect_success 'karate network (golden): one circle per node, ten labels, legend' '
    innolink render --samples 20 karate-edges.csv --nodes karate-nodes.csv --color faction -o k.svg >out 2>err &&
    test_must_be_empty out &&
    test_must_be_empty err &&
    xmllint --noout k.svg &&
    test "$(grep -c "<circle class=\"node\"" k.svg)" = 34 &&
    test "$(grep -c "<text class=\"label\"" k.svg)" = 10 &&
    test "$(grep -c "<line class=\"edge\"" k.svg)" = 78 &&
    grep -q "Mr. Hi (17)" k.svg &&
    grep -q "font-family=\"[^\"]*Noto Sans CJK KR[^\"]*Malgun Gothic" k.svg &&
    test_golden t7100-render.karate.svg k.svg
'

test_expect_success 'the layout is seeded: same seed, same picture; other seed, other picture' '
    innolink render --samples 20 karate-edges.csv -o a.svg --seed 3 &&
    innolink render --samples 20 karate-edges.csv -o b.svg --seed 3 &&
    innolink render --samples 20 karate-edges.csv -o c.svg --seed 4 &&
    cmp a.svg b.svg && ! cmp -s a.svg c.svg &&
    innolink render --samples 20 karate-edges.csv -o d.svg --layout drl &&
    test "$(grep -c "<circle class=\"node\"" d.svg)" = 34
'

test_expect_success 'geo layout: north is up and east is right (lat/lon from the node table)' '
    innolink render --samples 20 "$D/edges.csv" --nodes "$D/nodes.csv" --layout geo --color region -o geo.svg &&
    xmllint --noout geo.svg &&
    test "$(grep -c "<circle class=\"node\"" geo.svg)" = 87 &&
    /usr/bin/python3 - "$D/nodes.csv" geo.svg <<PY
import csv, re, sys
pos = {}
for m in re.finditer(r"<circle class=\"node\" cx=\"([-\d.]+)\" cy=\"([-\d.]+)\"[^>]*><title>[^<]*\(([^)]*)\)", open(sys.argv[2], encoding="utf-8").read()):
    pos[m.group(3)] = (float(m.group(1)), float(m.group(2)))
rows = {r["id"]: r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
assert len(pos) == len(rows), (len(pos), len(rows))
ids = list(rows)
for a in ids:
    for b in ids:
        la, lb = float(rows[a]["lat"]), float(rows[b]["lat"])
        oa, ob = float(rows[a]["lon"]), float(rows[b]["lon"])
        if la > lb + 1e-3: assert pos[a][1] < pos[b][1] + 0.11, (a, b)
        if oa > ob + 1e-3: assert pos[a][0] > pos[b][0] - 0.11, (a, b)
print("map orientation holds for", len(ids), "nodes")
PY
'

test_expect_success 'coupling plane: one point per group at the values networkx gives' '
    innolink render --samples 20 "$D/edges.csv" --nodes "$D/nodes.csv" --chart coupling --by cluster -o p.svg &&
    xmllint --noout p.svg &&
    test "$(grep -c "<circle class=\"group\"" p.svg)" = 2 &&
    test -x /usr/bin/python3 && /usr/bin/python3 -c "import networkx" 2>/dev/null || {
        echo "# skipped: python3-networkx not installed"; exit 0; }
    /usr/bin/python3 - "$D/edges.csv" "$D/nodes.csv" p.svg <<PY
import csv, re, sys, networkx as nx
G = nx.Graph()
grp = {r["id"]: r["cluster"] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))}
G.add_nodes_from(grp)
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    G.add_edge(r["source"], r["target"], weight=float(r["weight"]))
svg = open(sys.argv[3], encoding="utf-8").read()
for g in sorted(set(grp.values())):
    members = [v for v in G if grp[v] == g]
    inside = G.subgraph(members).size(weight="weight")
    touching = sum(d["weight"] for u, v, d in G.edges(data=True) if grp[u] == g or grp[v] == g)
    n = len(members)
    dens = inside / (n * (n - 1) / 2)          # UCINET valued block density (diagonal)
    share = (touching - inside) / touching     # PEERS 4.1 coupling share
    m = re.search(r"<title>%s \(%d nodes\)\ninternal density: ([\d.e-]+)\nexternal share: ([\d.e-]+)</title>" % (g, n), svg)
    assert m, g
    assert abs(float(m.group(1)) - dens) <= 5e-4 * dens, (g, m.group(1), dens)
    assert abs(float(m.group(2)) - share) <= 5e-4 * share, (g, m.group(2), share)
    print(g, dens, share)
PY
'

test_expect_success 'more than 5000 nodes: one node per group' '
    awk "BEGIN { print \"source,target\"; for (i = 1; i <= 5000; i++) print \"n\" i \",n\" i + 1 }" >big.csv &&
    awk "BEGIN { print \"id,grp\"; for (i = 1; i <= 5001; i++) print \"n\" i \",g\" int(i / 800) }" >bign.csv &&
    innolink render --samples 20 big.csv --nodes bign.csv --color grp -o big.svg &&
    xmllint --noout big.svg &&
    test "$(grep -c "<circle class=\"node\"" big.svg)" = 7 &&
    grep -q "one node per group" big.svg &&
    test_expect_code 1 innolink render --samples 20 big.csv --nodes bign.csv -o big2.svg 2>err &&
    grep -q "5001 nodes are too many to draw one by one" err &&
    ! test -e big2.svg
'

test_expect_success '--color community: the communities of innolink communities (same seed)' '
    innolink render --samples 20 karate-edges.csv --color community --seed 7 -o com.svg 2>err &&
    test_must_be_empty err &&
    xmllint --noout com.svg &&
    innolink communities karate-edges.csv --seed 7 --format csv >com.csv &&
    sed -n "/<circle class=\"node\"/{N;s/.*<title>\([^\n]*\)\ncommunity: \([0-9]*\).*/\1,\2/p}" com.svg |
        sort -t, -k1,1 >drawn &&
    sed 1d com.csv | cut -d, -f1,3 | sort -t, -k1,1 >want &&
    test "$(wc -l <want)" = 34 &&
    test_cmp want drawn &&
    for k in $(cut -d, -f2 want | sort -u); do
        grep -q ">$k ($(grep -c ",$k\$" want))</text>" com.svg || { echo "legend of $k"; exit 1; }
    done
'

# Reference: nx.betweenness_centrality on karate (unweighted): node 1 has
# 0.437635, node 34 0.304075 (the karate README values).
test_expect_success '--size betweenness / eigenvector / pagerank: the measure sizes the nodes' '
    innolink render --samples 20 karate-edges.csv --size betweenness -o bc.svg &&
    grep -q "<text y=\"[0-9]*\">size: betweenness</text>" bc.svg &&
    grep -A2 "<circle class=\"node\"" bc.svg | grep -q "^betweenness: 0.437635" &&
    r1=$(grep "<circle class=\"node\"[^>]*><title>1\$" bc.svg | sed "s/.* r=\"\([0-9.]*\)\".*/\1/") &&
    r34=$(grep "<circle class=\"node\"[^>]*><title>34\$" bc.svg | sed "s/.* r=\"\([0-9.]*\)\".*/\1/") &&
    r12=$(grep "<circle class=\"node\"[^>]*><title>12\$" bc.svg | sed "s/.* r=\"\([0-9.]*\)\".*/\1/") &&
    awk -v a="$r1" -v b="$r34" -v c="$r12" "BEGIN { exit !(a > b && b > c) }" &&
    innolink render --samples 20 karate-edges.csv --size eigenvector -o ev.svg &&
    grep -q "size: eigenvector" ev.svg &&
    innolink render --samples 20 karate-edges.csv --size pagerank -o pr.svg &&
    grep -q "size: pagerank" pr.svg &&
    test_expect_code 1 innolink render --samples 20 karate-edges.csv --size hub -o x.svg 2>err &&
    grep -q "needs a directed graph" err
'

test_expect_success 'errors: unknown columns, geo without lat/lon' '
    test_expect_code 1 innolink render --samples 20 karate-edges.csv --color sector -o x.svg 2>err &&
    grep -q "no node column .sector." err &&
    test_expect_code 1 innolink render --samples 20 karate-edges.csv --layout geo -o x.svg 2>err &&
    grep -q "needs .lat. and .lon. node columns" err &&
    test_expect_code 1 innolink render --samples 20 karate-edges.csv --size employees -o x.svg 2>err &&
    test_expect_code 2 innolink render --samples 20 karate-edges.csv --chart coupling -o x.svg 2>err &&
    grep -q "needs --by ATTR" err &&
    test_expect_code 2 innolink render --samples 20 karate-edges.csv --chart pie 2>err &&
    ! test -e x.svg && test "$(ls -A | grep -c "^\.x\.svg")" = 0
'

test_expect_success 'empty and one-node graphs draw without error' '
    printf "source,target\n" >e.csv &&
    innolink render --samples 20 e.csv -o e.svg && xmllint --noout e.svg &&
    test "$(grep -c "<circle class=\"node\"" e.svg)" = 0 &&
    printf "source,target\n" >e1.csv && printf "id\nsolo\n" >n1.csv &&
    innolink render --samples 20 e1.csv --nodes n1.csv -o one.svg && xmllint --noout one.svg &&
    test "$(grep -c "<circle class=\"node\"" one.svg)" = 1
'

test_expect_success 'writing fails cleanly' '
    test_expect_code 1 innolink render --samples 20 karate-edges.csv -o nodir/k.svg 2>err &&
    ! test -e nodir &&
    if test -w /dev/full; then
        test_expect_code 1 innolink render --samples 20 karate-edges.csv >/dev/full 2>err &&
        grep -q "write failure on standard output" err
    fi
'

test_done
