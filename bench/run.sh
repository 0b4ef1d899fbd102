#!/bin/sh
# Time innolink's loading against a bare libcsv parse (bench/README.md).
#
#   bench/run.sh                 1M nodes / 10M rows, seed 42, 3 runs each
#   N=100000 M=1000000 bench/run.sh
#   RUNS=5 SEED=7 bench/run.sh
#   bench/run.sh --profile       also profile loading on a 1M-row file
#                                (perf if it works here, else callgrind)
#
# Builds innolink (top-level make), the tools in bench/ (into build/bench/),
# generates the synthetic table under bench/data/ unless it is there, runs
# each command RUNS times under /usr/bin/time and prints the medians. The
# machine is often shared: the load average is printed before and after.
set -eu
cd "$(dirname "$0")/.."
LC_ALL=C
export LC_ALL

N=${N:-1000000}
M=${M:-10000000}
SEED=${SEED:-42}
RUNS=${RUNS:-3}
PROFILE=0
[ "${1:-}" = "--profile" ] && PROFILE=1

CC=${CC:-cc}
WARN="-std=c11 -O2 -g -Wall -Wextra -Wpedantic -Wshadow -Wvla -Wstrict-prototypes"
PKG_CFLAGS=$(pkg-config --cflags igraph libcjson)
PKG_LIBS=$(pkg-config --libs igraph libcjson)
BIN=build/bench
DATA=bench/data
FILE=$DATA/edges-$N-$M-s$SEED.csv

[ -x /usr/bin/time ] || { echo "bench/run.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

echo "== build"
make --no-print-directory all >/dev/null
mkdir -p "$BIN" "$DATA"
# shellcheck disable=SC2086
$CC $WARN -o "$BIN/gen_linkages" bench/gen_linkages.c -lm
# shellcheck disable=SC2086
$CC $WARN -o "$BIN/bare_parse" bench/bare_parse.c -lcsv
# shellcheck disable=SC2086
$CC $WARN -Isrc $PKG_CFLAGS -o "$BIN/load_graph" bench/load_graph.c \
    build/libinnolink.a $PKG_LIBS -lcsv -lgomp -lm

if [ ! -s "$FILE" ]; then
    echo "== generate $FILE"
    "$BIN/gen_linkages" -n "$N" -m "$M" -s "$SEED" -o "$FILE.tmp"
    mv "$FILE.tmp" "$FILE"
fi
echo "== data: $FILE ($(wc -c <"$FILE") bytes, $(($(wc -l <"$FILE") - 1)) rows)"
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"

times=$(mktemp)
trap 'rm -f "$times"' EXIT

# median of the numbers on stdin
median() {
    sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# measure NAME COMMAND...: RUNS runs; sets wall, cpu, rss (medians)
measure() {
    name=$1
    shift
    : >"$times"
    i=0
    while [ "$i" -lt "$RUNS" ]; do
        /usr/bin/time -f '%e %U %S %M' -o "$times.1" "$@" >/dev/null
        cat "$times.1" >>"$times"
        i=$((i + 1))
    done
    rm -f "$times.1"
    wall=$(awk '{ print $1 }' "$times" | median)
    cpu=$(awk '{ print $2 + $3 }' "$times" | median)
    rss=$(awk '{ print $4 / 1024 }' "$times" | median)
    printf '%-34s' "$name" >&2
    awk '{ printf "  [%s s, %s+%s s cpu, %.0f MiB]", $1, $2, $3, $4 / 1024 }' "$times" >&2
    echo >&2
}

echo "== runs (each: wall, user+sys, peak RSS)"
measure "bare libcsv parse" "$BIN/bare_parse" "$FILE"
b_wall=$wall b_cpu=$cpu b_rss=$rss
measure "bare libcsv parse, line by line" "$BIN/bare_parse" --lines "$FILE"
l_wall=$wall l_cpu=$cpu l_rss=$rss
measure "load (il_load_graph)" "$BIN/load_graph" "$FILE"
g_wall=$wall g_cpu=$cpu g_rss=$rss
# as the innolink command runs large inputs (src/cli/restart.c): malloc on huge pages
measure "load, huge pages" env GLIBC_TUNABLES=glibc.malloc.hugetlb=1 "$BIN/load_graph" "$FILE"
h_wall=$wall h_cpu=$cpu h_rss=$rss
measure "innolink summary --paths skip" build/innolink summary "$FILE" --paths skip
s_wall=$wall s_cpu=$cpu s_rss=$rss
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "median of $RUNS runs; ratio = time / bare libcsv parse time"
printf '%-34s %9s %9s %11s %11s %12s\n' "command" "wall s" "cpu s" "wall ratio" "cpu ratio" "peak MiB"
row() {
    awk -v n="$1" -v w="$2" -v c="$3" -v r="$4" -v bw="$b_wall" -v bc="$b_cpu" \
        'BEGIN { printf "%-34s %9.2f %9.2f %10.1fx %10.1fx %12.0f\n", n, w, c, w / bw, c / bc, r }'
}
row "bare libcsv parse" "$b_wall" "$b_cpu" "$b_rss"
row "bare libcsv parse, line by line" "$l_wall" "$l_cpu" "$l_rss"
row "load (il_load_graph)" "$g_wall" "$g_cpu" "$g_rss"
row "load, huge pages" "$h_wall" "$h_cpu" "$h_rss"
row "innolink summary --paths skip" "$s_wall" "$s_cpu" "$s_rss"
echo
echo "igraph_create alone on the loaded edges (single run):"
"$BIN/load_graph" --create "$FILE" | sed -n 's/^igraph_create/  igraph_create (s):/p'

if [ "$PROFILE" -eq 1 ]; then
    PFILE=$DATA/edges-100000-1000000-s$SEED.csv
    if [ ! -s "$PFILE" ]; then
        "$BIN/gen_linkages" -n 100000 -m 1000000 -s "$SEED" -o "$PFILE"
    fi
    echo
    echo "== profile of load_graph on $PFILE (self time, top 15)"
    if perf record -q -o "$BIN/perf.data" "$BIN/load_graph" "$PFILE" >/dev/null 2>&1; then
        perf report -i "$BIN/perf.data" --no-children --stdio 2>/dev/null |
            grep -E '^ +[0-9]' | head -n 15
    else
        valgrind --tool=callgrind --callgrind-out-file="$BIN/callgrind.out" \
            "$BIN/load_graph" "$PFILE" >/dev/null 2>&1
        callgrind_annotate "$BIN/callgrind.out" 2>/dev/null | sed -n '/file:function/,$p' | head -n 16
    fi
fi
