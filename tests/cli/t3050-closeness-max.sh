#!/bin/sh
# Closeness centralization on weighted paths (issue 12, item 7): normalised
# by the largest value a graph of n nodes can reach when no tie is shorter
# than the shortest tie used, so it stays in [0, 1] on 1/w lengths.
# Hand calculations in exact fractions; networkx closeness for the rest.
. "$(dirname "$0")/lib.sh"

# A star of four nodes, every tie of strength 2 (length 1/2): the centre
# reaches three nodes at 1/2 (sum 3/2, closeness 2), a leaf reaches the
# centre at 1/2 and two leaves at 1 (sum 5/2, closeness 6/5). n max - sum =
# 3 (2 - 6/5) = 12/5; the maximum for ties 1/2 long is
# (n-1)(n-2)/((2n-3) d) = 3*2/(5/2) = 12/5: centralization exactly 1. The
# hop-based maximum 6/5 would give 2.
cat >star.csv <<'EOF'
source,target,weight
a,b,2
a,c,2
a,d,2
EOF

test_expect_success 'a star of equally strong ties reaches exactly 1 (by hand)' '
    innolink centrality star.csv --measures closeness --format json >s.json &&
    near "$(json_get s.json centralization.closeness)" 1 1e-12 &&
    near "$(json_get s.json parameters.closeness_shortest_tie)" 0.5 1e-15
'

# The same star with strengths 4, 1, 1 (lengths 1/4, 1, 1). Sums: a 9/4,
# b 1/4 + 5/4 + 5/4 = 11/4, c and d 1 + 5/4 + 2 = 17/4. Closeness 3/sum:
# 4/3, 12/11, 12/17, 12/17. n max - sum = (4/3 - 12/11) + 2 (4/3 - 12/17)
# = 8/33 + 64/51; the maximum for ties 1/4 long is (6/5) * 4 = 24/5.
cat >uneven.csv <<'EOF'
source,target,weight
a,b,4
a,c,1
a,d,1
EOF

test_expect_success 'uneven star: (8/33 + 64/51) / (24/5) (by hand)' '
    innolink centrality uneven.csv --measures closeness --format json >s.json &&
    want=$(/usr/bin/python3 -c "from fractions import Fraction as F; print(float((F(8,33) + F(64,51)) / F(24,5)))") &&
    near "$(json_get s.json centralization.closeness)" "$want" 1e-12
'

# Directed: closeness on in-distances. An in-star b, c, d -> a (hops):
# a is reached by all three at 1 (closeness 1), the leaves by nobody (0).
# n max - sum = 3; the maximum (n-1)/d = 3: exactly 1 (igraph's
# (n-1)(1-1/n) = 9/4 would give 4/3).
cat >in.csv <<'EOF'
source,target
b,a
c,a
d,a
EOF

test_expect_success 'directed in-star reaches exactly 1 (by hand)' '
    innolink centrality in.csv --directed --measures closeness --format json >s.json &&
    near "$(json_get s.json centralization.closeness)" 1 1e-12
'

test_expect_success 'hops: the undirected value is still igraph/Freeman (karate)' '
    [ "${INNOLINK_SUITE:-plain}" = plain ] || { echo "# peer comparison in the plain suite"; exit 0; }
    have_peer=1; /usr/bin/python3 -c "import networkx" 2>/dev/null || have_peer=0
    [ $have_peer = 1 ] || { echo "# skipped: python3-networkx not installed"; exit 0; }
    innolink centrality "$GRAPHS/karate/edges.csv" --measures closeness --path-weight none \
        --format json >s.json &&
    /usr/bin/python3 - s.json <<PY
import json, sys, networkx as nx
G = nx.karate_club_graph(); n = 34
c = nx.closeness_centrality(G).values()
want = (n * max(c) - sum(c)) / ((n - 1) * (n - 2) / (2 * n - 3))
got = json.load(open(sys.argv[1]))["centralization"]["closeness"]
print(got, want); sys.exit(0 if abs(got - want) < 1e-12 else 1)
PY
'

# The weighted karate club (networkx's meeting counts as strengths), which
# read 1.196 / 1.43 before: now within [0, 1] undirected and directed, and
# equal to networkx closeness over the bound for its shortest tie.
test_expect_success 'weighted karate: in [0, 1] and equal to networkx over the bound' '
    [ "${INNOLINK_SUITE:-plain}" = plain ] || { echo "# peer comparison in the plain suite"; exit 0; }
    /usr/bin/python3 -c "import networkx" 2>/dev/null || { echo "# skipped: networkx"; exit 0; }
    /usr/bin/python3 -c "
import networkx as nx
G = nx.karate_club_graph()
print(\"source,target,weight\")
for u, v, d in G.edges(data=True): print(\"%d,%d,%d\" % (u, v, d[\"weight\"]))
" >wk.csv &&
    innolink centrality wk.csv --measures closeness --format json >u.json &&
    innolink centrality wk.csv --measures closeness --directed --format json >d.json &&
    /usr/bin/python3 - wk.csv u.json d.json <<PY
import csv, json, sys, networkx as nx
rows = list(csv.DictReader(open(sys.argv[1])))
bad = []
for directed, out in ((False, sys.argv[2]), (True, sys.argv[3])):
    G = nx.DiGraph() if directed else nx.Graph()
    for r in rows: G.add_edge(r["source"], r["target"], dist=1 / float(r["weight"]))
    n = G.number_of_nodes()
    # innolink reads directed closeness on in-distances: networkx does the same
    c = nx.closeness_centrality(G, distance="dist").values()
    d = min(x for _, _, x in G.edges(data="dist"))
    tmax = (n - 1) / d if directed else (n - 1) * (n - 2) / ((2 * n - 3) * d)
    want = (n * max(c) - sum(c)) / tmax
    got = json.load(open(out))["centralization"]["closeness"]
    print(directed, got, want)
    if not (0 <= got <= 1 and abs(got - want) < 1e-9): bad.append(directed)
sys.exit(1 if bad else 0)
PY
'

test_expect_success 'random weighted graphs never pass 1 (brute force)' '
    /usr/bin/python3 - <<PY || exit 1
import random
r = random.Random(12)
for k in range(12):
    n = r.randint(3, 9)
    with open("g%d.csv" % k, "w") as f:
        f.write("source,target,weight\n")
        for i in range(n):
            for j in range(i + 1, n):
                if r.random() < 0.5: f.write("%d,%d,%d\n" % (i, j, r.randint(1, 9)))
PY
    graphs="0 1 2 3 4 5 6 7 8 9 10 11"
    [ "${INNOLINK_SUITE:-plain}" = plain ] || graphs="0"
    for k in $graphs; do
        for d in "" --directed; do
            innolink centrality g$k.csv $d --measures closeness --format json >o.json 2>/dev/null ||
                continue
            v=$(json_get o.json centralization.closeness)
            [ "$v" = None ] && continue
            awk -v v="$v" "BEGIN { exit !(v >= -1e-12 && v <= 1 + 1e-12) }" ||
                { echo "g$k $d: $v"; exit 1; }
        done
    done
'

test_done
