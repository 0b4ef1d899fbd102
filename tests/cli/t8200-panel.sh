#!/bin/sh
# innolink panel: windows cut from a panel read once, checked against
# networkx computing the same quantity per window, python sets for the
# changes, a hand-made panel for community matching, networkx 2.8 reading
# the GEXF spells back, and the bad inputs of issue 13.
. "$(dirname "$0")/lib.sh"

P="$GRAPHS/programme-panel"
D="$GRAPHS/daedeok-pangyo-programme"
I="$GRAPHS/iccp-miniclusters"

# Under valgrind (INNOLINK_SUITE=valgrind) every code path runs once; the
# variants that add no new path (more usage errors, second runs) are left
# to the plain and asan suites, to keep the valgrind suite's time.
full_suite() {
    [ "${INNOLINK_SUITE:-plain}" != valgrind ] || {
        echo "# variant skipped under valgrind (the plain and asan suites run it)"; return 1; }
}

have_peers() {
    /usr/bin/python3 -c "import networkx, igraph" 2>/dev/null || {
        echo "# skipped: python3-networkx or python3-igraph not installed"; return 1; }
}

test_expect_success '3-year windows stepped yearly, with groups (json)' '
    innolink panel "$P/edges.csv" --time year --window 3 --step 1 --nodes "$P/nodes.csv" \
        --by cluster --format json -o w3.json 2>err &&
    test_must_be_empty err
'

# The window series and each group's trajectory, recomputed per window with
# networkx from the raw rows: ties of the window's years merged by summing
# their weights, every actor of the node table a node.
cat >series.py <<'PY'
import csv, json, sys
import networkx as nx
P, out, W, S = sys.argv[1], json.load(open(sys.argv[2])), int(sys.argv[3]), int(sys.argv[4])
nodes = list(csv.DictReader(open(P + "/nodes.csv", encoding="utf-8")))
grp = {r["id"]: r["cluster"] for r in nodes}
rows = list(csv.DictReader(open(P + "/edges.csv", encoding="utf-8")))
years = sorted({int(r["year"]) for r in rows})
wins = [(y, y + W) for y in range(years[0], years[-1] + 1, S) if y + W <= years[-1] + 1]
assert [r["window"] for r in out["windows"]] == ["%d-%d" % (a, b - 1) for a, b in wins]
def near(a, b, tol=1e-9):
    return (a is None and b != b) or abs(a - b) <= tol * max(1, abs(b))
groups = {(r["window"], r["group"]): r for r in out["groups"]}
pairs = {(r["window"], r["from"], r["to"]): r for r in out["pairs"]}
for (a, b), row in zip(wins, out["windows"]):
    g = nx.Graph()
    g.add_nodes_from(grp)
    for r in rows:
        if a <= int(r["year"]) < b:
            u, v, w = r["source"], r["target"], float(r["weight"])
            g.add_edge(u, v, weight=g[u][v]["weight"] + w if g.has_edge(u, v) else w)
    n, m = g.number_of_nodes(), g.number_of_edges()
    W_ = g.size(weight="weight")
    present = sum(1 for v in g if g.degree(v) > 0)
    assert row["nodes"] == n and row["ties"] == m and row["actors"] == present, row
    assert near(row["density"], nx.density(g)), (row["density"], nx.density(g))
    assert near(row["weighted_density"], W_ / (n * (n - 1) / 2))
    assert row["components"] == nx.number_connected_components(g)
    assert row["isolates"] == nx.number_of_isolates(g)
    E = sum(1 for u, v in g.edges() if grp[u] != grp[v])
    assert near(row["ei_index"], (E - (m - E)) / m), row["ei_index"]
    for c in sorted(set(grp.values())):
        mem = [v for v in g if grp[v] == c]
        sub = g.subgraph(mem)
        inside = sub.number_of_edges()
        out_w = sum(d["weight"] for u, v, d in g.edges(data=True) if (grp[u] == c) != (grp[v] == c))
        in_w = sub.size(weight="weight")
        gr = groups[(row["window"], c)]
        assert gr["present"] == sum(1 for v in mem if g.degree(v) > 0)
        assert gr["ties_inside"] == inside and near(gr["density"], nx.density(sub))
        assert near(gr["coupling"], out_w / (in_w + out_w))
        assert near(gr["cohesion"], in_w / (len(mem) * (len(mem) - 1) / 2))
    for x in sorted(set(grp.values())):
        for y in sorted(set(grp.values())):
            if x < y:
                t = sum(1 for u, v in g.edges() if {grp[u], grp[v]} == {x, y})
                assert near(pairs[(row["window"], x, y)]["density"],
                            t / (list(grp.values()).count(x) * list(grp.values()).count(y)))
print("%d windows agree with networkx" % len(wins))
PY

test_expect_success 'window series and group trajectories equal networkx per window' '
    have_peers || exit 0
    /usr/bin/python3 series.py "$P" w3.json 3 1
'

# Ties gained, kept and lost between consecutive windows, their weights,
# the Jaccard of the tie sets, entrants and exits, the share of gained ties
# between clusters: python sets over the raw rows.
cat >changes.py <<'PY'
import csv, json, sys
P, out, W, S = sys.argv[1], json.load(open(sys.argv[2])), int(sys.argv[3]), int(sys.argv[4])
grp = {r["id"]: r["cluster"] for r in csv.DictReader(open(P + "/nodes.csv", encoding="utf-8"))}
rows = list(csv.DictReader(open(P + "/edges.csv", encoding="utf-8")))
years = sorted({int(r["year"]) for r in rows})
wins = [(y, y + W) for y in range(years[0], years[-1] + 1, S) if y + W <= years[-1] + 1]
def ties(a, b):
    t = {}
    for r in rows:
        if a <= int(r["year"]) < b:
            k = frozenset((r["source"], r["target"]))
            t[k] = t.get(k, 0) + float(r["weight"])
    return t
assert len(out["changes"]) == len(wins) - 1
for (w0, w1), ch in zip(zip(wins, wins[1:]), out["changes"]):
    x, y = ties(*w0), ties(*w1)
    gained = [k for k in y if k not in x]
    lost = [k for k in x if k not in y]
    kept = [k for k in x if k in y]
    assert (ch["ties_gained"], ch["ties_lost"], ch["ties_kept"]) == (len(gained), len(lost), len(kept)), ch
    assert abs(ch["weight_gained"] - sum(y[k] for k in gained)) < 1e-9
    assert abs(ch["weight_lost"] - sum(x[k] for k in lost)) < 1e-9
    assert abs(ch["weight_kept_change"] - sum(y[k] - x[k] for k in kept)) < 1e-9
    assert abs(ch["jaccard"] - len(kept) / len(set(x) | set(y))) < 1e-12
    px = {v for k in x for v in k}
    py = {v for k in y for v in k}
    assert ch["actors_entered"] == len(py - px) and ch["actors_exited"] == len(px - py)
    assert ch["actors_stayed"] == len(px & py)
    cross = sum(1 for k in gained if len({grp[v] for v in k}) == 2)
    assert abs(ch["new_cross_group_share"] - cross / len(gained)) < 1e-12
print("%d steps agree" % len(out["changes"]))
PY

test_expect_success 'changes between windows equal python sets over the raw rows' '
    /usr/bin/python3 changes.py "$P" w3.json 3 1
'

test_expect_success 'yearly, cumulative and lifetime windows: ties per window as counted in python' '
    innolink panel "$P/edges.csv" --time year --nodes "$P/nodes.csv" --format json >w1.json &&
    innolink panel "$P/edges.csv" --time year --cumulative --since 2012 --until 2015 \
        --format json >wc.json &&
    innolink panel "$P/edges.csv" --time year --lifetime 2 --format json >wl.json &&
    /usr/bin/python3 - "$P" <<PY
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1] + "/edges.csv", encoding="utf-8")))
def pairs(ok):
    return len({frozenset((r["source"], r["target"])) for r in rows if ok(int(r["year"]))})
w1 = json.load(open("w1.json"))["windows"]
assert [r["window"] for r in w1] == [str(y) for y in range(2010, 2022)]
assert all(r["ties"] == pairs(lambda t, y=int(r["window"]): t == y) for r in w1)
wc = json.load(open("wc.json"))["windows"]
assert [r["window"] for r in wc] == ["2012", "2012-2013", "2012-2014", "2012-2015"], wc
assert all(r["ties"] == pairs(lambda t, e=int(r["last"]): 2012 <= t <= e) for r in wc)
wl = json.load(open("wl.json"))["windows"]      # a tie counts in its year and the next
assert all(r["ties"] == pairs(lambda t, y=int(r["window"]): y - 1 <= t <= y) for r in wl)
# no node table: a window holds the actors present, nodes = actors
assert all(r["nodes"] == r["actors"] for r in wl)
print("ok")
PY
'

test_expect_success 'ISO dates: 6-month windows on the calendar' '
    cat >dated.csv <<-EOF &&
	source,target,date
	a,b,2005-01-15
	b,c,2005-06-30
	c,d,2005-07-01
	a,d,2005-12-31
	d,e,2006-02-28
	EOF
    innolink panel dated.csv --time date --window 6m --format csv >dated.out 2>err &&
    test_must_be_empty err &&
    cut -d, -f1-7 dated.out >got &&
    cat >want <<-EOF &&
	window,first,last,rows,actors,nodes,ties
	2005-01-01..2005-06-30,2005-01-01,2005-06-30,2,3,3,2
	2005-07-01..2005-12-31,2005-07-01,2005-12-31,2,3,3,2
	EOF
    test_cmp want got &&
    innolink panel dated.csv --time date --window 6m --since 2005 --until 2005 \
        --format csv >until.out &&
    test "$(cut -d, -f1 until.out | tail -n 1)" = "2005-07-01..2005-12-31" &&
    { full_suite || exit 0; } &&
    innolink panel dated.csv --time date --window 90d --step 30d --format json >d90.json &&
    test "$(json_get d90.json panel.left_out)" != ""
'

test_expect_success 'snapshot files are periods in the order given' '
    innolink panel "$D/edges-before.csv" "$D/edges-after.csv" --nodes "$D/nodes.csv" \
        --by cluster --format json >snap.json &&
    /usr/bin/python3 - "$D" <<PY
import csv, json, sys
o = json.load(open("snap.json"))
assert [r["window"] for r in o["windows"]] == ["edges-before.csv", "edges-after.csv"]
def t(f):
    return {frozenset((r["source"], r["target"])) for r in csv.DictReader(open(sys.argv[1] + "/" + f))}
b, a = t("edges-before.csv"), t("edges-after.csv")
ch = o["changes"][0]
assert (ch["ties_gained"], ch["ties_lost"], ch["ties_kept"]) == (len(a - b), len(b - a), len(a & b))
assert abs(o["windows"][0]["ei_index"] + 0.960784) < 1e-6       # dataset README
print("ok")
PY
'

# Affiliation data whose events carry a year (the events table): each
# year's memberships projected with --projection count (sum over shared
# events of the smaller membership weight), counted here by hand.
test_expect_success 'affiliation with event years joined from the events table' '
    innolink panel "$I/members.csv" --affiliation --events "$I/events.csv" --time year \
        --nodes "$I/nodes.csv" --by minicluster --empty-group --format json >aff.json 2>err &&
    test_must_be_empty err &&
    /usr/bin/python3 - "$I" <<PY
import csv, json, sys, itertools
I = sys.argv[1]
year = {r["event"]: r["year"] for r in csv.DictReader(open(I + "/events.csv"))}
mem = list(csv.DictReader(open(I + "/members.csv")))
o = json.load(open("aff.json"))
for row in o["windows"]:
    y = row["window"]
    ev = {}
    for r in mem:
        if year[r["event"]] == y:
            ev.setdefault(r["event"], {})[r["actor"]] = float(r["weight"])
    ties = {}
    for e, m in ev.items():
        for u, v in itertools.combinations(sorted(m), 2):
            ties[(u, v)] = ties.get((u, v), 0) + min(m[u], m[v])
    actors = {a for m in ev.values() for a in m}
    assert row["actors"] == len(actors), (y, row["actors"], len(actors))
    assert row["ties"] == len(ties) and abs(row["total_weight"] - sum(ties.values())) < 1e-9
print("ok")
PY
'

# A hand-made panel of disjoint cliques, so that any modularity method
# finds the cliques: 2005 a(5) b(4) c(4) d(3); 2006 a loses a5, b and c
# merge into one clique, d is gone, e(3) is new; 2007 a grows to 6, b and c
# split again, e stays. Jaccard: a 4/5 then 4/6, b and c 4/8 in the merge
# and the split.
cat >cliques.py <<'PY'
import itertools, sys
comms = {2005: [["a1", "a2", "a3", "a4", "a5"], ["b1", "b2", "b3", "b4"], ["c1", "c2", "c3", "c4"],
                ["d1", "d2", "d3"]],
         2006: [["a1", "a2", "a3", "a4"], ["b1", "b2", "b3", "b4", "c1", "c2", "c3", "c4"],
                ["e1", "e2", "e3"]],
         2007: [["a1", "a2", "a3", "a4", "a5", "a6"], ["b1", "b2", "b3", "b4"],
                ["c1", "c2", "c3", "c4"], ["e1", "e2", "e3"]]}
if sys.argv[1] == "csv":
    print("source,target,year")
    for y, cs in comms.items():
        for c in cs:
            for u, v in itertools.combinations(c, 2):
                print("%s,%s,%d" % (u, v, y))
else:
    import igraph as ig
    for y0, y1 in ((2005, 2006), (2006, 2007)):
        m0 = {v: i for i, c in enumerate(comms[y0]) for v in c}
        m1 = {v: i for i, c in enumerate(comms[y1]) for v in c}
        both = sorted(set(m0) & set(m1))
        print("%d %d %.15f" % (y0, y1, ig.compare_communities([m0[v] for v in both],
                                                             [m1[v] for v in both], method="nmi")))
PY

test_expect_success 'communities matched across a hand-made panel: birth, death, merge, split' '
    /usr/bin/python3 cliques.py csv >cliques.csv &&
    innolink panel cliques.csv --time year --communities --format csv \
        --table community_events >events.csv 2>err &&
    test_must_be_empty err &&
    cut -d, -f1-6 events.csv >got &&
    cat >want <<-EOF &&
	from,to,event,before,after,jaccard
	2005,2006,contraction,C1,C1,0.8
	2005,2006,merge,C2+C3,C2,0.5
	2005,2006,death,C4,,
	2005,2006,birth,,C5,
	2006,2007,split,C2,C2+C6,0.5
	2006,2007,growth,C1,C1,0.666666666666667
	2006,2007,continuation,C5,C5,1
	EOF
    test_cmp want got
'

test_expect_success 'NMI between consecutive partitions equals python-igraph on the known cliques' '
    have_peers || exit 0
    full_suite || exit 0
    innolink panel cliques.csv --time year --communities --format json >cl.json &&
    /usr/bin/python3 cliques.py nmi >nmi.txt &&
    /usr/bin/python3 - <<PY
import json
got = {(c["from"], c["to"]): c["communities_nmi"] for c in json.load(open("cl.json"))["changes"]}
for line in open("nmi.txt"):
    a, b, v = line.split()
    assert abs(got[(a, b)] - float(v)) < 1e-12, (a, b, got[(a, b)], v)
print("ok")
PY
'

# GEXF 1.2draft with time spells. networkx 2.8 (Debian) reads GEXF 1.2draft,
# not 1.3; networkx 3.x is not installable here, so the file is also checked
# against the rules of the GEXF 1.2draft specification (dynamics chapter):
# mode="dynamic" with a timeformat, <spells> of <spell start end>, dynamic
# attributes declared in <attributes mode="dynamic"> with start and end on
# every attvalue, ids unique, edges between declared nodes.
cat >gexf.py <<'PY'
import csv, json, sys
import xml.etree.ElementTree as ET
import networkx as nx
P, path = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(P + "/edges.csv", encoding="utf-8")))
def runs(years):
    out, s = [], None
    for y in sorted(years):
        if s is None or y != e + 1:
            if s is not None:
                out.append((s, e))
            s = y
        e = y
    return out + [(s, e)] if s is not None else out
node_years, edge_w = {}, {}
for r in rows:
    y = int(r["year"])
    for v in (r["source"], r["target"]):
        node_years.setdefault(v, set()).add(y)
    k = frozenset((r["source"], r["target"]))
    edge_w.setdefault(k, {})
    edge_w[k][y] = edge_w[k].get(y, 0) + float(r["weight"])
g = nx.read_gexf(path)
assert g.graph["mode"] == "dynamic"
assert set(g.nodes) == set(node_years), "nodes"
for v, d in g.nodes(data=True):
    assert d["spells"] == runs(node_years[v]), (v, d["spells"], runs(node_years[v]))
    assert d["cluster"]
assert g.number_of_edges() == len(edge_w)
for u, v, d in g.edges(data=True):
    ys = edge_w[frozenset((u, v))]
    assert d["spells"] == runs(ys), (u, v)
    want, s = [], None
    for y in sorted(ys):                     # runs of consecutive years with one weight
        if s is not None and y == e + 1 and ys[y] == w:
            e = y
            continue
        if s is not None:
            want.append((w, s, e))
        s, e, w = y, y, ys[y]
    want.append((w, s, e))
    assert d["weight"] == want, (u, v, d["weight"], want)
# GEXF 1.2draft rules
NS = "{http://www.gexf.net/1.2draft}"
root = ET.parse(path).getroot()
assert root.tag == NS + "gexf" and root.get("version") == "1.2"
graph = root.find(NS + "graph")
assert graph.get("mode") == "dynamic" and graph.get("timeformat") in ("integer", "double", "date", "dateTime")
ids = [n.get("id") for n in graph.iter(NS + "node")]
assert len(ids) == len(set(ids))
eids = [e.get("id") for e in graph.iter(NS + "edge")]
assert len(eids) == len(set(eids))
dyn = {a.get("id") for at in graph.findall(NS + "attributes") if at.get("mode") == "dynamic"
       for a in at.findall(NS + "attribute")}
for el in list(graph.iter(NS + "node")) + list(graph.iter(NS + "edge")):
    for sp in el.iter(NS + "spell"):
        assert int(sp.get("start")) <= int(sp.get("end"))
    for av in el.iter(NS + "attvalue"):
        if av.get("for") in dyn:
            assert int(av.get("start")) <= int(av.get("end"))
for e in graph.iter(NS + "edge"):
    assert e.get("source") in set(ids) and e.get("target") in set(ids)
    assert e.get("weight") is None          # the weight is per window
print("spells of %d nodes and %d edges intact" % (g.number_of_nodes(), g.number_of_edges()))
PY

test_expect_success 'GEXF: networkx 2.8 reads node and edge spells and weights per year back' '
    have_peers || exit 0
    innolink panel "$P/edges.csv" --time year --nodes "$P/nodes.csv" --to gexf -o p.gexf 2>err &&
    test_must_be_empty err &&
    xmllint --noout p.gexf &&
    /usr/bin/python3 gexf.py "$P" p.gexf
'

test_expect_success 'GraphML per window: networkx and innolink read each window back' '
    have_peers || exit 0
    mkdir gml &&
    innolink panel "$P/edges.csv" --time year --window 4 --nodes "$P/nodes.csv" \
        --by cluster --with degree --communities --to graphml -o gml/p.graphml &&
    ls gml >files && test "$(wc -l <files)" = 3 &&
    innolink summary gml/p.2014-2017.graphml --format json >s.json &&
    /usr/bin/python3 - "$P" <<PY
import csv, sys
import networkx as nx
rows = list(csv.DictReader(open(sys.argv[1] + "/edges.csv", encoding="utf-8")))
import json
s = json.load(open("s.json"))
for a in (2010, 2014, 2018):
    g = nx.read_graphml("gml/p.%d-%d.graphml" % (a, a + 3))
    want = {frozenset((r["source"], r["target"])) for r in rows if a <= int(r["year"]) < a + 4}
    assert g.number_of_edges() == len(want) and g.number_of_nodes() == 200
    for v, d in g.nodes(data=True):
        assert d["degree"] == g.degree(v)
        assert (d["community"] != "") == (g.degree(v) > 0)
    if a == 2014:
        assert s["edges"] == len(want) and s["nodes"] == 200
print("ok")
PY
'

test_expect_success 'GraphML per window: two windows named alike are refused, nothing written' '
    full_suite || exit 0
    printf "source,target\na,b\n" >"s 1.csv" && printf "source,target\nb,c\n" >s_1.csv &&
    mkdir same &&
    test_expect_code 1 innolink panel "s 1.csv" s_1.csv --to graphml -o same/x.graphml 2>err &&
    grep "would both be written to .same/x.s_1.csv.graphml." err &&
    test -z "$(ls same)"
'

test_expect_success 'node results per window (--with degree) equal networkx degrees' '
    full_suite || exit 0
    innolink panel "$P/edges.csv" --time year --window 6 --nodes "$P/nodes.csv" --by cluster \
        --with degree --table nodes --format csv >nodes.csv &&
    /usr/bin/python3 - "$P" <<PY
import csv, sys
import networkx as nx
rows = list(csv.DictReader(open(sys.argv[1] + "/edges.csv", encoding="utf-8")))
got = list(csv.DictReader(open("nodes.csv")))
assert set(got[0]) >= {"window", "id", "label", "cluster", "degree", "strength"}
for win in ("2010-2015", "2016-2021"):
    a, b = map(int, win.split("-"))
    g = nx.Graph()
    for r in rows:
        if a <= int(r["year"]) <= b:
            u, v, w = r["source"], r["target"], float(r["weight"])
            g.add_edge(u, v, weight=g[u][v]["weight"] + w if g.has_edge(u, v) else w)
    mine = {r["id"]: r for r in got if r["window"] == win}
    assert set(mine) == set(g.nodes)          # the present actors only
    for v in g:
        assert int(float(mine[v]["degree"])) == g.degree(v)
        assert abs(float(mine[v]["strength"]) - g.degree(v, weight="weight")) < 1e-9
print("ok")
PY
'

test_expect_success 'an empty window is reported, not an error' '
    printf "source,target,year\na,b,2005\nb,c,2007\n" >gap.csv &&
    innolink panel gap.csv --time year --format csv >gap.out 2>err &&
    grep "window 2006 is empty: no tie in it" err &&
    grep "^2006,2006,2006,0,0,0,0,.*empty: no tie in this window" gap.out &&
    { full_suite || exit 0; } &&
    innolink panel gap.csv --time year --format json >gap.json 2>/dev/null &&
    /usr/bin/python3 -c "import json; assert json.load(open(\"gap.json\"))[\"panel\"][\"empty_windows\"] == [\"2006\"]"
'

test_expect_success 'bad time values name file, line and column; nothing is written' '
    printf "source,target,year\na,b,2005\nb,c,20O6\n" >bad.csv &&
    test_expect_code 1 innolink panel bad.csv --time year -o out.json 2>err &&
    grep "bad.csv:3:3: time .20O6. in column .year. is not a year (2005), a month (2005-03) or an ISO date" err &&
    test ! -e out.json &&
    printf "source,target,year\na,b,2005\nb,c,2006-01-05\n" >mixed.csv &&
    test_expect_code 1 innolink panel mixed.csv --time year 2>err &&
    grep "mixed.csv:3:3: time .2006-01-05. in column .year. is a date, but mixed.csv:2 holds a year" err &&
    { full_suite || exit 0; } &&
    printf "source,target,year\na,b,\n" >empty.csv &&
    test_expect_code 1 innolink panel empty.csv --time year 2>err &&
    grep "empty.csv:2:3: empty time in column .year." err &&
    test_expect_code 1 innolink panel empty.csv --time when 2>err &&
    grep "no time column .when. in the header" err
'

test_expect_success 'an event missing from the events table names the membership' '
    printf "actor,event\nx,E1\ny,E1\nz,E9\n" >m.csv &&
    printf "event,year\nE1,2005\n" >ev.csv &&
    test_expect_code 1 innolink panel m.csv --affiliation --events ev.csv --time year 2>err &&
    grep "m.csv:4:2: event .E9. is not in the events table ev.csv" err &&
    { full_suite || exit 0; } &&
    printf "event,year\nE1,2005\nE1,2006\n" >ev2.csv &&
    test_expect_code 1 innolink panel m.csv --affiliation --events ev2.csv --time year 2>err &&
    grep "ev2.csv:3:1: event .E1. is listed twice (first on line 2)" err
'

test_expect_success 'usage errors' '
    test_expect_code 2 innolink panel "$P/edges.csv" 2>err &&
    grep "name the time column with --time COL" err &&
    test_expect_code 2 innolink panel "$P/edges.csv" --time year --since 1999-01 2>err &&
    grep "since 1999-01: not a year of the panel (its times run from 2010 to 2021)" err &&
    { full_suite || exit 0; } &&
    test_expect_code 2 innolink panel "$D/edges-before.csv" "$D/edges-after.csv" --time year 2>err &&
    grep "two or more files are snapshots" err &&
    test_expect_code 2 innolink panel "$P/edges.csv" --time year --events x.csv 2>err &&
    grep "it needs --affiliation" err &&
    test_expect_code 2 innolink panel "$P/edges.csv" --time year --cumulative --lifetime 2 2>err &&
    grep "drop --lifetime" err &&
    test_expect_code 2 innolink panel "$P/edges.csv" --time year --window 6m 2>err &&
    grep "window 6m: the time column holds years; give years" err &&
    test_expect_code 2 innolink panel "$P/edges.csv" --time year --window 3q 2>err &&
    test_expect_code 2 innolink panel "$P/edges.csv" --time year --window 20 2>err &&
    grep "no complete window" err &&
    test_expect_code 2 innolink panel "$P/edges.csv" --time year --by cluster 2>err &&
    grep "give it with --nodes" err &&
    test_expect_code 2 innolink panel "$P/edges.csv" --time year --to graphml 2>err &&
    grep "give -o PATH" err &&
    test_expect_code 2 innolink panel "$P/edges.csv" --time year --match 0.5 2>err &&
    test_expect_code 2 innolink panel "$P/edges.csv" --time year --nodes "$P/nodes.csv" \
        --by cluster --table nosuch 2>err &&
    grep "no table .nosuch." err
'

test_expect_success 'communities and --with: the same bytes on a second run, no key twice' '
    innolink panel "$P/edges.csv" --time year --window 3 --nodes "$P/nodes.csv" --by cluster \
        --communities --with degree --format json >r1.json &&
    { ! full_suite >/dev/null || {
        innolink panel "$P/edges.csv" --time year --window 3 --nodes "$P/nodes.csv" \
            --by cluster --communities --with degree --format json >r2.json &&
        cmp r1.json r2.json; }; } &&
    /usr/bin/python3 - <<PY
import json
def once(pairs):                # 2026-12-03: the nodes table wrote "community" twice
    keys = [k for k, v in pairs]
    assert len(keys) == len(set(keys)), keys
    return dict(pairs)
json.load(open("r1.json"), object_pairs_hook=once)
PY
'

test_done
