#!/bin/sh
# innolink openness (docs/metrics-openness.md): every cell of regions_table,
# scopes_table, nodes_table and distance_bands, and the decay fits,
# recomputed here with networkx (the graph, the affiliation projection)
# and numpy (great-circle distances, the least-squares fit) on a hand-made
# graph with known shares, on the observed graphs/cordis-korea set, and on
# the coordinates of graphs/daedeok-pangyo; usage and data errors.
. "$(dirname "$0")/lib.sh"

# The observed and bundled sets (tests 4 to 6) run in the plain suite; under
# ASan and valgrind (INNOLINK_SUITE) the hand-made graph and the errors do.
SUITE=${INNOLINK_SUITE:-plain}
plain_only() {
    test "$SUITE" = plain || { echo "# skipped under $SUITE: runs in the plain suite"; return 1; }
}

# json_at FILE PATH: like json_get, with list indices (regions_table.1.region).
json_at() {
    /usr/bin/python3 -c 'import json,sys; v=json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."): v=v[int(k)] if isinstance(v, list) else v[k]
print(v)' "$1" "$2"
}

have_peers() {
    /usr/bin/python3 -c "import networkx, numpy" 2>/dev/null || {
        echo "# skipped: python3-networkx or python3-numpy not installed"; return 1; }
}

# The hand-made graph of tests/unit/test_openness.c, with literal values.
cat >edges.csv <<'EOF'
source,target,weight
a,b,2
a,c,1
a,d,3
a,e,4
c,e,1
d,e,2
b,f,5
EOF
cat >nodes.csv <<'EOF'
id,country,city,lat,lon
a,AT,WIEN,48.2082,16.3738
b,AT,WIEN,48.1986,16.3695
c,AT,GRAZ,47.0707,15.4395
d,AT,,,
e,DE,BERLIN,52.5200,13.4050
f,,,,
EOF

# The reference: each tie classed from its two ends, summed per region,
# scope and node, compared with innolink's JSON cell by cell.
cat >reference.py <<'PY'
import csv, json, math, sys
import networkx as nx
import numpy as np

def load(edges, nodes, members=None):
    attrs = {r["id"]: r for r in csv.DictReader(open(nodes, encoding="utf-8"))}
    G = nx.Graph()
    G.add_nodes_from(attrs)
    if members:
        from networkx.algorithms import bipartite
        B = nx.Graph()
        rows = list(csv.DictReader(open(members, encoding="utf-8")))
        B.add_nodes_from(attrs, bipartite=0)
        B.add_edges_from((r["actor"], "E:" + r["event"]) for r in rows)
        P = bipartite.weighted_projected_graph(B, list(attrs))   # weight = shared events
        G.add_edges_from(P.edges(data=True))
    else:
        for r in csv.DictReader(open(edges, encoding="utf-8")):
            G.add_edge(r["source"], r["target"], weight=float(r.get("weight") or 1))
    return G, attrs

def classify(a, b, by, scope):
    ra, rb = a[by], b[by]
    if scope:
        ca, cb = a[scope], b[scope]
        if not ca or not cb: return "unknown"
        if ca != cb: return "abroad"
        if not ra or not rb: return "national_unplaced"
        return "inside" if ra == rb else "national"
    if not ra or not rb: return "unknown"
    return "inside" if ra == rb else "outside"

def expect_row(ties, scope):
    names = (["inside", "national", "national_unplaced", "abroad", "unknown"] if scope
             else ["inside", "outside", "unknown"])
    n = {c: sum(1 for c2, w in ties if c2 == c) for c in names}
    w = {c: sum(w for c2, w in ties if c2 == c) for c in names}
    T, W = sum(n.values()), sum(w.values())
    out = {"ties": T, "weight": W}
    for c in names:
        out["ties_" + c] = n[c]; out["weight_" + c] = w[c]
        out["share_" + c] = n[c] / T if T else None
        out["weight_share_" + c] = w[c] / W if W else None
    ei = lambda E, I: (E - I) / (E + I) if E + I else None
    E = [c for c in names if c in ("national", "outside", "abroad")]
    out["ei_region"] = ei(sum(n[c] for c in E), n["inside"])
    out["ei_region_weighted"] = ei(sum(w[c] for c in E), w["inside"])
    if scope:
        I = ["inside", "national", "national_unplaced"]
        out["ei_scope"] = ei(n["abroad"], sum(n[c] for c in I))
        out["ei_scope_weighted"] = ei(w["abroad"], sum(w[c] for c in I))
    return out

def same(what, got, want):
    for k, v in want.items():
        g = got[k]
        if v is None or g is None:
            assert v is None and g is None, (what, k, g, v)
        else:
            assert abs(g - v) <= 1e-9 * max(1, abs(v)), (what, k, g, v)
    assert set(got) >= set(want), (what, set(want) - set(got))

def check(out, G, A, by, scope):
    d = json.load(open(out))
    tie = [(u, v, classify(A[u], A[v], by, scope), w) for u, v, w in G.edges(data="weight")]
    same("network", d, expect_row([(c, w) for _, _, c, w in tie], scope))
    key = lambda v: (A[v][scope] if scope else "", A[v][by])
    regions = sorted({key(v) for v in A if A[v][by]})
    got = d["regions_table"]
    assert [(r.get("scope", ""), r["region"]) for r in got] == regions, "region rows"
    for r, k in zip(got, regions):
        mine = [(c, w) for u, v, c, w in tie if A[u][by] and key(u) == k or A[v][by] and key(v) == k]
        same("region %s" % (k,), r, expect_row(mine, scope))
        assert r["nodes"] == sum(1 for v in A if A[v][by] and key(v) == k)
    if scope:
        scopes = sorted({A[v][scope] for v in A if A[v][scope]})
        assert [r["scope"] for r in d["scopes_table"]] == scopes
        for r, s in zip(d["scopes_table"], scopes):
            mine = [(c, w) for u, v, c, w in tie if A[u][scope] == s or A[v][scope] == s]
            same("scope " + s, r, expect_row(mine, scope))
    else:
        assert "scopes_table" not in d
    assert len(d["nodes_table"]) == G.number_of_nodes()
    for r in d["nodes_table"]:
        x = r["node"]
        mine = [(c, w) for u, v, c, w in tie if x in (u, v)]
        same("node " + x, r, expect_row(mine, scope))
        assert r["region"] == A[x][by]
    return d, tie

def haversine(p, q):
    R = 6371.0088
    (f1, l1), (f2, l2) = np.radians(p), np.radians(q)
    h = np.sin((f2 - f1) / 2) ** 2 + np.cos(f1) * np.cos(f2) * np.sin((l2 - l1) / 2) ** 2
    return 2 * R * np.arcsin(np.sqrt(min(h, 1.0)))

def check_distance(d, G, A, bounds):
    def coord(v):
        try:
            la, lo = float(A[v]["lat"]), float(A[v]["lon"])
        except ValueError:
            return None
        return (la, lo) if abs(la) <= 90 and abs(lo) <= 180 else None
    C = {v: coord(v) for v in A if coord(v)}
    edges = [b for b in [0.0] + bounds] + [math.inf]
    band = lambda x: int(np.searchsorted(np.array(bounds), x, side="right"))
    nb = len(bounds) + 1
    ties, wts, tdist = np.zeros(nb), np.zeros(nb), np.zeros(nb)
    for u, v, w in G.edges(data="weight"):
        if u in C and v in C:
            x = haversine(C[u], C[v]); b = band(x)
            ties[b] += 1; wts[b] += w; tdist[b] += x
    ids = sorted(C)
    pairs, pdist = np.zeros(nb), np.zeros(nb)
    for i in range(len(ids)):
        for j in range(i + 1, len(ids)):
            x = haversine(C[ids[i]], C[ids[j]]); b = band(x)
            pairs[b] += 1; pdist[b] += x
    assert d["nodes_with_coordinates"] == len(C)
    assert d["ties_with_distance"] == ties.sum()
    rows = d["distance_bands"]
    assert len(rows) == nb
    xs, ys, yw = [], [], []
    for b, r in enumerate(rows):
        assert r["from_km"] == edges[b] and (r["to_km"] == edges[b + 1] or b == nb - 1 and r["to_km"] is None)
        assert r["ties"] == ties[b] and r["pairs"] == pairs[b], (b, r)
        assert abs(r["weight"] - wts[b]) < 1e-9
        md = pdist[b] / pairs[b] if pairs[b] else None
        if md is None:
            assert r["mean_pair_distance_km"] is None and r["probability"] is None
            continue
        assert abs(r["mean_pair_distance_km"] - md) < 1e-6 * max(1, md), (b, r, md)
        assert abs(r["probability"] - ties[b] / pairs[b]) < 1e-12
        if ties[b] > 0 and md > 0:
            xs.append(math.log(md)); ys.append(math.log(ties[b] / pairs[b]))
            yw.append(math.log(wts[b] / pairs[b]))
    assert d["decay_bands_used"] == len(xs)
    if len(xs) >= 2:
        slope, icpt = np.polyfit(xs, ys, 1)
        assert abs(d["decay_slope"] - slope) < 1e-9 and abs(d["decay_intercept"] - icpt) < 1e-9, (d["decay_slope"], slope)
        slope_w, _ = np.polyfit(xs, yw, 1)
        assert abs(d["decay_slope_weighted"] - slope_w) < 1e-9
        if np.var(ys) > 0:
            r2 = np.corrcoef(xs, ys)[0, 1] ** 2
            assert abs(d["decay_r2"] - r2) < 1e-9
        else:
            assert d["decay_r2"] is None
        print("decay slope %.4f (numpy %.4f) over %d bands" % (d["decay_slope"], slope, len(xs)))
    else:
        assert d["decay_slope"] is None

if __name__ == "__main__":
    out, edges, nodes, by, scope, members, bands = sys.argv[1:8]
    G, A = load(edges, nodes, members or None)
    d, tie = check(out, G, A, by, scope or None)
    if bands:
        check_distance(d, G, A, [float(b) for b in bands.split(",")])
    else:
        assert "distance_bands" not in d
    print("%s: %d ties, %d regions, every cell as the reference" % (out, len(tie), len(d["regions_table"])))
PY

test_expect_success 'hand-made graph: shares and E-I by hand' '
    innolink openness edges.csv --nodes nodes.csv --by city --scope country --format json >o.json 2>err &&
    test_must_be_empty err &&
    test "$(json_get o.json ties)" = 7 && test "$(json_get o.json ties_abroad)" = 3 &&
    near "$(json_get o.json share_abroad)" 0.428571428571 1e-9 &&
    near "$(json_get o.json ei_region)" 0.6 1e-12 &&
    near "$(json_get o.json ei_scope_weighted)" 0.0769230769231 1e-9 &&
    test "$(json_at o.json regions_table.1.region)" = WIEN &&
    near "$(json_at o.json regions_table.1.share_national_unplaced)" 0.2 1e-12 &&
    test "$(json_at o.json scopes_table.0.ties)" = 7
'

test_expect_success 'hand-made graph: every cell and the decay fit against networkx and numpy' '
    have_peers || exit 0
    /usr/bin/python3 reference.py o.json edges.csv nodes.csv city country "" 10,50,100,500,1000 &&
    innolink openness edges.csv --nodes nodes.csv --by city --bands 1,200 --format json >o2.json &&
    /usr/bin/python3 reference.py o2.json edges.csv nodes.csv city "" "" 1,200
'

test_expect_success 'CSV: regions_table by default, --table picks another' '
    innolink openness edges.csv --nodes nodes.csv --by city --scope country --format csv >r.csv &&
    head -n 1 r.csv | grep "^scope,region,nodes,ties,weight,ties_inside,ties_national," &&
    test "$(wc -l <r.csv)" = 4 &&
    innolink openness edges.csv --nodes nodes.csv --by city --table distance_bands --format csv >b.csv &&
    head -n 1 b.csv | grep "^band,from_km,to_km,ties," &&
    test_expect_code 2 innolink openness edges.csv --nodes nodes.csv --by city --table nope 2>err &&
    grep "no table .nope.; the tables are: .*regions_table" err
'

test_expect_success 'observed cordis-korea: countries within country groups, cities within countries' '
    plain_only || exit 0
    have_peers || exit 0
    K=$GRAPHS/cordis-korea &&
    innolink openness "$K/members.csv" --affiliation --nodes "$K/nodes.csv" \
        --by country --scope country_group --format json >k.json &&
    /usr/bin/python3 reference.py k.json "" "$K/nodes.csv" country country_group "$K/members.csv" "" &&
    # Korea (a third country) among the other third countries: all ties of
    # its 61 organisations reach another country, most of them abroad.
    /usr/bin/python3 -c "
import json; d = json.load(open(\"k.json\"))
kr = [r for r in d[\"regions_table\"] if r[\"region\"] == \"KR\"][0]
assert kr[\"scope\"] == \"tc\" and kr[\"nodes\"] == 61, kr
assert kr[\"ties_inside\"] == 32, kr
print(\"KR: %d ties, %.3f abroad\" % (kr[\"ties\"], kr[\"share_abroad\"]))"
'

test_expect_success 'distance decay on the coordinates of daedeok-pangyo (numpy polyfit)' '
    plain_only || exit 0
    have_peers || exit 0
    D=$GRAPHS/daedeok-pangyo &&
    innolink openness "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster --scope region \
        --bands 2,5,20,100 --format json >dp.json &&
    /usr/bin/python3 reference.py dp.json "$D/edges.csv" "$D/nodes.csv" cluster region "" 2,5,20,100 &&
    test "$(json_get dp.json decay_bands_used)" -ge 3
'

test_expect_success 'ei_region of a region = coupling E-I of the group when every node has one' '
    plain_only || exit 0
    D=$GRAPHS/daedeok-pangyo &&
    innolink openness "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster --format json >oc.json &&
    innolink coupling "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster --permutations 0 \
        --no-cuts --format json >cp.json &&
    for i in 0 1; do
        test "$(json_at oc.json regions_table.$i.region)" = "$(json_at cp.json groups_table.$i.group)" &&
        near "$(json_at oc.json regions_table.$i.ei_region)" "$(json_at cp.json groups_table.$i.ei_index)" 1e-12 &&
        near "$(json_at oc.json regions_table.$i.ei_region_weighted)" \
            "$(json_at cp.json groups_table.$i.ei_index_weighted)" 1e-12 || exit 1
    done
'

test_expect_success 'usage errors: --by missing, --scope = --by, --lat alone, bad --bands' '
    test_expect_code 2 innolink openness edges.csv --nodes nodes.csv 2>err &&
    grep "openness needs --by ATTR" err &&
    test_expect_code 2 innolink openness edges.csv --nodes nodes.csv --by city --scope city 2>err &&
    grep "another column than --by" err &&
    test_expect_code 2 innolink openness edges.csv --nodes nodes.csv --by city --lat lat 2>err &&
    grep "give --lat and --lon together" err &&
    test_expect_code 2 innolink openness edges.csv --nodes nodes.csv --by city --bands 50,10 2>err &&
    grep "increasing distances in km" err
'

test_expect_success 'data errors: a column the node table lacks, no region at all' '
    test_expect_code 1 innolink openness edges.csv --nodes nodes.csv --by region -o x.json 2>err &&
    grep "No node attribute .region. (--by) in the node table" err && ! test -e x.json &&
    test_expect_code 1 innolink openness edges.csv --nodes nodes.csv --by city --scope land 2>err &&
    grep "No node attribute .land. (--scope)" err &&
    test_expect_code 1 innolink openness edges.csv --by city 2>err &&
    grep "openness needs a node table" err &&
    printf "id,city\na,\nb,\nc,\nd,\ne,\nf,\n" >empty.csv &&
    test_expect_code 1 innolink openness edges.csv --nodes empty.csv --by city 2>err &&
    grep "No node has a value of .city." err
'

test_done
