#!/bin/sh
# Time innolink's exact weighted betweenness with 1 and 2 worker processes
# on the seeded 20k-node / 100k-tie graph, and the same quantity with
# python-igraph and networkx (Debian's /usr/bin/python3), with peak memory
# from /usr/bin/time -v. Run from the top of the tree after `make`:
#
#   bench/centrality/run.sh [NX_SOURCES] [all|innolink|peers]
#
# NX_SOURCES: networkx sources (default 200; exact networkx takes hours).
#
# Results go to bench/data/centrality-times.txt (and stdout).
set -eu
cd "$(dirname "$0")/../.."
G=bench/data/g20k.csv
OUT=bench/data/centrality-times.txt
K=${1:-200}
WHAT=${2:-all}
mkdir -p bench/data
[ -s "$G" ] || bench/centrality/gen_graph.py 20000 100000 1 >"$G"

measure() {   # measure LABEL CMD...: wall seconds and peak RSS of CMD
    label=$1
    shift
    /usr/bin/time -v "$@" >bench/data/.stdout 2>bench/data/.time
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' bench/data/.time)
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' bench/data/.time)
    user=$(sed -n 's/.*User time (seconds): //p' bench/data/.time)
    cpu=$(sed -n 's/.*Percent of CPU this job got: //p' bench/data/.time)
    extra=$(grep -h "seconds=" bench/data/.stdout || true)
    echo "$label | wall $wall | user ${user}s | CPU $cpu | peak RSS ${rss} kB | $extra" | tee -a "$OUT"
}

{ date; uptime; nproc; } | tee -a "$OUT"
if [ "$WHAT" != peers ]; then
    for j in 1 2; do
        measure "innolink --jobs $j" build/innolink centrality "$G" --measures betweenness \
            --jobs "$j" --format csv -o bench/data/bet-jobs$j.csv
    done
    cmp bench/data/bet-jobs1.csv bench/data/bet-jobs2.csv &&
        echo "jobs 1 and 2: identical output" | tee -a "$OUT"
    uptime | tee -a "$OUT"
fi
if [ "$WHAT" != innolink ]; then
    measure "python-igraph" /usr/bin/python3 bench/centrality/peers.py igraph "$G"
    measure "networkx (k=$K)" /usr/bin/python3 bench/centrality/peers.py networkx "$G" "$K"
fi
