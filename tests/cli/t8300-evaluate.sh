#!/bin/sh
# innolink evaluate: difference-in-differences against an OLS with unit and
# period fixed effects and the treated x post interaction (statsmodels 0.13,
# Debian's python3-statsmodels), the event study against the same OLS with
# treated x period dummies, a 2 x 2 by hand, the permutation p-value and the
# interval against all assignments enumerated in python, and the readings.
. "$(dirname "$0")/lib.sh"

P="$GRAPHS/programme-panel"
D="$GRAPHS/daedeok-pangyo-programme"

# Under valgrind every code path runs once (see t8200).
full_suite() {
    [ "${INNOLINK_SUITE:-plain}" != valgrind ] || {
        echo "# variant skipped under valgrind (the plain and asan suites run it)"; return 1; }
}

have_statsmodels() {
    /usr/bin/python3 -c "import statsmodels, pandas" 2>/dev/null || {
        echo "# skipped: python3-statsmodels not installed"; return 1; }
}

test_expect_success 'evaluate the bundled programme panel (json, no key twice)' '
    innolink evaluate "$P/edges.csv" --time year --nodes "$P/nodes.csv" --by cluster \
        --treated Aster:Birch,Cedar:Dogwood --start 2016 --format json -o e.json 2>err &&
    test_must_be_empty err &&
    /usr/bin/python3 - <<PY
import json
def once(pairs):                # 2026-12-03: "panel" was both the record and the outcomes table
    keys = [k for k, v in pairs]
    assert len(keys) == len(set(keys)), keys
    return dict(pairs)
json.load(open("e.json"), object_pairs_hook=once)
PY
'

# The outcome is recomputed from the raw rows (block density of every pair
# of clusters in every year), not read from innolink's panel table.
cat >ols.py <<'PY'
import csv, itertools, json, sys
import pandas as pd
import statsmodels.formula.api as smf
P, out = sys.argv[1], json.load(open(sys.argv[2]))
treated = set(sys.argv[3].split(","))
start = int(sys.argv[4])
grp = {r["id"]: r["cluster"] for r in csv.DictReader(open(P + "/nodes.csv", encoding="utf-8"))}
size = {c: list(grp.values()).count(c) for c in set(grp.values())}
ties = {}
for r in csv.DictReader(open(P + "/edges.csv", encoding="utf-8")):
    ties.setdefault(int(r["year"]), set()).add(frozenset((r["source"], r["target"])))
rows = []
for t in sorted(ties):
    for a, b in itertools.combinations(sorted(size), 2):
        n = sum(1 for k in ties[t] if sorted(grp[v] for v in k) == [a, b])
        u = a + ":" + b
        rows.append(dict(unit=u, year=t, y=n / (size[a] * size[b]), treated=int(u in treated),
                         post=int(t >= start)))
df = pd.DataFrame(rows)
df["d"] = df.treated * df.post
beta = smf.ols("y ~ C(unit) + C(year) + d", data=df).fit().params["d"]
est = {r["estimate_of"]: r for r in out["estimates"]}
got = est["difference-in-differences"]["estimate"]
assert abs(got - beta) < 1e-9, (got, beta)
# event study: treated x year dummies, the last pre-period the reference
ref = start - 1
terms = []
for t in sorted(ties):
    if t != ref:
        df["e%d" % t] = df.treated * (df.year == t)
        terms.append("e%d" % t)
fit = smf.ols("y ~ C(unit) + C(year) + " + " + ".join(terms), data=df).fit()
es = {r["window"]: r for r in out["event_study"]}
for t in sorted(ties):
    want = 0.0 if t == ref else fit.params["e%d" % t]
    assert abs(es[str(t)]["estimate"] - want) < 1e-9, (t, es[str(t)]["estimate"], want)
# the placebo: the pre-period only, a fake start at the middle pre-year
pre = df[df.year < start].copy()
fake = sorted(pre.year.unique())[len(pre.year.unique()) // 2]
pre["d"] = pre.treated * (pre.year >= fake)
pb = smf.ols("y ~ C(unit) + C(year) + d", data=pre).fit().params["d"]
pl = [r for k, r in est.items() if k.startswith("placebo: a fake start at %d" % fake)][0]
assert abs(pl["estimate"] - pb) < 1e-9, (pl["estimate"], pb)
print("DiD %.12f, event study and placebo equal statsmodels OLS to 1e-9" % beta)
PY

test_expect_success 'DiD, event study and placebo equal statsmodels OLS with fixed effects (1e-9)' '
    have_statsmodels || exit 0
    /usr/bin/python3 ols.py "$P" e.json Aster:Birch,Cedar:Dogwood 2016
'

# All 378 assignments of 2 treated pairs among the 28, enumerated in python
# on the independently computed z (mean after - mean before): the exact
# p-value, and the interval as the constant effects not rejected at 5%.
cat >perm.py <<'PY'
import csv, itertools, json, sys
P, out = sys.argv[1], json.load(open(sys.argv[2]))
treated = {"Aster:Birch", "Cedar:Dogwood"}
grp = {r["id"]: r["cluster"] for r in csv.DictReader(open(P + "/nodes.csv", encoding="utf-8"))}
size = {c: list(grp.values()).count(c) for c in set(grp.values())}
y = {}
for r in csv.DictReader(open(P + "/edges.csv", encoding="utf-8")):
    a, b = sorted((grp[r["source"]], grp[r["target"]]))
    if a != b:
        k = (a + ":" + b, int(r["year"]))
        y[k] = y.get(k, 0) + 1
units = ["%s:%s" % p for p in itertools.combinations(sorted(size), 2)]
def dens(u, t):
    a, b = u.split(":")
    return y.get((u, t), 0) / (size[a] * size[b])
z = {u: sum(dens(u, t) for t in range(2016, 2022)) / 6 - sum(dens(u, t) for t in range(2010, 2016)) / 6
     for u in units}
def est(T, shift=0.0):
    zz = {u: z[u] - (shift if u in treated else 0) for u in units}
    t = [zz[u] for u in T]
    c = [zz[u] for u in units if u not in T]
    return sum(t) / len(t) - sum(c) / len(c)
obs = est(treated)
sets = list(itertools.combinations(units, 2))
assert len(sets) == 378
def p(tau):
    o = abs(est(treated, tau))
    return sum(1 for s in sets if abs(est(set(s), tau)) >= o - 1e-12 * (abs(obs) + abs(tau))) / len(sets)
did = [r for r in out["estimates"] if r["estimate_of"] == "difference-in-differences"][0]
assert abs(did["estimate"] - obs) < 1e-12
assert abs(did["p_value"] - p(0.0)) < 1e-15, (did["p_value"], p(0.0))
lo, hi = did["interval_low"], did["interval_high"]
eps = 1e-7
assert p(lo + eps) > 0.05 >= p(lo - eps), (p(lo + eps), p(lo - eps))
assert p(hi - eps) > 0.05 >= p(hi + eps), (p(hi - eps), p(hi + eps))
assert out["design"]["assignments"] == 378 and out["design"]["exact"] is True
print("p = %.6f over all 378 assignments; interval [%.6f, %.6f] inverts the test" % (p(0.0), lo, hi))
PY

test_expect_success 'exact permutation p-value and test-inversion interval equal python enumeration' '
    /usr/bin/python3 perm.py "$P" e.json
'

# A 2 x 2 panel by hand: groups A, B, C of two actors each (4 possible
# pairs between two groups). A:B has 1 tie in 2010 and 3 in 2011: density
# 1/4 -> 3/4; the control A:C has 1 tie in both years: 1/4 -> 1/4.
# DiD = (3/4 - 1/4) - (1/4 - 1/4) = 0.5. Two units: two assignments, both
# as far from 0: p = 1; no effect can be excluded: the interval is unbounded.
test_expect_success 'a 2 x 2 panel by hand: DiD 0.5, p 1, unbounded interval' '
    cat >nodes2.csv <<-EOF &&
	id,grp
	a1,A
	a2,A
	b1,B
	b2,B
	c1,C
	c2,C
	EOF
    cat >ties2.csv <<-EOF &&
	source,target,year
	a1,b1,2010
	a1,c1,2010
	a1,b1,2011
	a2,b2,2011
	a1,b2,2011
	a2,c2,2011
	EOF
    innolink evaluate ties2.csv --time year --nodes nodes2.csv --by grp --treated A:B \
        --controls A:C --start 2011 --format csv >2x2.csv &&
    /usr/bin/python3 - <<PY
import csv
r = {x["estimate_of"]: x for x in csv.DictReader(open("2x2.csv"))}["difference-in-differences"]
assert abs(float(r["estimate"]) - 0.5) < 1e-15, r["estimate"]
assert float(r["p_value"]) == 1.0
assert r["interval_low"] == "" and r["interval_high"] == "", (r["interval_low"], r["interval_high"])
assert "unbounded" in r["caveat"] or "Only one window" in r["caveat"], r["caveat"]
for k in ("test", "null_model", "reading", "caveat"):
    assert r[k], k
print("ok")
PY
'

test_expect_success 'the CSV estimates carry test, null model, interval, reading and caveat' '
    full_suite || exit 0
    innolink evaluate "$P/edges.csv" --time year --nodes "$P/nodes.csv" --by cluster \
        --treated Aster:Birch,Cedar:Dogwood --start 2016 --format csv >est.csv &&
    head -n 1 est.csv | grep "estimate_of,estimate,treated_change,control_change,p_value,interval_low,interval_high,level,treated,controls,test,null_model,reading,caveat" &&
    grep "^difference-in-differences,.*permutation: the treatment reassigned to every one of the 378 possible sets of 2 pairs" est.csv
'

test_expect_success 'a treated group that does not exist is a usage error naming the groups' '
    test_expect_code 2 innolink evaluate "$P/edges.csv" --time year --nodes "$P/nodes.csv" \
        --by cluster --treated Aster:Oak --start 2016 2>err &&
    grep "treated: no pair of groups .Aster:Oak.; the groups of .cluster. are: Aster, Birch, Cedar, Dogwood, Elm, Fir, Ginkgo, Hazel" err &&
    test_expect_code 2 innolink evaluate "$P/edges.csv" --time year --nodes "$P/nodes.csv" \
        --by cluster --treated Oak --outcome ei --start 2016 2>err &&
    grep "treated: no group .Oak.; the groups of .cluster. are: Aster" err &&
    { full_suite || exit 0; } &&
    test_expect_code 2 innolink evaluate "$P/edges.csv" --time year --nodes "$P/nodes.csv" \
        --by cluster --treated Aster --outcome block-density --start 2016 2>err &&
    grep "is not a pair of groups: write GROUP:GROUP" err &&
    test_expect_code 2 innolink evaluate "$P/edges.csv" --time year --nodes "$P/nodes.csv" \
        --by cluster --treated Aster:Birch --controls Aster:Birch --start 2016 2>err &&
    grep "named as treated and as a control" err &&
    test_expect_code 2 innolink evaluate "$P/edges.csv" --time year --nodes "$P/nodes.csv" \
        --by cluster --treated Aster:Birch --start 2030 2>err &&
    grep "start 2030: no window starts at or after it (the windows run from 2010 to 2021)" err &&
    test_expect_code 2 innolink evaluate "$P/edges.csv" --time year --nodes "$P/nodes.csv" \
        --by cluster --treated Aster:Birch --start 2016-03 2>err &&
    grep "start 2016-03: not a year of the panel" err &&
    test_expect_code 2 innolink evaluate "$P/edges.csv" --time year --nodes "$P/nodes.csv" \
        --by cluster --start 2016 2>err &&
    grep "name the treated groups" err &&
    test_expect_code 2 innolink evaluate "$P/edges.csv" --time year --nodes "$P/nodes.csv" \
        --by cluster --treated Aster:Birch 2>err &&
    grep "start T" err
'

test_expect_success 'no controls: a trend, not an effect' '
    innolink evaluate "$D/edges-series.csv" --time period --window 3 --since 2014 \
        --nodes "$D/nodes.csv" --by cluster --treated Daedeok:Pangyo --start 2019 \
        --format json >dp.json &&
    test "$(json_get dp.json can_attribute)" = False &&
    json_get dp.json attribution | grep "No control pairs" &&
    json_get dp.json attribution | grep "a trend over time, not an effect of the programme"
'

test_expect_success 'a treated pair with a pre-trend: the estimate is not credible' '
    innolink evaluate "$P/edges.csv" --time year --nodes "$P/nodes.csv" --by cluster \
        --treated Elm:Fir --start 2016 --format json >pt.json &&
    test "$(json_get pt.json can_attribute)" = False &&
    json_get pt.json attribution | grep "^Pre-trend: before 2016 the treated pair already moved apart" &&
    json_get pt.json attribution | grep "not credible"
'

test_expect_success 'group outcomes (E-I of a group) against statsmodels OLS' '
    have_statsmodels || exit 0
    innolink evaluate "$P/edges.csv" --time year --nodes "$P/nodes.csv" --by cluster \
        --treated Aster,Birch --outcome ei --start 2016 --format json >ei.json &&
    /usr/bin/python3 - "$P" <<PY
import csv, json, sys
import pandas as pd
import statsmodels.formula.api as smf
P = sys.argv[1]
grp = {r["id"]: r["cluster"] for r in csv.DictReader(open(P + "/nodes.csv", encoding="utf-8"))}
ties = {}
for r in csv.DictReader(open(P + "/edges.csv", encoding="utf-8")):
    ties.setdefault(int(r["year"]), set()).add((r["source"], r["target"]))
rows = []
for t, ts in ties.items():
    for c in set(grp.values()):
        E = sum(1 for u, v in ts if (grp[u] == c) != (grp[v] == c))
        I = sum(1 for u, v in ts if grp[u] == c and grp[v] == c)
        rows.append(dict(unit=c, year=t, y=(E - I) / (E + I), d=int(c in ("Aster", "Birch") and t >= 2016)))
df = pd.DataFrame(rows)
beta = smf.ols("y ~ C(unit) + C(year) + d", data=df).fit().params["d"]
got = json.load(open("ei.json"))["estimates"][0]["estimate"]
assert abs(got - beta) < 1e-9, (got, beta)
print("ok", beta)
PY
'

test_expect_success 'the same bytes on a second run (random assignments when many)' '
    innolink evaluate "$P/edges.csv" --time year --nodes "$P/nodes.csv" --by cluster \
        --treated Aster,Birch,Cedar --outcome coupling --start 2016 --permutations 20 \
        --format json >c1.json &&
    test "$(json_get c1.json design.exact)" = False &&
    { full_suite || exit 0; } &&
    innolink evaluate "$P/edges.csv" --time year --nodes "$P/nodes.csv" --by cluster \
        --treated Aster,Birch,Cedar --outcome coupling --start 2016 --permutations 20 \
        --format json >c2.json &&
    cmp c1.json c2.json
'

test_done
