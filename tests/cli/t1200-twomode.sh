#!/bin/sh
# innolink twomode: affiliation data measured as it is, checked against
# networkx's bipartite module (degrees, density, clustering, redundancy) and
# a brute-force enumeration of Opsahl's 4-paths written here, on the bundled
# ICCP table and on generated tables; the events table and its errors.
. "$(dirname "$0")/lib.sh"

ICCP="$GRAPHS/iccp-miniclusters"

# Under valgrind one generated table and one mode (dot is checked on ICCP).
SEEDS="1 2 3" MODES="dot min max"
[ "${INNOLINK_SUITE:-plain}" = valgrind ] && SEEDS=1 MODES=min
# thorough: false under valgrind, where each run costs a second or more;
# the cases after it in a test then run in the plain and asan suites only.
thorough() {
    [ "${INNOLINK_SUITE:-plain}" != valgrind ]
}

have_networkx() {
    /usr/bin/python3 -c "import networkx" 2>/dev/null || {
        echo "# skipped: python3-networkx not installed"; return 1; }
}

# check.py MEMBERS OUT.json MODE [NODES] [EVENTS]: every per-node value and
# the whole-data figures against networkx 2.8 (bipartite.degrees, density,
# clustering(mode), node_redundancy) and Opsahl's global and local
# clustering against all 4-paths enumerated one by one.
cat >check.py <<'PY'
import csv, json, sys
from collections import Counter
import networkx as nx
from networkx.algorithms import bipartite as bp
members, out, mode = sys.argv[1], sys.argv[2], sys.argv[3]
rows = list(csv.DictReader(open(members, encoding="utf-8")))
actors = [r["id"] for r in csv.DictReader(open(sys.argv[4], encoding="utf-8"))] \
    if len(sys.argv) > 4 else sorted({r["actor"] for r in rows})
events = [r["event"] for r in csv.DictReader(open(sys.argv[5], encoding="utf-8"))] \
    if len(sys.argv) > 5 else sorted({r["event"] for r in rows})
d = json.load(open(out))
A = [("a", x) for x in actors]
E = [("e", x) for x in events]
B = nx.Graph()
B.add_nodes_from(A, bipartite=0)
B.add_nodes_from(E, bipartite=1)
B.add_edges_from((("a", r["actor"]), ("e", r["event"])) for r in rows)
def close(a, b, what, tol=1e-12):
    assert (a is None and b is None) or abs(a - b) <= tol, (what, a, b)
assert d["actors"] == len(A) and d["events"] == len(E), (d["actors"], d["events"])
assert d["memberships"] == B.number_of_edges()
close(d["density"], bp.density(B, A), "density")
deg_a, deg_e = bp.degrees(B, E)   # (the other set, the given set)
deg_a, deg_e = dict(deg_a), dict(deg_e)
assert set(deg_a) == set(A) and set(deg_e) == set(E)
cl = bp.clustering(B, mode=mode)
red = bp.node_redundancy(B, [n for n in B if B.degree(n) >= 2])
close(d["average_clustering_actors"], bp.average_clustering(B, A, mode=mode), "avg actors")
close(d["average_clustering_events"], bp.average_clustering(B, E, mode=mode), "avg events")
for r in d["actors_table"]:
    n = ("a", r["id"])
    assert r["events"] == deg_a[n], (n, r["events"], deg_a[n])
    close(r["clustering"], cl[n], n)
    close(r["redundancy"], red.get(n), ("redundancy", n))
for r in d["events_table"]:
    n = ("e", r["event"])
    assert r["size"] == deg_e[n], (n, r["size"], deg_e[n])
    close(r["clustering"], cl[n], n)
    close(r["redundancy"], red.get(n), ("redundancy", n))
sizes = [r["size"] for r in d["events_table"]]
assert sizes == sorted(sizes, reverse=True), "events largest first"
count = Counter(dict(deg_e).values())
assert {r["size"]: r["events"] for r in d["event_sizes"]} == dict(count)
pairs = sum(k * (k - 1) / 2 for k in dict(deg_e).values())
close(d["projection_pairs"], pairs, "pairs")
# Opsahl 2013: every 4-path i-e1-j-e2-k (distinct actors, distinct events),
# closed when i and k share an event other than e1 and e2.
ev, mem = {}, {}
for r in rows:
    ev.setdefault(r["actor"], set()).add(r["event"])
    mem.setdefault(r["event"], set()).add(r["actor"])
tot = closed = 0
local = {}
for j in ev:
    t = c = 0
    for e1 in ev[j]:
        for e2 in ev[j]:
            if e1 == e2:
                continue
            for i in mem[e1] - {j}:
                for k in mem[e2] - {j}:
                    if i != k:
                        t += 1
                        c += len((ev[i] & ev[k]) - {e1, e2}) > 0
    tot += t
    closed += c
    local[j] = c / t if t else None
close(d["four_paths"], tot / 2, "4-paths")
close(d["opsahl_clustering"], closed / tot if tot else None, "opsahl")
for r in d["actors_table"]:
    close(r["opsahl_clustering"], local.get(r["id"]), ("opsahl local", r["id"]))
print("agree: %d actors, %d events, opsahl %.6f" % (len(A), len(E), closed / tot))
PY

# gen.py SEED N_ACTORS N_EVENTS: a SYNTHETIC affiliation table for the test
# (seeded; event sizes heavy-tailed, a few actors in none, weights 1-3).
cat >gen.py <<'PY'
import random, sys
rng = random.Random(int(sys.argv[1]))
na, ne = int(sys.argv[2]), int(sys.argv[3])
print("actor,event,weight")
for e in range(ne):
    size = min(na - 5, int(2 + rng.paretovariate(1.3)))
    for a in rng.sample(range(na - 5), size):
        print("a%03d,e%03d,%d" % (a, e, rng.randint(1, 3)))
PY

test_expect_success 'ICCP: twomode equals networkx bipartite and the 4-path count' '
    have_networkx || exit 0
    innolink twomode "$ICCP/members.csv" --nodes "$ICCP/nodes.csv" \
        --events "$ICCP/events.csv" --format json -o t.json 2>err &&
    test_must_be_empty err &&
    /usr/bin/python3 check.py "$ICCP/members.csv" t.json dot "$ICCP/nodes.csv" \
        "$ICCP/events.csv" &&
    test "$(json_get t.json largest_event)" = BWSH-EPART-FOR1 &&
    test "$(json_get t.json input.affiliation)" = "actor-event table, read as it is (not projected)"
'

test_expect_success 'generated tables: min and max clustering too, isolates from the node table' '
    have_networkx || exit 0
    for seed in $SEEDS; do
        /usr/bin/python3 gen.py $seed 120 50 >m$seed.csv &&
        awk "BEGIN { print \"id\"; for (i = 0; i < 120; i++) printf \"a%03d\n\", i }" >n.csv &&
        for mode in $MODES; do
            innolink twomode m$seed.csv --nodes n.csv --clustering $mode --format json \
                -o g.json || exit 1
            /usr/bin/python3 check.py m$seed.csv g.json $mode n.csv >/dev/null || exit 1
        done
    done
'

test_expect_success 'sampled Opsahl clustering: its interval covers the exact value' '
    { cp t.json exact.json 2>/dev/null ||
        innolink twomode "$ICCP/members.csv" --format json -o exact.json; } &&
    innolink twomode "$ICCP/members.csv" --opsahl sample --samples 50000 --seed 3 \
        --format json -o s.json &&
    test "$(json_get s.json parameters.opsahl_method)" = sampled &&
    test "$(json_get s.json parameters.samples)" = 50000 &&
    /usr/bin/python3 -c "import json
x = json.load(open(\"exact.json\"))[\"opsahl_clustering\"]
s = json.load(open(\"s.json\"))
assert s[\"opsahl_clustering_low\"] <= x <= s[\"opsahl_clustering_high\"], (x, s)
assert s[\"actors_table\"][0][\"opsahl_clustering\"] is None"
'

test_expect_success '--event-where keeps the events of the events table that match' '
    innolink twomode "$ICCP/members.csv" --events "$ICCP/events.csv" \
        --event-where "year>=2009" --event-where "kind!=forum" --format json -o f.json &&
    /usr/bin/python3 -c "import csv, json
ev = {r[\"event\"]: r for r in csv.DictReader(open(\"$ICCP/events.csv\"))}
keep = {e for e, r in ev.items() if int(r[\"year\"]) >= 2009 and r[\"kind\"] != \"forum\"}
rows = [r for r in csv.DictReader(open(\"$ICCP/members.csv\")) if r[\"event\"] in keep]
d = json.load(open(\"f.json\"))
assert d[\"events\"] == len(keep) and d[\"memberships\"] == len(rows), (d[\"events\"], len(keep))
assert d[\"input\"][\"events_filtered\"] == len(ev) - len(keep)
assert d[\"input\"][\"memberships_filtered\"] == 655 - len(rows)
assert d[\"input\"][\"event_where\"] == [\"year>=2009\", \"kind!=forum\"]"
'

test_expect_success 'an events table missing an event names the file and the line' '
    head -n 40 "$ICCP/events.csv" >short.csv &&
    test_expect_code 1 innolink twomode "$ICCP/members.csv" --events short.csv 2>err &&
    grep -E "^innolink: error: .*members.csv:[0-9]+:2: event '\''[A-Z-]+[0-9]'\'' is not in the events table short.csv$" err &&
    line=$(sed -n "s/.*members.csv:\([0-9]*\):2:.*/\1/p" err) &&
    ev=$(sed -n "${line}p" "$ICCP/members.csv" | cut -d, -f2) &&
    ! grep -q "^$ev," short.csv
'

test_expect_success 'events table errors: a duplicate, a missing --event-where column' '
    printf "event,year\nx,1\ny,2\nx,3\n" >dup.csv &&
    printf "actor,event\na,x\nb,x\n" >m.csv &&
    test_expect_code 1 innolink twomode m.csv --events dup.csv 2>err &&
    grep "dup.csv:4:1: event '\''x'\'' is listed twice in the events table (first on line 2)" err &&
    { thorough || exit 0; } &&
    test_expect_code 1 innolink twomode m.csv --events dup.csv --event-where kind=forum 2>err &&
    grep "no column '\''kind'\'' in the events table (found '\''event'\'', '\''year'\'')" err
'

test_expect_success 'usage errors: what twomode does not take, event options without --events' '
    test_expect_code 2 innolink twomode m.csv --backbone disparity 2>err &&
    grep "twomode reads memberships as they are" err &&
    { thorough || exit 0; } &&
    test_expect_code 2 innolink twomode m.csv --max-event-size 5 --large-events scale 2>err &&
    test_expect_code 2 innolink twomode m.csv --event-where year=1 2>err &&
    grep "give --events FILE" err &&
    test_expect_code 2 innolink summary m.csv --events dup.csv 2>err &&
    grep "need --affiliation" err &&
    test_expect_code 2 innolink twomode m.csv --large-events drop 2>err &&
    grep "give the cap" err
'

test_expect_success 'a dropping cap leaves the largest events out of twomode' '
    innolink twomode "$ICCP/members.csv" --max-event-size 12 --format json -o c.json &&
    /usr/bin/python3 -c "import json, csv
from collections import Counter
size = Counter(r[\"event\"] for r in csv.DictReader(open(\"$ICCP/members.csv\")))
d = json.load(open(\"c.json\"))
big = [e for e, s in size.items() if s > 12]
assert d[\"events\"] == len(size) - len(big) and d[\"input\"][\"events_capped\"] == len(big)
assert d[\"max_event_size\"] <= 12 and d[\"memberships\"] == 655 - sum(size[e] for e in big)"
'

test_expect_success 'CSV tables: actors by default, events_table with --table' '
    innolink twomode "$ICCP/members.csv" --format csv >a.csv &&
    head -n 1 a.csv | grep "^id,events,strength,clustering,redundancy,opsahl_clustering,four_paths" &&
    { thorough || exit 0; } &&
    innolink twomode "$ICCP/members.csv" --format csv --table events_table >e.csv &&
    sed -n 2p e.csv | grep "^BWSH-EPART-FOR1,17," &&
    test_expect_code 2 innolink twomode "$ICCP/members.csv" --format csv --table nope 2>err &&
    grep "no table '\''nope'\''" err
'

test_done
