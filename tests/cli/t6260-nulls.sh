#!/bin/sh
# Null-model tests (docs/metrics-inference.md) against independent peers:
# R's sna 2.7 (cug.test with cmode="edges" for G(n, m); qaptest with gcor
# for QAP), networkx's double_edge_swap ensembles for degree-preserving
# rewiring, and hand-made properties of the command line (the same bytes
# with one and two workers; the brokerage z-scores no longer rank by
# degree).
#
# Monte Carlo bound. Two independent ensembles estimate the same p with
# N1 and N2 samples; innolink adds 1 to count and samples, sna does not.
# Their difference must stay within
#     4 sqrt(p (1 - p) (1/N1 + 1/N2)) + 1/(N1 + 1) + 0.002
# with p the mean of the two estimates (four standard errors: a false
# alarm about once in 15000 comparisons). Means are compared within four
# standard errors of the difference, sd sqrt(1/N1 + 1/N2).
. "$(dirname "$0")/lib.sh"

K="$GRAPHS/karate"
D="$GRAPHS/daedeok-pangyo"
# Full ensembles in the plain suite, small ones under the sanitizers.
# The peers (R, networkx) check the numbers in the plain suite; the
# sanitizer suites run innolink's side of each check on small ensembles.
case "${INNOLINK_SUITE:-plain}" in
plain) N=1000; NX=100; PEERS=1 ;;
*) N=100; NX=0; PEERS=0 ;;
esac

have_r() {
    test "$PEERS" = 1 && command -v Rscript >/dev/null 2>&1 && Rscript -e 'suppressMessages(library(sna))' >/dev/null 2>&1
}
have_nx() {
    test "$PEERS" = 1 && test -x /usr/bin/python3 && /usr/bin/python3 -c "import networkx" 2>/dev/null
}

cat >bound.py <<'PY'
import math
def same_p(what, ours, n1, theirs, n2):
    p = (ours + theirs) / 2
    b = 4 * math.sqrt(max(p * (1 - p), 0) * (1 / n1 + 1 / n2)) + 1 / (n1 + 1) + 0.002
    assert abs(ours - theirs) <= b, (what, ours, theirs, b)
    print("%s: innolink %.4f, peer %.4f, bound %.4f" % (what, ours, theirs, b))
def same_mean(what, ours, sd, n1, theirs, n2):
    b = 4 * sd * math.sqrt(1 / n1 + 1 / n2) + 1e-9
    assert abs(ours - theirs) <= b, (what, ours, theirs, b)
    print("%s: innolink %.5f, peer %.5f, bound %.5f" % (what, ours, theirs, b))
PY

# A seeded graph with middling p-values: a ring lattice of 40 nodes (each
# tied to its 2 nearest on each side) with a third of the ties moved at
# random, and two groups; and a second tie table on the same nodes that
# shares about half of the first's ties (for QAP).
/usr/bin/python3 - <<'PY'
import random
r = random.Random(7)
n = 40
ties = set()
for i in range(n):
    for d in (1, 2):
        ties.add(tuple(sorted((i, (i + d) % n))))
ties = sorted(ties)
out = []
for (u, v) in ties:
    if r.random() < 1 / 3:
        while True:
            a, b = r.sample(range(n), 2)
            t = tuple(sorted((a, b)))
            if t not in ties and t not in out:
                break
        out.append(t)
    else:
        out.append((u, v))
with open("g.csv", "w") as f:
    f.write("source,target,weight\n")
    for (u, v) in out:
        f.write("n%02d,n%02d,%d\n" % (u, v, r.randint(1, 3)))
h = [t for t in out if r.random() < 0.5]
while len(h) < len(out):
    a, b = r.sample(range(n), 2)
    t = tuple(sorted((a, b)))
    if t not in out and t not in h:
        h.append(t)
with open("h.csv", "w") as f:
    f.write("source,target,weight\n")
    for (u, v) in h:
        f.write("n%02d,n%02d,%d\n" % (u, v, r.randint(1, 3)))
with open("gn.csv", "w") as f:
    f.write("id,grp\n")
    for i in range(n):
        f.write("n%02d,%s\n" % (i, "A" if i < 20 or i % 7 == 0 else "B"))
PY

test_expect_success 'G(n, m): centralization and transitivity p-values agree with sna::cug.test' '
    have_r || { innolink nulls g.csv --stats shape --null gnm --samples $N -o /dev/null; exit; }
    innolink nulls "$K/edges.csv" --stats shape --null gnm --samples $N --format json \
        -o ours1.json &&
    innolink nulls g.csv --stats shape --null gnm --samples $N --format json -o ours2.json &&
    cat >cug.R <<EOF &&
suppressMessages(library(sna))
for (f in c("$K/edges.csv", "g.csv")) {
    e <- read.csv(f, colClasses = "character")
    ids <- sort(unique(c(e\$source, e\$target)))
    A <- matrix(0, length(ids), length(ids), dimnames = list(ids, ids))
    for (i in seq_len(nrow(e))) { A[e\$source[i], e\$target[i]] <- 1; A[e\$target[i], e\$source[i]] <- 1 }
    set.seed(11)
    r <- cug.test(A, centralization, mode = "graph", cmode = "edges", reps = $N,
                  FUN.args = list(FUN = degree, mode = "graph"))
    cat(sprintf("%.15g", c(r\$obs.stat, r\$pgteobs, r\$plteobs, mean(r\$rep.stat))), "\n")
    r <- cug.test(A, gtrans, mode = "graph", cmode = "edges", reps = $N, FUN.args = list(mode = "graph"))
    cat(sprintf("%.15g", c(r\$obs.stat, r\$pgteobs, r\$plteobs, mean(r\$rep.stat, na.rm = TRUE))), "\n")
}
EOF
    Rscript cug.R >sna.txt &&
    /usr/bin/python3 - sna.txt $N <<PY
import json, sys
from bound import same_p, same_mean
sna = [list(map(float, l.split())) for l in open(sys.argv[1])]
N = int(sys.argv[2])
for g, ours in enumerate(("ours1.json", "ours2.json")):
    t = {(r["statistic"], r["scope"]): r for r in json.load(open(ours))["tests"]}
    for key, s in ((("degree_centralization", "network"), sna[2 * g]),
                   (("transitivity", "network"), sna[2 * g + 1])):
        r = t[key]
        assert r["null"] == "gnm" and r["samples"] == N, r
        assert abs(r["observed"] - s[0]) < 1e-9, (key, r["observed"], s[0])
        same_p(key[0] + " p_greater", r["p_greater"], N, s[1], N)
        same_p(key[0] + " p_less", r["p_less"], N, s[2], N)
        same_mean(key[0] + " null mean", r["null_mean"], r["null_sd"], N, s[3], N)
PY
'

test_expect_success 'G(n, m): the E-I of fixed groups agrees with sna::cug.test' '
    have_r || { innolink nulls g.csv --nodes gn.csv --by grp --stats coupling --null gnm \
                    --samples $N -o /dev/null; exit; }
    innolink nulls g.csv --nodes gn.csv --by grp --stats coupling --null gnm --samples $N \
        --format json -o ours.json &&
    cat >cug.R <<EOF &&
suppressMessages(library(sna))
e <- read.csv("g.csv", colClasses = "character")
nd <- read.csv("gn.csv", colClasses = "character")
ids <- nd\$id
A <- matrix(0, length(ids), length(ids), dimnames = list(ids, ids))
for (i in seq_len(nrow(e))) { A[e\$source[i], e\$target[i]] <- 1; A[e\$target[i], e\$source[i]] <- 1 }
grp <- nd\$grp
ei <- function(g) { g <- as.sociomatrix.sna(g); s <- outer(grp, grp, "=="); E <- sum(g[upper.tri(g) & !s]); I <- sum(g[upper.tri(g) & s]); (E - I) / (E + I) }
set.seed(5)
r <- cug.test(A, ei, mode = "graph", cmode = "edges", reps = $N)
cat(sprintf("%.15g", c(r\$obs.stat, r\$pgteobs, r\$plteobs, mean(r\$rep.stat))), "\n")
EOF
    Rscript cug.R >sna.txt &&
    /usr/bin/python3 - ours.json sna.txt $N <<PY
import json, sys
from bound import same_p, same_mean
t = {(r["statistic"], r["scope"]): r for r in json.load(open(sys.argv[1]))["tests"]}
s = list(map(float, open(sys.argv[2]).read().split()))
N = int(sys.argv[3])
r = t["ei_index", "network"]
assert abs(r["observed"] - s[0]) < 1e-9, (r["observed"], s[0])
same_p("E-I p_greater", r["p_greater"], N, s[1], N)
same_p("E-I p_less", r["p_less"], N, s[2], N)
same_mean("E-I null mean", r["null_mean"], r["null_sd"], N, s[3], N)
PY
'

test_expect_success 'QAP: the correlation of two tie tables agrees with sna::gcor and qaptest' '
    have_r || { innolink nulls g.csv --against h.csv --nodes gn.csv --directed --stats shape \
                    --samples $N -o /dev/null; exit; }
    innolink nulls g.csv --against h.csv --nodes gn.csv --stats shape --samples $N \
        --format json -o ours1.json &&
    innolink nulls g.csv --against h.csv --nodes gn.csv --directed --stats shape \
        --samples $N --format json -o ours2.json &&
    cat >qap.R <<EOF &&
suppressMessages(library(sna))
nd <- read.csv("gn.csv", colClasses = "character")
ids <- nd\$id
mat <- function(f, valued, directed) {
    e <- read.csv(f, colClasses = c("character", "character", "numeric"))
    A <- matrix(0, length(ids), length(ids), dimnames = list(ids, ids))
    for (i in seq_len(nrow(e))) {
        w <- if (valued) e\$weight[i] else 1
        A[e\$source[i], e\$target[i]] <- w
        if (!directed) A[e\$target[i], e\$source[i]] <- w
    }
    A
}
for (directed in c(FALSE, TRUE)) for (valued in c(TRUE, FALSE)) {
    d <- array(0, c(2, length(ids), length(ids)))
    d[1, , ] <- mat("g.csv", valued, directed); d[2, , ] <- mat("h.csv", valued, directed)
    set.seed(3)
    q <- qaptest(d, gcor, g1 = 1, g2 = 2, reps = $N, mode = if (directed) "digraph" else "graph")
    cat(sprintf("%.15g", c(q\$testval, q\$pgreq, q\$pleeq)), "\n")
}
EOF
    Rscript qap.R >sna.txt &&
    /usr/bin/python3 - sna.txt $N <<PY
import json, sys
from bound import same_p
sna = [list(map(float, l.split())) for l in open(sys.argv[1])]
N = int(sys.argv[2])
for d, ours in enumerate(("ours1.json", "ours2.json")):
    t = {r["statistic"]: r for r in json.load(open(ours))["tests"] if r["statistic"].startswith("correlation")}
    for key, s in (("correlation_weighted", sna[2 * d]), ("correlation", sna[2 * d + 1])):
        r = t[key]
        assert r["null"] == "qap", r
        assert abs(r["observed"] - s[0]) < 1e-9, (key, r["observed"], s[0])
        same_p(key + " p_greater", r["p_greater"], N, s[1], N)
        same_p(key + " p_less", r["p_less"], N, s[2], N)
PY
'

test_expect_success 'degree-preserving null: E-I and brokerage means agree with networkx double_edge_swap' '
    have_nx || { innolink nulls "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster \
                    --stats brokerage --samples $N -o /dev/null; exit; }
    innolink nulls "$K/edges.csv" --nodes "$K/nodes.csv" --by faction --stats coupling \
        --null degree --samples $N --format json -o k.json &&
    innolink nulls "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster --stats brokerage \
        --null degree --null-weights permute --samples $N --format json -o d.json &&
    /usr/bin/python3 - "$K" "$D" k.json d.json $N $NX <<PY
import csv, json, sys, networkx as nx
from bound import same_mean
K, D, kj, dj, N, NX = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
def load(d, attr):
    G = nx.Graph()
    grp = {r["id"]: r[attr] for r in csv.DictReader(open(d + "/nodes.csv", encoding="utf-8"))}
    G.add_nodes_from(grp)
    G.add_edges_from((r["source"], r["target"]) for r in csv.DictReader(open(d + "/edges.csv", encoding="utf-8")))
    return G, grp
def ensemble(G, f):
    vals = []
    for seed in range(NX):
        H = G.copy()
        nx.double_edge_swap(H, nswap=10 * H.number_of_edges(), max_tries=1000 * H.number_of_edges(), seed=seed)
        vals.append(f(H))
    return vals
# karate: the whole E-I and the inside density of each faction
G, grp = load(K, "faction")
t = {(r["statistic"], r["scope"]): r for r in json.load(open(kj))["tests"]}
def ei(H):
    e = sum(1 for u, v in H.edges() if grp[u] != grp[v]); return (2 * e - H.number_of_edges()) / H.number_of_edges()
vals = ensemble(G, ei)
r = t["ei_index", "network"]
same_mean("karate E-I", r["null_mean"], r["null_sd"], N, sum(vals) / NX, NX)
# daedeok-pangyo: total brokerage of the five largest brokers; undirected,
# every ordered pair of neighbours of a node that are not tied: k(k-1) - 2 t
G, grp = load(D, "cluster")
t = {(r["statistic"], r["scope"]): r for r in json.load(open(dj))["tests"]}
top = sorted(G, key=lambda v: (-G.degree(v), v))[:5]
vals = ensemble(G, lambda H: [H.degree(v) * (H.degree(v) - 1) - 2 * nx.triangles(H, v) for v in top])
for i, v in enumerate(top):
    r = t["brokerage_total", v]
    same_mean(v + " total brokerage", r["null_mean"], r["null_sd"], N, sum(x[i] for x in vals) / NX, NX)
PY
'

test_expect_success 'brokerage: sna z-scores rank by degree, the degree-preserving ones do not' '
    test -x /usr/bin/python3 && /usr/bin/python3 -c "import numpy" 2>/dev/null || {
        echo "# skipped: python3-numpy not installed"; exit 0; }
    innolink brokerage "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster --samples $N \
        --format json -o b.json &&
    /usr/bin/python3 - "$D" b.json <<PY
import csv, json, sys, numpy as np
deg = {}
for r in csv.DictReader(open(sys.argv[1] + "/edges.csv", encoding="utf-8")):
    for v in (r["source"], r["target"]):
        deg[v] = deg.get(v, 0) + 1
rows = json.load(open(sys.argv[2]))["nodes_table"]
ok = [r for r in rows if r["z_total"] is not None and r["null_z_total"] is not None]
k2 = np.array([deg.get(r["node"], 0) ** 2 for r in ok], float)
sna = np.corrcoef(k2, [r["z_total"] for r in ok])[0, 1]
null = np.corrcoef(k2, [r["null_z_total"] for r in ok])[0, 1]
print("corr(degree^2, z_total): sna %.3f, degree-preserving %.3f" % (sna, null))
assert sna > 0.99 and abs(null) < 0.3, (sna, null)
PY
'

test_expect_success 'the same seed gives the same bytes with one worker and with two' '
    innolink nulls "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster \
        --stats coupling,mixing,brokerage --samples 64 --jobs 1 --format json -o j1.json &&
    innolink nulls "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster \
        --stats coupling,mixing,brokerage --samples 64 --jobs 2 --format json -o j2.json &&
    cmp j1.json j2.json &&
    innolink nulls "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster --null labels \
        --samples 64 --jobs 2 --seed 9 --format csv -o l2.csv &&
    innolink nulls "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster --null labels \
        --samples 64 --jobs 1 --seed 9 --format csv -o l1.csv &&
    cmp l1.csv l2.csv &&
    head -n 1 l1.csv | grep -q "^statistic,scope,observed,null_mean,null_sd,z,p_greater,p_less,p_two_sided,percentile,samples,null,seed,swaps_per_tie,provenance$"
'

test_expect_success 'usage and data errors' '
    test_expect_code 2 innolink nulls "$K/edges.csv" --stats coupling 2>err &&
    grep "need --by ATTR" err &&
    test_expect_code 2 innolink nulls "$K/edges.csv" --stats nope 2>err &&
    grep "expected families" err &&
    test_expect_code 2 innolink nulls "$K/edges.csv" --null labels 2>err &&
    grep "needs --by" err &&
    test_expect_code 2 innolink nulls "$K/edges.csv" --null qap --swaps 4 2>err &&
    grep "apply to --null degree only" err &&
    printf "source,target\nx,y\n" >other.csv &&
    test_expect_code 1 innolink nulls "$K/edges.csv" --against other.csv 2>err &&
    grep "node .[xy]. is not in" err
'

test_done
