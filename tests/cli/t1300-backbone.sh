#!/bin/sh
# innolink backbone and --backbone on every command: the disparity filter on
# weighted karate against an implementation written here, the SDSM of
# projections against a second implementation (the configuration model fitted
# node by node with scipy, the Poisson binomial by recursion), and the
# projection options (cap on event size, events table) against networkx.
. "$(dirname "$0")/lib.sh"

ICCP="$GRAPHS/iccp-miniclusters"

# Under valgrind the disparity filter at one level instead of five.
LEVELS="0.05 0.1 0.2 0.3 0.5" CORRECTIONS="holm bonferroni"
[ "${INNOLINK_SUITE:-plain}" = valgrind ] && LEVELS=0.2 CORRECTIONS=holm
# thorough: false under valgrind, where each run costs a second or more;
# the cases after it in a test then run in the plain and asan suites only.
thorough() {
    [ "${INNOLINK_SUITE:-plain}" != valgrind ]
}

# The peers' fits and corrections (scipy, statsmodels) give the same
# numbers in every suite: they run in the plain suite, and under asan and
# valgrind only innolink's side runs (one correction, no peer).
plain_suite() {
    [ "${INNOLINK_SUITE:-plain}" = plain ]
}

have_peers() {
    /usr/bin/python3 -c "import networkx, numpy, scipy" 2>/dev/null || {
        echo "# skipped: python3-networkx, numpy or scipy not installed"; return 1; }
}

# Zachary's karate club with the interaction counts networkx 2.8 carries as
# weights (karate_club_graph), nodes numbered from 1 as in graphs/karate.
have_peers && /usr/bin/python3 -c "
import networkx as nx
print('source,target,weight')
for u, v, d in nx.karate_club_graph().edges(data=True):
    print('%d,%d,%d' % (u + 1, v + 1, d['weight']))" >kw.csv

# disparity.py EDGES OUT.json ALPHA: alpha_ij = (1 - w/s_i)^(k_i - 1) from
# each end (1 at degree 1), p the smaller, kept below ALPHA (Serrano et al.).
cat >disparity.py <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1])))
alpha = float(sys.argv[3])
s, k = {}, {}
for r in rows:
    for n in (r["source"], r["target"]):
        s[n] = s.get(n, 0) + float(r["weight"])
        k[n] = k.get(n, 0) + 1
def end(w, n):
    return 1.0 if k[n] == 1 else (1 - w / s[n]) ** (k[n] - 1)
p = {}
for r in rows:
    w = float(r["weight"])
    p[frozenset((r["source"], r["target"]))] = min(end(w, r["source"]), end(w, r["target"]))
kept = {e for e in p if p[e] < alpha}
d = json.load(open(sys.argv[2]))
got = {frozenset((r["source"], r["target"])): r for r in d["ties_table"]}
assert {e for e in got if got[e]["kept"]} == kept, (len(kept), d["ties_kept"])
assert len(got) == len(p)
for e, r in got.items():
    assert abs(r["p_value"] - p[e]) < 1e-12, (e, r["p_value"], p[e])
nodes = {n for e in kept for n in e}
assert d["nodes_kept"] == len(nodes) and d["ties_kept"] == len(kept)
w = {frozenset((r["source"], r["target"])): float(r["weight"]) for r in rows}
assert abs(d["weight_kept_share"] - sum(w[e] for e in kept) / sum(w.values())) < 1e-12
print(sys.argv[3], len(kept), "ties kept")
PY

test_expect_success 'disparity on weighted karate: the kept ties and p-values of a direct implementation' '
    have_peers || exit 0
    for a in $LEVELS; do
        innolink backbone kw.csv --backbone disparity --alpha $a --all --format json \
            -o b.json 2>err && test_must_be_empty err &&
        /usr/bin/python3 disparity.py kw.csv b.json $a || exit 1
    done
'

test_expect_success '--backbone on summary analyses the kept ties and records the shares' '
    have_peers || exit 0
    innolink backbone kw.csv --backbone disparity --alpha 0.3 --format json -o b.json &&
    innolink summary kw.csv --backbone disparity --alpha 0.3 --format json -o s.json &&
    test "$(json_get s.json edges)" = "$(json_get b.json ties_kept)" &&
    test "$(json_get s.json nodes)" = "$(json_get b.json nodes_kept)" &&
    test "$(json_get s.json input.backbone.method)" = disparity &&
    test "$(json_get s.json input.backbone.ties)" = 78 &&
    test "$(json_get s.json input.backbone.ties_kept)" = "$(json_get b.json ties_kept)" &&
    { thorough || exit 0; } &&
    innolink backbone kw.csv --backbone disparity --alpha 0.3 --top 3 --format csv >top.csv &&
    test "$(wc -l <top.csv)" = 4 &&
    innolink backbone kw.csv --backbone disparity --alpha 0.3 --format csv >all.csv && head -n 4 all.csv >first.csv &&
    test_cmp first.csv top.csv &&
    near "$(json_get s.json input.backbone.expected_false_positives)" 23.4 1e-9
'

test_expect_success 'project --backbone writes the kept ties with their p-values' '
    have_peers || exit 0
    innolink project "$ICCP/members.csv" --backbone disparity --alpha 0.1 -o p.csv &&
    innolink backbone "$ICCP/members.csv" --affiliation --backbone disparity --alpha 0.1 \
        --format json -o b.json &&
    head -n 1 p.csv | grep "^source,target,weight,backbone_p" &&
    /usr/bin/python3 -c "import csv, json
got = {frozenset((r[\"source\"], r[\"target\"])): float(r[\"backbone_p\"]) for r in csv.DictReader(open(\"p.csv\"))}
want = {frozenset((r[\"source\"], r[\"target\"])): r[\"p_value\"] for r in json.load(open(\"b.json\"))[\"ties_table\"]}
assert got.keys() == want.keys() and all(p < 0.1 for p in got.values()), (len(got), len(want))
assert all(abs(got[e] - want[e]) <= 1e-15 * want[e] for e in got)   # cJSON: 15 digits"
'

# sdsm.py MEMBERS OUT.json [MAX]: the BiCM solved node by node (scipy least
# squares on the degree equations, one y fixed), p-values by the exact
# Poisson-binomial recursion over events; events above MAX left out.
cat >sdsm.py <<'PY'
import csv, json, sys
from collections import Counter
import numpy as np
from scipy.optimize import least_squares
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
if len(sys.argv) > 3:
    size = Counter(r["event"] for r in rows)
    rows = [r for r in rows if size[r["event"]] <= int(sys.argv[3])]
actors = sorted({r["actor"] for r in rows})
events = sorted({r["event"] for r in rows})
ai = {a: i for i, a in enumerate(actors)}
ei = {e: i for i, e in enumerate(events)}
M = np.zeros((len(actors), len(events)))
for r in rows:
    M[ai[r["actor"]], ei[r["event"]]] = 1
# An event of every actor has probability 1 for all of them (its y is
# infinite): it is set aside, and each actor's degree left for the fit drops
# by one.
full = M.sum(0) == len(actors)
Mf = M[:, ~full]
k, dd = Mf.sum(1), Mf.sum(0)
na = len(actors)
z0 = np.concatenate([np.log(k / np.sqrt(k.sum())), np.log(dd / np.sqrt(k.sum()))])
def probs(z):
    zz = np.concatenate([z[:na], z0[na:na + 1], z[na:]])
    P = np.outer(np.exp(zz[:na]), np.exp(zz[na:]))
    return P / (1 + P)
def f(z):
    P = probs(z)
    return np.concatenate([P.sum(1) - k, P.sum(0) - dd])
def jac(z):    # d(degree equations)/d(log x, log y): P(1 - P) by actor and event
    P = probs(z)
    D = P * (1 - P)
    J = np.block([[np.diag(D.sum(1)), D], [D.T, np.diag(D.sum(0))]])
    return np.delete(J, na, axis=1)     # the fixed y
sol = least_squares(f, np.concatenate([z0[:na], z0[na + 1:]]), jac=jac, xtol=1e-15,
                    ftol=1e-15, gtol=1e-15, max_nfev=20000)
assert np.abs(f(sol.x)).max() < 1e-9
P = np.ones(M.shape)
P[:, ~full] = probs(sol.x)
S = M @ M.T
def tail(q, s):
    pmf = np.zeros(len(q) + 1)
    pmf[0] = 1
    for x in q:
        pmf[1:] = pmf[1:] * (1 - x) + pmf[:-1] * x
        pmf[0] *= 1 - x
    return pmf[s:].sum()
d = json.load(open(sys.argv[2]))
assert len(d["ties_table"]) == int((np.triu(S, 1) > 0).sum())
worst = 0
for r in d["ties_table"]:
    u, v = ai[r["source"]], ai[r["target"]]
    assert r["shared_events"] == S[u, v]
    p = tail(P[u] * P[v], int(S[u, v]))
    assert abs(r["p_value"] - p) <= 1e-9 * max(p, 1e-3), (r, p)
    assert r["kept"] == (r["p_value"] < d["alpha"])
    worst = max(worst, abs(r["p_value"] - p))
# What the model alone keeps at alpha: over every pair of actors, the
# probability of at least the smallest shared count whose p-value is below
# alpha (all pairs' Poisson binomials at once, event by event).
if d["correction"] == "none":
    iu = np.triu_indices(na, 1)
    Q = P[iu[0]] * P[iu[1]]
    pmf = np.zeros((len(iu[0]), M.shape[1] + 1))
    pmf[:, 0] = 1
    for e in range(M.shape[1]):
        q = Q[:, e][:, None]
        pmf[:, 1:] = pmf[:, 1:] * (1 - q) + pmf[:, :-1] * q
        pmf[:, 0] *= 1 - q[:, 0]
    tail = np.cumsum(pmf[:, ::-1], axis=1)[:, ::-1]
    below = tail[:, 1:] < d["alpha"]
    first = below.argmax(axis=1)
    exp = np.where(below.any(axis=1), tail[np.arange(len(first)), first + 1], 0).sum()
    assert d["hypotheses"] == len(iu[0])
    assert abs(d["expected_false_positives"] - exp) <= 1e-9 * exp, (d["expected_false_positives"], exp)
print("sdsm agrees on %d ties (largest difference %.2g)" % (len(d["ties_table"]), worst))
PY

test_expect_success 'sdsm on ICCP: p-values of a node-by-node configuration model' '
    have_peers || exit 0
    innolink backbone "$ICCP/members.csv" --affiliation --backbone sdsm --all --format json \
        -o s.json 2>err && test_must_be_empty err &&
    /usr/bin/python3 sdsm.py "$ICCP/members.csv" s.json &&
    test "$(json_get s.json method)" = sdsm &&
    /usr/bin/python3 -c "import json; assert json.load(open(\"s.json\"))[\"bicm_degree_error\"] < 1e-8"
'

test_expect_success 'Holm and Bonferroni adjusted p-values equal statsmodels multipletests' '
    /usr/bin/python3 -c "import statsmodels" 2>/dev/null || { echo "# skipped: no statsmodels"; exit 0; }
    plain_suite || CORRECTIONS=holm
    for c in $CORRECTIONS; do
        innolink backbone "$ICCP/members.csv" --affiliation --backbone sdsm \
            --backbone-correction $c --all --format json -o $c.json || exit 1
        plain_suite || continue
        /usr/bin/python3 -c "import json, sys
from statsmodels.stats.multitest import multipletests
d = json.load(open(sys.argv[1] + \".json\"))
rows = d[\"ties_table\"]
# the family: every pair of the 177 actors; pairs without a shared event have p = 1
assert d[\"hypotheses\"] == 177 * 176 / 2
p = [r[\"p_value\"] for r in rows] + [1.0] * int(d[\"hypotheses\"] - len(rows))
adj = multipletests(p, method=sys.argv[1])[1]
assert all(abs(a - r[\"p_adjusted\"]) <= 1e-12 * max(a, 1e-300) + 1e-300 for a, r in zip(adj, rows))
assert sum(r[\"kept\"] for r in rows) == sum(a < 0.05 for a in adj) == d[\"ties_kept\"]
assert d[\"correction\"] == sys.argv[1] and d[\"expected_false_positives\"] is None
print(sys.argv[1], d[\"ties_kept\"], \"ties kept\")" $c || exit 1
    done &&
    { thorough || exit 0; } &&
    innolink summary "$ICCP/members.csv" --affiliation --backbone sdsm --backbone-correction holm \
        --format json -o h.json &&
    test "$(json_get h.json edges)" = "$(json_get holm.json ties_kept)" &&
    test "$(json_get h.json input.backbone.correction)" = holm
'

test_expect_success 'sdsm on a generated table with one event of every actor and a cap' '
    have_peers || exit 0
    /usr/bin/python3 -c "import random
rng = random.Random(11)
print(\"actor,event\")
for a in range(60):
    print(\"a%02d,all\" % a)                    # every actor: its probabilities are 1
for e in range(40):
    for a in rng.sample(range(60), min(59, int(2 + rng.paretovariate(1.2)))):
        print(\"a%02d,e%02d\" % (a, e))" >g.csv &&
    innolink backbone g.csv --affiliation --backbone sdsm --alpha 0.01 --all --format json \
        -o g.json &&
    if plain_suite; then /usr/bin/python3 sdsm.py g.csv g.json || exit 1; fi &&
    { thorough || exit 0; } &&
    innolink backbone g.csv --affiliation --backbone sdsm --max-event-size 20 --all \
        --format json -o gc.json &&
    if plain_suite; then /usr/bin/python3 sdsm.py g.csv gc.json 20 || exit 1; fi
'

test_expect_success 'projection cap: drop and scale against networkx on the filtered table' '
    have_peers && thorough || exit 0
    innolink project "$ICCP/members.csv" --max-event-size 12 -o drop.csv &&
    innolink project "$ICCP/members.csv" --max-event-size 12 --large-events scale -o scale.csv &&
    innolink project "$ICCP/members.csv" --max-event-size 12 --projection newman -o newman.csv &&
    /usr/bin/python3 -c "import csv
from collections import Counter
import networkx as nx
from networkx.algorithms import bipartite as bp
rows = list(csv.DictReader(open(\"$ICCP/members.csv\")))
size = Counter(r[\"event\"] for r in rows)
def read(f):
    return {frozenset((r[\"source\"], r[\"target\"])): float(r[\"weight\"]) for r in csv.DictReader(open(f))}
def graph(rs):
    B = nx.Graph()
    B.add_nodes_from({r[\"actor\"] for r in rs}, bipartite=0)
    B.add_edges_from((r[\"actor\"], \"e:\" + r[\"event\"], {\"weight\": float(r[\"weight\"])}) for r in rs)
    return B, {r[\"actor\"] for r in rs}
small = [r for r in rows if size[r[\"event\"]] <= 12]
B, A = graph(small)
want = bp.generic_weighted_projected_graph(B, A, lambda G, u, v: sum(min(G[u][e][\"weight\"], G[v][e][\"weight\"]) for e in set(G[u]) & set(G[v])))
assert read(\"drop.csv\") == {frozenset(e): d[\"weight\"] for *e, d in want.edges(data=True)}
want = bp.collaboration_weighted_projected_graph(B, A)
got = read(\"newman.csv\")
assert got.keys() == {frozenset(e) for e in want.edges()}
assert all(abs(got[frozenset((u, v))] - d[\"weight\"]) < 1e-12 for u, v, d in want.edges(data=True))
B, A = graph(rows)
def scaled(G, u, v):
    return sum(min(G[u][e][\"weight\"], G[v][e][\"weight\"]) * (1 if size[e[2:]] <= 12 else 11 / (size[e[2:]] - 1)) for e in set(G[u]) & set(G[v]))
want = bp.generic_weighted_projected_graph(B, A, scaled)
got = read(\"scale.csv\")
assert got.keys() == {frozenset(e) for e in want.edges()}
assert all(abs(got[frozenset((u, v))] - d[\"weight\"]) < 1e-12 for u, v, d in want.edges(data=True))
print(len(read(\"drop.csv\")), \"ties without events above 12 members\")"
'

test_expect_success 'events filtered through the events table before projecting' '
    have_peers || exit 0
    innolink summary "$ICCP/members.csv" --affiliation --projection newman \
        --events "$ICCP/events.csv" --event-where kind=project --format json -o s.json &&
    /usr/bin/python3 -c "import csv, json
import networkx as nx
from networkx.algorithms import bipartite as bp
ev = {r[\"event\"] for r in csv.DictReader(open(\"$ICCP/events.csv\")) if r[\"kind\"] == \"project\"}
rows = [r for r in csv.DictReader(open(\"$ICCP/members.csv\")) if r[\"event\"] in ev]
B = nx.Graph()
B.add_edges_from((r[\"actor\"], \"e:\" + r[\"event\"]) for r in rows)
G = bp.collaboration_weighted_projected_graph(B, {r[\"actor\"] for r in rows})
d = json.load(open(\"s.json\"))
assert d[\"edges\"] == G.number_of_edges(), (d[\"edges\"], G.number_of_edges())
assert abs(d[\"total_weight\"] - G.size(weight=\"weight\")) < 1e-9
assert d[\"input\"][\"events\"] == len(ev) == 39"
'

test_expect_success 'usage errors name what is missing' '
    test_expect_code 2 innolink summary kw.csv --backbone sdsm 2>err &&
    grep "it needs --affiliation" err &&
    test_expect_code 2 innolink summary kw.csv --alpha 0.1 2>err &&
    grep "give the method" err &&
    test_expect_code 2 innolink summary kw.csv --backbone-correction holm 2>err &&
    { thorough || exit 0; } &&
    test_expect_code 2 innolink summary kw.csv --backbone disparity --alpha 0 2>err &&
    test_expect_code 2 innolink summary kw.csv --backbone disparity --alpha 1.5 2>err &&
    test_expect_code 2 innolink backbone kw.csv 2>err &&
    grep "backbone needs --backbone" err &&
    test_expect_code 2 innolink project "$ICCP/members.csv" --max-event-size 10 \
        --large-events scale --projection newman 2>err &&
    grep "use it with --projection count" err &&
    test_expect_code 2 innolink panel "$GRAPHS/programme-panel/edges.csv" --time year \
        --backbone disparity 2>err &&
    grep "not applied to a panel" err &&
    test_expect_code 2 innolink compare "$ICCP/members.csv" --affiliation --period event \
        --max-event-size 10 2>err &&
    grep "max-event-size shapes one loaded graph" err
'

test_expect_success '--backbone reaches compare snapshots and run specs' '
    have_peers || exit 0
    innolink compare kw.csv kw.csv --backbone disparity --alpha 0.3 --format json \
        -o c.json 2>err &&
    test "$(json_get c.json input.backbone.method)" = disparity &&
    { thorough || exit 0; } &&
    cat >spec.json <<JSON &&
{ "input": { "edges": "kw.csv", "backbone": "disparity", "alpha": 0.3 },
  "analyses": [ { "command": "summary", "format": "json", "output": "r.json" } ] }
JSON
    innolink run spec.json &&
    innolink backbone kw.csv --backbone disparity --alpha 0.3 --format json -o b3.json &&
    test "$(json_get r.json edges)" = "$(json_get b3.json ties_kept)" &&
    test "$(json_get r.json input.backbone.alpha)" = 0.3
'

test_done
