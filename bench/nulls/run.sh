#!/bin/sh
# Benchmark of the null-model ensemble (docs/metrics-inference.md): 1,000
# degree-preserving samples of the seeded 10k-node / 50k-tie innovation
# network (bench/gen_linkages.c, the loading benchmark's generator) with
# the group statistics (E-I of the network, the groups and every node,
# densities, block densities, assortativity, modularity) and the
# Gould-Fernandez brokerage of every node, with 1 and 2 workers; how the
# cost grows with the samples and with the graph; and the same ensemble
# (without strengths) in python-igraph and networkx, extrapolated from a
# few samples. Not a test. Run from the top of the tree after `make`:
#
#   bench/nulls/run.sh [all|innolink|scaling|peers]
#
# Results are appended to bench/data/nulls-times.txt (and stdout).
set -eu
cd "$(dirname "$0")/../.."
WHAT=${1:-all}
OUT=bench/data/nulls-times.txt
mkdir -p build/bench bench/data
[ -x build/bench/gen_linkages ] || cc -O2 -std=c11 -o build/bench/gen_linkages bench/gen_linkages.c -lm

# graph N M: bench/data/gN-M.csv and its node table (sector = id prefix).
graph() {
    f=bench/data/g$1-$2.csv
    if [ ! -s "$f" ]; then
        build/bench/gen_linkages -n "$1" -m "$2" -s 42 -o "$f"
        /usr/bin/python3 - "$f" <<'PY'
import csv, sys
ids = set()
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    ids.add(r["source"]); ids.add(r["target"])
with open(sys.argv[1][:-4] + "-nodes.csv", "w", encoding="utf-8") as f:
    f.write("id,sector\n")
    for v in sorted(ids):
        f.write("%s,%s\n" % (v, v.split("-")[0]))
PY
    fi
}

# run LABEL N M SAMPLES JOBS: time innolink nulls on graph N M.
run() {
    f=bench/data/g$2-$3
    /usr/bin/time -f "%e %U %P %M" -o bench/data/.time build/innolink nulls "$f.csv" \
        --nodes "$f-nodes.csv" --by sector --stats coupling,mixing,brokerage --null degree \
        --samples "$4" --jobs "$5" --format csv -o "bench/data/nulls-$2-$4-j$5.csv" 2>/dev/null
    read -r wall user cpu rss <bench/data/.time
    echo "$1 | n $2 m $3 | samples $4 | jobs $5 | wall ${wall}s | user ${user}s | CPU $cpu | peak RSS ${rss} kB" |
        tee -a "$OUT"
}

{ date; uptime; nproc; } | tee -a "$OUT"
graph 10000 50000
if [ "$WHAT" = all ] || [ "$WHAT" = innolink ]; then
    run innolink 10000 50000 1000 1
    run innolink 10000 50000 1000 2
    cmp bench/data/nulls-10000-1000-j1.csv bench/data/nulls-10000-1000-j2.csv &&
        echo "jobs 1 and 2: identical output" | tee -a "$OUT"
fi
if [ "$WHAT" = all ] || [ "$WHAT" = scaling ]; then
    for s in 100 300; do
        run "samples" 10000 50000 "$s" 2
    done
    for nm in "2500 12500" "5000 25000" "20000 100000"; do
        set -- $nm
        graph "$1" "$2"
        run "graph size" "$1" "$2" 100 2
    done
fi
if [ "$WHAT" = all ] || [ "$WHAT" = peers ]; then
    f=bench/data/g10000-50000
    echo "python-igraph (10 samples): $(/usr/bin/python3 bench/nulls/peers.py igraph "$f.csv" "$f-nodes.csv" 10)" | tee -a "$OUT"
    echo "networkx (2 samples): $(/usr/bin/python3 bench/nulls/peers.py networkx "$f.csv" "$f-nodes.csv" 2)" | tee -a "$OUT"
fi
uptime | tee -a "$OUT"
