#!/bin/sh
# examples/*.out: every number the C examples print, recomputed here with
# an independent implementation (networkx, python-igraph, or plain Python
# counting from the CSV files) or compared with a published value.
# `make check-examples` proves the programs print exactly these files; this
# script proves the files are right. Each checker reads its .out line by
# line and fails on any line it does not recognise, so a number added to an
# example without a check here makes this test fail.
. "$(dirname "$0")/lib.sh"

EX="$TOP/examples"
K="$GRAPHS/karate"
F="$GRAPHS/florentine"

have_python() {
    test -x /usr/bin/python3 && /usr/bin/python3 -c "import $1" 2>/dev/null
}

# Shared by the checkers: the .out value must equal the reference to the
# printed precision (half a unit in the last printed digit).
cat >common.py <<'PY'
import csv, re
def near(what, printed, want):
    digits = len(printed.split(".")[1]) if "." in printed else 0
    if abs(float(printed) - want) > 0.5 * 10 ** -digits + 1e-12:
        raise SystemExit("%s: .out has %s, reference %.9f" % (what, printed, want))
def same(what, got, want):
    if got != want:
        raise SystemExit("%s: .out has %r, reference %r" % (what, got, want))
def lines(path):
    return open(path, encoding="utf-8").read().splitlines()
def match(pattern, line):
    m = re.fullmatch(pattern, line)
    if not m:
        raise SystemExit("unexpected line (no check for it): %r" % line)
    return m.groups()
def read_edges(path):
    return [(r["source"], r["target"]) for r in csv.DictReader(open(path, encoding="utf-8"))]
def read_nodes(path):
    return list(csv.DictReader(open(path, encoding="utf-8")))
PY

test_expect_success 'published values: karate optimum 0.4198, Medici betweenness 0.521978' '
    # Brandes, Delling, Gaertler, Goerke, Hoefer, Nikoloski & Wagner (2008),
    # "On modularity clustering", IEEE TKDE 20(2):172-188: the optimum
    # modularity of the (unweighted) karate club is 0.4198.
    q=$(sed -n "s/^optimal: .*modularity \([0-9.]*\)$/\1/p" "$EX/communities.out") &&
    near "$q" 0.4198 0.00005 &&
    # To 6 decimals: graphs/karate/README.md (python-igraph GLPK, networkx).
    near "$q" 0.419790 0 &&
    # graphs/florentine/README.md: Medici normalised betweenness 0.521978
    # (47.5 / 91), networkx 2.8.8 on Padgett marriage ties, Pucci omitted.
    b=$(sed -n "s/^Medici  *\([0-9.]*\) .*/\1/p" "$EX/centrality.out") &&
    near "$b" 0.521978 0 &&
    sed -n 3p "$EX/centrality.out" | grep "^Medici "
'

cat >check_communities.py <<'PY'
import sys, math, networkx as nx, igraph as ig
from common import near, same, lines, match, read_edges, read_nodes
out, edges_csv, nodes_csv = sys.argv[1:4]
nodes = read_nodes(nodes_csv); edges = read_edges(edges_csv)
assert "weight" not in open(edges_csv).readline(), "karate is unweighted here"
ids = [r["id"] for r in nodes]
G = nx.Graph(); G.add_nodes_from(ids); G.add_edges_from(edges)
L = lines(out)
# Leiden: the printed partition, scored by networkx.
n_comm, q = match(r"leiden \(seed 42, best of 10 runs\): (\d+) communities, modularity ([0-9.]+)", L[0])
comms = []
for i in range(int(n_comm)):
    num, size, members = match(r"  community (\d+) \((\d+) members\): ([0-9 ]+)", L[1 + i])
    same("community number", int(num), i + 1)
    comms.append(members.split())
    same("size of community %s" % num, int(size), len(comms[-1]))
same("communities by decreasing size", [len(c) for c in comms],
     sorted((len(c) for c in comms), reverse=True))
assert nx.community.is_partition(G, [set(c) for c in comms]), "not a partition of the 34 members"
near("leiden modularity", q, nx.community.modularity(G, [set(c) for c in comms], weight=None))
# The faction split (groups in byte order of the values).
factions = sorted(set(r["faction"] for r in nodes))
a, b, q = match(r"faction split \((.+) / (.+)\): modularity ([0-9.]+)", L[1 + len(comms)])
same("faction names", [a, b], factions)
split = [{r["id"] for r in nodes if r["faction"] == f} for f in factions]
near("faction modularity", q, nx.community.modularity(G, split, weight=None))
# The exact optimum: python-igraph (GLPK), on the same CSV graph.
k, q = match(r"optimal: (\d+) communities, modularity ([0-9.]+)", L[2 + len(comms)])
g = ig.Graph(n=len(ids), edges=[(ids.index(u), ids.index(v)) for u, v in edges])
opt = g.community_optimal_modularity()
same("optimal communities", int(k), len(opt))
near("optimal modularity", q, opt.modularity)
# NMI = 2 MI / (H1 + H2) and ARI (Hubert & Arabie 1985), from the
# contingency table of the printed Leiden partition and the faction column.
nmi, ari = match(r"leiden vs faction: NMI ([0-9.]+), ARI ([0-9.]+)", L[3 + len(comms)])
same("lines", len(L), 4 + len(comms))
x = {v: i for i, c in enumerate(comms) for v in c}
y = {r["id"]: r["faction"] for r in nodes}
n = len(ids)
tab = {}
for v in ids: tab[x[v], y[v]] = tab.get((x[v], y[v]), 0) + 1
rows = {}; cols = {}
for (i, j), c in tab.items(): rows[i] = rows.get(i, 0) + c; cols[j] = cols.get(j, 0) + c
H = lambda m: -sum(c / n * math.log(c / n) for c in m.values())
mi = sum(c / n * math.log(c * n / (rows[i] * cols[j])) for (i, j), c in tab.items())
near("NMI", nmi, 2 * mi / (H(rows) + H(cols)))
c2 = lambda c: c * (c - 1) / 2
sij = sum(c2(c) for c in tab.values()); si = sum(c2(c) for c in rows.values())
sj = sum(c2(c) for c in cols.values()); e = si * sj / c2(n)
near("ARI", ari, (sij - e) / ((si + sj) / 2 - e))
print("communities.out: every number checked")
PY

test_expect_success 'communities.out: modularity (networkx), optimum (python-igraph), NMI/ARI (plain Python)' '
    have_python networkx && have_python igraph ||
        { echo "# skipped: python3-networkx or python3-igraph not installed"; exit 0; }
    /usr/bin/python3 check_communities.py "$EX/communities.out" "$K/edges.csv" "$K/nodes.csv"
'

cat >check_centrality.py <<'PY'
import sys, networkx as nx, igraph as ig
from common import near, same, lines, match, read_edges, read_nodes
out, edges_csv, nodes_csv = sys.argv[1:4]
ids = [r["id"] for r in read_nodes(nodes_csv)]; edges = read_edges(edges_csv)
# No weight column: hop distance (IL_DIST_NONE in the example) is the only
# distance, so unweighted networkx is the reference.
assert "weight" not in open(edges_csv).readline(), "florentine is unweighted here"
G = nx.Graph(); G.add_nodes_from(ids); G.add_edges_from(edges)
n = G.number_of_nodes()
L = lines(out)
nn, m, dist = match(r"(\d+) families, (\d+) marriage ties; distance: (.*)", L[0])
same("families", int(nn), n); same("ties", int(m), G.number_of_edges())
same("distance", dist, "none (every tie has length 1)")
match(r"family +betweenness +degree +closeness +eigenvector", L[1])
btw = nx.betweenness_centrality(G)          # normalised: 2 / ((n-1)(n-2))
clo = nx.closeness_centrality(G)
g = ig.Graph(n=n, edges=[(ids.index(u), ids.index(v)) for u, v in edges])
eig = dict(zip(ids, g.eigenvector_centrality(scale=True)))
rank = sorted(ids, key=lambda v: (-btw[v], ids.index(v)))
for i in range(3):
    fam, b, d, c, e = match(r"(\S+) +([0-9.]+) +(\d+) +([0-9.]+) +([0-9.]+)", L[2 + i])
    same("family ranked %d by betweenness" % (i + 1), fam, rank[i])
    near(fam + " betweenness", b, btw[fam])
    same(fam + " degree", int(d), G.degree(fam))
    near(fam + " closeness", c, clo[fam])
    near(fam + " eigenvector", e, eig[fam])
# Freeman degree centralization, tmax (n-1)(n-2) (docs/metrics-centrality.md).
(dc,) = match(r"degree centralization ([0-9.]+)", L[5])
deg = [k for _, k in G.degree()]
near("degree centralization", dc, sum(max(deg) - k for k in deg) / ((n - 1) * (n - 2)))
same("lines", len(L), 6)
print("centrality.out: every number checked")
PY

test_expect_success 'centrality.out: betweenness, degree, closeness (networkx), eigenvector (python-igraph), centralization' '
    have_python networkx && have_python igraph ||
        { echo "# skipped: python3-networkx or python3-igraph not installed"; exit 0; }
    /usr/bin/python3 check_centrality.py "$EX/centrality.out" "$F/edges.csv" "$F/nodes.csv"
'

cat >check_coupling.py <<'PY'
import sys
from common import near, same, lines, match, read_edges, read_nodes
out, edges_csv, nodes_csv = sys.argv[1:4]
grp = {r["id"]: r["faction"] for r in read_nodes(nodes_csv)}
ties = {frozenset(e) for e in read_edges(edges_csv) if e[0] != e[1]}
assert "weight" not in open(edges_csv).readline(), "every tie has strength 1"
groups = sorted(set(grp.values())); n = len(grp)
size = {a: list(grp.values()).count(a) for a in groups}
block = {(a, b): 0 for a in groups for b in groups}
for t in ties:
    u, v = tuple(t); block[grp[u], grp[v]] += 1
    if grp[u] != grp[v]: block[grp[v], grp[u]] += 1
I = sum(block[a, a] for a in groups); E = len(ties) - I
pairs = lambda a, b: size[a] * (size[a] - 1) / 2 if a == b else size[a] * size[b]
L = lines(out)
nn, k, i_, e_ = match(r"(\d+) members, (\d+) factions, (\d+) ties inside, (\d+) between", L[0])
same("members", int(nn), n); same("factions", int(k), len(groups))
same("ties inside", int(i_), I); same("ties between", int(e_), E)
ei, exp = match(r"E-I index (-?[0-9.]+) \(under random mixing (-?[0-9.]+)\)", L[1])
near("E-I", ei, (E - I) / (E + I))
# Expected E-I when ties fall on random pairs: (between - inside pairs) / all.
inside = sum(pairs(a, a) for a in groups); allp = n * (n - 1) / 2
near("expected E-I", exp, (allp - 2 * inside) / allp)
match(r"", L[2]); match(r"block density", L[3])
# Fixed columns, as printed: names in 8 characters, then " %9s" per group.
cells = lambda line: [line[i:i + 10].strip() for i in range(8, len(line), 10)]
same("block header", (L[4][:8].strip(), cells(L[4])), ("", groups))
for r, a in enumerate(groups):
    same("block row", L[5 + r][:8].rstrip(), a)
    same("block row width", len(cells(L[5 + r])), len(groups))
    for b, cell in zip(groups, cells(L[5 + r])):
        near("density %s/%s" % (a, b), cell, block[a, b] / pairs(a, b))
row = 5 + len(groups)
match(r"", L[row]); match(r"faction +size +E-I +cohesion +null +p +coupling +ratio +reading",
                         L[row + 1])
# The readings are tested against 1000 degree-preserving samples (seed 42);
# networkx's double_edge_swap (10 swaps per tie, 300 samples, seeds 0..299)
# is the independent null here: its mean inside density must agree within
# 4 standard errors of the difference of the two ensembles, and it must
# reach the same decision at level 0.05.
null_line = match(r"null: degree, (\d+) samples, seed 42; level ([0-9.]+); isolated below ([0-9.]+) of the null's coupling",
                  L[row + 2 + len(groups)])
S, alpha, iso = int(null_line[0]), float(null_line[1]), float(null_line[2])
near("alpha", null_line[1], 0.05); near("isolated below", null_line[2], 0.25)
same("samples", S, 1000)
import networkx as nx, math
fac = grp
G = nx.Graph(); G.add_nodes_from(fac); G.add_edges_from(tuple(t) for t in ties)
NX = 300
null_in = {a: [] for a in groups}; null_share = {a: [] for a in groups}
for seed in range(NX):
    H = G.copy()
    nx.double_edge_swap(H, nswap=10 * H.number_of_edges(), max_tries=1000 * H.number_of_edges(), seed=seed)
    for a in groups:
        ins = sum(1 for u, v in H.edges() if fac[u] == a and fac[v] == a)
        outs = sum(1 for u, v in H.edges() if (fac[u] == a) != (fac[v] == a))
        null_in[a].append(ins / pairs(a, a)); null_share[a].append(outs / (ins + outs))
for r, a in enumerate(groups):
    line = L[row + 2 + r]
    same("faction", line[:8].rstrip(), a)
    s_, gei, coh, nul, pv, cpl, ratio, reading = match(
        r" *(\d+) +(-?[0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9.]+)  (.+)", line[8:])
    ins = block[a, a]; outs = sum(block[a, b] for b in groups if b != a)
    same(a + " size", int(s_), size[a])
    near(a + " E-I", gei, (outs - ins) / (outs + ins))
    x = ins / pairs(a, a); y = outs / (ins + outs)
    near(a + " cohesion", coh, x); near(a + " coupling", cpl, y)
    m = sum(null_in[a]) / NX
    sd = math.sqrt(sum((v - m) ** 2 for v in null_in[a]) / (NX - 1))
    bound = 4 * sd * math.sqrt(1 / S + 1 / NX) + 1e-6
    assert abs(float(nul) - m) <= bound, (a, nul, m, bound)
    ge = sum(1 for v in null_in[a] if v >= x - 1e-12); le = sum(1 for v in null_in[a] if v <= x + 1e-12)
    p_nx = min(1, 2 * min((1 + ge) / (1 + NX), (1 + le) / (1 + NX)))
    assert (p_nx < alpha) == (float(pv) < alpha), (a, pv, p_nx)
    share0 = sum(null_share[a]) / NX
    assert abs(float(ratio) - y / share0) <= 0.05 * y / share0, (a, ratio, y / share0)
    want = ("indeterminate" if not float(pv) < alpha else
            "dissolved" if x < m else "isolated" if float(ratio) < iso else "loosely coupled")
    same(a + " reading", reading, want)
same("lines", len(L), row + 3 + len(groups))
print("coupling.out: every number checked")
PY

test_expect_success 'coupling.out: E-I, block densities, cohesion and coupling (Python tie count)' '
    have_python csv || { echo "# skipped: /usr/bin/python3 not installed"; exit 0; }
    /usr/bin/python3 check_coupling.py "$EX/coupling.out" "$K/edges.csv" "$K/nodes.csv"
'

test_done
