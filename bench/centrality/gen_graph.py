#!/usr/bin/python3
"""Seeded random tie table for the centrality benchmark.

usage: gen_graph.py NODES EDGES SEED > edges.csv

A uniform random simple graph G(n, m) (no loops, no duplicate pairs) with
integer tie strengths 1..9, as an innolink edge table: source,target,weight.
Same arguments, same file (Python's random.Random(seed)).
"""
import random
import sys


def main():
    n, m, seed = (int(x) for x in sys.argv[1:4])
    if m > n * (n - 1) // 2:
        sys.exit("too many edges for %d nodes" % n)
    rng = random.Random(seed)
    seen = set()
    out = sys.stdout
    out.write("source,target,weight\n")
    while len(seen) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u == v:
            continue
        if u > v:
            u, v = v, u
        if (u, v) in seen:
            continue
        seen.add((u, v))
        out.write("n%d,n%d,%d\n" % (u, v, rng.randint(1, 9)))


if __name__ == "__main__":
    main()
