#!/usr/bin/python3
"""SYNTHETIC actor-event table for bench/twomode (seeded; no real data).

gen_affiliation.py MEMBERSHIPS ACTORS SEED > members.csv

Writes `actor,event` rows: MEMBERSHIPS memberships (1,000,000 in the
benchmark) of ACTORS actors (200,000) in events whose sizes are
heavy-tailed: five umbrella events of 1,000, 2,000, 3,000, 4,000 and 5,000
members (15,000 memberships, like programme-wide consortia), and the rest
in events of 2 + floor(Pareto(alpha = 1.6)) members, capped at 500 (most
events have 2-5 members, a few hundred have more than 100). Members are
drawn without repetition within an event, each actor with probability
proportional to an activity weight Pareto(alpha = 2.0), so that a few
organisations join thousands of events and most join one or two. No
weight column: innolink's count projection is then networkx's
weighted_projected_graph. One random.Random(SEED) stream, in this order.
"""
import bisect
import itertools
import random
import sys

total, n_actors, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
activity = [rng.paretovariate(2.0) for _ in range(n_actors)]
cum = list(itertools.accumulate(activity))
top = cum[-1]


def members(size):
    chosen = set()
    while len(chosen) < size:
        chosen.add(bisect.bisect_right(cum, rng.random() * top))
    return sorted(chosen)


out = sys.stdout
out.write("actor,event\n")
written = 0
event = 0
for size in (1000, 2000, 3000, 4000, 5000):
    for a in members(size):
        out.write("a%06d,u%d\n" % (a, event))
    written += size
    event += 1
while written < total:
    size = min(500, 2 + int(rng.paretovariate(1.6)), total - written)
    if size < 2:
        break
    for a in members(size):
        out.write("a%06d,e%06d\n" % (a, event))
    written += size
    event += 1
