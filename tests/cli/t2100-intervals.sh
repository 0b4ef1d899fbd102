#!/bin/sh
# Bootstrap confidence intervals (issue 12, item 4): --ci LEVEL on summary,
# coupling, mixing, centrality and communities. The interval against an
# independent numpy implementation of the same node bootstrap (its own
# random numbers: distributions compared within Monte Carlo error),
# coverage on simulated networks whose population values are known, the
# estimate equal to the command's own value, 1 and 2 workers, every format,
# and bad input.
. "$(dirname "$0")/lib.sh"

D="$GRAPHS/daedeok-pangyo"
SUITE=${INNOLINK_SUITE:-plain}
have_numpy() { /usr/bin/python3 -c "import numpy" 2>/dev/null; }

# numpy's node bootstrap, written from the definition (Snijders & Borgatti
# 1999; docs/metrics-uncertainty.md), not from innolink's code: draw n
# nodes with replacement, keep the ties among them, give each pair of
# copies of one node the value of a random pair of distinct nodes. Prints
# for each statistic the estimate and the replicates' mean, sd and 2.5%
# and 97.5% quantiles (numpy's linear rule).
cat >boot.py <<'EOF'
import csv, json, sys
import numpy as np
edges, nodes, B = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = list(csv.DictReader(open(nodes, encoding="utf-8")))
ids = [r["id"] for r in rows]; ix = {v: i for i, v in enumerate(ids)}; n = len(ids)
W = np.zeros((n, n))
for r in csv.DictReader(open(edges, encoding="utf-8")):
    a, b = ix[r["source"]], ix[r["target"]]
    W[a, b] += float(r["weight"]); W[b, a] = W[a, b]
def codes(col):
    vals = sorted(set(r[col] for r in rows)); return np.array([vals.index(r[col]) for r in rows]), len(vals)
cl, kc = codes("cluster"); se, ks = codes("sector")
iu = np.triu_indices(n, 1); pairs = n * (n - 1) / 2
def assort(M, g, k):
    e = np.zeros((k, k))
    np.add.at(e, (g[iu[0]], g[iu[1]]), M[iu]); np.add.at(e, (g[iu[1]], g[iu[0]]), M[iu])
    e /= e.sum(); a = e.sum(1)
    return (np.trace(e) - (a * a).sum()) / (1 - (a * a).sum())
def stats(M, gc, gs):
    T = (M > 0).astype(float); t, w = T[iu], M[iu]
    inside = (gc[:, None] == gc[None, :])[iu]
    E, I, Ew, Iw = t[~inside].sum(), t[inside].sum(), w[~inside].sum(), w[inside].sum()
    deg = T.sum(1)
    W2 = M.sum(); s = M.sum(1)
    Q = sum(M[np.ix_(gc == c, gc == c)].sum() / W2 - (s[gc == c].sum() / W2) ** 2 for c in range(kc))
    return {"density": t.sum() / pairs, "weighted_density": w.sum() / pairs,
            "ei_index": (E - I) / (E + I), "ei_index_weighted": (Ew - Iw) / (Ew + Iw),
            "assortativity": assort(T, gs, ks), "assortativity_weighted": assort(M, gs, ks),
            "centralization.degree": (n * deg.max() - deg.sum()) / ((n - 1) * (n - 2)),
            "modularity": Q}
rng = np.random.default_rng(20261203)
vals = W[iu]
reps = []
for b in range(B):
    d = rng.integers(0, n, n)
    M = W[np.ix_(d, d)]
    copies = np.triu(d[:, None] == d[None, :], 1)
    c = int(copies.sum())
    if c:
        v = vals[rng.integers(0, len(vals), c)]      # a random pair of distinct nodes
        M[copies] = v; M.T[copies] = v
    np.fill_diagonal(M, 0)
    reps.append(stats(M, cl[d], se[d]))
est = stats(W, cl, se)
out = {}
for k in est:
    x = np.array([r[k] for r in reps])
    out[k] = {"estimate": est[k], "mean": x.mean(), "sd": x.std(ddof=1),
              "lower": np.quantile(x, 0.025), "upper": np.quantile(x, 0.975)}
json.dump(out, open("numpy.json", "w"))
EOF

# The peer comparison is the same in every suite: under the sanitizers and
# valgrind the commands run with a few replicates (for their memory checks)
# and the comparison is skipped.
B=1000
[ "$SUITE" = plain ] || B=10
run_ours() {
    if [ "$SUITE" = plain ]; then   # the other suites run these two in the next tests
        innolink summary "$D/edges.csv" --nodes "$D/nodes.csv" --ci 0.95 --replicates $B \
            --format json >sum.json &&
        innolink coupling "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster --permutations 0 \
            --no-cuts --ci 0.95 --replicates $B --format json >cou.json || return 1
    fi
    innolink mixing "$D/edges.csv" --nodes "$D/nodes.csv" --by sector --ci 0.95 \
        --replicates $B --format json >mix.json &&
    innolink centrality "$D/edges.csv" --nodes "$D/nodes.csv" --measures degree --ci 0.95 \
        --replicates $B --format json >cen.json &&
    innolink communities "$D/edges.csv" --nodes "$D/nodes.csv" --partition cluster \
        --composition none --ci 0.95 --replicates $B --format json >com.json
}

# Monte Carlo bounds for two independent bootstraps of B replicates each,
# s the larger standard error: means 4 s sqrt(2/B); standard errors
# 5 s sqrt(1/B); the 2.5% and 97.5% quantiles 4 sqrt(2) s sqrt(q(1-q)/B) /
# phi(1.96) = 15.1 s / sqrt(B) (normal approximation of the quantile's
# sampling error).
test_expect_success 'daedeok-pangyo: intervals equal an independent numpy bootstrap (Monte Carlo bounds)' '
    run_ours || exit 1
    [ "$SUITE" = plain ] || { echo "# comparison skipped under $SUITE"; exit 0; }
    have_numpy || { echo "# skipped: python3-numpy not installed"; exit 0; }
    /usr/bin/python3 boot.py "$D/edges.csv" "$D/nodes.csv" $B &&
    /usr/bin/python3 - $B <<PY
import json, math, sys
B = int(sys.argv[1]); peer = json.load(open("numpy.json")); bad = []
rows = {}
for f in ("sum", "cou", "mix", "cen", "com"):
    for r in json.load(open(f + ".json"))["intervals"]: rows[r["statistic"]] = r
for k, p in peer.items():
    r = rows[k]; s = max(r["boot_se"], p["sd"])
    checks = (("estimate", r["estimate"], p["estimate"], 1e-12),
              ("mean", r["boot_mean"], p["mean"], 4 * s * math.sqrt(2 / B)),
              ("se", r["boot_se"], p["sd"], 5 * s / math.sqrt(B)),
              ("lower", r["ci_lower"], p["lower"], 15.1 * s / math.sqrt(B)),
              ("upper", r["ci_upper"], p["upper"], 15.1 * s / math.sqrt(B)))
    for what, a, b, tol in checks:
        print("%-26s %-8s innolink %.6f numpy %.6f tol %.6f" % (k, what, a, b, tol))
        if abs(a - b) > tol: bad.append((k, what, a, b, tol))
print(bad or "all within the bounds"); sys.exit(1 if bad else 0)
PY
'

test_expect_success 'the estimate is the command own value; the interval sits next to it' '
    /usr/bin/python3 - <<PY
import json
import os
pairs = (("sum", None, ("density", "weighted_density")), ("cou", None, ("ei_index", "ei_index_weighted")),
         ("mix", None, ("assortativity", "assortativity_weighted")),
         ("cen", "centralization", ("degree",)), ("com", None, ("modularity",)))
for f, obj, keys in pairs:
    if not os.path.exists(f + ".json"): continue     # not run in this suite
    s = json.load(open(f + ".json")); o = s[obj] if obj else s
    names = list(o)
    for k in keys:
        i = names.index(k)
        assert names[i + 1:i + 3] == [k + "_ci_lower", k + "_ci_upper"], (f, names[i:i + 3])
        row = [r for r in s["intervals"] if r["statistic"].split(".")[-1] == k][0]
        assert row["estimate"] == o[k] and o[k + "_ci_lower"] == row["ci_lower"], (f, k)
        assert o[k + "_ci_lower"] <= o[k + "_ci_upper"], (f, k)
    assert s["parameters"]["bootstrap"]["method"].startswith("node bootstrap (Snijders & Borgatti 1999)")
print("ok")
PY
'

test_expect_success 'every format: text and key,value csv next to the estimate, csv table, json' '
    innolink summary "$D/edges.csv" --ci 0.9 --replicates 50 >t.txt &&
    grep -A2 "^density " t.txt | sed -n 2,3p | cut -d" " -f1 >k &&
    printf "density_ci_lower\ndensity_ci_upper\n" >want && test_cmp want k &&
    grep -q "method .*node bootstrap" t.txt &&
    innolink summary "$D/edges.csv" --ci 0.9 --replicates 50 --format csv >t.csv &&
    grep -A2 "^density," t.csv | cut -d, -f1 >k &&
    printf "density\ndensity_ci_lower\ndensity_ci_upper\n" >want && test_cmp want k &&
    innolink coupling "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster --no-cuts \
        --ci 0.9 --replicates 50 --format csv --table intervals >i.csv &&
    head -1 i.csv >k && echo "statistic,estimate,ci_lower,ci_upper,level,boot_mean,boot_se,replicates_used,undefined,method,provenance" >want &&
    test_cmp want k && grep -q "^ei_index,.*,0.9,.*node bootstrap, percentile" i.csv
    # (the last column: the data are synthetic, and every CSV row says so)
'

test_expect_success '1 and 2 worker processes give the same bytes; the seed changes them' '
    cmds="summary|mixing --by sector|communities"
    [ "$SUITE" = plain ] || cmds="summary"
    IFS="|"; set -- $cmds; unset IFS
    for c in "$@"; do
        innolink $c "$D/edges.csv" --nodes "$D/nodes.csv" --ci 0.9 --replicates 40 --jobs 1 \
            --format json >one.json &&
        innolink $c "$D/edges.csv" --nodes "$D/nodes.csv" --ci 0.9 --replicates 40 --jobs 2 \
            --format json >two.json &&
        test_cmp one.json two.json || exit 1
    done &&
    { [ "$SUITE" = plain ] || exit 0; } &&
    innolink summary "$D/edges.csv" --ci 0.9 --replicates 40 --seed 1 --format json >a.json &&
    innolink summary "$D/edges.csv" --ci 0.9 --replicates 40 --seed 2 --format json >b.json &&
    ! test_cmp a.json b.json >/dev/null
'

test_expect_success 'bad input: --replicates without --ci, levels outside (0, 1)' '
    test_expect_code 2 innolink summary "$D/edges.csv" --replicates 10 2>err &&
    grep "give --ci too" err &&
    { [ "$SUITE" = plain ] || exit 0; } &&
    test_expect_code 2 innolink summary "$D/edges.csv" --ci 1 2>err &&
    grep "a level below 1" err &&
    test_expect_code 2 innolink summary "$D/edges.csv" --ci 0 2>err &&
    test_expect_code 2 innolink summary "$D/edges.csv" --ci 95 2>err &&
    test_expect_code 2 innolink mixing "$D/edges.csv" --nodes "$D/nodes.csv" --by sector \
        --ci 0.9 --replicates 1 2>err
'

# Coverage: networks drawn from a model whose population values are known
# (a latent-space model of firms: activity x ~ U(0, 1), groups with shares
# 0.5, 0.3, 0.2, tie probability 0.15 x_i x_j, times 4 inside a group;
# strengths 1 + Poisson(1), independent of the groups). Population values
# (the limits of the statistics as n grows): density 0.15 (1/4)(4 s + (1 -
# s)), s = sum of squared shares = 0.38; E-I and assortativity from the
# expected mixing matrix pi_g pi_h (4 on the diagonal), the same counted and
# weighted. The 90% intervals must cover them at least as often as 90%
# less three binomial standard errors. The node bootstrap is known to be
# conservative when ties depend little on node propensities: E-I and
# assortativity cover more than 90% (about 0.97 here).
test_expect_success 'coverage of 90% intervals on simulated networks with known population values' '
    have_numpy || { echo "# skipped: python3-numpy not installed"; exit 0; }
    S=60; R=200
    [ "$SUITE" = plain ] || { S=1; R=10; }
    /usr/bin/python3 - $S $R <<PY || exit 1
import json, sys
import numpy as np
S, R = int(sys.argv[1]), int(sys.argv[2])
rng = np.random.default_rng(42)
pi = np.array([0.5, 0.3, 0.2]); hom = 4.0; c = 0.15; n = 100
an = []
for s in range(S):
    g = rng.choice(3, n, p=pi); x = rng.uniform(0, 1, n)
    P = c * np.outer(x, x) * np.where(g[:, None] == g[None, :], hom, 1.0)
    A = np.triu(rng.uniform(size=(n, n)) < P, 1)
    with open("s%d-e.csv" % s, "w") as f:
        f.write("source,target,weight\n")
        for i, j in zip(*np.nonzero(A)): f.write("v%d,v%d,%d\n" % (i, j, 1 + rng.poisson(1)))
    with open("s%d-n.csv" % s, "w") as f:
        f.write("id,group\n")
        for i in range(n): f.write("v%d,%s\n" % (i, "ABC"[g[i]]))
    inp = {"edges": "s%d-e.csv" % s, "nodes": "s%d-n.csv" % s}
    o = {"ci": 0.9, "replicates": R, "jobs": 1}
    an.append({"command": "summary", "input": inp, "format": "json", "output": "s%d-sum.json" % s, "options": o})
    an.append({"command": "coupling", "input": inp, "format": "json", "output": "s%d-cou.json" % s,
               "options": dict(o, by="group", permutations=0, **{"no-cuts": True})})
    an.append({"command": "mixing", "input": inp, "format": "json", "output": "s%d-mix.json" % s,
               "options": dict(o, by="group")})
json.dump({"analyses": an}, open("spec.json", "w"))
PY
    innolink run spec.json 2>err || { cat err; exit 1; }
    /usr/bin/python3 - $S "$SUITE" <<PY
import json, math, sys
import numpy as np
S, suite = int(sys.argv[1]), sys.argv[2]
pi = np.array([0.5, 0.3, 0.2]); hom = 4.0; c = 0.15
E = np.outer(pi, pi) * np.where(np.eye(3) > 0, hom, 1.0)
inside = np.trace(E); between = E.sum() - inside; e = E / E.sum(); a = e.sum(1)
pop = {"density": c * 0.25 * (hom * (pi ** 2).sum() + 1 - (pi ** 2).sum()),
       "ei_index": (between - inside) / (between + inside),
       "assortativity": (np.trace(e) - (a * a).sum()) / (1 - (a * a).sum())}
pop["ei_index_weighted"] = pop["ei_index"]; pop["assortativity_weighted"] = pop["assortativity"]
hits = {k: 0 for k in pop}
for s in range(S):
    for f in ("sum", "cou", "mix"):
        for r in json.load(open("s%d-%s.json" % (s, f)))["intervals"]:
            if r["statistic"] in pop and r["ci_lower"] <= pop[r["statistic"]] <= r["ci_upper"]:
                hits[r["statistic"]] += 1
low = 0.9 - 3 * math.sqrt(0.9 * 0.1 / S)
bad = []
for k in pop:
    print("%-24s population %.5f covered %d of %d (%.3f; at least %.3f)" % (k, pop[k], hits[k], S, hits[k] / S, low))
    if suite == "plain" and hits[k] / S < low: bad.append(k)
sys.exit(1 if bad else 0)
PY
'

test_done
