#!/bin/sh
# innolink project and --affiliation: actor-event tables to actor-actor ties,
# checked against networkx's bipartite projections.
. "$(dirname "$0")/lib.sh"

cat >members.csv <<CSV
actor,event
KAIST,mc-semiconductor
ETRI,mc-semiconductor
Firm-01,mc-semiconductor
KAIST,mc-display
Firm-02,mc-display
Firm-01,mc-display
ETRI,mc-bio
한국생명공학연구원,mc-bio
Firm-03,mc-bio
Firm-04,mc-solo
CSV

test_expect_success 'project writes an edge table (golden)' '
    innolink project members.csv >out 2>err &&
    test_must_be_empty err &&
    test_golden t1100-project.count.csv out
'

test_expect_success 'the three projections equal networkx bipartite projections' '
    /usr/bin/python3 -c "import networkx" 2>/dev/null || { echo "# skipped: no networkx"; exit 0; }
    for m in count newman jaccard; do
        innolink project members.csv --projection $m -o $m.csv || exit 1
    done &&
    /usr/bin/python3 - <<PY
import csv
from networkx.algorithms import bipartite as bp
import networkx as nx
B = nx.Graph()
rows = list(csv.DictReader(open("members.csv", encoding="utf-8")))
actors = {r["actor"] for r in rows}
B.add_nodes_from(actors, bipartite=0)
B.add_nodes_from({r["event"] for r in rows}, bipartite=1)
B.add_edges_from((r["actor"], r["event"]) for r in rows)
want = {
    "count": bp.weighted_projected_graph(B, actors),
    "newman": bp.collaboration_weighted_projected_graph(B, actors),
    "jaccard": bp.overlap_weighted_projected_graph(B, actors, jaccard=True),
}
for m, G in want.items():
    got = {frozenset((r["source"], r["target"])): float(r["weight"])
           for r in csv.DictReader(open(m + ".csv", encoding="utf-8"))}
    exp = {frozenset((u, v)): d["weight"] for u, v, d in G.edges(data=True)}
    assert got.keys() == exp.keys(), (m, got, exp)
    for k in exp:
        assert abs(got[k] - exp[k]) < 1e-12, (m, k, got[k], exp[k])
print("equal")
PY
'

test_expect_success 'every command takes --affiliation (summary of the projection)' '
    innolink summary members.csv --affiliation --format json >s.json &&
    test "$(json_get s.json nodes)" = 7 &&
    test "$(json_get s.json isolates)" = 1 &&
    test "$(json_get s.json input.projection)" = count
'

test_expect_success 'projection options need --affiliation; --directed is refused' '
    test_expect_code 2 innolink summary members.csv --projection newman 2>err &&
    grep "need --affiliation" err &&
    test_expect_code 2 innolink summary members.csv --affiliation --directed 2>err &&
    grep "drop --directed" err &&
    test_expect_code 2 innolink project members.csv --projection often 2>err
'

test_expect_success 'a table without actor/event columns names what it expected' '
    printf "source,target\na,b\n" >e.csv &&
    test_expect_code 1 innolink project e.csv 2>err &&
    grep "e.csv:1: no actor column '\''actor'\''" err
'

# 2026-11-22: one event of 50,000 members would make 1.25e9 pairs; refuse it
# at once instead of running out of time or memory.
test_expect_success 'an event too large to project is refused before the work' '
    awk "BEGIN { print \"actor,event\"; for (i = 0; i < 50000; i++) print \"a\" i \",big\" }" >big.csv &&
    test_expect_code 1 innolink project big.csv -o p.csv 2>err &&
    grep "would make 1249975000 actor pairs (the largest event has 50000 members)" err &&
    ! test -e p.csv
'

test_done
