#!/bin/sh
# Every group side by side (--side-by-side): for summary --by, centrality
# --by, structure --by, coupling, mixing and brokerage, every cell of
# groups_side_by_side equals the same number in the command's per-group
# tables of the same JSON document, every per-group value of those tables
# has its cell, and the CSV is the same table. The new per-group tables are
# checked against networkx (summary of each group's subgraph, degree and
# strength totals) and against the per-node tables they total. The HTML
# report shows the table and sorts it in a headless browser.
. "$(dirname "$0")/lib.sh"

SUITE=${INNOLINK_SUITE:-plain}
P="$GRAPHS/pan-regional-clusters"
D="$GRAPHS/daedeok-pangyo"
PR="$P/edges.csv --nodes $P/nodes.csv --by hub"
DP="$D/edges.csv --nodes $D/nodes.csv"

# 2026-12-03 (issue 12): the plane's columns carry the null model's test
# between cohesion, coupling and the reading (cohesion_expected, ...,
# decided_by), so the header checks name them.
# The Pan Regional runs (tests 1, 2 and 4) and the browser run in the plain
# suite; under ASan and valgrind the daedeok-pangyo ones and the usage do.
plain_only() {
    test "$SUITE" = plain || { echo "# skipped under $SUITE: runs in the plain suite"; return 1; }
}

have_peers() {
    /usr/bin/python3 -c "import networkx" 2>/dev/null || {
        echo "# skipped: python3-networkx not installed"; return 1; }
}

# How each command's per-group tables are laid out (from docs/report-schema.md,
# written here, not read from innolink): rows with a "group" key, an object
# of groups, or the pairs with group_a = group_b.
cat >check.py <<'PY'
import csv, io, json, sys
SOURCES = {
    "summary": [("groups_table", "rows")],
    "centrality": [("group_totals", "rows")],
    "structure": [("groups", "object")],
    "coupling": [("groups_table", "rows"), ("plane", "rows")],
    "mixing": [("pairs", "diagonal"), ("mixing_ties", "rows"), ("mixing_weight", "rows")],
    "brokerage": [("group_totals", "rows"), ("expected_by_group", "rows")],
}
def flat(obj, path=""):
    for k, v in obj.items():
        if not path and k in ("group", "group_a", "group_b"):
            continue
        p = path + "." + k if path else k
        if isinstance(v, dict):
            yield from flat(v, p)
        elif not isinstance(v, list):
            yield p, v
def entries(d, table, kind):
    t = d[table]
    if kind == "object":
        return {g: dict(flat(v)) for g, v in t.items()}
    if kind == "diagonal":
        return {r["group_a"]: dict(flat(r)) for r in t if r["group_a"] == r["group_b"]}
    return {r["group"]: dict(flat(r)) for r in t}
doc, csv_path = json.load(open(sys.argv[1])), sys.argv[2]
cmd = doc["command"]
side, cols = doc["groups_side_by_side"], doc["groups_side_by_side_columns"]
where = {(c["table"], c["key"]): c["column"] for c in cols}
assert len(where) == len(cols) == len({c["column"] for c in cols}), "columns are one to one"
assert {c["table"] for c in cols} == {t for t, _ in SOURCES[cmd]}, "every per-group table used"
rows = {r["group"]: r for r in side}
assert len(rows) == len(side), "one row per group"
cells = 0
for table, kind in SOURCES[cmd]:
    for g, vals in entries(doc, table, kind).items():
        for key, v in vals.items():
            got = rows[g][where[(table, key)]]         # every value has its cell ...
            assert got == v, (cmd, g, table, key, got, v)   # ... holding that value
            cells += 1
for r in side:                                        # and every cell has its value
    assert list(r)[0] == "group" and list(r)[1:] == [c["column"] for c in cols]
    for c in cols:
        src = entries(doc, c["table"], dict(SOURCES[cmd])[c["table"]]).get(r["group"], {})
        assert r[c["column"]] == src.get(c["key"]), (r["group"], c)
# The CSV: the same table (numbers printed %.15g, null empty, plus provenance).
lines = list(csv.reader(io.StringIO(open(csv_path, encoding="utf-8").read())))
head = ["group"] + [c["column"] for c in cols]
assert lines[0][:len(head)] == head, (lines[0][:5], head[:5])
for r, line in zip(side, lines[1:]):
    for k, text in zip(head, line):
        v = r[k]
        if isinstance(v, bool):
            assert text == ("true" if v else "false")
        elif isinstance(v, (int, float)):
            assert abs(float(text) - v) <= 1e-14 * max(1, abs(v)), (k, text, v)
        else:
            assert text == ("" if v is None else v), (k, text, v)
assert len(lines) == len(side) + 1
print("%s: %d groups x %d columns, %d cells checked against the per-group tables"
      % (cmd, len(side), len(cols), cells))
PY

run_one() {   # run_one NAME COMMAND ARGS...: JSON and CSV, then the check
    name=$1
    shift
    innolink "$@" --side-by-side --format json -o "$name.json" &&
    innolink "$@" --side-by-side --format csv -o "$name.csv" &&
    /usr/bin/python3 check.py "$name.json" "$name.csv"
}

test_expect_success 'coupling: the 25 hub systems of the Pan Regional case in one table' '
    plain_only || exit 0
    run_one coupling coupling $PR --permutations 0 --no-cuts &&
    test "$(wc -l <coupling.csv)" = 26 &&
    head -n 1 coupling.csv | grep "^group,size,ties_inside,.*,cohesion,cohesion_expected,.*,coupling,coupling_expected,coupling_ratio,reading,decided_by,provenance$"
'

test_expect_success 'structure, summary and centrality --by on the 25 hub systems' '
    plain_only || exit 0
    run_one structure structure $PR --rewirings 2 --restarts 2 &&
    head -n 1 structure.csv | grep ",district.best_match,district.scores.marshallian," &&
    run_one summary summary $PR &&
    run_one centrality centrality $PR --measures degree,strength,betweenness,constraint --jobs 1 &&
    test "$(wc -l <summary.csv)" = 26 && test "$(wc -l <centrality.csv)" = 26
'

test_expect_success 'mixing and brokerage by sector' '
    run_one mixing mixing $DP --by sector &&
    head -n 1 mixing.csv | grep "^group,inside_ties,inside_weight,.*,ties_with_industry," &&
    run_one brokerage brokerage $DP --by sector &&
    head -n 1 brokerage.csv | grep "^group,nodes,coordinator_total,coordinator_mean,"
'

cat >groups.py <<'PY'
# The new per-group tables against references: summary of each group's
# subgraph (networkx), centrality and brokerage totals (the per-node tables
# summed by group; degree and strength also from networkx).
import csv, json, math, sys
import networkx as nx
nodes_csv, edges_csv, by = sys.argv[1:4]
grp = {r["id"]: r[by] for r in csv.DictReader(open(nodes_csv, encoding="utf-8"))}
G = nx.Graph(); G.add_nodes_from(grp)
for r in csv.DictReader(open(edges_csv, encoding="utf-8")):
    G.add_edge(r["source"], r["target"], weight=float(r.get("weight") or 1))
near = lambda a, b, what: abs(a - b) <= 1e-9 * max(1, abs(b)) or (_ for _ in ()).throw(
    AssertionError("%s: %r, reference %r" % (what, a, b)))
s = json.load(open("summary.json"))
for row in s["groups_table"]:
    H = G.subgraph([v for v in G if grp[v] == row["group"]])
    n, m = H.number_of_nodes(), H.number_of_edges()
    W = H.size(weight="weight")
    assert (row["nodes"], row["edges"]) == (n, m), row["group"]
    near(row["total_weight"], W, "total_weight")
    near(row["density"], nx.density(H), "density")
    near(row["weighted_density"], W / (n * (n - 1) / 2) if n > 1 else 0, "weighted_density")
    assert row["components"] == nx.number_connected_components(H)
    assert row["isolates"] == nx.number_of_isolates(H)
    near(row["transitivity"], nx.transitivity(H), "transitivity")
    near(row["average_clustering"], nx.average_clustering(H), "average_clustering")
    if row["paths"] == "exact" and m > 0:
        lengths = [d for u, ds in nx.all_pairs_shortest_path_length(H) for v, d in ds.items() if u != v]
        near(row["average_path_length"], sum(lengths) / len(lengths), "average_path_length")
        assert row["diameter"] == max(lengths)
c = json.load(open("centrality.json"))
for row in c["group_totals"]:
    members = [r for r in c["nodes"] if grp[r["id"]] == row["group"]]
    assert row["nodes"] == len(members)
    for key in ("degree", "strength", "betweenness", "constraint"):
        vals = [r[key] for r in members if r[key] is not None]
        near(row[key + "_total"], sum(vals), key + " total")
        if vals:
            near(row[key + "_mean"], sum(vals) / len(vals), key + " mean")
    near(row["degree_total"], sum(d for v, d in G.degree() if grp[v] == row["group"]), "networkx degree")
    near(row["strength_total"], sum(d for v, d in G.degree(weight="weight") if grp[v] == row["group"]),
         "networkx strength")
print("summary and centrality per group as networkx and the node table")
PY

test_expect_success 'the per-group tables: networkx and the per-node tables' '
    plain_only || exit 0
    have_peers || exit 0
    /usr/bin/python3 groups.py "$P/nodes.csv" "$P/edges.csv" hub &&
    /usr/bin/python3 -c "
import json
b = json.load(open(\"brokerage.json\"))
for row in b[\"group_totals\"]:
    members = [r for r in b[\"nodes_table\"] if r[\"group\"] == row[\"group\"]]
    assert row[\"nodes\"] == len(members)
    for role in (\"coordinator\", \"itinerant\", \"representative\", \"gatekeeper\", \"liaison\", \"total\"):
        assert row[role + \"_total\"] == sum(r[role] for r in members), (row[\"group\"], role)
print(\"brokerage totals as the node table\")"
'

test_expect_success '--table still picks a per-group table; --side-by-side needs --by' '
    innolink coupling $DP --by cluster --permutations 0 --samples 20 --side-by-side --table plane --format csv >t.csv &&
    head -n 1 t.csv | grep "^group,cohesion,cohesion_expected,.*,coupling,coupling_expected,coupling_ratio,reading,decided_by" &&
    for c in summary centrality structure; do
        test_expect_code 2 innolink $c $DP --side-by-side 2>err &&
        grep "side-by-side need" err || exit 1
    done &&
    innolink summary $DP --by cluster --format csv >kv.csv &&
    head -n 1 kv.csv | grep "^key,value$"
'

if [ "$SUITE" != plain ]; then
    test_done
    exit $?
fi

CHROMIUM=
for c in chromium chromium-browser google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then CHROMIUM=$c; break; fi
done

test_expect_success 'HTML report: the groups side by side, sorted by a click in Chromium' '
    innolink report $PR -o r.html &&
    grep -q "<section id=\"groups\">" r.html &&
    test "$(sed -n "/id=\"groups-side-by-side\"/,/<\/table>/p" r.html | grep -c "^<tr>")" = 25 &&
    if test -z "$CHROMIUM"; then
        test "${INNOLINK_REQUIRE_BROWSER:-}" = 1 && { echo "chromium is missing" >&2; exit 1; }
        echo "# skipped: chromium not installed"; exit 0
    fi
    # Click the density heading twice (descending), then record the order.
    sed "s|</body>|<script>(function () { var t = document.getElementById(\"groups-side-by-side\"); var h = t.tHead.rows[0].cells, c = -1; for (var i = 0; i < h.length; i++) { if (h[i].textContent === \"density\") { c = i; } } h[c].click(); h[c].click(); var o = []; Array.prototype.forEach.call(t.tBodies[0].rows, function (r) { o.push(r.cells[0].textContent + \"=\" + r.cells[c].getAttribute(\"data-v\")); }); document.body.setAttribute(\"data-probe\", o.join(\";\")); })();</script></body>|" r.html >probe.html &&
    rm -rf "$TMP/profile" &&
    HOME="$TMP" timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
        --no-first-run --disable-background-networking --disable-component-update \
        --disable-sync --user-data-dir="$TMP/profile" --enable-logging=stderr --v=0 \
        --dump-dom "file://$PWD/probe.html" >dom.html 2>browser.log &&
    ! grep ":CONSOLE" browser.log &&
    sed -n "s/.*data-probe=\"\([^\"]*\)\".*/\1/p" dom.html | tr ";" "\n" >order &&
    test "$(wc -l <order)" = 25 &&
    cut -d= -f2 order >got && sort -g -r got >want && test_cmp want got &&
    /usr/bin/python3 -c "
import json
s = {r[\"group\"]: r[\"density\"] for r in json.load(open(\"summary.json\"))[\"groups_table\"]}
for line in open(\"order\"):
    g, v = line.strip().split(\"=\")
    assert abs(float(v) - s[g]) < 1e-15, (g, v, s[g])
print(\"sorted by density, as summary --by gives it\")"
'

test_done
