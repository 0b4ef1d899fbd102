#!/usr/bin/python3
"""The igraph calls behind the slow steps, alone, in both builds of igraph.

    bench/pipeline/kernels.py [-n NODES] [-m ROWS] [--seed S] [--runs R]

innolink calls the igraph C library that Debian builds (libigraph 0.10.2);
python-igraph 0.10.2 carries its own copy of the same C core, built by its
own rules. This script times the same four calls (Louvain, Leiden with 2
iterations, eigenvector centrality, PageRank) on the same SYNTHETIC file
(bench/gen_linkages), each tool loading it its own way (first appearance
numbers the nodes in both; repeated ties summed), interleaved R times:
bench/pipeline/kernels.c in innolink's process, the python-igraph calls
below in python's. CPU seconds of the call alone, no loading, no output.
The ratio says how much of a step's gap is igraph's build rather than
innolink's code around the call; a third column runs innolink's side with
glibc's huge-page tunable, as the innolink command does for large inputs
(src/cli/restart.c).
Not a test.
"""
import argparse
import os
import random
import subprocess
import sys
import time

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KERNELS = ["louvain", "leiden", "eigenvector", "pagerank"]


def python_side(path):
    sys.path.insert(0, os.path.join(TOP, "bench/pipeline"))
    import peers
    g = peers.load(path)
    print("# nodes %d ties %d" % (g.vcount(), g.ecount()))
    random.seed(42)

    def timed(name, fn):
        c = time.process_time()
        value = fn()
        print("%s %.2f%s" % (name, time.process_time() - c, "" if value is None else " " + value),
              flush=True)
    timed("louvain", lambda: "modularity=%.6f" % g.modularity(
        g.community_multilevel(weights="weight").membership, weights="weight"))
    timed("leiden", lambda: "modularity=%.6f" % g.modularity(
        g.community_leiden(objective_function="modularity", weights="weight",
                           n_iterations=2).membership, weights="weight"))
    timed("eigenvector", lambda: g.eigenvector_centrality(weights="weight", scale=True) and None)
    timed("pagerank", lambda: g.pagerank(weights="weight") and None)


def parse(text):
    out = {}
    for line in text.splitlines():
        w = line.split()
        if w and not line.startswith("#"):
            out[w[0]] = (float(w[1]), " ".join(w[2:]))
    return out


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--python-side":
        python_side(sys.argv[2])
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=200000)
    ap.add_argument("-m", type=int, default=1000000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    edges = os.path.join(TOP, "bench/data", "edges-%d-%d-s%d.csv" % (a.n, a.m, a.seed))
    gen = os.path.join(TOP, "build/bench/gen_linkages")
    binary = os.path.join(TOP, "build/bench/kernels")
    os.makedirs(os.path.dirname(gen), exist_ok=True)
    os.makedirs(os.path.dirname(edges), exist_ok=True)
    subprocess.run(["make", "-s", "-C", TOP, "all"], check=True)
    if not os.path.exists(gen):
        subprocess.run(["cc", "-O2", "-o", gen, os.path.join(TOP, "bench/gen_linkages.c"), "-lm"],
                       check=True)
    libs = subprocess.run(["pkg-config", "--cflags", "--libs", "igraph", "libcjson"],
                          check=True, capture_output=True, text=True).stdout.split()
    subprocess.run(["cc", "-O2", "-I" + os.path.join(TOP, "src"), "-o", binary,
                    os.path.join(TOP, "bench/pipeline/kernels.c"),
                    os.path.join(TOP, "build/libinnolink.a")] + libs +
                   ["-lcsv", "-lgomp", "-lm"], check=True)
    if not os.path.exists(edges):
        subprocess.run([gen, "-n", str(a.n), "-m", str(a.m), "-s", str(a.seed), "-o", edges],
                       check=True)
    print("# file %s (SYNTHETIC: bench/gen_linkages -n %d -m %d -s %d)"
          % (os.path.basename(edges), a.n, a.m, a.seed))
    print("# load average before: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
    env = {k: v for k, v in os.environ.items() if k != "GLIBC_TUNABLES"}
    huge = dict(env, GLIBC_TUNABLES="glibc.malloc.hugetlb=1")
    il, ih, py = [], [], []
    for _ in range(a.runs):             # interleaved
        il.append(parse(subprocess.run([binary, edges], check=True, capture_output=True,
                                       text=True, env=env).stdout))
        ih.append(parse(subprocess.run([binary, edges], check=True, capture_output=True,
                                       text=True, env=huge).stdout))
        py.append(parse(subprocess.run(["/usr/bin/python3", os.path.abspath(__file__),
                                        "--python-side", edges], check=True,
                                       capture_output=True, text=True, env=env).stdout))
    print("# load average after:  %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
    print("# CPU seconds, median (runs); py / il compares the two builds as both start;")
    print("# 'huge pages' is Debian's build as the innolink command runs it")
    print("%-12s %20s %20s %20s %8s" % ("kernel", "Debian libigraph", "+ huge pages",
                                        "python-igraph", "py / il"))

    def cell(runs, k):
        xs = sorted(r[k][0] for r in runs)
        return xs[len(xs) // 2], "%.2f (%s)" % (xs[len(xs) // 2], " ".join("%.2f" % x for x in xs))
    for k in KERNELS:
        (mi, ci), (_, ch), (mp, cp) = cell(il, k), cell(ih, k), cell(py, k)
        print("%-12s %20s %20s %20s %7.2fx" % (k, ci, ch, cp, mp / mi if mi > 0 else 0))
    for k in ("louvain", "leiden"):
        print("# %s: innolink's process %s, python-igraph %s" % (k, il[-1][k][1], py[-1][k][1]))


if __name__ == "__main__":
    main()
