#!/bin/sh
# Worked case examples/cordis-austria (observed CORDIS data): the spec runs
# on a copy of the example and its data, and every finding of its README is
# recomputed by examples/cordis-austria/verify.py (networkx, numpy, plain
# Python; no innolink) and compared with innolink's outputs and with the
# numbers the README states. The full case runs in the plain suite; under
# ASan and valgrind (INNOLINK_SUITE) the spec runs on the data prepared from
# the raw slice in tests/data/cordis-slice, so that every analysis of the
# spec still runs under the sanitizers, without the findings.
. "$(dirname "$0")/lib.sh"

CASE=cordis-austria
mkdir -p examples graphs
cp -R "$TOP/examples/$CASE" examples/ && rm -rf "examples/$CASE/out" && mkdir "examples/$CASE/out"
OUT="examples/$CASE/out"
SUITE=${INNOLINK_SUITE:-plain}

have_peers() {
    /usr/bin/python3 -c "import networkx, numpy" 2>/dev/null || {
        echo "# skipped: python3-networkx or python3-numpy not installed"; return 1; }
}

if [ "$SUITE" = plain ]; then
    cp -R "$GRAPHS/$CASE" graphs/
else
    echo "# $SUITE suite: the spec runs on the data prepared from tests/data/cordis-slice"
    /usr/bin/python3 "$GRAPHS/prepare-cordis.py" "$DATA/cordis-slice" --out graphs --sets austria >/dev/null
fi

test_expect_success 'the spec runs on a copy of the example' '
    (cd / && innolink run "$TMP/examples/$CASE/spec.json") 2>err &&
    { grep -v "^innolink: run: " err >err.other || :; } && test_must_be_empty err.other &&
    for f in summary.json openness.json openness-cities.csv openness-2014-2017.json \
        openness-2018-2021.json mixing.json mixing-at.json brokerage-country.json \
        brokerage-at.json communities-at.json compare-at.json compare-at.txt; do
        test -s "$OUT/$f" || { echo "no $f"; exit 1; }
    done &&
    head -n 1 "$OUT/openness-cities.csv" | grep "^scope,region,nodes,ties,"
'

if [ "$SUITE" != plain ]; then
    test_done
    exit $?
fi

test_expect_success 'the reference: verify.py without innolink' '
    have_peers || exit 0
    /usr/bin/python3 "examples/$CASE/verify.py" "$TMP/graphs" >ref.json
'

cat >check.py <<'PY'
import csv, json, sys
import networkx as nx
sys.path.insert(0, sys.argv[3])
out, ref = sys.argv[1], json.load(open(sys.argv[2]))
def load(name):
    return json.load(open(out + "/" + name, encoding="utf-8"))
def near(what, got, want, tol=1e-9):
    assert abs(got - want) <= tol * max(1.0, abs(want)), "%s: innolink %r, reference %r" % (what, got, want)

# 1. Size.
s = load("summary.json")
assert (s["nodes"], s["edges"], s["total_weight"]) == (ref["network"]["nodes"], ref["network"]["ties"],
                                                       ref["network"]["weight"]), s

# 2. Triple helix: assortativity (networkx) and observed / expected shares.
for name, key in (("mixing.json", "mixing"), ("mixing-at.json", "mixing_at")):
    d, r = load(name), ref[key]
    near(name + " assortativity", d["assortativity"], r["assortativity"])
    assert d["ties"] == r["ties"]
    rows = {row["group_a"] + "-" + row["group_b"]: row for row in d["helix_pairs"]}
    for pair, x in r["triple_helix"].items():
        assert rows[pair]["ties"] == x["ties"], pair
        near(pair + " share", rows[pair]["share"], x["share"])
        near(pair + " expected", rows[pair]["expected_share"], x["expected"])
        near(pair + " ratio", rows[pair]["ratio"], x["ratio"])

# 3. Brokerage: every domestic organisation, and the four Austrian
#    organisations with most partners in the network of Austria's projects.
roles = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total")
d = load("brokerage-at.json")
assert len(d["nodes_table"]) == len(ref["brokerage_at_all"])
for row in d["nodes_table"]:
    want = ref["brokerage_at_all"][row["node"]]
    for k in roles:
        assert row[k] == want[k], (row["node"], k, row[k], want[k])
d = {row["node"]: row for row in load("brokerage-country.json")["nodes_table"]}
for v, want in ref["brokerage_country"].items():
    for k in roles:
        assert d[v][k] == want[k], (v, k, d[v][k], want[k])

# 4. Openness: the network, Austria, the five largest cities, the periods,
#    and the organisations with most ties to other Austrian cities.
def same_row(what, row, want):
    assert row["ties"] == want["ties"], (what, row["ties"], want["ties"])
    for k, v in want.items():
        near(what + " " + k, row[k], v)
o = load("openness.json")
same_row("network", o, ref["openness"]["network"])
at = {r["scope"]: r for r in o["scopes_table"]}["AT"]
same_row("AT", at, ref["openness"]["austria"])
cities = {r["region"]: r for r in o["regions_table"] if r["scope"] == "AT"}
assert sorted(cities, key=lambda c: -cities[c]["ties"])[:5] == list(
    sorted(ref["openness"]["cities"], key=lambda c: -ref["openness"]["cities"][c]["ties"]))
for c, want in ref["openness"]["cities"].items():
    same_row(c, cities[c], want)
for period in ("2014-2017", "2018-2021"):
    p = load("openness-%s.json" % period)
    same_row("AT " + period, {r["scope"]: r for r in p["scopes_table"]}["AT"],
             ref["openness_" + period])
nodes = [r for r in o["nodes_table"] if r["scope"] == "AT"]
top = sorted(nodes, key=lambda r: (-r["ties_national"], r["node"]))[:3]
assert [(r["node"], r["ties_national"]) for r in top] == [
    (x["id"], x["ties_national"]) for x in ref["openness"]["national_brokers"]], top

# 5. Communities: innolink's partition of the domestic network, scored by
#    networkx; sizes, composition and top members by strength.
import verify
c = load("communities-at.json")
D = verify.project([r for r in verify.MEMBERS if r["country"] == "AT"], verify.AT_NODES)
parts = {}
for r in c["membership"]:
    parts.setdefault(r["community"], set()).add(r["id"])
near("modularity", c["modularity"], nx.community.modularity(D, parts.values(), weight="weight"))
big = [p for p in parts.values() if len(p) >= 2]
assert len(big) == 46 and len(parts) - len(big) == 263 == nx.number_of_isolates(D), (len(big), len(parts))
first = max(parts.values(), key=len)
assert len(first) == 102 and sum(1 for v in first if verify.AT_NODES[v]["sector"] == "industry") == 78
city = lambda x: sum(1 for v in first if verify.AT_NODES[v]["city"] == x)
assert (city("WIEN"), city("GRAZ"), city("KLAGENFURT"), city("VILLACH")) == (17, 10, 4, 3)
# top_members: by decreasing strength, ties in node order (docs/metrics-communities.md).
strength = dict(D.degree(weight="weight"))
rank = {v: i for i, v in enumerate(verify.AT_NODES)}
order = lambda p: sorted(p, key=lambda v: (-strength[v], rank[v]))
label = lambda v: verify.AT_NODES[v]["label"] or v
rows = {r["community"]: r for r in c["communities"]}
for k in (1, 2, 3):
    assert rows[k]["size"] == len(parts[k]), k
    assert rows[k]["top_members"].split("; ") == [label(v) for v in order(parts[k])[:5]], k

# 6. Change 2014-2017 -> 2018-2021 (domestic).
x = load("compare-at.json")
ch = [v for k, v in x.items() if k.startswith("change ")][0]
r = ref["change"]
assert (ch["ties"]["gained"], ch["ties"]["lost"], ch["ties"]["strengthened"],
        ch["ties"]["weakened"], ch["ties"]["unchanged"]) == (
    r["gained"], r["lost"], r["strengthened"], r["weakened"], r["kept"] - r["strengthened"] - r["weakened"])
assert [s["edges"] for s in x["snapshots"]] == [r["ties_before"], r["ties_after"]]
near("E-I before", ch["ei"]["before"], r["ei_before"])
near("E-I after", ch["ei"]["after"], r["ei_after"])
near("QAP correlation", ch["qap"]["correlation"], r["qap_correlation"])
# Two permutation tests (innolink 1000, verify 2000, other generators):
# equal up to Monte Carlo error, and both far from significance.
assert abs(ch["ei"]["p_greater"] - r["ei_p_greater"]) < 0.07, (ch["ei"]["p_greater"], r["ei_p_greater"])
assert ch["ei"]["p_greater"] > 0.2 and r["ei_p_greater"] > 0.2
print("every finding as the reference")
PY

test_expect_success 'the outputs agree with the reference' '
    have_peers || exit 0
    CORDIS_GRAPHS=$TMP/graphs /usr/bin/python3 check.py "$OUT" ref.json "$TMP/examples/$CASE"
'

test_expect_success 'every output says OBSERVED and where the data come from, never SYNTHETIC' '
    for f in "$OUT"/*.json; do
        json_get "$f" input/provenance/data | grep -x observed >/dev/null &&
        json_get "$f" input/provenance/source | grep "^CORDIS, European Commission" >/dev/null ||
            { echo "$f"; exit 1; }
    done &&
    head -n 1 "$OUT/compare-at.txt" | grep "^OBSERVED DATA: participations of organisations" &&
    ! grep -l -e "SYNTHETIC DATA" -e ",SYNTHETIC$" -e "\"synthetic\"" "$OUT"/*
'

# Each number the README states, formatted from the reference (or, for the
# p-value of innolink's permutation test, from innolink's output checked
# above against the reference's own test).
cat >readme.py <<'PY'
import json, sys
ref, out, readme = json.load(open(sys.argv[1])), sys.argv[2], open(sys.argv[3], encoding="utf-8").read()
text = " ".join(readme.split())
def has(s):
    assert s in text, "README does not say %r" % s
n = lambda x: format(x, ",")
pct = lambda x: "%.1f %%" % (100 * x)
has("%s organisations and %s ties (weight %s)" % (n(ref["network"]["nodes"]), n(ref["network"]["ties"]),
                                                  n(ref["network"]["weight"])))
has("%s ties: most Austrian" % n(ref["mixing_at"]["ties"]))
m, h = ref["mixing"], ref["mixing"]["triple_helix"]
has("(assortativity %.3f)" % m["assortativity"])
has("industry–university ties are %s of all ties where random mixing of tie ends would give %s (ratio %.2f)"
    % (pct(h["industry-university"]["share"]), pct(h["industry-university"]["expected"]),
       h["industry-university"]["ratio"]))
has("industry–research %s against %s (%.2f)" % (pct(h["industry-research"]["share"]),
    pct(h["industry-research"]["expected"]), h["industry-research"]["ratio"]))
has("research–university %s against %s (%.2f)" % (pct(h["research-university"]["share"]),
    pct(h["research-university"]["expected"]), h["research-university"]["ratio"]))
ha = ref["mixing_at"]["triple_helix"]
has("(assortativity %.3f; the three helix ratios %.2f, %.2f and %.2f)" % (
    ref["mixing_at"]["assortativity"], ha["industry-research"]["ratio"],
    ha["industry-university"]["ratio"], ha["research-university"]["ratio"]))
b = ref["brokerage_at"]
has("(%s brokered pairs in all roles), TU Wien (%s) and TU Graz (%s)" % tuple(
    n(x["total"]) for x in b["total"]))
has("first gatekeeper (%s)" % n(b["gatekeeper"][0]["gatekeeper"]))
has("first liaison between two other sectors (%s)" % n(b["liaison"][0]["liaison"]))
has("AVL List (%s coordinator pairs) and Infineon Technologies Austria (%s)" % (
    n(b["coordinator"][0]["coordinator"]), n(b["coordinator"][1]["coordinator"])))
bc = ref["brokerage_country"]
has("AIT brokers %s pairs" % n(bc["999584128"]["liaison"]))
has("and %s pairs between a foreign and an Austrian partner (gatekeeper), TU Wien %s and %s" % (
    n(bc["999584128"]["gatekeeper"]), n(bc["999979888"]["liaison"]), n(bc["999979888"]["gatekeeper"])))
nb = ref["openness"]["national_brokers"]
has("AIT (%d ties" % nb[0]["ties_national"])
has("Das Virtuelle Fahrzeug, %d) and TU Wien (%d)" % (nb[1]["ties_national"], nb[2]["ties_national"]))
a = ref["openness"]["austria"]
has("%s go abroad, %s stay inside one city, %s reach an organisation in another Austrian city and %s an Austrian organisation"
    % (pct(a["share_abroad"]), pct(a["share_inside"]), pct(a["share_national"]),
       pct(a["share_national_unplaced"])))
has("(E-I at the country level %.3f)" % a["ei_scope"])
for c, name in (("WIEN", "Wien"), ("GRAZ", "Graz"), ("LINZ", "Linz"), ("INNSBRUCK", "Innsbruck"),
                ("VILLACH", "Villach")):
    r = ref["openness"]["cities"][c]
    has("| %s | %s | %s | %s | %s |" % (name, n(r["ties"]), pct(r["share_inside"]),
                                        pct(r["share_national"]), pct(r["share_abroad"])))
e, l = ref["openness_2014-2017"], ref["openness_2018-2021"]
has("from %s to %s of its organisations' ties (country-level E-I %.3f → %.3f)" % (
    pct(e["share_abroad"]), pct(l["share_abroad"]), e["ei_scope"], l["ei_scope"]))
has("inside a city (%s → %s) and to another city (%s → %s)" % (
    pct(e["share_inside"]), pct(l["share_inside"]), pct(e["share_national"]), pct(l["share_national"])))
has("rose (%s → %s)" % (pct(e["share_national_unplaced"]), pct(l["share_national_unplaced"])))
r = ref["change"]
has("from %s to %s ties (%d gained, %d lost, %d kept" % (n(r["ties_before"]), n(r["ties_after"]),
                                                       r["gained"], r["lost"], r["kept"]))
has("by sector rose from %.3f to %.3f" % (r["ei_before"], r["ei_after"]))
has("2,000 relabellings give %.2f)" % r["ei_p_greater"])
x = json.load(open(out + "/compare-at.json"))
ch = [v for k, v in x.items() if k.startswith("change ")][0]
has("(p = %.2f;" % ch["ei"]["p_greater"])
has("QAP correlation %.2f" % r["qap_correlation"])
c = json.load(open(out + "/communities-at.json"))
has("(modularity %.3f, 10 seeded runs)" % c["modularity"])
print("every number of the README as the reference")
PY

test_expect_success 'every number of the README' '
    have_peers || exit 0
    /usr/bin/python3 readme.py ref.json "$OUT" "$TOP/examples/$CASE/README.md"
'

test_done
